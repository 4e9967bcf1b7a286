/**
 * The {@code claimgraph} command line (picocli). Commands are thin: they parse options, call one
 * service (ingest, reader, query runner) and print. Exit codes: 0 ok, 1 some input failed or
 * the command could not run, 2 usage error.
 */
package org.claimgraph.cli;
