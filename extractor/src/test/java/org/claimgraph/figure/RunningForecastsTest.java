package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A forecast's year compared in its own sentence with "last year" is the running year of a page without a date
 * ({@link RunningForecasts}). Texts of publishers outside the development set read without their dates; the expected years
 * were written down before the rule from the pages' true dates.
 */
class RunningForecastsTest {

  private static int present(String text) {
    return PeriodResolver.context(null, text).fallbackYear();
  }

  @Test
  void aForecastComparedWithLastYearIsForTheRunningYear() {
    // https://www.underhoodservice.com/global-ev-sales-expected-to-triple-in-2024/ (Underhood Service, 2024-01-26): the years
    // reported are 2021 and 2022, but "$623 billion in 2024, or 11% more than last year" is written in 2024.
    String uhs = "In 2021 alone, sales surged by 107% year-over-year, followed by a 55% growth in 2022.\n"
        + "According to Statista, the global EV industry will gross over $623 billion in 2024, or 11% more than last year.";
    assertEquals(2024, present(uhs));
    assertEquals(2023, PeriodResolver.context(null, uhs).lastYear());
  }

  @Test
  void aForecastComparedWithThisYearIsForALaterYear() {
    // https://dirs.info/find/mix/0?q=%22Tapairihua%22 (Reuters, 2023-11-07): the 2024 forecast compares with "this year", so it
    // is next year's, not the running one.
    String reuters = "Victor Gobitz, president of SNMP - the top mining guild for the world's No. 2 copper-producing country - said "
        + "2024 output could hit 2.7-2.8 million metric tons, up from 2.6-2.7 million tons forecast for this year and 2.45 million "
        + "tons hit in 2022.";
    int at = reuters.indexOf("2024");
    assertFalse(RunningForecasts.comparedWithLastYear(reuters, at, at + 4));
    // … while the minister's forecast of f11-m-04 (cbcie) is compared with last year.
    String cbcie = "Mining Minister Romulo Mucho said last month he expects copper production to reach 3.0 million tons in 2024, up "
        + "from 2.76 million tons last year.";
    at = cbcie.indexOf("2024");
    assertTrue(RunningForecasts.comparedWithLastYear(cbcie, at, at + 4));
  }

  @Test
  void aFarForecastIsNoRunningYear() {
    // Written for the test (the shape of long-range outlooks): 2030 is four years after the year the text reports.
    String far = "Lithium demand rose 30% in 2026.\nDemand is expected to reach 3 million tonnes in 2030, up from 1.2 million tonnes "
        + "last year.";
    assertEquals(2026, present(far));
  }

  @Test
  void aSentenceAloneIsReadTheSameWay() {
    // A sentence read alone (no page, no date): its only year is the forecast's, whatever the comparison (as before the rule).
    String alone = "Peru's mining minister expects copper production to reach 3.0 million tons in 2024, up from 2.76 million tons "
        + "last year.";
    assertEquals(2024, present(alone));
  }
}
