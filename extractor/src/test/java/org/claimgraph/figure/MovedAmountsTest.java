package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An amount right after a verb of change, without "by", is a change when the sentence restates it in percent (", or 1.6 per
 * cent") or states the level it moved to ("to 839,625 tonnes"): "Aluminium inventories jumped 12,900 tonnes, or 1.6 per cent, to
 * 839,625 tonnes" → 12,900 tonnes a change up, 1.6 per cent a change up, 839,625 tonnes the level (devset/GUIDELINES.md: changes
 * and their levels). Without either the amount stays an amount ("lost more than $717m in the quarter", "Austria added 8,000
 * chargers"). Found on fresh15 (miningtopnews, worldal: Bloomberg metal reports, 20 figures without a direction) and fresh8
 * (newshour: "expected to fall $900m to about $2.5bn"). Sentences of publishers outside the devset, found with the search tool's
 * pages; the expected kinds and directions were written before the rule.
 */
class MovedAmountsTest {

  /** Business Standard, https://business-standard.com/article/markets/aluminium-prices-dip-on-high-stock-107090401034_1.html */
  private static final String BS_STOCKS = "Aluminium inventories jumped 12,900 tonnes, or 1.6 per cent, to 839,625 tonnes, the exchange "
      + "said today, the highest since August 4, 2004.";
  /** Business Standard, same page. */
  private static final String BS_PRICE = "Aluminium for delivery in three months dropped $27.50, or 1.1 per cent, to $2,516.50 a tonne "
      + "as of 10:37 a.m. in London.";
  /** Business Recorder, https://brecorder.com/news/amp/3686738 */
  private static final String BR_COPPER = "Three-month copper on the London Metal Exchange rose $120 to $6,040 a tonne at 0625 GMT, "
      + "extending the previous session's gains after touching two-month lows on Friday.";
  /** Business Recorder, same page. */
  private static final String BR_ALUMINIUM = "Aluminium added $23 to $1,815 and battery material lead rose $69.50 to $2,160, off a "
      + "high of $2,169.75.";
  /** Business Recorder, https://brecorder.com/news/amp/3689907 */
  private static final String BR_STOCKS = "London Metal Exchange warehouse stocks jumped 5,275 tonnes to 353,225 tonnes on Wednesday.";
  /** Daily Base Metal (blog), http://dbdpe.blogspot.com/2009/07/lead-tin-prices-increase.html */
  private static final String DBDPE = "The price of nickel fell $155 to $31,850 per tonne in London as demand from steel mills "
      + "declined and LME stockpiles remained at their highest level in over a year.";
  /** World Aluminium (Bloomberg), http://worldal.com/news/uk/2011-07-12/131043447535896.shtml */
  private static final String WORLDAL = "Stockpiles rose 15,100 tons, or 1.7 percent, to 894,825 tons, the most metal since May 26, "
      + "1995, according to data.";
  /** Negatives: an amount after a verb of change with no level nor percent after it. */
  private static final String LOSS = "However, the firm still lost more than $717m in the quarter, a record for the carmaker.";
  private static final String ADDED = "Austria added 8,000 chargers, driven by a subsidy program that ended in early 2024.";
  private static final String RAISED = "The company raised $500 million to fund the expansion of its lithium refinery.";

  private static Figure of(String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2007, 9, 4), sentence), quote);
  }

  private static List<Object> kd(Figure f) {
    return java.util.Arrays.asList(f.kind(), f.direction());
  }

  @Test
  void anAmountRestatedInPercentIsAChange() {
    // 12,900 tonnes: change, up; 1.6 per cent: change, up; 839,625 tonnes: amount.
    assertEquals(List.of(Kind.CHANGE, "up"), kd(of(BS_STOCKS, "12,900 tonnes")));
    assertEquals(List.of(Kind.CHANGE, "up"), kd(of(BS_STOCKS, "1.6 per cent")));
    assertEquals(Kind.AMOUNT, of(BS_STOCKS, "839,625 tonnes").kind());
    // $27.50: change, down; 1.1 per cent: change, down; $2,516.50 a tonne: amount.
    assertEquals(List.of(Kind.CHANGE, "down"), kd(of(BS_PRICE, "$27.50")));
    assertEquals(List.of(Kind.CHANGE, "down"), kd(of(BS_PRICE, "1.1 per cent")));
    assertEquals(Kind.AMOUNT, of(BS_PRICE, "$2,516.50 a tonne").kind());
    // 15,100 tons: change, up; 1.7 percent: change, up.
    assertEquals(List.of(Kind.CHANGE, "up"), kd(of(WORLDAL, "15,100 tons")));
    assertEquals(List.of(Kind.CHANGE, "up"), kd(of(WORLDAL, "1.7 percent")));
  }

  @Test
  void anAmountMovedToALevelIsAChange() {
    // $120: change, up; $6,040 a tonne: amount.
    assertEquals(List.of(Kind.CHANGE, "up"), kd(of(BR_COPPER, "$120")));
    assertEquals(Kind.AMOUNT, of(BR_COPPER, "$6,040 a tonne").kind());
    // $23: change, up (annotated, not asserted: the quantity finder reads "$23 to $1,815" as a range); $69.50: change, up.
    assertEquals(List.of(Kind.CHANGE, "up"), kd(of(BR_ALUMINIUM, "$69.50")));
    // 5,275 tonnes: change, up; 353,225 tonnes: amount.
    assertEquals(List.of(Kind.CHANGE, "up"), kd(of(BR_STOCKS, "5,275 tonnes")));
    assertEquals(Kind.AMOUNT, of(BR_STOCKS, "353,225 tonnes").kind());
    // $155: change, down.
    assertEquals(List.of(Kind.CHANGE, "down"), kd(of(DBDPE, "$155")));
  }

  @Test
  void anAmountWithNoLevelNorPercentAfterItStaysAnAmount() {
    assertEquals(Kind.AMOUNT, of(LOSS, "more than $717m").kind());
    assertEquals(Kind.AMOUNT, of(ADDED, "8,000 chargers").kind());
    assertEquals(Kind.AMOUNT, of(RAISED, "$500 million").kind());
  }

  @Test
  void aSentenceReadAloneGetsTheSameKindsAndNoPeriod() {
    Figure f = PeriodRulesTest.figure(Texts.figures(null, "Nickel inventory dropped 312 metric tons, or 4.9 percent, to 6,078 tons, "
        + "the exchange said in a daily report."), "312 metric tons");
    assertEquals(List.of(Kind.CHANGE, "down"), kd(f));
    assertEquals(null, f.period());
  }
}
