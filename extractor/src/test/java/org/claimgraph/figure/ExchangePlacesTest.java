package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A commodity exchange's stocks and contract prices are the exchange's market's, whatever country the page is about: LME → no
 * place, COMEX → US, SHFE → CN (devset/GUIDELINES.md "Places": "European, LME and Rotterdam prices → no place"; fresh2 call
 * "The COMEX price takes US; LME stocks take no place"; fresh17 call 30 "Exchange stocks: SHFE → CN, COMEX → US, LME → none").
 * Counted in the open splits on three publishers (maritimeprofessional: LME stocks given the page's US; gmteight: SHFE and LME
 * stocks given the EU a later clause names; ftmercati: LME and COMEX stocks given the page's CN). Sentences of publishers
 * outside the devset, found with the search tool's pages; the expected places were written before the rule.
 */
class ExchangePlacesTest {

  /** Business Recorder, https://brecorder.com/news/3689078/us-copper-settles-up-20091014973865 (a page on US copper futures). */
  private static final String BRECORDER_US = "US copper futures closed quietly higher on Monday, swept up in a dollar-induced buying "
      + "spree seen across the broader commodity complex, with supply-side issues in Chile lending some support to the move.";
  private static final String BRECORDER_LME = "London Metal Exchange warehouse stocks climbed 775 tonnes on Monday to a five-month high "
      + "at 347,375 tonnes.";
  private static final String BRECORDER_COMEX = "COMEX copper warehouse stocks went up 634 short tons to 55,661 short tons as of Friday.";
  /** Business Recorder, https://brecorder.com/news/3650882/us-copper-futures-end-up-20090625927598 */
  private static final String BRECORDER_LME2 = "London Metal Exchange warehouse stocks declined 1,325 tonnes to 276,675 tonnes on Tuesday.";
  /** SMM, https://news.metal.com/newscontent/103426434-LME-copper-inventories-rise-to-a-nearly-one-month-high-while-SHFE-copper-inventories-drop-back-slightly */
  private static final String SMM_SHFE = "The latest data released by the Shanghai Futures Exchange showed that during the week of July 11, "
      + "SHFE copper inventories dropped back slightly, with weekly inventories decreasing by 3.7% to 81,462 mt, at a relatively low "
      + "level in nearly two months.";
  /** SMM, https://news.metal.com/en/newscontent/103378165-Copper-inventories-in-both-SHFE-and-LME-markets-pulled-back-with-LME-copper-inventories-dropping-to-a-new-low-in-over-a- */
  private static final String SMM_COMEX = "Last week, COMEX copper inventories continued to increase, with the latest inventory level "
      + "reaching 196,046 mt, hitting a nearly seven-year high.";
  /** Malaya Business Insight, https://malaya.com.ph/business/shipping-transportation/copper-prices-rise/ (a Philippine site). */
  private static final String MALAYA_URL = "https://malaya.com.ph/business/shipping-transportation/copper-prices-rise/";
  private static final String MALAYA_PRICES = "Three-month copper on the London Metal Exchange rose 1.5 percent to $10,351 a ton, while "
      + "the most-traded November copper contract on the Shanghai Futures Exchange closed up 0.2 percent at 75,810 yuan ($11,834.77) a ton.";
  private static final String MALAYA_STOCKS = "On-warrant LME copper inventories plunged to 14,150 tons on Friday, their lowest since 1998, "
      + "before rising to 21,050 tons, with one entity controlling between 50 percent and 79 percent of LME copper warrants, LME data showed.";
  /** TradingKey (Reuters), https://www.tradingkey.com/news/commodities/250723433-reuters */
  private static final String TRADINGKEY_CN = "The drawdown isn't limited to Western exchanges. China, the world’s top copper consumer, is "
      + "also seeing inventory declines. Stocks in Shanghai Futures Exchange-monitored warehouses CU-STX-SGH fell 9% this week to "
      + "98,671 metric tons.";

  @Test
  void londonStocksHaveNoPlaceOnAPageAboutAnotherCountry() {
    LocalDate oct = LocalDate.of(2009, 10, 13);
    // 347,375 tonnes: amount, LME copper stocks, place none (the page is on US futures); 775 tonnes likewise.
    assertEquals(List.of(), Texts.place(oct, "347,375 tonnes", BRECORDER_US + " " + BRECORDER_LME));
    assertEquals(List.of(), Texts.place(oct, "775 tonnes", BRECORDER_US + " " + BRECORDER_LME));
    // 55,661 short tons: COMEX copper stocks → US.
    assertEquals(List.of("US"), Texts.place(oct, "55,661 short tons", BRECORDER_US + " " + BRECORDER_LME + " " + BRECORDER_COMEX));
    LocalDate jun = LocalDate.of(2009, 6, 24);
    assertEquals(List.of(), Texts.place(jun, "276,675 tonnes", BRECORDER_US + " " + BRECORDER_LME2));
  }

  @Test
  void shanghaiAndComexStocksTakeTheirExchangesCountry() {
    LocalDate jul = LocalDate.of(2025, 7, 14);
    // 3.7%: change, down, SHFE copper stocks, CN; 81,462 mt CN.
    assertEquals(List.of("CN"), Texts.place(jul, "3.7%", SMM_SHFE));
    assertEquals(List.of("CN"), Texts.place(jul, "81,462 mt", SMM_SHFE));
    // 196,046 mt: COMEX copper stocks → US.
    assertEquals(List.of("US"), Texts.place(LocalDate.of(2025, 6, 16), "196,046 mt", SMM_COMEX));
    // 9%, 98,671 metric tons: SHFE stocks → CN (the sentence before names China too).
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2025, 5, 27), "98,671 metric tons", TRADINGKEY_CN));
  }

  @Test
  void eachClauseTakesItsOwnExchange() {
    LocalDate d = LocalDate.of(2021, 10, 19);
    // 1.5 percent and $10,351 a ton: LME copper price, none; 0.2 percent and 75,810 yuan a ton: SHFE copper price, CN.
    assertEquals(List.of(), Texts.place(d, "1.5 percent", MALAYA_PRICES));
    assertEquals(List.of(), Texts.place(d, "$10,351 a ton", MALAYA_PRICES));
    assertEquals(List.of("CN"), Texts.place(d, "0.2 percent", MALAYA_PRICES));
    // 14,150 tons and 21,050 tons: on-warrant LME copper stocks, none (not the site's PH, which a page naming no country gives).
    List<Figure> onSite = Texts.figuresAt(MALAYA_URL, d, MALAYA_PRICES, MALAYA_STOCKS);
    assertEquals(List.of(), PeriodRulesTest.figure(onSite, "14,150 tons").place());
    assertEquals(List.of(), PeriodRulesTest.figure(onSite, "21,050 tons").place());
    assertEquals(List.of(), PeriodRulesTest.figure(onSite, "1.5 percent").place());
  }

  @Test
  void aPlaceNamedAfterTheExchangeIsTheFiguresOwn() {
    // Negative (must stay): "the EU plans to implement a 15% export tax" after an LME price in the sentence is the EU's tax
    // (f17-m-01's gold), and a country named between the exchange and the figure keeps its place.
    LocalDate d = LocalDate.of(2025, 8, 1);
    assertEquals(List.of("EU"), Texts.place(d, "15%", "LME aluminum futures rose by 0.8%, to $3,189 per ton, as per the Financial Times, "
        + "the EU plans to implement a 15% export tax starting in September."));
    assertEquals(List.of("CL"), Texts.place(d, "5%", "LME copper rose 2% to $9,800 a ton as Chile's copper output fell 5% in June."));
    // Negative: "internal combustion engine (ICE)" is no exchange.
    assertEquals(List.of("AU"), Texts.place(d, "9.16%", "Australian new car sales rose in June. ICE sales in Australia fell by 9.16% in June."));
  }

  @Test
  void aSentenceReadAloneGetsTheSameReading() {
    // Alone: no page, no date; the exchange still places the stocks and nothing is carried from nothing.
    Figure f = PeriodRulesTest.figure(Texts.figures(null, BRECORDER_COMEX), "55,661 short tons");
    assertEquals(List.of("US"), f.place());
    Figure g = PeriodRulesTest.figure(Texts.figures(null, BRECORDER_LME2), "276,675 tonnes");
    assertEquals(List.of(), g.place());
  }
}
