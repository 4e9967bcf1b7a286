package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * review25b: StatesNow.part cuts a sentence at the end of the figure's phrase so that a forecast after it is not the figure's.
 * Two cuts are too early: a reporting tail whose forecast verb is said of the figure itself ("…, analysts project."), and "and"
 * inside the figure's own noun phrase ("40% of new cars and vans will be electric"). Both read no period before 898f3f0d (the
 * sentence forecasts) and the page's month after it. The clause cuts NowBeforeForecastTest guards ("and there will be",
 * "but … will be needed", "with another 100 jobs projected") stay.
 */
class ForecastTailsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 5);

  private static String period(String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote).period();
  }

  @Test
  void aForecastSaidOfTheFigureInItsTailIsNoPresent() {
    assertNull(period("Lithium demand now looks set to hit 2.4 million tonnes, analysts project.", "2.4 million tonnes"));
    assertNull(period("Global battery demand is now on course to reach 3,600 GWh, BloombergNEF projects.", "3,600 GWh"));
  }

  @Test
  void andInsideTheFiguresPhraseDoesNotEndIt() {
    // Not the page's month: the forecast is the figure's, and its horizon "within five years" is 2029 (HorizonYears, round 35).
    assertEquals("2029", period("Analysts now say 40% of new cars and vans will be electric within five years.", "40%"));
  }

  @Test
  void aClauseAfterTheFigureStillEndsIt() {
    assertEquals("2024-06", period("Today, about 500 stations operate nationwide and the government plans 5,000 more.", "about 500 stations"));
    assertEquals("2024-06", period("The mine currently employs 250 people and another 100 jobs are projected.", "250 people"));
  }
}
