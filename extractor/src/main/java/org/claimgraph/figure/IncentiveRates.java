package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * What a buyer or maker is paid per purchase ("the expiration of the $7,500 federal tax credit", "a 20,000 yuan (2,781 U.S.
 * dollars) subsidy", "the demand incentive will be Rs 10,000 per kWh", "incentives up to 18 per cent for EVs") is a standing
 * rule, as a tariff rate is ({@link StandingRates}): a figure whose sentence states no period of its own takes none from the
 * sales around it (guidelines: "a page's '$7,500 tax credit' a figure without period", "a cap share of the ex-factory price
 * has no period"). A total paid out ("handed out 4 billion yuan … of subsidies", "disbursed subsidies to around 80 per cent of
 * electric two-wheelers") is a flow of its period and is left alone: amounts of a million or more, and nouns beside a verb of
 * paying. The words are in {@code incentive-words.tsv}.
 */
final class IncentiveRates {

  private static final List<Map<String, String>> WORDS = Tsv.read("incentive-words.tsv");
  private static final String NOUN = alternation("incentive");
  private static final Pattern PAID = Pattern.compile("(?i)\\b(?:" + alternation("paid") + ")\\b");
  /** Words that start another phrase: "30% thanks to incentives", "$4 billion of subsidies" name no incentive's rate. */
  private static final String FUNCTION = "(?:of|in|from|to|than|for|on|and|or|by|at|with|as|after|amid|despite|under|because|due|thanks"
      + "|following|before|since|while|but|which|that|the|a|an|its|their|this|these|those)";
  /** "$7,500 federal tax credit", "20,000 yuan (2,781 U.S. dollars) subsidy", "a 20,000 yuan rebate": the noun right after. */
  private static final Pattern NOUN_AFTER = Pattern.compile(
      "(?i)^\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:(?!" + FUNCTION + "\\b)[\\p{L}.'’-]+\\s+){0,3}(?:" + NOUN + ")\\b(?![-‐])");
  /**
   * "subsidies of up to $8,300", "the demand incentive will be Rs 10,000", "the incentive for e2Ws to a maximum of Rs 22,500",
   * "incentives up to 18 per cent", "the Electric Car Grant (ECG) which offers up to £3,750", "the FAME-II subsidy was slashed
   * from 40% to 15%": the noun, up to twelve words with no number, no clause break and no conjunction, and a connector, a verb of
   * offering, "up to" or "from" another level "to".
   */
  private static final Pattern NOUN_BEFORE = Pattern.compile(
      "(?i)(?<![\\p{L}-])(?:" + NOUN + ")(?![-‐\\p{L}])"
          + "((?:(?:,(?=\\s+(?:which|that)\\b))?\\s+(?!\\d|(?:and|but|while|whereas|as|after|because|since|when|so)\\b)[^\\s,;:—–]+){0,12}?)\\s+"
          + "(?:(?:of|worth|at|to|from|between|be|is|was|are|were|offers?|offered|offering|gives?|giving|provides|providing|ranges?|ranging)"
          + "\\s+(?:(?:up\\s+to|as\\s+much\\s+as|a\\s+maximum\\s+of|about|around|nearly|almost|more\\s+than|over|only|just|roughly|an?)\\s+)?"
          + "|(?:up\\s+to|a\\s+maximum\\s+of|as\\s+much\\s+as)\\s+"
          // "was slashed from 40% to 15%", "from Rs 15,000 per kWh of battery capacity to Rs 10,000": the level it was moved to.
          + "|from\\s+(?=[^\\s\\d]{0,4}\\s?\\d)(?:[^\\s;:]*[^\\s,;:]\\s+){1,8}?to\\s+(?:only\\s+|just\\s+)?)[^\\s\\d]{0,4}$");

  /** A connector or qualifier the quote itself opens with ("between Rs 17,000 and Rs 66,000", "up to £3,750"). */
  private static final Pattern LEADING_QUALIFIER = Pattern.compile(
      "(?i)(?:between|up\\s+to|as\\s+much\\s+as|a\\s+maximum\\s+of|about|around|nearly|almost|more\\s+than|over|roughly)\\s+");

  private IncentiveRates() {}

  /**
   * Whether the figure at {@code [rs, re)} of {@code sentence} (its number and unit) is an incentive's rate: a money amount under a
   * million or a percent, not a change, with an incentive noun right after it or leading to it.
   */
  static boolean standing(String sentence, int rs, int re, Quantity q, Kind kind) {
    if (kind == Kind.CHANGE || !(q.unit().equals("percent") || money(q.unit()) && q.value() < 1_000_000)) return false;
    // "between Rs 17,000 and Rs 66,000", "up to $8,300": a quote that opens with its connector or qualifier is read as written after it.
    var lead = LEADING_QUALIFIER.matcher(sentence.substring(rs, re));
    String before = sentence.substring(0, lead.lookingAt() ? rs + lead.end() : rs);
    if (NOUN_AFTER.matcher(sentence.substring(re)).find()) return !PAID.matcher(before.substring(Math.max(0, before.length() - 30))).find();
    var m = NOUN_BEFORE.matcher(before);
    if (!m.find()) return false;
    String ahead = before.substring(Math.max(0, m.start() - 30), m.start());
    return !PAID.matcher(m.group(1)).find() && !PAID.matcher(ahead).find();
  }

  /** A currency code, or a money rate per something ("USD", "INR/kWh", "USc"). */
  private static boolean money(String unit) {
    return unit.matches("(?:[A-Z]{3}|USc|GBp)(?:/.*)?");
  }

  private static String alternation(String role) {
    return Tsv.alternation(WORDS, role);
  }
}
