package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * review26b #4: CumulativeSpans.TO_MONTH's day look-ahead held only for "May" (other months backtrack to their
 * abbreviation), so a flow "as of <month> <day>" ran from January for every month but May.
 */
class ToMonthDayTest {

  @Test
  void aFlowToADayOfMayRunsFromJanuaryAsForEveryOtherMonth() {
    assertEquals("2024-01/2024-02", PeriodRulesTest.period(LocalDate.of(2024, 3, 1), "412 units",
        "As of February 14, 412 units were registered, the ministry said."));
    // Was 2024-05.
    assertEquals("2024-01/2024-05", PeriodRulesTest.period(LocalDate.of(2024, 6, 1), "412 units",
        "As of May 14, 412 units were registered, the ministry said."));
  }
}
