package org.claimgraph.figure;

import java.util.Locale;

/** What a figure states. */
public enum Kind {
  /** A level or quantity: "619 t", "1.243 million vehicles", tariffs of "10%-25%". */
  AMOUNT,
  /** A growth or decline: "+75.5%", "fell 23.3%", "more than seven times". */
  CHANGE,
  /** A part of a whole: "48.7% of total vehicle sales", "over 90% of the global supply". */
  SHARE;

  /** The lower-case name used in JSON and RDF: amount, change, share. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Kind of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
