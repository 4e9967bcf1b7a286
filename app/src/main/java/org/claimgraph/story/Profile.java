package org.claimgraph.story;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.eval.FigureRecord;

/**
 * What the restatement tests need of one article: metadata, word pairs, credits, wire and figures.
 * The word pairs, credits and wire mark are read from the text when first asked for (most
 * candidates are turned down on their figures alone, before any of them is needed).
 *
 * <pre>{@code
 * Profile p = Profile.of(iri, "m-30-oedigital", "OE Digital", "2025-08-07", text, figures);
 * p.creditedOutletOf(reutersCopy); // "reuters"
 * }</pre>
 */
public final class Profile {
  private final String iri;
  private final String doc;
  private final String publisher;
  private final String date;
  private final List<FigureRecord> figures;
  private final String text;
  private Set<String> bigrams;
  private Set<String> credits;
  private String wire;
  private boolean wireRead;
  private String lowerText;

  private Profile(String iri, String doc, String publisher, String date, String text, List<FigureRecord> figures) {
    this.iri = iri;
    this.doc = doc;
    this.publisher = publisher;
    this.date = date;
    this.text = text;
    this.figures = List.copyOf(figures);
  }

  /** The profile of an article's text and figures. */
  public static Profile of(String iri, String doc, String publisher, String date, String text, List<FigureRecord> figures) {
    return new Profile(iri, doc, publisher, date, text, figures);
  }

  /** The article IRI. */
  public String iri() {
    return iri;
  }

  /** Its document name. */
  public String doc() {
    return doc;
  }

  /** The outlet, or null. */
  public String publisher() {
    return publisher;
  }

  /** ISO date, or null. */
  public String date() {
    return date;
  }

  /** Its figures (years and ordinals are not figures). */
  public List<FigureRecord> figures() {
    return figures;
  }

  /** Its text. */
  public String text() {
    return text;
  }

  /** Content-word pairs of its text. */
  public Set<String> bigrams() {
    if (bigrams == null) bigrams = Set.copyOf(TextSimilarity.bigrams(text));
    return bigrams;
  }

  /** Outlets it credits (lower case). */
  public Set<String> credits() {
    if (credits == null) credits = Set.copyOf(Credits.outlets(text));
    return credits;
  }

  /** The wire agency it carries, or null. */
  public String wire() {
    if (!wireRead) {
      wire = Credits.wire(text);
      wireRead = true;
    }
    return wire;
  }

  /** The words naming this article's outlet: its publisher's distinctive words and the wire it carries. */
  public Set<String> outletWords() {
    Set<String> out = Credits.words(publisher);
    if (wire() != null && !wire().equals("wire")) out.add(wire());
    return out;
  }

  /** The words of the outlets it credits. */
  public Set<String> creditWords() {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String c : credits()) out.addAll(Credits.words(c));
    return out;
  }

  /**
   * Whether this article credits the outlet of {@code other} (its publisher or the wire it carries).
   * A text that does not even contain a word of the other's outlet credits it not, and its credits
   * are then not read.
   */
  public String creditedOutletOf(Profile other) {
    if (lowerText == null) lowerText = text.toLowerCase(Locale.ROOT);
    boolean named = false;
    for (String w : Credits.words(other.publisher)) named |= lowerText.contains(w);
    if (other.wire() != null && !other.wire().equals("wire")) named |= lowerText.contains(other.wire());
    if (!named) return null;
    for (String c : credits()) {
      if (Credits.names(c, other.publisher)) return c;
      if (other.wire() != null && Credits.names(c, other.wire())) return c;
    }
    return null;
  }

  @Override
  public String toString() {
    return "Profile[" + doc + ", " + publisher + ", " + date + ", " + figures.size() + " figures]";
  }
}
