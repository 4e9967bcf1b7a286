package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * review25a: "in comparison to/with" reads as "compared to/with" in every pattern, not in six of them. Half-way, "in comparison to
 * 43,291 tonnes last year" made 43,291 two years back (the base read as a base, "last year" read from the level before it).
 */
class InComparisonEverywhereTest {

  private static final LocalDate DATE = LocalDate.of(2023, 7, 15);

  @Test
  void aBaseLastYearIsLastYearsEitherWay() {
    // The sentence of the existing test suite's "compared to" form, with "in comparison to" (review25a probe C).
    String compared = "Cobalt production was 33,967 tonnes, compared to 43,291 tonnes last year.";
    String inComparison = "Cobalt production was 33,967 tonnes, in comparison to 43,291 tonnes last year.";
    assertEquals("2022", PeriodRulesTest.period(DATE, "43,291 tonnes", compared));
    assertEquals("2022", PeriodRulesTest.period(DATE, "43,291 tonnes", inComparison));
    assertEquals(PeriodRulesTest.period(DATE, "33,967 tonnes", compared), PeriodRulesTest.period(DATE, "33,967 tonnes", inComparison));
  }

  @Test
  void aChangeWithTheMonthAYearBackIsYoy() {
    // https://www.echolive.ie/business/arid-40142744.html shape, with a month a year back named as the base.
    var fs = Texts.figures(LocalDate.of(2023, 1, 5),
        "New-car registrations in the region fell 3.3% in December in comparison with a year earlier.");
    assertEquals("yoy", PeriodRulesTest.figure(fs, "3.3%").basis());
  }
}
