package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Durations that measure something stay figures (missed36): mine lives written after the number, with a hyphen or a colon,
 * reserves that run out, producing lives ahead, a stock's cover of consumption (ReserveLives), construction times and
 * delays (BuildTimes), a preparation that "has taken" months (NotFigures). Right answers from GUIDELINES.md (fresh7's
 * reserve lives, fresh27 calls 25 and 27, fresh29's "depleted in two to three years", fresh30 call 22); sentences of
 * the studied splits' publishers (Africa Mining, News Central, Indonesia Miner, Old Daily News, The Namibian, NRI
 * Digital, Geofoorumi, Santiago Chronicle, Mining Top News, WorldAl).
 */
class MeasuredDurationsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 3);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "It is expected to produce 15.6 million tonnes of spodumene concentrate over its estimated 23-year lifespan.|estimated 23-year|23|0|year",
      "Semega said, forecasting output of 450 000 t/y over the project’s 23-year projected lifespan.|23-year|23|0|year",
      "The annual production is estimated at 40,000 tonnes of premium natural flake graphite over a Life-of-Mine (LoM) of 24 years.|24 years|24|0|year",
      "Lifespan: 22.5 years|22.5 years|22.5|0|year",
      "It may be depleted in two to three years, said the deputy leader of the survey team.|two to three years|2|3|year",
      "Australia-based Deep Yellow is developing the project in Namibia, which has the potential to produce uranium for up to 30 years.|up to 30 years|30|0|year",
      "Nickel rose after stockpiles fell the most in three weeks, cutting reserves in warehouses to less than two days of global consumption.|less than two days|2|0|day",
      "It's still equal to less than three days of global consumption.|less than three days|3|0|day",
      "God willing, it can be completed in 2.5 years, the minister said in a statement.|2.5 years|2.5|0|year",
      "Construction at Goulamina should start in the second quarter of 2022 and last 18 months, after which production will start.|18 months|18|0|month",
      "Project preparations have taken roughly 18 months, and production is expected to start in two years, Hietanen says.|roughly 18 months|18|0|month",
      "He also said the $1.4 billion Rajo Inca project is being revised and is 16 months behind schedule.|16 months|16|0|month"})
  void measuredDurationsAreFigures(String sentence, String quote, double value, double valueMax, String unit) {
    Figure f = PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote);
    assertEquals(value, f.quantity().value(), 1e-9);
    if (valueMax > 0) assertEquals(valueMax, f.quantity().valueMax(), 1e-9);
    else assertNull(f.quantity().valueMax());
    assertEquals(unit, f.quantity().unit());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // schedules, terms and spans of a story (GUIDELINES fresh30 call 22, fresh26 call 26)
      "Project preparations are complete, and production is expected to start in two years, Hietanen says.",
      "Sales of electric cars have doubled over the last 18 months, the association said.",
      "The company has been producing uranium for 30 years.",
      "Demand for the metal over the last three weeks of supply talks was weak.",
      "The plant was completed in 2019 after years of delays.",
      "The lease period was reduced to 15 years from the traditional 30."})
  void spansSchedulesAndTermsStayOut(String sentence) {
    List<Figure> figures = Texts.figures(DATE, sentence);
    assertTrue(figures.stream().noneMatch(f -> f.quantity().unit().matches("day|week|month|year")), figures.toString());
  }
}
