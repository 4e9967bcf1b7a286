package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A level the sentence sets a year back ("compared to 983,810 tons last year", "from last year's 496,000", "161,917 tons for
 * the year-earlier period") beside a level of a month or a span of months is that month or span a year earlier, not the
 * whole of last year (guidelines: "down from 8.2% last year" for September → September of last year; the base of a
 * comparison gets the base's period). Sentences of publishers outside the development set; the readings were written down
 * from the guidelines before the rule.
 */
class YearBackSpansTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void lastYearBesideAMonthOrARangeIsThatMonthOrRangeAYearBack() {
    // http://minerals-and-metals.blogspot.com/2009/12/great-lakes-iron-ore-shipments-hit-2009.html (Duluth News Tribune):
    // November's shipments against November 2008's; January–November against January–November 2008
    assertEquals("2008-11", period(LocalDate.of(2009, 12, 11), "925,343",
        "In Superior, 260,315 net tons of iron ore were shipped in November, compared to 925,343 last year and a five-year November average of 1.1 million tons."));
    assertEquals("2008-01/2008-11", period(LocalDate.of(2009, 12, 11), "6.7 million tons",
        "From January through November, 2.7 million tons were shipped, compared to 6.7 million tons last year and a five-year average of 5.1 million tons."));
  }

  @Test
  void aYearAgoOrTheYearAgoPeriodBesideAMonthIsThatMonthAYearBack() {
    // https://www.just-auto.com/analysis/us-automakers-mostly-positive-about-march-and-q1-results_id86735.aspx (just-auto):
    // March 2001's car sales against March 2000's
    assertEquals("2000-03", period(LocalDate.of(2001, 4, 4), "15,187",
        "In contrast, BMW's March car sales of 13,649 were down compared to the 15,187 sold a year ago."));
    // https://www.latimes.com/archives/la-xpm-1987-10-22-fi-15869-story.html (Los Angeles Times): September 1987 against
    // September 1986
    assertEquals("1986-09", period(LocalDate.of(1987, 10, 22), "33.8 million tons",
        "Crude steel output in the non-communist world rose 6.8% in September to 36.1 million metric tons from 33.8 million tons in the year-ago period, the International Iron & Steel Institute reported."));
  }

  @Test
  void aYearEarlierBesideAQuarterIsThatQuarterAYearBack() {
    // https://ca.finance.yahoo.com/news/national-bank-reports-1-03b-115134311.html (The Canadian Press): the quarter to July
    // 2024 against the quarter to July 2023
    assertEquals("2023-05/2023-07", period(LocalDate.of(2024, 8, 28), "$2.33 per diluted",
        "The Montreal-based bank says its net income amounted to $2.89 per diluted share for the quarter ended July 31, up from $2.33 per diluted share a year earlier."));
    // https://www.nasdaq.com/articles/australias-south32-says-quarterly-coking-coal-production-up-about-16-2021-01-20 (Reuters
    // via Nasdaq): the December quarter of 2020 against that of 2019
    assertEquals("2019-10/2019-12", period(LocalDate.of(2021, 1, 20), "1.2 million tonnes",
        "Production of the steel-making ingredient rose to 1.4 million tonnes in the December quarter, compared with 1.2 million tonnes a year earlier."));
  }

  @Test
  void aLevelAYearEarlierBesideThreeMonthsIsThoseMonthsAYearBack() {
    // https://www.sharecafe.com.au/2020/04/17/rio-cuts-copper-outlook-lifts-q1-iron-ore-shipments-5/ (ShareCafe): the three
    // months to March 2020 against those of 2019
    assertEquals("2019-01/2019-03", period(LocalDate.of(2020, 4, 17), "69.1 million tonnes",
        "In its first-quarter production report, the world’s largest miner of iron ore on Friday said it had shipped 72.9 million tonnes ore in the three months to March 31, up from 69.1 million tonnes a year earlier."));
  }

  @Test
  void aChangeFromAYearEarlierKeepsItsOwnSpan() {
    // negative, https://argusmedia.com/es/news-and-insights/latest-market-news/1942082-anglo-american-ramps-up-2q-iron-ore-coking-coal-output
    // (Argus Media): the rise on a year earlier is April–June 2019's own
    assertEquals("2019-04/2019-06", period(LocalDate.of(2019, 7, 18), "11pc",
        "Anglo produced 5.8mn t of metallurgical coal for export from Australia in April-June, up by 41pc from the first quarter and by 11pc from a year earlier."));
  }
}
