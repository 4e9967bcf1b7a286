package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change against the week before is vs-period (devset/GUIDELINES.md, fresh17 call 3: no code for week on week). Found on
 * fresh17 (gmteight "a potential cumulative drop of about 1.8% for the week", ftmercati "rising by 10% to 302,744 tonnes on
 * September 4, from 275,226 tonnes a week earlier") beside the weekly bases already read (gmteight "from the previous week",
 * fresh breakinglatest "from last week"). Sentences of publishers outside the devset, found with the search tool's pages; the
 * expected kinds, directions and bases were written before the rule.
 */
class WeeklyBasesTest {

  private static final LocalDate DATE = LocalDate.of(2023, 7, 15);

  /** BigMint, https://bigmint.co/insights/detail/china-base-metals-inventories-in-shfe-warehouses-increase-w-o-w-458267 */
  private static final String BIGMINT_AL = "SHFE aluminium futures inched up by 1.3% w-o-w to RMB 18,170/t ($2,544/t) this week.";
  /** BigMint, same page. */
  private static final String BIGMINT_CU = "Simultaneously, copper futures increased by 0.4% w-o-w to RMB 68,208/t ($9,551/t).";
  /** MM Steel Club (Reuters), https://mmsteelclub.com/china-exchange-copper-stocks-drop-to-lowest-since-jan-2019/ */
  private static final String MMSC_AL = "Aluminium stockpiles fell 3.9% on-week to 238,703 tonnes, their lowest since Jan. 23.";
  /** MM Steel Club, same page. */
  private static final String MMSC_STEEL = "Overall steel product inventories – both at mills and held by traders – inched 0.3% lower "
      + "from the previous week to 20.15 million tonnes as of June 18, according to consultancy Mysteel.";
  /** Bloomberg, http://www.bloomberg.com/news/2013-04-19/copper-set-for-weekly-drop-amid-high-stockpiles-economic-woes.html */
  private static final String BLOOMBERG = "Copper for delivery in three months lost as much as 1.7 percent to $6,966.75 a metric ton on "
      + "the London Metal Exchange, before trading at $6,970 by 9:41 a.m. Shanghai time, putting on course for a weekly decline of "
      + "6 percent.";

  private static Figure of(String sentence, String quote) {
    return figure(Texts.figures(DATE, sentence), quote);
  }

  /** kind, direction, basis. */
  private static List<Object> kdb(Figure f) {
    return Arrays.asList(f.kind(), f.direction(), f.basis());
  }

  @Test
  void aChangeOnTheWeekIsVsPeriod() {
    // 1.3%: change, up, vs-period; 0.4%: change, up, vs-period.
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "vs-period"), kdb(of(BIGMINT_AL, "1.3%")));
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "vs-period"), kdb(of(BIGMINT_CU, "0.4%")));
    // 3.9%: change, down, vs-period; 0.3%: change, down, vs-period.
    assertEquals(Arrays.asList(Kind.CHANGE, "down", "vs-period"), kdb(of(MMSC_AL, "3.9%")));
    assertEquals(Arrays.asList(Kind.CHANGE, "down", "vs-period"), kdb(of(MMSC_STEEL, "0.3%")));
    // 6 percent: change, down, vs-period (the week in the change's noun).
    assertEquals(Arrays.asList(Kind.CHANGE, "down", "vs-period"), kdb(of(BLOOMBERG, "6 percent")));
  }

  @Test
  void aWeekFurtherOnIsNotTheChangesBase() {
    // Bloomberg's 1.7 percent: the day's loss, no basis stated (the weekly decline is another figure's).
    assertEquals(Arrays.asList(Kind.CHANGE, "down", null), kdb(of(BLOOMBERG, "as much as 1.7 percent")));
  }

  @Test
  void theWeekBeforeNamedAfterTheBaseLevel() {
    // fresh17 ftmercati (the devset call): 10%, change, up, vs-period.
    assertEquals("vs-period", of("COMEX copper stocks continued to swell, rising by 10% to 302,744 tonnes on September 4, from "
        + "275,226 tonnes a week earlier.", "10%").basis());
  }

  @Test
  void aSentenceReadAloneComparesWithItsWeek() {
    // MM Steel Club read alone (no page, no date): 3.9% change, down, vs-period, no period.
    Figure f = figure(Texts.figures(null, MMSC_AL), "3.9%");
    assertEquals(Arrays.asList(Kind.CHANGE, "down", "vs-period"), kdb(f));
    assertEquals(null, f.period());
  }
}
