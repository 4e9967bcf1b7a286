/**
 * The ingest benchmark behind BENCHMARKS.md: claimgraph's whole ingest against CoreNLP's
 * default NER pipeline alone, on the same texts, in one run.
 */
package org.claimgraph.bench;
