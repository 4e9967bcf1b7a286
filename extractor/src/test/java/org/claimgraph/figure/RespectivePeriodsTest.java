package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A "respectively" list of figures paired in order with a list of periods (RespectivePeriods), and a level in a when-clause
 * after "the same month in YEAR" (YearBackClauses with a written year). Expected values written from GUIDELINES (each figure
 * its own period; the base of a comparison gets the base's period) before the rule.
 */
class RespectivePeriodsTest {

  @Test
  void eachFigureTakesItsListedPeriod() {
    // Pattaya Mail (devset fresh15, f15-e-03), March 2023: 257,726 January 2023, 265,475 February 2023, not the span of both.
    String pattaya = "Hybrid electric vehicles (HEV) recorded the most sales, which totaled 257,726 and 265,475 in January and February "
        + "respectively, followed by plug-in hybrid electric vehicle (PHEV), totaled 43,297 and 44,535 in January and February respectively.";
    LocalDate mar2023 = LocalDate.of(2023, 3, 20);
    assertEquals("2023-01", period(mar2023, "257,726", pattaya));
    assertEquals("2023-02", period(mar2023, "265,475", pattaya));
    assertEquals("2023-01", period(mar2023, "43,297", pattaya));
    assertEquals("2023-02", period(mar2023, "44,535", pattaya));
    // GSTimes (devset fresh18, f18-m-11), an Indian page: "fiscal 2021 and 2022" are two fiscal years, April to March.
    String gst = "India’s copper import in fiscal 2021 and 2022 stood at 2,38,483 tonnes and 2,38,694 tonnes, respectively.";
    LocalDate jun2023 = LocalDate.of(2023, 6, 1);
    assertEquals("2020-04/2021-03", period(jun2023, "2,38,483 tonnes", gst));
    assertEquals("2021-04/2022-03", period(jun2023, "2,38,694 tonnes", gst));
    // Written for this test after those shapes: two years listed after the figures.
    String years = "Sales were 1,200 units and 1,500 units in 2022 and 2023, respectively.";
    assertEquals("2022", period(LocalDate.of(2024, 5, 10), "1,200 units", years));
    assertEquals("2023", period(LocalDate.of(2024, 5, 10), "1,500 units", years));
  }

  @Test
  void spansBasesAndListsWithoutPeriodsAreLeftAlone() {
    // negative: Anatolia Today (devset fresh16, f16-e-12): "between January and October 2020" is one span, not two months.
    String span = "According to ODD, a total of 314 electric vehicles and 15,151 hybrids were sold between January and October 2020, "
        + "representing an increase of 105% and 74%, respectively.";
    LocalDate nov2020 = LocalDate.of(2020, 11, 5);
    assertEquals("2020-01/2020-10", period(nov2020, "314 electric vehicles", span));
    assertEquals("2020-01/2020-10", period(nov2020, "15,151 hybrids", span));
    // negative: Armenian Club (devset fresh20, f20-e-09): "against 2021 and 2020" are the changes' bases; 3,486 keeps 2022.
    String bases = "3,486 electric cars were imported to Armenia in 2022, a 1.8% and 12.1% growth against 2021 and 2020 respectively.";
    assertEquals("2022", period(LocalDate.of(2024, 1, 10), "3,486 electric cars", bases));
    // negative, outside the devset: https://www.thehindu.com/news/national/telangana/ev-registrations-in-telangana-stable-throughout-year-highest-in-november/article66277853.ece
    // (2022-12-19): a "respectively" list naming no list of periods keeps the month its sentence names.
    String hindu = "The highest number of EV registrations were in November, days after Diwali. The number of four-wheeler EV and "
        + "two-wheeler EV registrations in November, too, with a highest of 339 and 3,596, respectively.";
    assertEquals("2022-11", period(LocalDate.of(2022, 12, 19), "339", hindu));
    assertEquals("2022-11", period(LocalDate.of(2022, 12, 19), "3,596", hindu));
  }

  @Test
  void aWhenClauseAfterTheSameMonthOfAYearIsThatMonthOfThatYear() {
    // Mexico News Daily (devset fresh23, f23-e-11), August 2019: 1,113 is July 2018 (July 2019's month moved to 2018).
    String mnd = "An AMIA report published by the national statistics agency Inegi said that 2,068 electric and hybrid vehicles were "
        + "sold in Mexico in July 2019, an increase of 86% compared with the same month in 2018, when only 1,113 such vehicles were sold.";
    assertEquals("2018-07", period(LocalDate.of(2019, 8, 20), "1,113 such vehicles", mnd));
    assertEquals("2019-07", period(LocalDate.of(2019, 8, 20), "2,068 electric and hybrid vehicles", mnd));
    // Outside the devset, the same shape written out as a year back: https://www.livemint.com/news/india/exports-rise-to-9-32-billion-in-first-week-of-april-imports-surge-over-8-yoy-11649425017706.html
    // (April 2022) "against the same period last year when exports stood at $6.78 billion" (the existing rule) — here with the
    // year named instead, as this rule reads it: the first week of April 2021.
    String mint = "In the first week of April, the value of export rises by 37.57% to $9.32 billion against the same period of 2021, "
        + "when exports stood at $6.78 billion.";
    assertEquals("2021-04", period(LocalDate.of(2022, 4, 9), "$6.78 billion", mint));
    // negative: a year that is not before the reported one is no base year.
    String ahead = "Sales reached 2,000 units in July 2019, against the same month in 2019, when 1,000 units were sold in June.";
    assertEquals("2019-06", YearBackClauses.period(ahead, ahead.indexOf("1,000"), Kind.AMOUNT, "2019-06", "2019-07"));
    // Mining: Radio Jamaica (devset fresh23, f23-m-15): "the similar period in 2023" after the first three months of 2024.
    String rj = "Alumina production in the first three months of the year totalled 392,835 tonnes. That was up from 307,393 tonnes in the "
        + "similar period in 2023.";
    assertEquals("2023-01/2023-03", period(LocalDate.of(2024, 5, 10), "307,393 tonnes", rj));
  }
}
