package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change over a span of time its sentence states ("in just one month", "in the recent five days", "in the last two weeks", "an 8
 * month … drop") is vs-period (GUIDELINES.md, fresh10 call: "in just one month" and "in the first two weeks of March" are
 * vs-period); over one year ("in one year", "within a year") it is yoy. The open sets: fresh3 (commercialsolarguy), fresh9
 * (yuantalks ×4, ornoirafrica), fresh10 (discoveryalert ×2), fresh (miragenews) read them without a basis. Sentences of
 * publishers outside the development set; the expected bases were written before the rule. Months of a year are no span.
 */
class SpanBasesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 8, 8);

  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // climateclicker.org/stories/lithium-prices-explode-what-this-means-for-your-electric-future-864
      "Spot prices for lithium carbonate in China rose 57% in just five months this year, partly because major Chinese mines had paused operations earlier due to falling prices.|57%|vs-period",
      // motorbiscuit.com/electric-car-push-matched-by-24-jump-in-charging-stations-in-2016/
      "That’s a 24% jump in just nine months.|24%|vs-period",
      // theverge.com/2018/11/25/18111261/bitcoin-crash-lost-40-percent-of-value-november-2018-cryptocurrency
      "Bitcoin has lost 40 percent of its value in the last two weeks.|40 percent|vs-period",
      // 123.123.enodoworks.com/?p=90866
      "The news follows data from the UK which showed diesel sales have declined by 37 percent in one year.|37 percent|yoy",
      // republicofmining.com/2022/02/09/gone-ballistic-lithium-price-rockets-nearly-500-in-a-year-amid-electric-vehicle-rush-… (The Guardian)
      "Lithium price rockets nearly 500% in a year amid electric vehicle rush.|nearly 500%|yoy",
      // negatives: the months of a year are the figure's period, not a span (nzherald.co.nz, thehindubusinessline.com)
      "Solid Energy, the state-owned coal miner earmarked for partial sale, lifted production by 24 per cent to the most in eight quarters in the first three months of the year.|24 per cent|null",
      "Export of pulses, which are also imported to meet the demand, jumped 40 per cent last fiscal to 0.39 mt.|40 per cent|null"})
  void aChangeOverAStatedSpan(String sentence, String quote, String basis) {
    assertEquals(basis, PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote).basis());
  }
}
