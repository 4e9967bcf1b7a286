package org.claimgraph.figure;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A rate of change per year over a span is the span (GUIDELINES, round 33: "a compound annual rate of 30 percent between 2022
 * and 2028" → 2022/2028, "a compound growth rate of 6.77%" over 2020 to 2022 → 2020/2022, "an average rate of 33.5% annually
 * since 2017" → 2017 to the year the text runs on; "valued at … in 2025, … by 2032, growing at a CAGR of 15.1%" → 2025/2032). A change
 * over a span that is not a rate per year keeps the newer year (YearSpans). The rate words are in {@code annual-rate-words.tsv};
 * the span is read in the figure's clause only ("Sales rose 12% in 2024, and … grow 8% annually through 2030": 12% keeps 2024).
 */
final class AnnualRateSpans {

  private AnnualRateSpans() {}

  private static final Pattern RATE_WORDS = Pattern.compile(
      "(?i)\\b(?:" + Tsv.literalAlternation(Tsv.read("annual-rate-words.tsv"), "form") + ")\\b");
  /** A clause of its own: a semicolon, or a comma before a conjunction that starts one. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i);|,\\s+(?:and|but|while|whereas)\\b|(?<!\\.\\p{Lu})\\.\\s+\\p{Lu}");
  private static final Pattern SINCE_YEAR = Pattern.compile("(?i)\\bsince\\s+((?:19|20)\\d{2})(?![\\p{N}])");
  /** The rate words stand this near the figure: "growing at an impressive average rate of 33.5% annually". */
  private static final int REACH = 80;

  /** The span of the annual rate at {@code rs}..{@code re}, or {@code period} where it is no such rate or states no span. */
  static String period(String sentence, int rs, int re, Kind kind, String period, int pageYear) {
    if (kind != Kind.CHANGE) return period;
    int from = clauseStart(sentence, rs);
    int to = clauseEnd(sentence, re);
    String near = sentence.substring(Math.max(from, rs - REACH), Math.min(to, re + REACH));
    if (!RATE_WORDS.matcher(near).find()) return period;
    String clause = sentence.substring(from, to);
    Matcher span = YearSpans.SPAN.matcher(clause);
    if (span.find() && Integer.parseInt(span.group(2)) > Integer.parseInt(span.group(1))) return span.group(1) + "/" + span.group(2);
    int[] range = RangeYears.range(clause);
    if (range != null) return range[0] + "/" + range[1];
    TreeSet<Integer> years = new TreeSet<>();
    Matcher y = YearSpans.ANY_YEAR.matcher(clause);
    while (y.find()) years.add(Integer.parseInt(y.group()));
    if (years.isEmpty()) return period;
    Matcher since = SINCE_YEAR.matcher(clause);
    // "since 2017": to the year the text runs on (f26-e-10's synopsis ends "by the end of 2024" on a page of 2025), else the page's.
    int now = period != null && period.matches("\\d{4}.*") && Integer.parseInt(period.substring(0, 4)) > years.first()
        ? Integer.parseInt(period.substring(0, 4)) : pageYear;
    if (years.size() == 1 && since.find() && years.first() < now) return years.first() + "/" + now;
    // "valued at … in 2025, … to reach … by 2032": the later year a horizon, not a year-on-year comparison's two years
    // ("for the first quarter of 2025 …, compared to the same period in 2024").
    if (years.size() == 2 && horizon(clause, years.last())) return years.first() + "/" + years.last();
    return period;
  }

  private static boolean horizon(String clause, int year) {
    return Pattern.compile("(?i)\\b(?:by|to|through|until|till)\\s+(?:the\\s+end\\s+of\\s+)?" + year + "\\b").matcher(clause).find();
  }

  private static int clauseStart(String sentence, int rs) {
    Matcher m = CLAUSE_BREAK.matcher(sentence.substring(0, rs));
    int start = 0;
    while (m.find()) start = m.end();
    return start;
  }

  private static int clauseEnd(String sentence, int re) {
    Matcher m = CLAUSE_BREAK.matcher(sentence.substring(re));
    return m.find() ? re + m.start() : sentence.length();
  }
}
