package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A flow counted up to a month ("by end June 2006", "as at October, 2018", "so far in 2018") runs from January to that
 * month (guidelines: "year to date" → January to the latest month); a stock at that month stays the month. Sentences of
 * publishers outside the development set; the answers were written down from the guidelines before the rule.
 */
class CumulativeSpansTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void aFlowCountedUpToAMonthRunsFromJanuary() {
    // https://sundaytimes.lk/060813/ft/3.1.html (The Sunday Times, Sri Lanka): the half-year's balance of payments
    assertEquals("2006-01/2006-06", period(LocalDate.of(2006, 8, 13), "$146 million",
        "The overall balance of payments registered a surplus of $146 million by end June 2006."));
    // https://nigeriamaritime360.com/2018-sesame-seed-cocoa-beans-cigarettes-others-top-export-goods-chart-in-tin-can
    // (Maritime 360): the export volume January to October
    assertEquals("2018-01/2018-10", period(LocalDate.of(2018, 11, 2), "twenty six percent",
        "According to the information, the Service has recorded twenty six percent higher export volume as at October, 2018 than the entire exported goods in the previous year."));
  }

  @Test
  void registrationsByTheEndOfAMonthRunFromJanuary() {
    // https://am-online.com/news/manufacturers-poised-to-meet-zero-emission-mandate-amid-ev-sales-struggles (AM-online): the
    // year's EV registrations to July, as SMMT counts them
    assertEquals("2024-01/2024-07", period(LocalDate.of(2024, 8, 7), "195,000",
        "Car makers are on track to meet their zero-emission vehicle (ZEV) mandate targets for this year, despite many falling short of the electric vehicle (EV) sales targets.",
        "By the end of July, electric vehicle registrations had increased by 10% to 195,000, according to the Society of Motor Manufacturers and Traders (SMMT)."));
  }

  @Test
  void soFarInAYearRunsToTheDataMonth() {
    // https://seekingalpha.com/article/4192478-ev-company-news-month-july-2018 (Seeking Alpha, Trend Investing): June 2018's
    // report, "so far in 2018" is January to June
    assertEquals("2018-01/2018-06", period(LocalDate.of(2018, 7, 31), "63%",
        "Global electric car sales finished June 2018 with almost 160,000 sales for the month, up 58% on June 2017, and the third best month ever.",
        "Of note, 63% of all global electric car sales so far in 2018 were pure electric."));
    // https://www.evearly.news/en/global-ev-sales-hit-record-in-september-tesla-and-byd-dominate (EV Early News / EV-Volumes): the
    // BEVs "of which" the year's 9.5 million (the 9.5 million itself is still read as September's: "in September" stands nearer)
    assertEquals("2023-01/2023-09", period(LocalDate.of(2023, 10, 30), "over 6.5 million",
        "EV sales kept climbing in September, nearly 9.5 million plug-in models have found their new owners in 2023 so far, of which over 6.5 million are BEVs."));
  }

  @Test
  void aStockAtTheMonthStaysTheMonth() {
    // negative, https://sundaytimes.lk/060813/ft/3.1.html (The Sunday Times, Sri Lanka): reserves are a level at the end of June
    assertEquals("2006-06", period(LocalDate.of(2006, 8, 13), "$2,509 million",
        "The gross official reserves stood at $2,509 million (3.1 months of imports) by end June 2006."));
  }

  @Test
  void aFlowAtTheEndOfAMonthRunsFromJanuary() {
    // Sentences written for this test in the shapes of a port authority's half-year statement and a trade office's monthly
    // note (fresh29 call 5: a port's traffic "at the end of July 2020" is January to July): the answers were written before the rule.
    assertEquals("2021-01/2021-06", period(LocalDate.of(2021, 7, 28), "48.3 million tonnes",
        "Container and bulk traffic in the country's ports reached 48.3 million tonnes at the end of June 2021."));
    assertEquals("2019-01/2019-03", period(LocalDate.of(2019, 4, 30), "$2.1 billion",
        "The trade gap widened to $2.1 billion at the end of March, the statistics office said."));
    // negative: a stock at the end of a month stays the month
    assertEquals("2021-06", period(LocalDate.of(2021, 7, 28), "31,200 public chargers",
        "There were 31,200 public chargers in the country at the end of June 2021."));
  }
}
