package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A change whose own words name no basis takes the one span its sentence compares over (GUIDELINES.md, "a basis stated once
 * for coordinated figures of one sentence holds for all of them"); words right after another figure are that figure's, and a
 * sentence naming no span leaves the change without one.
 */
class SentenceNamedBasesTest {

  private static Figure figure(LocalDate date, String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
  }

  @Test
  void theSentencesOneSpanHoldsForAChangeWithoutOne() {
    // https://www.marketscreener.com (devset fresh, f-e-07-marketscreener): "than in the same month last year" far after the change
    String kba = "With just under 48,700 pure electric cars (BEVs), around 60 percent more of these vehicles were newly put on the"
        + " road in July than in the same month last year, the Federal Motor Transport Authority (KBA) in Flensburg announced.";
    Figure sixty = figure(LocalDate.of(2021, 8, 4), kba, "around 60 percent");
    assertEquals(Kind.CHANGE, sixty.kind());
    assertEquals("yoy", sixty.basis());
    assertEquals("2021-07", sixty.period());
    // https://newautomotive.substack.com (devset fresh10, f10-e-02-newautomotive): the y/y words close the sentence, after the
    // plug-in hybrids' change; the first change, "up on Q1 of 2024", names no basis of its own
    String na = "Pure electric car registrations reached 2.5m in the first three months of the year - 370,000 (17%) up on Q1 of"
        + " 2024, whilst plug-in hybrids hit 1.1m - 330,000 (41%) up on the same time last year.";
    for (String quote : new String[] {"370,000", "17%"}) {
      Figure bev = figure(LocalDate.of(2025, 4, 10), na, quote);
      assertEquals("yoy", bev.basis(), quote);
      assertEquals("up", bev.direction(), quote);
    }
  }

  @Test
  void theSameHalfYearPeriodLastYearIsAYearBack() {
    // https://lightingjournal.org (devset fresh13, f13-e-01-lightingjournal)
    String lj = "Moreover, in the first six months of this year, some 8,670 new charge points were installed, an increase of more"
        + " than a quarter (27%) on the same half-year period last year.";
    assertEquals("yoy", figure(LocalDate.of(2025, 7, 10), lj, "27%").basis());
  }

  @Test
  void wordsRightAfterAnotherFigureAreItsOwn() {
    // negative: https://www.emergingtechbrew.com (devset fresh12, f12-e-03-emergingtechbrew): "YoY" is the 60%'s; GM's sales
    // decline is told without a basis
    String brew = "No. 1 US automaker General Motors reported a 2.2% sales decline even as it said that Q3 was a record quarter"
        + " for EV sales, increasing 60% YoY.";
    LocalDate oct2024 = LocalDate.of(2024, 10, 2);
    assertEquals("yoy", figure(oct2024, brew, "60%").basis());
    assertNull(figure(oct2024, brew, "2.2%").basis());
    // negative: https://latamobility.com (devset/alone a-074, a-079): "in August last year" dates the share's base, not the
    // -6%; "last year's component shortage" names a time of a noun, no comparison
    LocalDate alone = null; // read alone, as devset/alone reads them: no date
    assertNull(figure(alone, "The diesel car market continued its decline in August (-6%) and now has a market share of 12.5%,"
        + " down from 16.1% in August last year.", "-6%").basis());
    assertNull(figure(alone, "Last August, despite being a traditionally lower sales month, the EU car market expanded by 21% to"
        + " 787,626 units registered, indicating that the 27-nation bloc’s market is recovering from last year’s component"
        + " shortage, ACEA said.", "21%").basis());
    // negative: no span named at all
    assertNull(figure(oct2024, "Exports climbed 12% to 3,000 tonnes.", "12%").basis());
  }
}
