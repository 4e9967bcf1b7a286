package org.claimgraph.export;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The dataset formats of an export, each with its usual file extension. */
public enum ExportFormat {
  /** TriG: Turtle with one {@code GRAPH { … }} block per article, subjects grouped. */
  TRIG(RDFFormat.TRIG_BLOCKS, "trig"),
  /** N-Quads: one quad per line, the simplest format to load, diff or split. */
  NQUADS(RDFFormat.NQUADS_UTF8, "nq"),
  /** JSON-LD 1.1, compacted with the prefixes of {@link DatasetExporter#PREFIXES} as its context. */
  JSONLD(RDFFormat.JSONLD11_PRETTY, "jsonld");

  private final RDFFormat rdfFormat;
  private final String extension;

  ExportFormat(RDFFormat rdfFormat, String extension) {
    this.rdfFormat = rdfFormat;
    this.extension = extension;
  }

  /** Jena's writer format. */
  public RDFFormat rdfFormat() {
    return rdfFormat;
  }

  /** The usual file extension, without the dot: trig, nq, jsonld. */
  public String extension() {
    return extension;
  }

  /** The lower-case name used on the command line: trig, nquads, jsonld. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
