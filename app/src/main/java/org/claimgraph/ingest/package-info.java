/**
 * Ingest: files and folders in, articles stored. {@link org.claimgraph.ingest.IngestService}
 * expands the inputs ({@link org.claimgraph.ingest.SourceFiles}), reads and analyses articles on
 * several threads, and stores them one transaction each, in input order, reporting each file to a
 * {@link org.claimgraph.ingest.IngestListener}.
 *
 * <p>Composes the extractor and the graph store; prints nothing itself.
 */
package org.claimgraph.ingest;
