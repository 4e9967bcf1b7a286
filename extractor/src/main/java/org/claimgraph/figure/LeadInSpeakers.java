package org.claimgraph.figure;

import java.util.regex.Pattern;
import org.claimgraph.article.Article;
import org.claimgraph.lexicon.Regexes;

/**
 * The speaker of a direct quote that no tag credits, named in the sentence right before it: "In an interview, Kabuswe said
 * the increase … “The copper production has increased by 6.2 percent …" (same paragraph), "Mr Hawes said much of the EV
 * sector’s inroads …" then a paragraph that is all quote (news style). Only a person speaking, not a body ("The ministry
 * said …"), and not when the quote carries a tag of its own ("“…,” one trader said").
 */
final class LeadInSpeakers {

  private LeadInSpeakers() {}

  /** A tag after the closing mark naming someone ("…,” one trader said"); a pronoun's ("…,” he said") is the lead-in's. */
  private static final Pattern TAG_AFTER = Pattern.compile(
      "^\\s*,?\\s*(?:[\\p{L}’'.-]+\\s+){1,6}?(?:said|says|told|added|noted|explained|stated|wrote|commented)\\b");
  private static final Pattern PRONOUN_TAG = Pattern.compile("^\\s*,?\\s*(?:he|she)\\s+\\p{Ll}+\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+(?=[\\p{Lu}“\"])");

  /**
   * The person named speaking in the sentence before the quote opening at {@code open} of paragraph {@code k}: the last
   * sentence before it in the paragraph, or the previous paragraph's last when the quote opens the paragraph; else null.
   */
  static Speaker before(Article article, int k, int open, String after) {
    if (TAG_AFTER.matcher(after).lookingAt() && !PRONOUN_TAG.matcher(after).lookingAt()) return null;
    String pt = article.paragraphText(article.paragraphs().get(k));
    String lead = pt.substring(0, open).strip();
    if (lead.isEmpty()) {
      if (k == 0) return null;
      lead = article.paragraphText(article.paragraphs().get(k - 1)).strip();
    } else if (!Regexes.matches(lead, "(?s).*[.!?:]$")) {
      // "said that “…”": a quote inside the sentence is that sentence's, which AttributionFinder reads.
      return null;
    }
    String[] sentences = SENTENCE_END.split(lead);
    return AttributionFinder.leadIn(sentences[sentences.length - 1]);
  }
}
