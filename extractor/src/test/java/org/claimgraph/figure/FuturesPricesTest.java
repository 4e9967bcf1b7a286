package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Where a credit stops: a price or move of a contract traded on a futures market is the market's figure and continues no
 * credit given before it (credit10, round 10; {@link FuturesPrices}), as a move of shares does ({@link SharePrices}). On the
 * open sets every exchange price annotated without a credit of its own sentence credits nobody: the Guangzhou futures
 * contract after Shanghai Metals Market's spot prices (fresh9, Yuan Talks; main ran SMM's credit on over it), "LME 3-month
 * copper fell 0.4% to $7,312 a tonne" (fresh4), LME cobalt (tune), the Fanya Metal Exchange (fresh8). Real sentences of
 * publishers outside the devset (URLs in the comments); the expected credit written down before the rule.
 */
class FuturesPricesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aContractPriceAfterASpotPriceSourceContinuesNoCredit() {
    // https://www.breakinglatest.news/business/the-price-of-lithium-carbonate-fell-below-the-500000-mark%E4%B8%A8on-the-market/
    // (China Business News), then https://longbridge.cn/quote/159861.SZ (Longbridge)
    String spot = "On January 9, data from Shanghai Steel Union showed that the average spot price of battery-grade lithium carbonate fell "
        + "by 10,000 yuan/ton to 492,500 yuan/ton, a drop of about 5% from last week.";
    assertNull(creditOf("91,020 yuan per metric ton", spot,
        "The most-active lithium carbonate contract dropped 9% to 91,020 yuan per metric ton."));
    // then https://news.metal.com/newscontent/103704452/lithium-carbonate-futures-surged-to-the-limit-up-spot-prices-continued-to-rise-smm-analysis (SMM)
    assertNull(creditOf("137,940 yuan/mt", spot,
        "Today, the most-traded lithium carbonate futures contract showed significant intraday volatility, fluctuating between "
            + "132,100 yuan/mt and 137,940 yuan/mt."));
    // the spot price the data source states goes on being its own (China Business News)
    assertEquals("Shanghai Steel Union", creditOf("Below 500,000 yuan/ton", spot,
        "After four months, the price fell back to Below 500,000 yuan/ton, it is also the largest single-day drop since the high drop "
            + "in September last year."));
  }

  @Test
  void theArticlesOwnCreditStillCoversTheMarketsFigure() {
    // http://3.127.128.221/page/76 (Reuters, reprinted): the wire's dateline credits every figure no sentence credits.
    assertEquals("Reuters", creditOf("78,720 yuan",
        "BEIJING (Reuters) -Prices of lithium carbonate futures in China slid by more than 3% on Friday to hit their lowest in two weeks.",
        "The most active lithium carbonate futures on the Guangzhou Futures Exchange touched the lowest level since August 8 at "
            + "78,720 yuan ($10,957) per metric ton."));
  }

  @Test
  void theMarketIsReadInTheClauseBeforeTheFigure() {
    // https://thestar.com.my/business/business-news/2024/05/17/aluminum-rally-is-overdone-as-supply-returns (Bloomberg)
    String lme = "Three-month aluminium futures on the London Metal Exchange are up 8% so far this year, having risen recently as part "
        + "of broad gains across the commodities complex.";
    assertTrue(FuturesPrices.quotes(lme, lme.indexOf("8%")));
    // https://news.metal.com/newscontent/103746081/weekly-review-of-the-lithium-carbonate-market-lithium-carbonate-prices-retreat-after-rapid-rise-smm-weekly-review (SMM)
    String swing = "Futures market fluctuations were more pronounced, with the price range of the most-traded contract swinging "
        + "significantly from 163,500-189,400 yuan/mt at the start of the week to 158,800-173,900 yuan/mt.";
    assertTrue(FuturesPrices.quotes(swing, swing.indexOf("163,500")));
    // what it must leave: spot prices (SMM)
    String spotOnly = "The SMM battery-grade lithium carbonate index price was 126,005 yuan/mt, up 6,152 yuan/mt from the previous working day.";
    assertFalse(FuturesPrices.quotes(spotOnly, spotOnly.indexOf("126,005")));
    // https://news.metal.com/newscontent/103361403/SMM-Daily:-Lithium-Carbonate-Spot-Prices-Decline-Further-on-June-5 (SMM)
    String index = "The SMM index price for battery-grade lithium carbonate was 60,391 yuan/mt, down 26 yuan/mt MoM from the previous "
        + "working day.";
    assertFalse(FuturesPrices.quotes(index, index.indexOf("60,391")));
  }
}
