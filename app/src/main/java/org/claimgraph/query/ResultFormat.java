package org.claimgraph.query;

/** How query results are written. */
public enum ResultFormat {
  /** A text table for SELECT, yes/no for ASK, Turtle for CONSTRUCT/DESCRIBE. */
  TABLE,
  /** SPARQL 1.1 Query Results CSV. */
  CSV,
  /** SPARQL 1.1 Query Results TSV. */
  TSV,
  /** SPARQL 1.1 Query Results JSON; JSON-LD for CONSTRUCT/DESCRIBE. */
  JSON,
  /** SPARQL Query Results XML; RDF/XML for CONSTRUCT/DESCRIBE. */
  XML
}
