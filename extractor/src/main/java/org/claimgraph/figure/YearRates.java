package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.nlp.Sentence;

/**
 * A mass per year whose time is not written right after the number is still a rate per year (the finder reads "6,000 tonnes a
 * year" itself):
 *
 * <pre>
 * "can produce 80,000 tonnes of nickel matte a year"                           → tonne/year (the rate after the material)
 * "capacity of 22,000 tonnes of LCE per year"                                  → tonne/year
 * "operates with an annual capacity of 80,000 tonnes"                          → tonne/year (a capacity is a rate)
 * "targets an annual production of 506,000 tonnes", "foresees annual output of over 436 000 tonnes" → tonne/year (a planned
 *                                                                                 rate; "annual copper production is expected to
 *                                                                                 reach 2.8 million tons" in 2023, "its 2025 annual
 *                                                                                 production", "… of 9,000 tonnes in 2024" stay tonne:
 *                                                                                 one year's amount)
 * "with a capacity to annually produce 15,800 tones"                           → tonne/year (the rate adverb before the verb)
 * "708,640 tonnes, 175,000 tonnes, and 6,000 tonnes a year respectively"       → each tonne/year (one rate for the line)
 * "producing nearly 13,000 tons of copper blister annually", "about 13,000 tons annually" → tonne/year
 * "34,200 tonnes of high-grade nickel matte and 6,700 tonnes of low-grade …"   → tonne (no rate)
 * "61,000 tonnes of refined copper a year earlier"                             → tonne (a base, no rate)
 * </pre>
 *
 * Only masses whose rate has a unit code ({@code tonne/year}, {@code kilotonne/year}, {@code megatonne/year}); the quote stays the
 * number and its unit. The words are in {@code year-rates.tsv} (the capacity nouns in {@code plant-plans.tsv}).
 */
final class YearRates {

  private static final List<Map<String, String>> WORDS = Tsv.read("year-rates.tsv");
  private static final String RATE = Tsv.alternation(WORDS, "rate");
  /** Not a time back after the rate word: "a year ago", "a year earlier", and hyphenated "a year-ago" (f8-m-04 cphibiz). */
  private static final String NOT_BACK = "(?![\\s-]+(?:ago|earlier|before|prior|previously|back|on|over)\\b)";
  /** A word of the material: no number, no clause break, no word that opens another phrase. */
  private static final String WORD = "(?!(?:" + Tsv.alternation(WORDS, "link") + "|" + RATE + ")\\b)[^\\s\\d,;:.()]+";
  /**
   * A mass restated in brackets between the number and its material: "15 million pounds (6 800 tonnes) of uranium a year" — the
   * pounds see the bracket, the tonnes its closing bracket; both are the rate (round 36).
   */
  private static final String RESTATED = "(?:\\s*\\([^()]{1,30}\\)|\\))?";
  /**
   * "of nickel matte a year", "of lithium carbonate equivalent (LCE) per year", "of high-quality chemical grade spodumene concentrate
   * annually": "of", up to five words, a bracketed short name,
   * the rate; not a time back ("a year earlier", "a year ago").
   */
  private static final Pattern RATE_AFTER_MATERIAL = Pattern.compile("(?i)^" + RESTATED + "\\s+of\\s+(?:" + WORD + "\\s+){0,4}" + WORD
      + "(?:\\s+\\([^()\\d]{1,12}\\))?\\s+(?:" + RATE + ")\\b" + NOT_BACK);
  /** "13,000 tons annually", "50 million tonnes annually by 2032": the rate word right after the mass; not a time back. */
  private static final Pattern RATE_RIGHT_AFTER = Pattern.compile("(?i)^\\s+(?:" + RATE
      + ")\\b" + NOT_BACK);
  /** "an annual capacity of", "Annual production capacity can reach a maximum of": the adjective, the noun, up to six words. */
  private static final Pattern ANNUAL_CAPACITY_BEFORE = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "annual")
      + ")\\s+(?:\\p{L}+\\s+){0,2}(?:" + Tsv.alternation(Tsv.read("plant-plans.tsv"), "capacity") + ")\\b(?:\\s+[^\\s\\d,;:()]+){0,6}\\s*$");
  /** Up to two qualifiers between the phrase and the number ("over", "up to", "more than"); no other word. */
  static final String QUALIFIER = "(?:(?:" + Tsv.alternation(WORDS, "qualifier") + ")\\s+){0,2}";
  /**
   * "an annual production of", "annual lithium output of over": the adjective, up to two words, the output noun, "of"; not a
   * year's own ("its 2025 annual production of", a year right before the adjective). Also the output stated at its level (round
   * 36): "The annual production is estimated at", "with annual production at over", "annual global production (dominated by
   * China) standing at" — a bracket after the noun, up to two {@code state} words, "at".
   */
  private static final Pattern ANNUAL_OUTPUT_BEFORE = Pattern.compile("(?i)(?<!(?:19|20)\\d\\d\\s)\\b(?:" + Tsv.alternation(WORDS, "annual")
      + ")\\s+(?:\\p{L}+\\s+){0,2}(?:" + Tsv.alternation(WORDS, "output") + ")(?:\\s*\\([^()]{1,40}\\))?\\s+(?:of|(?:(?:"
      + Tsv.alternation(WORDS, "state") + ")\\s+){0,2}at)\\s+" + QUALIFIER + "$");
  /** "to annually produce", "yearly processes up to": the rate adverb right before the verb of making. */
  private static final Pattern ADVERB_VERB_BEFORE = Pattern.compile("(?i)\\b(?:" + Tsv.alternation(WORDS, "adverb") + ")\\s+(?:"
      + Tsv.alternation(WORDS, "make") + ")\\s+" + QUALIFIER + "$");
  /** A year's own amount after the mass: "… of 9,000 tonnes in 2024", "for FY2025". */
  static final Pattern YEAR_AFTER = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:in|for|during)\\s+(?:the\\s+)?(?:FY\\s?)?(?:19|20)\\d\\d\\b");

  /** Between two masses of one line: their materials, then a comma or "and". */
  private static final Pattern LINE_BETWEEN = Pattern.compile("(?i)^(?:\\s+of\\s+(?:" + WORD + "\\s+){0,3}" + WORD + ")?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$");

  private YearRates() {}

  /** {@code found} (each sentence's quantities) with each mass per year written apart from it in its rate unit. */
  static void fill(List<Sentence> sentences, Map<Sentence, List<Quantity>> found) {
    SentenceQuantities.rewrite(sentences, found, YearRates::apply);
  }

  /** The quantities of {@code text} (starting at {@code offset} in the article), each mass per year in its rate unit. */
  static List<Quantity> apply(String text, int offset, List<Quantity> qs) {
    List<Quantity> out = null;
    // right to left: a line's last mass states the rate the ones before it take
    for (int i = qs.size() - 1; i >= 0; i--) {
      Quantity q = qs.get(i);
      String rate = rateOf(q.unit());
      if (rate == null) continue;
      int start = q.start() - offset;
      int end = q.end() - offset;
      if (start < 0 || end > text.length()) continue;
      boolean perYear = RATE_AFTER_MATERIAL.matcher(text.substring(end)).lookingAt()
          || RATE_RIGHT_AFTER.matcher(text.substring(end)).lookingAt()
          || ANNUAL_CAPACITY_BEFORE.matcher(text.substring(0, start)).find()
          || plannedOutput(text.substring(0, start), text.substring(end))
          || i + 1 < qs.size() && lineRate(text, end, (out != null ? out : qs).get(i + 1), offset, rate);
      if (!perYear) continue;
      if (out == null) out = new ArrayList<>(qs);
      out.set(i, q.withUnit(rate));
    }
    return out == null ? qs : List.copyOf(out);
  }

  /** "an annual production of 506,000 tonnes", "to annually produce 15,800 tones": a rate, unless a year follows the mass. */
  private static boolean plannedOutput(String before, String after) {
    return (ANNUAL_OUTPUT_BEFORE.matcher(before).find() || ADVERB_VERB_BEFORE.matcher(before).find()) && !YEAR_AFTER.matcher(after).find();
  }

  /** "U/year" for a mass unit U that has such a code, else null. */
  private static String rateOf(String unit) {
    UnitTable units = UnitTable.get();
    return "Mass".equals(units.kind(unit)) && units.kind(unit + "/year") != null ? unit + "/year" : null;
  }

  /** Whether {@code next} is the next mass of one line with this one and is per year in the same unit. */
  private static boolean lineRate(String text, int end, Quantity next, int offset, String rate) {
    int nextStart = next.start() - offset;
    return next.unit().equals(rate) && nextStart >= end && LINE_BETWEEN.matcher(text.substring(end, nextStart)).matches();
  }
}
