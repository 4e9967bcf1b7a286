package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body that issued an unnamed document or data set a credit names: "a press release issued by the National
 * Institute of Statistics", "a first estimate of monthly retail data from the Central Statistical Office", "calculations
 * based on figures released today by China’s General Administration of Customs", "data posted by the INDEC national
 * statistics bureau", "General Administration of Customs data". A reader credits the body, since the document is
 * nobody's words but its issuer's (guidelines, Attribution 1: normalized to the source the article names).
 *
 * <p>Only a document nobody is named for: "a Platts analysis of customs data" (the analyst's own work, kept as written)
 * and "an analysis of customs data" (no issuer) stay as they are.
 */
final class IssuerPhrases {

  /** A word for a document or data set: what an issuer releases. */
  private static final String RECORD = "(?:data|figures|statistics|numbers|release|releases|estimate|estimates|report|reports|bulletin"
      + "|calculations|comparison|analysis|survey|note|statement|document|tally|index|count)";
  private static final String TIME = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
      + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12])";
  /** Lower-case words only before the issuer ("a like-for-like comparison of detailed data issued"): no owner is named. */
  private static final Pattern ISSUED = Pattern.compile(
      "^(?:[\\p{Ll}][\\p{Ll}-]*\\s+){0,6}?" + RECORD + "\\b(?:\\s+[\\p{Ll}][\\p{Ll}-]*){0,7}?"
          + "\\s+(?:(?:issued|released|published|posted|sent|provided|compiled|shared|put\\s+out|made\\s+public)"
          + "(?:\\s+(?:on\\s+)?(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\\s+by|from)\\s+"
          // "data from January", "figures from Monday": a time, not an issuer
          + "((?:the\\s+|The\\s+)?(?!" + TIME + "\\b)\\p{Lu}.*)$");
  /** "General Administration of Customs data", "Ministry of Commerce figures": a body's name, every word capitalized. */
  private static final Pattern NAMED_DATA = Pattern.compile(
      "^((?:the\\s+|The\\s+)?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:of|for|and|on|the|\\p{Lu}[\\p{L}&.'’-]*))*\\s+(?:of|for)\\s+\\p{Lu}[\\p{L}&.'’-]*"
          + "(?:\\s+\\p{Lu}[\\p{L}&.'’-]*)*)\\s+(?:trade\\s+)?(?:data|figures|statistics|numbers)$");

  private IssuerPhrases() {}

  /** The issuer a credited phrase names for its document, else the phrase as it is. */
  static String issuer(String phrase) {
    String s = phrase.strip();
    Matcher m = ISSUED.matcher(s);
    if (m.matches() && !Credits.isPlace(m.group(1))) return m.group(1).strip();
    m = NAMED_DATA.matcher(s);
    if (m.matches()) return m.group(1).strip();
    return s;
  }
}
