package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The agent of a participle right after a figure, which credits that figure alone (sentcredit12, round 12): "revised
 * upwards to 800,000 tonnes from 786,731 tonnes announced by Bank of Zambia last month" (the 786,731 is the bank's, the
 * 800,000 the speaker's), "compared to the loss of 40 cents forecast by analysts" (the analysts', who name nobody; the
 * company's own loss stays the company's). A participle apart from any figure ("The latest … report, released by the
 * Electric Vehicle Council (EVC), showed …", "…, as forecasted by Tata Motors") credits its sentence as any cue does.
 * The cues are those of attribution-cues.tsv that end in "by" after a participle.
 */
final class PassiveAgents {

  /** "announced by", "forecast by": a participle's agent cue. */
  private static final Pattern PARTICIPLE_BY = Pattern.compile("\\p{L}+(?:ed|ast|own|ut)(?:\\s+out)?\\s+by");
  /** Between a figure and the participle: up to three words ("tonnes", "per share"), no comma or clause word. */
  private static final Pattern ATTACHED = Pattern.compile("\\s*(?:(?!(?:as|and|but|which|that|while)\\s)[\\p{L}\\d-]+\\s+){0,3}");

  private PassiveAgents() {}

  /**
   * The start (in {@code sentence}) of the figure whose agent the credit with {@code cue}, whose source starts at
   * {@code source} in the sentence, names, or -1 when the cue is no participle's or no figure stands right before it.
   *
   * @param figures the sentence's figures as {start, end} offsets in the sentence, in text order
   */
  static int attachedTo(String sentence, String cue, int source, List<int[]> figures) {
    if (cue == null || !PARTICIPLE_BY.matcher(cue).matches() || source <= 0 || source > sentence.length()) return -1;
    int at = sentence.toLowerCase(Locale.ROOT).lastIndexOf(cue, source);
    if (at < 0) return -1;
    int attached = -1;
    for (int[] f : figures) {
      if (f[1] <= at && ATTACHED.matcher(sentence.substring(f[1], at)).matches()) attached = f[0];
    }
    return attached;
  }
}
