package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A percent named as a rate of growth is a change, up: "with a year-on-year growth rate as high as 99.2%" (yoy), "a compound
 * annual growth rate (CAGR) of 10.2%", "9.6% Compound annual growth rate (CAGR)", "grow at a CAGR of 8.5%" (a rate over a span:
 * vs-period, devset/GUIDELINES.md fresh18 call 9 and fresh24 call 13). Seen on fresh24 (xzddc, might) and fresh18
 * (resourcescorner); the CAGR wordings are common on market-research pages outside the devset (pmarketresearch.com).
 */
class GrowthRatesTest {

  /** fresh24 f24-e-01 (xzddc). */
  private static final String XZDDC = "According to the latest data from Motorcycles Data, in the first half of 2025, the sales volume "
      + "of electric motorcycles in Vietnam reached approximately 209,000 units, with a year-on-year growth rate as high as 99.2%.";
  /** fresh24 f24-m-09 (might). */
  private static final String MIGHT = "From 2024 to 2032, the global REE market is expected to expand from US$3.74 billion (RM16 "
      + "billion) to US$8.14 billion, with a compound annual growth rate (CAGR) of 10.2%.";
  /** fresh18 f18-m-02 (resourcescorner). */
  private static final String RESOURCES = "Manganese mining in the country has seen tremendous growth over the last decade of as much "
      + "as 9.6% Compound annual growth rate (CAGR) and an averaged 4.5% over a longer period dating back to 1990.";
  /** pmarketresearch.com, https://pmarketresearch.com/chemi/emamectin-market/calendula-officinalis-flower-extract-market */
  private static final String PMR = "A 2022 study revealed that the global natural cosmetics market, valued at $38.7 billion in "
      + "2021, is projected to grow at a CAGR of 8.5% through 2030, with plant-based extracts like calendula driving formulation innovations.";
  /** pmarketresearch.com, https://pmarketresearch.com/chemi/groundwater-monitoring-testing-services-market/indoor-air-quality-improvement-services-market */
  private static final String PMR_AFTER = "The global smart IAQ monitor market is projected to grow at 12.5% CAGR through 2030, driven "
      + "by cost-effective wireless solutions.";
  /** Negative: a threshold named after a growth rate is no change (fresh15 marketwire: gold share). */
  private static final String SHARE = "While the EV market share growth rate has slowed somewhat, it is nearing the 10% threshold "
      + "that many see as a major milestone for EV adoption in the US.";

  private static Figure of(String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2025, 8, 1), sentence), quote);
  }

  private static List<Object> kdb(Figure f) {
    return Arrays.asList(f.kind(), f.direction(), f.basis());
  }

  @Test
  void aGrowthRateIsAChange() {
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(XZDDC, "as high as 99.2%")));
  }

  @Test
  void aCompoundRateIsAChangeOverItsSpan() {
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "vs-period"), kdb(of(MIGHT, "10.2%")));
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "vs-period"), kdb(of(RESOURCES, "as much as 9.6%")));
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "vs-period"), kdb(of(PMR, "8.5%")));
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "vs-period"), kdb(of(PMR_AFTER, "12.5%")));
  }

  @Test
  void aThresholdAfterAGrowthRateIsNoChange() {
    org.junit.jupiter.api.Assertions.assertNotEquals(Kind.CHANGE, of(SHARE, "10%").kind());
  }
}
