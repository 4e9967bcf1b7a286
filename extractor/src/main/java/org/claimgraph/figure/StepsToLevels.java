package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An amount a verb of change moves, followed by the level it arrives at, is the change, and a percent restating it between
 * them is the same change (market reports: StepsToLevelsTest):
 *
 * <pre>
 * "copper … fell $14, or 0.2 percent, to $7,435 a metric ton"  → $14 change down, 0.2 percent change down, $7,435 a level
 * "Tin slipped $45 to $8,950"                                  → $45 change down
 * "Inventories rose 138 metric tons, or 4.6 percent, to 3,120 tons" → 138 t change up, 4.6 percent change up
 * </pre>
 *
 * Without the level after "to" an amount after such a verb stays an amount ("the firm lost $717m", "Austria added 8,000
 * chargers"). Pure: reads the words of one sentence.
 */
final class StepsToLevels {

  private static final String QUALIFIER = "(?:about|around|nearly|almost|some|roughly|just|over)\\s+";
  private static final String PERCENT = "[-+]?\\d[\\d.,]*\\s*(?:%|pc\\b|per\\s?cent\\b|percent\\b)";
  /** What a level starts with: a number, or a currency before it ("$7,435", "US$", "USD 2642", "€", "3,120 tons"). */
  private static final String LEVEL = "(?:[A-Z]{0,2}\\$|USD|EUR|€|£|¥|\\d)";
  /** Right after the amount: the percent restating it, if any, then "to" and the level. */
  private static final Pattern ARRIVAL = Pattern.compile(
      "(?i)^\\s*(?:,?\\s*or\\s+(?:" + QUALIFIER + ")?" + PERCENT + "\\s*,?)?\\s*to\\s+(?:" + QUALIFIER + ")?" + LEVEL);
  /** Before the amount: "to" or "of" makes it the level or a noun's amount ("rose to 500 tonnes", "an increase of"). */
  private static final Pattern NOT_MOVED = Pattern.compile("(?i)\\b(?:to|of|from)\\s+(?:" + QUALIFIER + ")?$");
  /** Between the amount and its restating percent. */
  private static final Pattern RESTATING = Pattern.compile("(?i)^\\s*,?\\s*or\\s+(?:" + QUALIFIER + ")?$");
  /** After the restating percent: the level it arrives at. */
  private static final Pattern THEN_LEVEL = Pattern.compile("(?i)^\\s*,?\\s*to\\s+(?:" + QUALIFIER + ")?" + LEVEL);

  private StepsToLevels() {}

  /**
   * Whether an amount (not a percent) whose clause has a verb of change right before it ({@code left}, the clause up to the
   * amount) is the change, the level it arrives at stated after it ({@code right}).
   */
  static boolean arrives(String left, String right) {
    return !NOT_MOVED.matcher(left).find() && ARRIVAL.matcher(right).find();
  }

  /** The sentence's figures, a percent restating a change of an amount before its level made that change. */
  static List<Figure> settle(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 1; i < out.size(); i++) {
      Figure a = out.get(i - 1);
      Figure p = out.get(i);
      if (a.kind() != Kind.CHANGE || a.quantity().unit().equals("percent") || !p.quantity().unit().equals("percent")
          || a.evidence().end() > p.evidence().start()) continue;
      if (!RESTATING.matcher(sentence.substring(a.evidence().end() - base, p.evidence().start() - base)).matches()
          || !THEN_LEVEL.matcher(sentence.substring(p.evidence().end() - base)).find()) continue;
      out.set(i, new Figure(p.quantity(), Kind.CHANGE, a.basis(), a.direction(), p.period(), p.measure(), p.place(),
          p.attribution(), p.evidence(), null, null));
    }
    return out;
  }
}
