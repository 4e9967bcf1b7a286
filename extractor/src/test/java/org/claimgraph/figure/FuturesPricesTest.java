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

  @Test
  void aMarketReportsOtherMetalsAfterTheExchangesStockReportContinueNoCredit() {
    // https://business-standard.com/article/markets/nickel-falls-after-stockpiles-jump-to-11-month-high-107060601025_1.html
    // (Bloomberg via Business Standard): the exchange's stock report, then the three-month contract and the other metals.
    String stocks = "Inventories of nickel tracked by the London Metal Exchange jumped 6.3 per cent to 8,460 metric tonnes, the exchange "
        + "said on Tuesday in a daily report.";
    String contract = "Nickel for delivery in three months dropped $1,050, or 2.2 per cent, to $46,600 a metric tonne as of 10:16am local time.";
    String others = "Among other LME-traded metals, aluminum fell $17 to $2,809 a tonne, zinc fell $50 to $3,790 and tin dropped $50 to "
        + "$13,950. Copper declined $19 to $7,606.";
    assertNull(creditOf("$46,600 a metric tonne", stocks, contract));
    assertNull(creditOf("$7,606", stocks, contract, others));
    // http://worldal.com/news/china/2006-11-10/126398398212675.shtml (fresh15, Bloomberg reprinted): "Lead dropped $25 to $1,692"
    // names no market, the sentence before it does.
    String before = "Among other metals traded on the LME, copper gained $50, or 0.7 percent, to $7,170 a ton. ";
    String lead = "Lead dropped $25 to $1,692 and zinc lost $45 to $4,375 a ton.";
    assertTrue(FuturesPrices.reportMove(before, before.length(), lead, lead.indexOf("$25")));
    assertTrue(FuturesPrices.reportMove(before, before.length(), lead, lead.indexOf("$4,375")));
    // f15-m-01-miningtopnews (fresh15, Bloomberg reprinted): "lead" opens its clause and moves by a currency amount
    String zinc = "Zinc gained $68, or 2 percent, to $3,408 a ton, and lead fell $8 to $1,357.";
    assertTrue(FuturesPrices.reportMove(before, before.length(), zinc, zinc.indexOf("2 percent")));
    // what it must leave: a metal's move in an article that named no futures market (a spot price a reporter may own), and a
    // metal that is no subject of a move by a currency amount
    assertFalse(FuturesPrices.reportMove("Spot prices rose this week, according to Fastmarkets. ", 54, lead, lead.indexOf("$25")));
    // https://business-standard.com/amp/article/markets/zinc-stockpiles-rise-most-in-3-week-on-new-orleans-surge-111060700048_1.html
    String stock = "Copper inventories rose 2,225 tonnes to 475,700 tonnes, up 36 per cent from the 2010 low on December 10.";
    assertFalse(FuturesPrices.reportMove(before, before.length(), stock, stock.indexOf("2,225")));
    // Only the text before the sentence counts: a market named after it (here, in the text past sentenceStart) does not.
    assertFalse(FuturesPrices.reportMove("Spot prices rose this week. " + before, 28, lead, lead.indexOf("$25")));
  }

  @Test
  void aPriceReportersCobaltMoveKeepsItsCarriedCredit() {
    // Cobalt is no metal of the exchange's daily base-metals report: the cobalt prices news quotes are a price reporter's
    // assessments (Fastmarkets / Metal Bulletin, per lb), which an article naming the LME does not make the market's.
    // https://stockhouse.com/companies/bullboard?postid=32239050&symbol=v.elbm (the LME named first), then
    // https://www.metalbulletin.com/Article/3922761/... (Fastmarkets' assessment, credited), then Metal Bulletin's 2011 move
    // https://www.metalbulletin.com/Article/2836892/... ("Low-grade cobalt fell 50 cents to $17.50-18.40 per lb") written with a
    // dollar sign, the form of the report's other sentences.
    String lme = "Today the LME cash price of cobalt jumped up another $1,500 per metric tonne to $35,500.";
    String assessed = "Fastmarkets' daily price assessment for cobalt, standard grade in-warehouse Rotterdam stood at $17-17.30 per lb on "
        + "Wednesday March 11, narrowing downward by $0.20 per lb from $17-17.50 per lb a day earlier.";
    String move = "Cobalt fell $0.50 to $17.50 per lb from $18 a week earlier.";
    assertFalse(FuturesPrices.reportMove(lme + " " + assessed + " ", (lme + " " + assessed + " ").length(), move, move.indexOf("$0.50")));
    // the base metals of the report stay the market's (worldal, above)
    String lead = "Lead dropped $25 to $1,692 and zinc lost $45 to $4,375 a ton.";
    assertTrue(FuturesPrices.reportMove(lme + " ", (lme + " ").length(), lead, lead.indexOf("$25")));
  }
}
