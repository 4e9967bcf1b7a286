package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A year written after a part of the year is that part's year, whatever joins them: "Q1 of 2023", "Q1-2023", "H1 of 2012",
 * "the fourth quarter 2023", "the first five months 2025" (round 20, issue 10: wrong periods). Before, only "of YEAR" after the
 * words and a space or slash after Q/H were read, so the stated year was dropped and the part took the page's year. Expected
 * periods written from the guidelines before the change.
 */
class YearAfterPartsTest {

  @Test
  void aQuarterWithOfAndItsYear() {
    // https://beta.carindigo.com/news/first-quarter-u-s-car-sales-2024-vs-2023 (CARINDIGO, 2024-09-04): Q1 2023's US sales growth
    assertEquals("2023-01/2023-03", period(LocalDate.of(2024, 9, 4), "5.7%",
        "In the Q1 of 2023, an increase of 5.7% year-over-year was experienced when compared to that of 2022."));
  }

  @Test
  void aQuarterJoinedToItsYearByAHyphen() {
    // https://moroccolatestnews.com/national-exports-up-23-9-in-q1-2023/ (Morocco Latest News, 2023): the HCP's first-quarter estimate
    assertEquals("2023-01/2023-03", period(LocalDate.of(2023, 4, 20), "23.9%", "National exports up 23.9% in Q1-2023"));
  }

  @Test
  void partsOfAYearWrittenBeforeTheirYearWithoutOf() {
    // The shapes the coordinator probed on a page dated March 2025 (each resolved to 2025 or 2024 before).
    LocalDate march2025 = LocalDate.of(2025, 3, 10);
    assertEquals("2012-01/2012-06", period(march2025, "4,200 units", "Sales reached 4,200 units in H1 of 2012."));
    assertEquals("2025-01/2025-05", period(march2025, "3,000 tonnes", "Exports totalled 3,000 tonnes in the first five months 2025."));
    assertEquals("2023-10/2023-12", period(march2025, "$2 billion", "Revenue was $2 billion in the fourth quarter 2023."));
  }

  @Test
  void aNumberAfterThePartIsNoYear() {
    // "in the first quarter 2,000 tonnes …": the digits of an amount, not a year; the quarter takes the page's year.
    assertEquals("2025-01/2025-03", period(LocalDate.of(2025, 5, 2), "2,000 tonnes",
        "In the first quarter 2,000 tonnes were shipped to Japan."));
  }

  @Test
  void aSentenceReadAloneKeepsItsStatedYear() {
    assertEquals("2023-01/2023-03", period(null, "5.7%",
        "In the Q1 of 2023, an increase of 5.7% year-over-year was experienced when compared to that of 2022."));
  }
}
