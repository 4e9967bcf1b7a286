package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * What a plant, a mine or a vehicle can make or hold ("it will be able to produce up to 450,000 electric vehicles a year", "the
 * property has the potential to produce 8000 t/y", "It can accommodate more than 80 passengers") or is planned to turn out at a rate
 * ("which is expected to produce 175,000 units a year"): a potential, no data of a period (the gold gives none where the sentence
 * states none). Such an amount whose sentence states no period takes none from the text around it, nor do the amounts listed
 * right after it ("—40 seated and 42 standing—along with two designated wheelchair spaces"). An amount the text before it says
 * holds now ("currently can produce") is the present's and is left alone. The words are in {@code potential-outputs.tsv}.
 */
final class OutputPotentials {

  private static final List<Map<String, String>> WORDS = Tsv.read("potential-outputs.tsv");
  private static final String VERB = "(?:" + Tsv.alternation(WORDS, "verb") + ")";
  private static final String QUALIFIER = "(?:up\\s+to|as\\s+much\\s+as|a\\s+maximum\\s+of|about|around|nearly|almost|more\\s+than|over"
      + "|roughly|approximately|some|at\\s+least|an\\s+estimated|a\\s+combined)";
  /** "can produce", "will be able to produce up to", "allow the company to produce", "can accommodate more than": right before the amount. */
  private static final Pattern ABLE_BEFORE = Pattern.compile("(?i)\\b(?:(?:" + Tsv.alternation(WORDS, "able") + ")|(?:"
      + Tsv.alternation(WORDS, "allow") + ")(?:\\s+\\p{L}+){0,3}\\s+to)\\s+(?:\\p{L}+ly\\s+)?" + VERB + "\\s+(?:" + QUALIFIER + "\\s+)?$");
  /** "is expected to produce around", "will produce about": a plan's amount, read only with a rate after it. */
  private static final Pattern PLAN_BEFORE = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "plan") + ")\\s+(?:\\p{L}+ly\\s+)?" + VERB
      + "\\s+(?:" + QUALIFIER + "\\s+)?$");
  /** "a year", "per annum", "of graphite concentrate each year", "annually": a rate right after the amount. */
  private static final Pattern RATE_AFTER = Pattern.compile(
      "(?i)^\\s*(?:[\\p{L}-]+\\s+){0,4}?(?:(?:a|per|each|every)\\s+(?:year|annum)\\b|annually\\b|yearly\\b)");
  /**
   * An amount listed before the one read, with its separator: "708,640 tonnes, ", "175,000 tonnes, and ", "80 passengers—",
   * "42 standing—along with ".
   */
  private static final Pattern LISTED = Pattern.compile("(?i)(?<![\\d.,])\\d[\\d.,]*\\s*(?:[\\p{L}%/-]+\\s*){0,5}?"
      + "(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+|\\s*[—–]\\s*(?:along\\s+with\\s+)?|\\s+along\\s+with\\s+)$");
  private static final Pattern SO_FAR = Pattern.compile("(?i)\\b(?:already|so\\s+far|to\\s+date)\\b");

  private OutputPotentials() {}

  /**
   * Whether the amount at {@code [rs, re)} of {@code sentence} is what something can make or hold, or is planned to make at a rate,
   * in a sentence that states no period ({@code stated}: its time expressions, bases excluded), and so has none.
   */
  static boolean undated(String sentence, int rs, int re, Quantity q, Kind kind, List<PeriodMention> stated) {
    if (kind != Kind.AMOUNT || "percent".equals(q.unit()) || q.unit().matches("[A-Z]{3}")) return false;
    if (stated != null && stated.stream().anyMatch(p -> !p.basis())) return false;
    String before = listHead(sentence.substring(0, rs));
    if (StatesNow.saysNow(before) || SO_FAR.matcher(before).find()) return false;
    if (ABLE_BEFORE.matcher(before).find()) return true;
    return PLAN_BEFORE.matcher(before).find() && (q.unit().endsWith("/year") || RATE_AFTER.matcher(sentence.substring(re)).find());
  }

  /**
   * {@code before} without the amounts listed at its end ("… capacity of around 708,640 tonnes, 175,000 tonnes, and " → "… capacity
   * of around "): what the first amount of a list follows, which the others share.
   */
  static String listHead(String before) {
    for (int i = 0; i < 6; i++) {
      int from = Math.max(0, before.length() - 80);
      Matcher m = LISTED.matcher(before).region(from, before.length()).useTransparentBounds(true);
      if (!m.find()) return before;
      before = before.substring(0, m.start());
    }
    return before;
  }
}
