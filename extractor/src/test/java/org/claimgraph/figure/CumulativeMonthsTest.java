package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Cumulative periods written without "first" ("after nine months of 2023", "during ten months of this year") and
 * totals "so far this year" on pages whose data month the text states, on sentences of publishers outside the
 * development set. The right answers were written down from the guidelines ("first nine months of this year" →
 * January to September; "year to date" → January to the latest month) before the rule.
 */
class CumulativeMonthsTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void monthsOfAYearWithoutFirstRunFromJanuary() {
    // https://evinsightdata.com/plug-in-car-sales-increased-to-a-near-record-level-in-september-2023 (EV Insight Data)
    assertEquals("2023-01/2023-09", period(LocalDate.of(2023, 10, 5), "1,451,908",
        "In September, new passenger car registrations in the United Kingdom increased by 21 percent year-over-year to 272,610. "
            + "After nine months of 2023, the total number of new registrations amounted to 1,451,908 (up 20 percent year-over-year)."));
    // https://city-dwellers.com/plug-in-car-sales-reached-a-new-record-in-march-2023 (City Dwellers)
    assertEquals("2023-01/2023-03", period(LocalDate.of(2023, 4, 6), "494,000",
        "In March, new passenger car registrations in the United Kingdom increased by over 18 percent year-over-year to 287,825. "
            + "That’s the eighth consecutive month of year-over-year growth. After three months of 2023, the total number of new registrations exceeded 494,000 (up 18.4 percent)."));
    // https://intelligenteconomics.com/retail-sales-decrease-in-september-due-to-fiona (Intelligent Economics)
    assertEquals("2022-01/2022-09", period(LocalDate.of(2022, 11, 10), "0.4%",
        "The accumulated value of Retail Sales during the nine (9) months of the current calendar year 2022 (January-September), presents an increase of 0.4%, compared to the same period of the previous calendar year of 2021."));
  }

  @Test
  void twelveMonthsOfAYearAreTheYear() {
    // negative: https://city-dwellers.com/plug-in-car-sales-reached-a-new-record-in-march-2023 (City Dwellers): twelve months are
    // the whole year, not an interval from January
    assertEquals("2022", period(LocalDate.of(2023, 4, 6), "more than 368,000 new passenger plug-in cars",
        "For reference, in 12 months of 2022, more than 368,000 new passenger plug-in cars were registered in the UK, reaching an average market share of 22.8%."));
  }
}
