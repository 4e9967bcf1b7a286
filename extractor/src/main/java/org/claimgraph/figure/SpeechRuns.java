package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * How far a person's indirect speech runs on (credit28d, round 28). A reader keeps the speaker for the sentences after his
 * credit until the text gives another one:
 *
 * <ul>
 *   <li>over the rest of the paragraph ("Bambang Suswantono, …, reported on Tuesday. Gold production reached only 83 tons,
 *       below the 106-ton target.");</li>
 *   <li>over later paragraphs when the text credited no other source before him, so his is the page's only account
 *       ("Silver output also decreased, reaching 348.6 tons …" in the next paragraph of the same report) — if his account gave
 *       figures in his own paragraph, or his tag ends in a colon that introduces what follows. A speaker whose paragraph
 *       states no figure ("…, said BasiGo CEO Jit Bhattacharya" then the writer's own paragraphs on the company's stations,
 *       funding and capacity) credits the later paragraphs no more: they are the writer's (round 36, credit36b; the
 *       newest sets' annotators, fresh26–fresh30, credit nobody there);</li>
 *   <li>into a paragraph that opens with him as the subject ("He projected …", "She also noted …").</li>
 * </ul>
 *
 * A new credit (a named source, another person, a phrase naming nobody) replaces the speaker as before; a sentence about
 * another company still leaves him (CreditResolver's company check). After a data source was credited, the speaker's
 * paragraph ends his run and the data source runs on again, as it did before this rule; so does a credit naming nobody ("The
 * report … shows"), which tells the reader the page has sources other than the speaker. A direct quote's words end with the
 * quote: its speaker runs into later paragraphs only as "He …" (“…,” EU trade chief Valdis Dombrovskis said, then the writer's
 * own list of duties).
 */
final class SpeechRuns {

  /** A sentence whose subject is the speaker again: "He projected", "She also said", "He further noted". */
  private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^(?:He|She)\\s+(?:also\\s+|further\\s+|then\\s+|later\\s+)?\\p{Ll}");

  /** A tag that introduces what follows: "…, the minister told reporters:". */
  private static final Pattern INTRODUCING = Pattern.compile(":\\s*$");

  private SpeechRuns() {}

  /** Whether a speaker's sentence introduces the paragraphs after it (it ends in a colon). */
  static boolean introduces(String sentence) {
    return INTRODUCING.matcher(sentence).find();
  }

  /**
   * Whether the speech credited in paragraph {@code creditParagraph} still covers a sentence of paragraph {@code paragraph}.
   *
   * @param sourceBefore whether the text credited another source (or words naming nobody) before the speaker, or his words
   *     were a direct quote
   * @param reported whether his account gave figures in his own paragraph, or his tag introduces what follows
   * @param firstOfParagraph whether the sentence opens its paragraph
   */
  static boolean continues(int creditParagraph, int paragraph, boolean sourceBefore, boolean reported, boolean firstOfParagraph, String sentence) {
    if (paragraph == creditParagraph) return true;
    if (!sourceBefore && reported) return true;
    return firstOfParagraph && PRONOUN_SUBJECT.matcher(sentence.strip()).find();
  }
}
