package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparison bases get the base's period and kind; changes are linked to the levels they compare (devset/tune publishers). */
class ComparisonLinksTest {

  @Test
  void aBaseSameMonthLastYearIsAYearEarlier() {
    // Raw Materials (article of July 2025)
    List<Figure> fs = Texts.figures(LocalDate.of(2025, 7, 20),
        "Customs data show that only 107 tons cleared customs in June, 97% lower than the 3,199 tons recorded during the same month last year.");
    Figure base = PeriodRulesTest.figure(fs, "3,199 tons");
    Figure change = PeriodRulesTest.figure(fs, "97%");
    assertEquals("2024-06", base.period());
    assertEquals("3,199 tons", change.fromLevel().quote());
    assertEquals("107 tons", change.toLevel().quote());
    assertEquals("2025-06", PeriodRulesTest.figure(fs, "107 tons").period());
  }

  @Test
  void theBaseOfAShareIsAShareOfItsPeriod() {
    // Auto Magazine (September 2024 data)
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 10, 24),
        "In September, plug-in hybrids accounted for 6.8% of the automotive market, down from 8.2% last year, with 54,889 units sold.");
    Figure base = PeriodRulesTest.figure(fs, "8.2%");
    assertEquals(Kind.SHARE, base.kind());
    assertEquals("2023-09", base.period());
  }

  @Test
  void aBaseWithItsOwnMonthKeepsIt() {
    // Electronics For You: "a 0.77 percentage point decrease from 24.97 percent in August"
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 10, 15),
        "BYD grabbed the second spot by installing 13.18 GWh in September, with a 24.2 percent share, a 0.77 percentage point decrease from 24.97 percent in August.");
    Figure base = PeriodRulesTest.figure(fs, "24.97 percent");
    assertEquals("2024-08", base.period());
    assertEquals(Kind.SHARE, base.kind());
    assertEquals("24.97 percent", PeriodRulesTest.figure(fs, "0.77 percentage point").fromLevel().quote());
  }

  @Test
  void basesBetweenPeriods() {
    assertEquals("mom", ComparisonLinks.basisBetween("2025-02", "2025-03"));
    assertEquals("yoy", ComparisonLinks.basisBetween("2024-01/2024-09", "2025-01/2025-09"));
    assertEquals("vs-period", ComparisonLinks.basisBetween("2024", "2025-06"));
  }
}
