/**
 * The {@code claimgraph} command line (picocli). Commands are thin: they parse options, call one
 * method of {@link org.claimgraph.service.Claimgraph} (or the reader, extractor) and print; the
 * server calls the same service. Exit codes: 0 ok, 1 some input failed or
 * the command could not run, 2 usage error.
 */
package org.claimgraph.cli;
