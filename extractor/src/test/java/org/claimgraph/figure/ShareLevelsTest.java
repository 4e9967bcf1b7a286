package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A percent level of a share or a rate of use is a share (GUIDELINES.md, "Shares": "A share that has risen to 62% is still a
 * share"): "the proportion was 4.68%", "capacity utilization rate … approximately 60%", and the base it is compared with ("lower
 * than the 83% recorded the previous year"). Sentences of publishers outside the development set; each answer decided by the
 * guidelines before the rule was written. Tariffs, margins and growth rates stay what they were.
 */
class ShareLevelsTest {

  private static Figure one(String quote, String sentence) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2024, 8, 8), sentence), quote);
  }

  @Test
  void utilizationRatesAreShares() {
    // m.energytrend.com/news/20230809-35181.html
    String trend = "Looking at specific data, a leading lithium enterprise’s capacity utilization rate in the first half of this year is "
        + "approximately 60%, significantly lower than the 83% recorded the previous year, indicating a notable decline.";
    assertEquals(Kind.SHARE, one("approximately 60%", trend).kind());
    assertEquals(Kind.SHARE, one("83%", trend).kind());
    // chinascope.org/archives/34829
    String scope = "Even for CATL, its 2021 manufacturing capacity utilization rate was as high as 95 percent, dropped to 83.4 percent in 2022, "
        + "and further dropped to 70.47 percent in 2023, which is still much higher than the industry average capacity utilization rate – around 41.8 percent.";
    assertEquals(Kind.SHARE, one("as high as 95 percent", scope).kind());
    assertEquals(Kind.SHARE, one("83.4 percent", scope).kind());
    assertEquals(Kind.SHARE, one("70.47 percent", scope).kind());
    assertEquals(Kind.SHARE, one("around 41.8 percent", scope).kind());
    // crugroup.com (CRU insight on China's battery cell industry)
    assertEquals(Kind.SHARE, one("45%", "Gigafactory average utilisation rates were 45% in 2022 and have dropped further in the first half of 2023.").kind());
    // newsflash.city/2401/896659457d6638fd.html
    assertEquals(Kind.SHARE, one("41%", "Industry insiders believe that in 2023, China's power battery capacity utilization rate may drop to 41%.").kind());
  }

  @Test
  void proportionsAreShares() {
    // us.ok.com/ask/what-is-the-proportion-of-new-energy-vehicles
    assertEquals(Kind.SHARE, one("4.68%", "In 2019, the proportion was 4.68%.").kind());
    // the shape of the devset's misses: a proportion and the level it rises to; a share subject with an abbreviation in it
    assertEquals(Kind.SHARE, one("7.3 percent", "Last year, the proportion of EVs was 4.4 percent, but by the end of October, it rose to 7.3 percent.").kind());
    assertEquals(Kind.SHARE, one("57.0%", "The share of the exports to U.S. in 2012 was 57.0%, recovering from below 50% in 2011.").kind());
    assertEquals(Kind.SHARE, one("below 50%", "The share of the exports to U.S. in 2012 was 57.0%, recovering from below 50% in 2011.").kind());
  }

  @Test
  void tariffsAndChangesNextToASubjectStayWhatTheyAre() {
    // a duty is an amount, a change after a share is a change
    assertEquals(Kind.AMOUNT, one("25%", "The tariff was raised to 25% in May and 10% of imports were exempt.").kind());
    assertEquals(Kind.CHANGE, one("5%", "Its market share was 30%, while sales rose 5% from a year earlier.").kind());
    assertEquals(Kind.AMOUNT, one("22.41%", "The gross margin of the power battery business was 22.41%.").kind());
  }
}
