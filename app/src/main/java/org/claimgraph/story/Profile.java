package org.claimgraph.story;

import java.util.List;
import java.util.Set;
import org.claimgraph.eval.FigureRecord;

/**
 * What the restatement tests need of one article: metadata, word pairs, credits, wire and figures.
 *
 * @param iri the article IRI
 * @param doc its document name
 * @param publisher the outlet, or null
 * @param date ISO date, or null
 * @param bigrams content-word pairs of its text
 * @param credits outlets it credits (lower case)
 * @param wire the wire agency it carries, or null
 * @param figures its figures (years and ordinals are not figures)
 * @param text its text
 */
public record Profile(String iri, String doc, String publisher, String date, Set<String> bigrams, Set<String> credits,
    String wire, List<FigureRecord> figures, String text) {

  public Profile {
    bigrams = Set.copyOf(bigrams);
    credits = Set.copyOf(credits);
    figures = List.copyOf(figures);
  }

  /** The profile of an article's text and figures. */
  public static Profile of(String iri, String doc, String publisher, String date, String text, List<FigureRecord> figures) {
    return new Profile(iri, doc, publisher, date, TextSimilarity.bigrams(text), Credits.outlets(text), Credits.wire(text),
        figures, text);
  }

  /** The words naming this article's outlet: its publisher's distinctive words and the wire it carries. */
  public Set<String> outletWords() {
    Set<String> out = Credits.words(publisher);
    if (wire != null && !wire.equals("wire")) out.add(wire);
    return out;
  }

  /** The words of the outlets it credits. */
  public Set<String> creditWords() {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String c : credits) out.addAll(Credits.words(c));
    return out;
  }

  /** Whether this article credits the outlet of {@code other} (its publisher or the wire it carries). */
  public String creditedOutletOf(Profile other) {
    for (String c : credits) {
      if (Credits.names(c, other.publisher)) return c;
      if (other.wire != null && Credits.names(c, other.wire)) return c;
    }
    return null;
  }
}
