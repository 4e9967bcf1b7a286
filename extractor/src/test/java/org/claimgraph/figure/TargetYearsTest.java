package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A forecast "by the end of the decade" takes the decade's closing year (guidelines: "Forecasts take the forecast year").
 * Sentences of publishers outside the development set; the answers were written down before the rule.
 */
class TargetYearsTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void theEndOfTheDecadeIsItsClosingYear() {
    // http://www.romaniapress.com/news=122111 (Romania Press, Deloitte's forecast): both figures are 2030's
    String deloitte = "By the end of the decade, a third of all new car sales worldwide will be electric, which would bring the total number of electric vehicles (EVs) sold in a single year to 31.1 million globally, ten million more than previously forecast, according to new analysis from Deloitte.";
    assertEquals("2030", period(LocalDate.of(2020, 11, 26), "31.1 million", deloitte));
    // http://www.romaniapress.com/news=122192 (Romania Press): the annual growth over the ten years, then 2030's share
    assertEquals("2030", period(LocalDate.of(2020, 11, 27), "one in three",
        "Electric vehicles sales are expected to reach an annual growth rate of 30% over the next ten years, so that by the end of the decade one in three new cars sold globally will be electric, according to the Deloitte report."));
    // https://www.eenews.net/articles/ev-sales-look-promising-later-this-decade-analyst-says/ (E&E News): 2030
    assertEquals("2030", period(LocalDate.of(2025, 10, 28), "nearly a fourth",
        "Electric vehicle sales will make up nearly a fourth of all new vehicle purchases in the United States by the end of the decade, one analyst predicts."));
    // https://www.autospies.com/news/They-Didn-t-Listen-Analysts-Predict-Global-Lithium-Shortage-Will-Severely-Affect-EV-Production-117990/
    // (AutoSpies, 2023-01-09): this year's 13.8 million is 2023, the decade's 30 million 2030
    String[] spglobal = {"S&P Global Commodity Insights believes 13.8 million electric vehicles will be sold this year. However, it will reach 30 million by the end of the decade."};
    assertEquals("2023", period(LocalDate.of(2023, 1, 9), "13.8 million electric vehicles", spglobal));
    assertEquals("2030", period(LocalDate.of(2023, 1, 9), "30 million", spglobal));
  }
}
