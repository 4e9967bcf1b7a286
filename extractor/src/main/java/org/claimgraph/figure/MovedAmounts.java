package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount (not a percent) right after a verb of change, with no "by", is the size of the change when the sentence restates
 * it in percent or names the level it moved to (fresh15 miningtopnews and worldal, fresh8 newshour; MovedAmountsTest):
 *
 * <pre>
 * "Nickel inventory dropped 312 metric tons, or 4.9 percent, to 6,078 tons" → 312 metric tons a change, down
 * "Three-month copper … rose $120 to $6,040 a tonne"                         → $120 a change, up
 * "Capital expenditure is expected to fall $900m to about $2.5bn"           → $900m a change, down
 * "the firm still lost more than $717m in the quarter", "Austria added 8,000 chargers" → amounts (no level, no percent)
 * </pre>
 *
 * Without "by" an amount after such a verb is most often what was lost, added or cut, so the level or percent after it is
 * what makes it a move. Pure and stateless.
 */
final class MovedAmounts {

  /** The verb of change and the qualifiers between it and the number: "dropped ", "rose about ", "was up ". */
  private static final Pattern VERB_BEFORE = Pattern.compile(
      "(?i)\\b(\\p{L}+)\\s+(?:(?:about|around|nearly|almost|roughly|some|just|only|another|more\\s+than|over|a\\s+further|an\\s+additional)\\s+)?$");
  private static final String ABOUT = "(?:(?:about|around|nearly|almost|roughly|some|just|only|over|more\\s+than)\\s+)?";
  private static final String PERCENT = "[\\d.,]+\\s*(?:%|pc\\b|per\\s?cent\\b|percent\\b)";
  /**
   * ", or 4.9 percent" (not "… of the market": a share), " (1.6%)", and/or " to 6,078 tons", " to about $2.5bn": a level that is
   * a number, not a year ("add 500 jobs to 2027").
   */
  private static final Pattern MOVE_AFTER = Pattern.compile(
      "(?i)^(?:\\s*,?\\s+or\\s+" + ABOUT + PERCENT + "(?!\\s+of\\b)|\\s*\\(\\s*" + ABOUT + PERCENT + "\\s*\\))"
          + "|^(?:\\s*,?\\s+or\\s+" + ABOUT + PERCENT + "\\s*,?|\\s*\\(\\s*" + ABOUT + PERCENT + "\\s*\\)\\s*,?)?\\s+to\\s+" + ABOUT
          + "(?:[A-Z]{1,3}\\s?)?[$€£¥]?\\s?(?!(?:19|20)\\d{2}\\b)\\d");

  private MovedAmounts() {}

  /**
   * "up" or "down" when the amount at {@code [start, end)} of {@code sentence} is a change stated by a verb before it and a
   * percent or level after it; else null.
   */
  static String direction(String sentence, int start, int end) {
    Matcher verb = VERB_BEFORE.matcher(sentence.substring(Math.max(0, start - 40), start));
    if (!verb.find()) return null;
    String direction = ChangeRules.directionWord(verb.group(1));
    if (direction == null || !MOVE_AFTER.matcher(sentence.substring(end)).lookingAt()) return null;
    return direction;
  }
}
