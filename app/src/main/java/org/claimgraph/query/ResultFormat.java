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
  XML,
  /** Turtle, for CONSTRUCT/DESCRIBE only. */
  TURTLE,
  /** N-Triples, for CONSTRUCT/DESCRIBE only (one triple a line, sorted: diffable). */
  NTRIPLES,
  /** JSON-LD 1.1, for CONSTRUCT/DESCRIBE only. */
  JSONLD;

  /** Whether this format writes graphs only (Turtle, N-Triples, JSON-LD). */
  public boolean graphOnly() {
    return this == TURTLE || this == NTRIPLES || this == JSONLD;
  }
}
