package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * The target a yearly rule sets (shape17): a number the sentence names as a mandate's or quota's target is the year's, not the
 * month the sentence reports on.
 *
 * <pre>
 * "… rose by 10.8% in August, but … fall short of the 22% share of sales required by the government’s Zero Emission Vehicle Mandate" → 22%: the year
 * "… rose in January but their market share remained short of the 28 per cent mandate for the year"                               → 28 per cent: the year
 * "… this is still slightly below the government’s tough ZEV mandate target of 22 per cent"                                       → 22 per cent: the year
 * </pre>
 *
 * Not "a 6,500-ton export quota … valid until the end of 2025" nor "less than half of the full-year quota": a quota is the
 * number's rule only through a target word. The rules and target words are those of annual-mandates.tsv.
 */
final class MandateTargets {
  private static final List<Map<String, String>> WORDS = Tsv.read("annual-mandates.tsv");
  private static final String RULES = words("rule", false);
  private static final String NAMING_RULES = words("rule", true);
  private static final String TARGETS = words("target", false);
  /** A rule's noun first, then its target word, right before the number: "ZEV mandate target of ". */
  private static final Pattern BEFORE = Pattern.compile(
      "(?i)\\b(?:" + RULES + ")\\s+(?:" + TARGETS + ")s?\\s+(?:of|at)\\s+(?:about\\s+|around\\s+|some\\s+)?$");
  /**
   * Right after the number, up to three words ("share of sales"), then the rule's noun itself ("mandate") or a target word and
   * the rule in the same clause ("target set by the ZEV Mandate", "required by the UK Government’s ZEV mandate").
   */
  private static final Pattern AFTER = Pattern.compile(
      "(?i)^\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:(?:" + NAMING_RULES + ")\\b|(?:" + TARGETS + ")\\b[^.;,]{0,80}?\\b(?:" + RULES + ")s?\\b)");
  /** The rule nouns anywhere: most sentences name none, and then nothing else is tried. */
  private static final Pattern ANY_RULE = Pattern.compile("(?i)\\b(?:" + RULES + ")");

  private MandateTargets() {}

  private static String words(String role, boolean naming) {
    return String.join("|", WORDS.stream().filter(r -> role.equals(r.get("role")) && (!naming || "yes".equals(r.get("names"))))
        .map(r -> Pattern.quote(r.get("words"))).sorted((a, b) -> b.length() - a.length()).toList());
  }

  /** Whether the number at {@code [start, end)} of {@code sentence} is the target a yearly rule sets. */
  static boolean isTarget(String sentence, int start, int end) {
    if (!ANY_RULE.matcher(sentence).find()) return false;
    return BEFORE.matcher(sentence.substring(0, start)).find() || AFTER.matcher(sentence.substring(end)).find();
  }

  /**
   * The year of a target whose sentence reports {@code period} (a month or a span within one year: "in August" → its year), or
   * {@code fallback} where the sentence states none; null where the period is already a year or runs across two.
   */
  static String year(String period, int fallback) {
    if (period == null) return fallback > 0 ? Integer.toString(fallback) : null;
    if (period.length() <= 4) return null;
    String first = period.substring(0, 4);
    int slash = period.indexOf('/');
    return slash < 0 || period.startsWith(first, slash + 1) ? first : null;
  }
}
