package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings of the smoke run over sentences read alone (devset/alone, smoke18): each sentence is real, from a publisher
 * outside the development set, annotated (expected values in the assertions) before the rule was written, and run with
 * no page and no date.
 */
class AloneSentencesTest {

  private static String credit(String sentence, String quote) {
    Figure f = figure(Texts.figures(null, sentence), quote);
    return f.attribution() == null ? null : f.attribution().display();
  }

  private static Figure alone(String sentence, String quote) {
    return figure(Texts.figures(null, sentence), quote);
  }

  @Test
  void whatASubjectAddedIsTheFigureNotItsWords() {
    // https://pv-magazine-usa.com/2025/11/24/global-grid-scale-bess-deployment-up-by-38-year-on-year-through-october/
    // 12.7 GWh, amount, period null (October without a year), place none, credit none.
    String pv = "In October, the global grid-scale BESS market added 12.7 GWh of new capacity, up 29% year-on-year.";
    assertEquals(null, credit(pv, "12.7 GWh"));
    assertEquals(null, credit(pv, "29%"));
    assertEquals("yoy", alone(pv, "29%").basis());
    // https://infralive.com/web/solar-capacity-addition-in-india-declines-58-per-cent-to-1-7-gw-in-apr-jun-mercom-india
    // 4 GW, amount, credited to the research firm that said it, never to "The country".
    assertEquals("the research firm", credit("The country added 4 GW of solar capacity in the year-ago quarter, the research firm said in "
        + "‘Q2 2023 India Solar Market Update’.", "4 GW"));
    // https://www.moneycontrol.com/news/business/germany-added-35-more-ev-charge-points-in-2022-says-bdew-10434791.html/amp
    // 35%, change up, 2022, DE, credit BDEW (the country added the points; BDEW says so).
    String mc = "Germany added 35% more EV charge points in 2022, says BDEW";
    assertEquals("BDEW", credit(mc, "35%"));
    assertEquals("2022", alone(mc, "35%").period());
    // https://www.pv-tech.org/tag/capacity-additions/page/8 — 12.8 GW, FY2023, IN, credit JMK Research.
    assertEquals("JMK Research", credit("India added 12.8GW of solar PV in the FY2023, an 8% decrease year-on-year according to JMK Research.",
        "12.8GW"));
    // https://stockhouse.com/news/the-market-herald-news/2023/07/06/the-best-mining-stock-returns-over-past-year — gold gained, credits nobody.
    assertEquals(null, credit("While the TSX has gained approximately 6 per cent YoY and just over 20 per cent in the past five years, gold "
        + "has added a tidy 9.73 per cent and 49 per cent, respectively, stoking investors’ appetite for miners with evidence of "
        + "generational resources and the means to reach production.", "9.73 per cent"));
    // Still a speech verb when no amount follows: "…, the company added." (a sentence read alone, no earlier credit).
    assertEquals("Albemarle", credit("Lithium hydroxide output rose 12% in the quarter, Albemarle added.", "12%"));
  }

  @Test
  void yearToDateAfterAChangeIsAChangeSinceTheYearsStart() {
    // https://investingnews.com/australian-lithium-miners-spodumene-prices — 38.35 percent, change up, vs-period, AU, no period.
    Figure pls = alone("Shares of Pilbara are up 38.35 percent year-to-date, closing at AU$5.09 on October 31.", "38.35 percent");
    assertEquals(List.of("change", "vs-period", "up"), List.of(pls.kind().name().toLowerCase(), pls.basis(), pls.direction()));
    assertEquals(null, pls.period());
    // https://marketrealist.com/2017/11/explains-divergence-gold-miners-stock-performances-year-date/
    assertEquals("vs-period", alone("On the one hand, Kinross Gold (KGC) has risen 37.0% YTD, and on the other hand, Barrick Gold (ABX) has "
        + "fallen 12.4%.", "37.0%").basis());
    assertEquals("vs-period", alone("Senior miners as a group have gained just 2% year-to-date (or YTD) up to November 21.", "2%").basis());
    // https://marketrealist.com/2016/08/underpinned-gold-miners-performance-2016/ — as of a dated day: the year's span.
    Figure gld = alone("While gold prices (GLD) have risen by 25% YTD as of August 19, 2016, the VanEck Vectors Gold Miners ETF (GDX) has "
        + "risen 113%.", "25%");
    assertEquals("vs-period", gld.basis());
    assertEquals("2016-01/2016-08", gld.period());
    // https://investingnews.com.au/best-asx-lithium-stocks — a change noun followed by year-to-date.
    assertEquals("vs-period", alone("Many ASX-listed lithium companies are along for the ride, with some seeing gains of over 100 percent "
        + "year-to-date.", "over 100 percent").basis());
  }
}
