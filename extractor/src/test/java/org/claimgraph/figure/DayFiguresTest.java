package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A figure its own sentence states for a day is that day's month (GUIDELINES.md, "Periods": prices "as of June 20" → 2025-06):
 * a price or a trading move whose clause opens with the day ("On January 13, the average price of … was 43,200 RMB/ton"),
 * or is followed by a bare weekday ("dropped to 199,000 yuan per ton Wednesday"); and a company's share-price move in a day's
 * trading on a dated page ("Shares were down 10% at 0.36 pence"), which is the trading day's, not the period of the results
 * the sentence gives as its cause. Sentences of publishers outside the development set; the readings were written down
 * before the rule.
 */
class DayFiguresTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void aPriceInAClauseThatOpensWithItsDayIsThatMonths() {
    // http://www.sunsirs.com/uk/detail_news-1254.html (SunSirs, 2020-01-14)
    assertEquals("2020-01", period(LocalDate.of(2020, 1, 14), "43,200 RMB/ton",
        "On January 13, the average price of industrial grade lithium carbonate in East China was 43,200 RMB/ton."));
    assertEquals("2020-01", period(LocalDate.of(2020, 1, 14), "50,600 RMB/ton",
        "On January 13, the average price of battery grade lithium carbonate in East China was 50,600 RMB/ton."));
    // https://www.africanews.com/2025/03/11/cobalt-prices-edge-up-after-dr-congo-pauses-exports/ (Africanews, 2025-03-11)
    assertEquals("2025-03", period(LocalDate.of(2025, 3, 11), "nearly 12%",
        "On China’s Wuxi Stainless Steel Exchange on Monday, cobalt trading was paused after prices jumped nearly 12%, the highest since October, Reuters reported."));
    // http://article.wn.com/view/2007/12/02/Copper_prices_hit_twoweek_high (WN, Sunday 2007-12-02): the Friday before is in November.
    assertEquals("2007-11", period(LocalDate.of(2007, 12, 2), "$7,065",
        "Earlier on Friday it touched $7,065, the highest since November 16."));
  }

  @Test
  void aPriceFollowedByABareWeekdayIsThatDaysMonth() {
    // https://www.caixinglobal.com/2023-04-13/lithium-price-freefall-wipes-out-gains-since-november-2021-102018166.html (Caixin, 2023-04-13)
    assertEquals("2023-04", period(LocalDate.of(2023, 4, 13), "199,000 yuan per ton",
        "The spot price of battery-grade lithium carbonate dropped to 199,000 yuan per ton Wednesday in China, down 40.9% from the previous month and nearly 60% lower than a year ago, according to data from industry information provider Mysteel.com."));
  }

  @Test
  void aSharePriceMoveIsTheTradingDays() {
    // https://www.channelnewsasia.com/business/shares-china-evergrande-new-energy-vehicle-tumble-h1-loss-widens-2146236 (CNA, 2021-08-31):
    // the fall is Tuesday's, not the first half's whose loss caused it.
    assertEquals("2021-08", period(LocalDate.of(2021, 8, 31), "as much as 5.6per cent",
        "HONG KONG : Shares of China Evergrande New Energy Vehicle fell as much as 5.6per cent on Tuesday after the electric vehicle maker posted a wider loss for the first half."));
    assertEquals("2021-08", period(LocalDate.of(2021, 8, 31), "3per cent",
        "The stock was trading down 3per cent at 0155 GMT, lagging a 0.7per cent fall in the benchmark Hang Seng Index and a 0.1per cent gain in the Hang Seng Tech Index."));
    // https://www.thezimbabwemail.com/capital-money-markets/premier-african-outlines-zimbabwe-project-early-production-plan-shares-fall/ (2022-06-13)
    assertEquals("2022-06", period(LocalDate.of(2022, 6, 13), "10%", "At 0742 GMT, shares were down 10% at 0.36 pence."));
    // https://www.freemalaysiatoday.com/category/business/2022/10/07/chinas-ev-stocks-tumble-as-trader-sentiment-sours-on-sector (FMT, 2022-10-07)
    assertEquals("2022-10", period(LocalDate.of(2022, 10, 7), "as much as 17%",
        "Li Auto Inc shares fell as much as 17%, the largest drop since March, to lead the losses among Chinese electric-vehicle start-ups."));
    // https://aestflair.com/2022/10/07/china-ev-stocks-tumble-amid-concerns-over-slowing-sector-growth/ (Bloomberg via Aestflair, 2022-10-07)
    assertEquals("2022-10", period(LocalDate.of(2022, 10, 7), "15%",
        "The shares of Li Auto Inc. fell 15%, the biggest drop since March, leading losses among Chinese electric vehicle startups."));
  }

  @Test
  void notADayFigure() {
    // negative: a market share that "rose" is no share price, and a span the move states is kept.
    assertEquals("2024-09", period(LocalDate.of(2024, 10, 10), "1.21 percentage points",
        "In September, Gotion’s shares rose by 1.21 percentage points, up from 4.58 percent in August."));
    assertEquals("2025-01/2025-06", period(LocalDate.of(2025, 7, 20), "45%",
        "In the first half, their combined shares rose to 45% of the market."));
    assertEquals("2024-01/2024-06", period(LocalDate.of(2024, 7, 20), "30%",
        "Shares of the miner have fallen 30% in the first half of 2024."));
    // negative: a day a company announced its monthly sales on dates no sales figure (no price or trading in the clause).
    assertEquals(null, period(LocalDate.of(2024, 11, 2), "500,000 vehicles",
        "On Friday, the company said it sold 500,000 vehicles."));
    // negative: an undated page's weekday dates nothing.
    assertEquals(null, period(null, "12.5 cents", "In morning trade on Wednesday, shares are swapping hands for 12.5 cents apiece."));
  }
}
