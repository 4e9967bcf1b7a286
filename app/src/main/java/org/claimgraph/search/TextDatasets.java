package org.claimgraph.search;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.claimgraph.graph.CG;
import org.claimgraph.graph.Vocab;

/**
 * The store's dataset with the full-text index attached through jena-text, for SPARQL:
 * {@code ?a text:query (cg:text "samarium")} finds articles, {@code ?s text:query (oa:exact "5,577")}
 * finds sentences (selectors whose {@code oa:exact} is the sentence).
 */
public final class TextDatasets {
  private TextDatasets() {}

  /** Wraps {@code base} with the index; queries only: ingest writes the index itself. */
  public static Dataset of(Dataset base, SourceIndex index) {
    EntityDefinition def = new EntityDefinition(Fields.URI, Fields.ARTICLE_TEXT, CG.text.asNode());
    def.set(Fields.TEXT, Vocab.exact.asNode());
    TextIndexConfig config = new TextIndexConfig(def);
    config.setAnalyzer(Fields.analyzer());
    config.setValueStored(false);
    return TextDatasetFactory.createLucene(base, index.directory(), config);
  }
}
