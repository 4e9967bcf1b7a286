/**
 * Full-text search of the sources with Apache Lucene.
 *
 * <p>{@link org.claimgraph.search.SourceIndex} keeps one Lucene index beside the TDB2 store
 * ({@code STORE/index}), with one document per article and one per sentence. It is the only
 * index: claimgraph's own search ({@link org.claimgraph.search.SearchService}) reads it with
 * Lucene's query parser and highlighter, and SPARQL reads the same directory through jena-text
 * ({@link org.claimgraph.search.TextDatasets}): {@code ?a text:query (cg:text "samarium")} finds
 * articles, {@code ?s text:query (oa:exact "5,577")} finds sentences. Ingest writes the index
 * and the store in step with a two-phase commit: the index change is prepared, the graph is
 * written, and only then is the index change committed (or rolled back if the graph write failed).
 *
 * <p>Uses Lucene and Jena; knows nothing of CoreNLP.
 */
package org.claimgraph.search;
