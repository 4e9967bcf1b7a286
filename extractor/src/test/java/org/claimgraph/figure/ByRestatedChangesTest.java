package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change stated "by" a percent and restated right after it as an amount ("increased by 32% (137,000 tons)", "by 8 percent or
 * 2,000 tons") is a change in both; an amount written "N (P%) up on …" is a change too. Without "by" a bracketed amount after a
 * change is the level reached ("up 24% (27,148) when compared to July 2022") and stays an amount (devset/GUIDELINES.md, fresh24
 * bases). Seen on fresh24 (hetq, miningeurope), fresh12 (todayaz), fresh10 (newautomotive); outside the devset on Agriland's
 * CSO harvest reports (both the bracketed and the "or" wording).
 */
class ByRestatedChangesTest {

  /** fresh24 f24-m-10 (hetq). */
  private static final String HETQ = "Compared to 2018, the quantity of exported copper increased by 32% (137,000 tons), and the "
      + "value by 19% ($101 million).";
  /** fresh12 f12-m-07 (todayaz). */
  private static final String TODAYAZ = "Kazakhstan, which is the biggest uranium producer in the world, plans to decrease uranium "
      + "production by 8 percent or 2,000 tons in 2017 (about 3 percent of total global output), Kazakh State Wealth Fund "
      + "Samruk-Kazyna reported on February 27.";
  /** fresh10 f10-e-02 (newautomotive). */
  private static final String NEWAUTO = "Pure electric car registrations reached 2.5m in the first three months of the year - 370,000 "
      + "(17%) up on Q1 of 2024, whilst plug-in hybrids hit 1.1m - 330,000 (41%) up on the same time last year.";
  /** Agriland, https://www.agriland.ie/farming-news/cereals-production-down-23-7-per-cent-in-2012/ */
  private static final String AGRILAND = "Further comparisons with the 2011 results indicate that: barley production decreased by "
      + "18.4 per cent (260,000 tonnes).";
  /** Agriland, http://www.agriland.ie/farming-news/irish-cereal-production-drops-by-12-3-in-2016/ */
  private static final String AGRILAND_OR = "Production of barley fell by 14.9% or 259,000t last year; barley yields dropped to 7.8t/ha "
      + "- a fall of 8.8% on the previous year.";
  /** Negative: fresh19 f19-e-01 (southernstar), the bracketed number is the level reached. */
  private static final String LEVEL = "New car registrations for the month of July were up 24% (27,148) when compared to July 2022 (21,904).";
  /** Negative: fresh8 f8-m-04 (cphibiz), levels after changes without "by". */
  private static final String CPHI = "Thus, copper grew 18.08% (1.35 million mt); gold 0.84% (3.70 million oz).";

  private static Figure of(String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2020, 2, 1), sentence), quote);
  }

  private static List<Object> kd(Figure f) {
    return Arrays.asList(f.kind(), f.direction());
  }

  @Test
  void anAmountRestatingAByChangeIsThatChange() {
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), kd(of(HETQ, "137,000 tons")));
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), kd(of(HETQ, "$101 million")));
    assertEquals(of(HETQ, "32%").basis(), of(HETQ, "137,000 tons").basis());
    assertEquals(Arrays.asList(Kind.CHANGE, "down"), kd(of(TODAYAZ, "2,000 tons")));
    assertEquals(Arrays.asList(Kind.CHANGE, "down"), kd(of(AGRILAND, "260,000 tonnes")));
    assertEquals(Arrays.asList(Kind.CHANGE, "down"), kd(of(AGRILAND_OR, "259,000t")));
  }

  @Test
  void anAmountWithItsPercentBeforeAMoveIsAChange() {
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), kd(of(NEWAUTO, "370,000")));
    assertEquals(Arrays.asList(Kind.CHANGE, "up"), kd(of(NEWAUTO, "17%")));
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), Arrays.asList(of(NEWAUTO, "330,000").kind(), of(NEWAUTO, "330,000").direction(),
        of(NEWAUTO, "330,000").basis()));
  }

  @Test
  void aBracketedLevelWithoutByStaysAnAmount() {
    assertEquals(Kind.AMOUNT, of(LEVEL, "27,148").kind());
    assertEquals(Kind.AMOUNT, of(CPHI, "1.35 million mt").kind());
  }
}
