package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A figure at the head of a year ("at the beginning of 2018", "at the start of the year", "in the first month of 2021") is of
 * that year's January, not of the whole year. Pages of publishers outside the development set, one paragraph a line; the
 * expected periods were written down from the text before the rule.
 */
class YearHeadsTest {

  @Test
  void aRateAtTheBeginningOfAYearIsItsJanuary() {
    // https://tashkenttimes.uz/finances/7947-central-bank-keeps-interest-rate-unchanged-at-14 (Tashkent Times, 28 May 2022):
    // the rate "at the beginning of 2018" is January 2018's; the 16% is 2019's.
    String text = "At the beginning of 2018, the rate was at 14%, but in 2019 it rose to 16%.";
    assertEquals("2018-01", Texts.periodOf(Texts.figures(LocalDate.of(2022, 5, 28), text), "", "14%"));
    assertEquals("2019", Texts.periodOf(Texts.figures(LocalDate.of(2022, 5, 28), text), "", "16%"));
  }

  @Test
  void stocksAtTheStartOfTheYearAreJanuaryOfTheYearTheSentenceNames() {
    // https://www.moneylife.in/article/copper/2500.html (Moneylife, late 2009; no date kept): the base "at the start of the year"
    // is January of the year the sentence names, 2009.
    assertEquals("2009-01", Texts.periodOf(Texts.figures(null,
        "However, inventories of copper, monitored by the Shanghai Futures Exchange, stood at 102,835 tonnes as on 30 October 2009, "
            + "up from 17,822 tonnes at the start of the year."), "", "17,822 tonnes"));
  }

  @Test
  void aForecastMadeAtTheBeginningOfTheYearKeepsItsYear() {
    // https://www.kitco.com/news/off-the-wire/2024-11-20/peru-copper-output-edges-down-1-september (Reuters on Kitco, 20 November
    // 2024): "projected at the beginning of the year" says when the forecast for 2024 was made; the 3 million tons are 2024's.
    assertEquals("2024", Texts.periodOf(Texts.figures(LocalDate.of(2024, 11, 20),
        "Peru’s government recently lowered its 2024 copper production expectations to 2.8 million tons, from about 3 million tons "
            + "projected at the beginning of the year."), "", "about 3 million tons"));
  }

  @Test
  void salesInTheFirstMonthOfAYearAreItsJanuary() {
    // https://plenglish.com/?p=186312 (Prensa Latina; no date kept): "the first month of 2023" is January 2023.
    assertEquals("2023-01", Texts.periodOf(Texts.figures(null,
        "The bulk of sales in the first month of 2023 corresponded to agriculture, with 1.7 billion dollars; even though the figure "
            + "represents a fall of 13 percentage points compared to the same period in 2022, the Ministry of Agriculture and Rural "
            + "Development stated."), "", "1.7 billion dollars"));
  }

  @Test
  void portVolumesInTheFirstMonthOfTwoYears() {
    // http://williams.com.br/record-corn-exports-cause-50-growth-in-handling-at-the-port-of-sao-francisco-do-sul/ (Datamar News via
    // Williams; no date kept): imports "in the first month of 2023" are January 2023's, and exports "in the first month of 2022,
    // when 363 thousand tons were sent" January 2022's. (Their base "the same period in 2022 (466,000 tons)", January 2022 by the
    // same reading, stays 2022: a base in brackets after its phrase is no base the comparison links read.)
    String exports = "Exports totaled 707 thousand tons, twice as much as in the first month of 2022, when 363 thousand tons were sent abroad.";
    String imports = "Imports of goods reached 547,000 tons in the first month of 2023, an increase of 17% compared to the same period in 2022 "
        + "(466,000 tons).";
    assertEquals("2022-01", Texts.periodOf(Texts.figures(null, exports), "", "363 thousand tons"));
    assertEquals("2023-01", Texts.periodOf(Texts.figures(null, imports), "", "547,000 tons"));
  }
}
