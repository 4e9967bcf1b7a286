package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * review25a: a level followed by a word of change and "on/over the same period in YEAR" is this span's level compared with that
 * span, not that span's level (YearBackSpans.AFTER_YEAR). The comma-less shape of SIMI's and the Irish papers' releases.
 */
class AfterYearChangeWordsTest {

  private static final LocalDate AUG_2023 = LocalDate.of(2023, 8, 2);

  @Test
  void aChangeWordBeforeTheSpanLeavesTheLevelItsOwn() {
    // Adapted (comma dropped) from https://www.businesspost.ie/news/record-breaking-number-of-electric-vehicles-registered-in-year-to-july/
    // ("Over 18,000 EVs have been registered since the start of the year, up 65 per cent on the same period in 2022").
    // expected: 18,000 EVs, amount, 2023-01/2023-07 (before the fix: 2022-01/2022-07).
    assertEquals("2023-01/2023-07", PeriodRulesTest.period(AUG_2023, "18,000 EVs",
        "Between January and July new car registrations rose 20%.",
        "A total of 18,000 EVs were registered well up on the same period in 2022."));
    assertEquals("2023-01/2023-07", PeriodRulesTest.period(AUG_2023, "18,000 EVs",
        "Between January and July new car registrations rose 20%.",
        "A total of 18,000 EVs were registered an increase on the same period in 2022."));
  }

  @Test
  void theBaseOfTheSameShapeIsStillThatYearsSpan() {
    // https://www.ireland-live.ie/news/nenagh-live/901088/new-car-registrations-for-august-were-up-36-7-in-comparison-to-the-same-period-last-year.html
    // (2022-09-01) expected: 7,049, amount, 2021-01/2021-08.
    assertEquals("2021-01/2021-08", PeriodRulesTest.period(LocalDate.of(2022, 9, 1), "7,049",
        "For the month of August 1,493 new electric vehicles were registered compared to 824 in August 2021. So far this year 12,665 new "
            + "electric cars have been registered in comparison to 7,049 on the same period 2021 an increase of 80%."));
  }
}
