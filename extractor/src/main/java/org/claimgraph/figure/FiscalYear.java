package org.claimgraph.figure;

import java.time.YearMonth;

/**
 * A fiscal-year convention: the month a fiscal year starts in, whether "FY23" / "fiscal 2023" names
 * the calendar year it ends in (India, Australia, US federal) or the one it starts in (Japan), and
 * whether it holds only for government accounts (the UK's, Canada's or the US federal budget year;
 * companies there keep their own years), and whether a quarter written without a year ("Q2", "the second
 * quarter") is the fiscal year's (India: Q2 is July to September).
 *
 * <pre>
 * India (4, named by end):  FY23 → 2022-04/2023-03;  2022-23 → 2022-04/2023-03
 * Japan (4, named by start): fiscal 2022 → 2022-04/2023-03
 * Nepal (7 from mid-month):  2022/23 → 2022-07/2023-07;  its first 11 months → 2022-07/2023-06
 * calendar (1):              FY23 → 2023
 * </pre>
 *
 * <p>{@code midMonth}: the year starts in the middle of its first month (Nepal's 1 Shrawan, about 16 July), and a span of it
 * is written with every month it touches: a whole year runs to the start month of the next, its first N months end N months
 * after the start ("mid-July to mid-October" → 2022-07/2022-10), as the Nepali press and devset's gold write them.
 */
record FiscalYear(int startMonth, boolean namedByEnd, boolean governmentOnly, boolean fiscalQuarters, boolean midMonth) {

  /** No convention known: a fiscal year is the calendar year. */
  static final FiscalYear CALENDAR = new FiscalYear(1, true, false, false, false);

  boolean calendar() {
    return startMonth == 1;
  }

  /** The months of the fiscal year called {@code year} ("FY23", "fiscal 2023"). */
  String named(int year) {
    if (calendar()) return Integer.toString(year);
    return span(namedByEnd ? year - 1 : year);
  }

  /** The fiscal year that starts in {@code firstYear} ("2022-23"): null for the calendar, which no year straddles. */
  String span(int firstYear) {
    if (calendar()) return null;
    return months(YearMonth.of(firstYear, startMonth), 12);
  }

  /** The first {@code n} months of a fiscal year that starts in {@code start}: to the month the n-th ends in. */
  String months(YearMonth start, int n) {
    return start + "/" + start.plusMonths(midMonth ? n : n - 1);
  }

  /** The name of the fiscal year that {@code month} falls in. */
  int nameOf(YearMonth month) {
    if (calendar()) return month.getYear();
    int first = month.getMonthValue() >= startMonth ? month.getYear() : month.getYear() - 1;
    return namedByEnd ? first + 1 : first;
  }

  /** Quarter {@code q} (1-4) of the fiscal year called {@code year}: "Q4 of FY22" in India → 2022-01/2022-03. */
  String quarter(int year, int q) {
    int first = calendar() ? year : namedByEnd ? year - 1 : year;
    return months(YearMonth.of(first, startMonth).plusMonths(3L * (q - 1)), 3);
  }

  /** Quarter {@code q} of the fiscal year last begun by {@code now}: "Q2" on a page of November 2023 in India → 2023-07/2023-09. */
  String quarterBefore(YearMonth now, int q) {
    int name = nameOf(now);
    YearMonth start = YearMonth.of(namedByEnd ? name - 1 : name, startMonth).plusMonths(3L * (q - 1));
    if (start.isAfter(now)) start = start.minusYears(1);
    return months(start, 3);
  }

  /** Quarter {@code q} of the fiscal year that starts in {@code firstYear} ("Q2 of fiscal year 2025-26"). */
  String quarterOfSpan(int firstYear, int q) {
    return months(YearMonth.of(firstYear, calendar() ? 4 : startMonth).plusMonths(3L * (q - 1)), 3);
  }
}
