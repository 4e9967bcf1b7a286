/**
 * The knowledge graph: RDF mapping of articles ({@link org.claimgraph.graph.GraphMapper}), the
 * vocabulary as code ({@link org.claimgraph.graph.CG}, mirroring {@code ontology/claimgraph.ttl}),
 * and the Apache Jena TDB2 store ({@link org.claimgraph.graph.GraphStore}) that keeps one named
 * graph per article.
 *
 * <p>Uses Jena and the extractor's records; knows nothing of CoreNLP or Lucene.
 */
package org.claimgraph.graph;
