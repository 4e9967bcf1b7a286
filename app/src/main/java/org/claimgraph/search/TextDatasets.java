package org.claimgraph.search;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The store's dataset with the full-text index attached through jena-text, for SPARQL:
 * {@code ?a text:query (cg:text "samarium")} finds articles, {@code ?s text:query (oa:exact "5,577")}
 * finds sentences (selectors whose {@code oa:exact} is the sentence).
 */
public final class TextDatasets {
  private TextDatasets() {}

  /** Wraps {@code base} with the index; queries only: ingest writes the index itself, through the same writer. */
  public static Dataset of(Dataset base, SourceIndex index) {
    return TextDatasetFactory.create(base, index.textIndex());
  }

  /** The same for a dataset graph, as Fuseki serves it. */
  public static DatasetGraph of(DatasetGraph base, SourceIndex index) {
    return TextDatasetFactory.create(base, index.textIndex());
  }
}
