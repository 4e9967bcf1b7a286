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
 * calendar (1):              FY23 → 2023
 * </pre>
 */
record FiscalYear(int startMonth, boolean namedByEnd, boolean governmentOnly, boolean fiscalQuarters) {

  /** No convention known: a fiscal year is the calendar year. */
  static final FiscalYear CALENDAR = new FiscalYear(1, true, false, false);

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
    return YearMonth.of(firstYear, startMonth) + "/" + YearMonth.of(firstYear + 1, startMonth - 1);
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
    YearMonth start = YearMonth.of(first, startMonth).plusMonths(3L * (q - 1));
    return start + "/" + start.plusMonths(2);
  }

  /** Quarter {@code q} of the fiscal year last begun by {@code now}: "Q2" on a page of November 2023 in India → 2023-07/2023-09. */
  String quarterBefore(YearMonth now, int q) {
    int name = nameOf(now);
    YearMonth start = YearMonth.of(namedByEnd ? name - 1 : name, startMonth).plusMonths(3L * (q - 1));
    if (start.isAfter(now)) start = start.minusYears(1);
    return start + "/" + start.plusMonths(2);
  }

  /** Quarter {@code q} of the fiscal year that starts in {@code firstYear} ("Q2 of fiscal year 2025-26"). */
  String quarterOfSpan(int firstYear, int q) {
    YearMonth start = YearMonth.of(firstYear, calendar() ? 4 : startMonth).plusMonths(3L * (q - 1));
    return start + "/" + start.plusMonths(2);
  }
}
