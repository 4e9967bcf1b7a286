package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * The period of one figure of a "respectively" list that a list of periods pairs with in order: "totaled 257,726 and 265,475 in
 * January and February respectively" → 257,726 January, 265,475 February (not the span January–February); "1,200 units and
 * 1,500 units in 2022 and 2023, respectively" → 2022, 2023. The periods are the times of the figures' own stretch of the
 * sentence (up to its "respectively", after the one before), coordinated only by commas and "and", as many as the figures of
 * the unit there. Not a span's ends ("between January and October 2020") nor a comparison's bases ("growth against 2021 and
 * 2020 respectively"): words in {@code respective-periods.tsv}.
 */
final class RespectivePeriods {

  private RespectivePeriods() {}

  private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
  /** Between two listed times: a comma, "and", or both (an "in" may repeat: "in 2022 and in 2023"). */
  private static final Pattern COORDINATED = Pattern.compile("(?i)^\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)(?:in\\s+)?$");
  /** A mention that is itself a pair: "January and February" (read as their span), "2022 and 2023". */
  private static final Pattern PAIR = Pattern.compile("(?i)^[\\p{L}.]+\\s+(?:and|&)\\s+[\\p{L}.]+(?:\\s+(?:19|20)\\d{2})?$|^(?:19|20)\\d{2}\\s+(?:and|&)\\s+(?:19|20)\\d{2}$");
  /** The word right before the list, which {@code respective-periods.tsv} may mark a span's or a base's. */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*$");
  private static final java.util.Set<String> NOT_A_LIST = new java.util.HashSet<>();

  static {
    for (var row : Tsv.read("respective-periods.tsv")) NOT_A_LIST.add(row.get("form").toLowerCase(Locale.ROOT));
  }

  /**
   * The period of the figure starting at {@code at}: the listed period at its place among {@code sameUnit} (the sentence
   * offsets of the figures of its unit, in text order) where its stretch pairs them with a list of periods; else {@code period}.
   */
  static String period(String sentence, int at, List<Integer> sameUnit, List<PeriodMention> mentions, String period) {
    if (mentions == null || sameUnit.size() < 2) return period;
    int from = 0;
    int to = -1;
    Matcher r = RESPECTIVELY.matcher(sentence);
    while (r.find()) {
      if (r.start() > at) {
        to = r.start();
        break;
      }
      from = r.end();
    }
    if (to < 0) return period;
    List<Integer> figures = new ArrayList<>();
    for (int o : sameUnit) if (o >= from && o < to) figures.add(o);
    if (figures.size() < 2 || !figures.contains(at)) return period;
    List<String> listed = listed(sentence, mentions, from, to);
    return listed != null && listed.size() == figures.size() ? listed.get(figures.indexOf(at)) : period;
  }

  private static final Pattern BARE_YEAR = Pattern.compile("(?:19|20)\\d{2}");
  private static final Pattern YEAR_IN = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

  /** The year a fiscal year is named by ("fiscal 2021" read as 2020-04/2021-03 → 2021), where {@code period} is twelve months not of one calendar year; else -1. */
  private static int fiscalYear(PeriodMention first, String period) {
    String[] ends = period.split("/");
    if (ends.length != 2 || ends[0].length() != 7 || ends[1].length() != 7 || ends[0].substring(0, 4).equals(ends[1].substring(0, 4))) return -1;
    if (!java.time.YearMonth.parse(ends[0]).plusMonths(11).equals(java.time.YearMonth.parse(ends[1]))) return -1;
    Matcher y = YEAR_IN.matcher(first.text());
    return y.find() ? Integer.parseInt(y.group(1)) : -1;
  }

  /** The periods the times of [{@code from}, {@code to}) list, or null where they are not one list. */
  private static List<String> listed(String sentence, List<PeriodMention> mentions, int from, int to) {
    List<PeriodMention> in = new ArrayList<>();
    for (PeriodMention p : mentions) if (p.start() >= from && p.end() <= to) in.add(p);
    if (in.isEmpty()) return null;
    Matcher before = WORD_BEFORE.matcher(sentence.substring(from, in.get(0).start()));
    if (before.find() && NOT_A_LIST.contains(before.group(1).toLowerCase(Locale.ROOT))) return null;
    List<String> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      PeriodMention p = in.get(i);
      if (p.basis()) return null;
      if (i > 0 && !COORDINATED.matcher(sentence.substring(in.get(i - 1).end(), p.start())).matches()) return null;
      String[] ends = p.period().split("/");
      if (PAIR.matcher(p.text().trim()).matches() && ends.length == 2) {
        out.add(ends[0]);
        out.add(ends[1]);
      } else if (i > 0 && BARE_YEAR.matcher(p.text().trim()).matches() && fiscalYear(in.get(0), out.get(0)) > 0) {
        // "in fiscal 2021 and 2022": the second year is a fiscal year too, the first one's months moved to it.
        out.add(ComparisonLinks.shift(out.get(0), 12 * (Integer.parseInt(p.text().trim()) - fiscalYear(in.get(0), out.get(0)))));
      } else {
        out.add(p.period());
      }
    }
    return out.size() >= 2 ? out : null;
  }
}
