/**
 * Export of the store as standard RDF dataset files that Jena's own tools ({@code riot},
 * {@code tdb2.tdbloader}) and other triple stores load: TriG, N-Quads and JSON-LD
 * ({@link org.claimgraph.export.DatasetExporter}).
 *
 * <p>Output is deterministic: quads are sorted by graph, subject, predicate and object before
 * they are written, so two exports of the same data are byte-identical whatever order the
 * articles were ingested in. Uses Jena only.
 */
package org.claimgraph.export;
