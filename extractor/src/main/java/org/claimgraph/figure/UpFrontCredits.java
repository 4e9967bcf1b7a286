package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a news outlet credited in the lead paragraph frames the whole article (credit23a). A rewrite names the outlet it
 * retells up front: in the lead's first sentence ("According to a report by Bloomberg, …", "Nikkei Asia reported that …"), or
 * after an opening that states no figure ("Chinese electric vehicle (EV) manufacturer BYD has started the final quarter of the
 * year on a high note, with record monthly sales in October. According to a report by Bloomberg, …"). An outlet credited
 * after the lead has stated figures of its own credits its own clause only: "LME aluminum futures rose by 0.8%, to $3,189 per
 * ton, as per the Financial Times, the EU plans to implement a 15% export tax" (fresh17: a one-paragraph market wrap whose
 * third sentence credits the FT for the EU's plan, not the copper, zinc and nickel prices around it).
 */
final class UpFrontCredits {

  /**
   * A sentence end: a stop, closing quote or not, then space and a capital or an opening quote; not the stop of an initial
   * ("U.S.", "J. Smith") or of a short title or company form before a name ("Mr.", "Dr.", "Co.", "Inc.").
   */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<![\\s.]\\p{Lu}\\.)(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Co|Inc|Corp|Ltd|No|vs)\\.)(?<=[.!?][\"”’]?)\\s+(?=[\"“]?\\p{Lu})");

  /** A figure stated before the credit: any number. */
  private static final Pattern NUMBER = Pattern.compile("\\d");

  private UpFrontCredits() {}

  /** Whether a credit at {@code offset} (in the lead {@code paragraph}) frames the article: up front, as above. */
  static boolean frames(String paragraph, int offset) {
    return inFirstSentence(paragraph, offset) || !NUMBER.matcher(paragraph.substring(0, Math.min(offset, paragraph.length()))).find();
  }

  /** Whether {@code offset} (in {@code paragraph}) lies in the paragraph's first sentence. */
  static boolean inFirstSentence(String paragraph, int offset) {
    Matcher end = SENTENCE_END.matcher(paragraph);
    return !end.find() || offset < end.start();
  }
}
