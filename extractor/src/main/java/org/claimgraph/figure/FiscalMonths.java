package org.claimgraph.figure;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months of a fiscal year counted from its start, where the year is named by its place ("the current fiscal year") or
 * by the two calendar years it straddles ("the first five months of the current Fiscal Year 2020/21"), as the press of countries whose year does not start in
 * January writes them: "Nepal imported more than 1,000 units of electric vehicles (EVs) in the first four months of the
 * current fiscal year" (a page of December 2022: mid-July to mid-November, 2022-07/2022-11), "Pakistanis imported vehicles
 * worth $266.2 million during the first three months of the current fiscal year" (October 2021: 2021-07/2021-09). Read only
 * by a fiscal convention ({@link FiscalYears}); on the calendar, and where neither the page's date nor its text tells which
 * year is current ({@link FiscalNow}; a sentence read alone), nothing: the months of an unknown year are no period.
 */
final class FiscalMonths {

  private FiscalMonths() {}

  private static final String COUNT = "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)";
  private static final String RELATIVE = "(?:(this|current|ongoing|present|last|previous|past|prior)\\s+)+";
  private static final String FISCAL = "(?:(?:fiscal|financial)(?:\\s+year)?|FY)";
  private static final String SPAN = "(20\\d{2})\\s?[-–/]\\s?(\\d{2}|20\\d{2})(?![\\d%])";

  /**
   * "the first five months of the current fiscal year", "in the seven months of the current fiscal year", "in the seven months
   * (July-January) of the this fiscal", "the first five months of the current Fiscal Year 2020/21": the first N months of the
   * fiscal year named by its place, or by the span that follows it. Without "first", only after "in", "during", "the" …
   * (not "over six months of the current fiscal year", a duration).
   */
  private static final Pattern FIRST_MONTHS_OF_RELATIVE = Pattern.compile(
      "(?i)(?:\\bfirst\\s+|(?<=\\b(?:in|during|for|after|the)\\s))" + COUNT + "\\s+months(?:\\s*\\([^)]{0,30}\\))?\\s+of\\s+(?:the\\s+)?"
          + RELATIVE + FISCAL + "(?:\\s+" + SPAN + ")?\\b");

  /** A period found: where it is in the sentence and its months. */
  record Found(int start, int end, String period) {}

  /** The fiscal months {@code sentence} names, under convention {@code f}, in text order. */
  static java.util.List<Found> find(String sentence, FiscalYear f, PeriodResolver.Context ctx) {
    java.util.List<Found> out = new java.util.ArrayList<>();
    if (f == null || f.calendar()) return out;
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (!lower.contains("fiscal") && !lower.contains("financial")) return out;
    Matcher m = FIRST_MONTHS_OF_RELATIVE.matcher(sentence);
    while (m.find()) {
      int n = PeriodResolver.monthsCount(m.group(1));
      YearMonth start = m.group(3) != null ? spanStart(f, m.group(3), m.group(4)) : relativeStart(f, m.group(2), ctx);
      if (start == null || n < 1 || n > 12) continue;
      out.add(new Found(m.start(), m.end(), f.months(start, n)));
    }
    return out;
  }

  /** The first month of the fiscal year {@code first}-{@code second} straddles, or null where the two are not one year apart. */
  private static YearMonth spanStart(FiscalYear f, String first, String second) {
    int a = Integer.parseInt(first);
    int b = second.length() == 2 ? a / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    return b == a + 1 ? YearMonth.of(a, f.startMonth()) : null;
  }

  /** The first month of "the current" (or "last") fiscal year: of the page's date, else of the text's ({@link FiscalNow}). */
  private static YearMonth relativeStart(FiscalYear f, String which, PeriodResolver.Context ctx) {
    int name = PeriodResolver.relativeFiscal(f, PeriodResolver.fiscalShift(which), ctx);
    return name > 0 ? firstMonth(f, name) : null;
  }

  private static YearMonth firstMonth(FiscalYear f, int name) {
    return YearMonth.of(f.namedByEnd() ? name - 1 : name, f.startMonth());
  }
}
