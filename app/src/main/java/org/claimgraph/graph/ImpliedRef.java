package org.claimgraph.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored implied level ({@code cg:ImpliedFigure}) by what it is computed from: the article, the
 * offsets of the level and of the change (read from its IRI, {@code …/figure/{id}/23-29/implied/40-45},
 * see {@link ImpliedFigureMapper#iri}), and its {@code cg:impliedKey} (the fact key of the implied
 * level; null when it has no period).
 */
public record ImpliedRef(String article, int levelStart, int levelEnd, int changeStart, int changeEnd, String key) {

  private static final Pattern IRI = Pattern.compile("/(\\d+)-(\\d+)/implied/(\\d+)-(\\d+)$");

  /** The reference of an implied level's IRI, or null for an IRI of another shape. */
  static ImpliedRef of(String article, String iri, String key) {
    Matcher m = IRI.matcher(iri);
    if (!m.find()) return null;
    return new ImpliedRef(article, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)), key);
  }
}
