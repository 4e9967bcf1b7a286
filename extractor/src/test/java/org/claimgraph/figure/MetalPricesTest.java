package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A base metal's bare dollar price in a sentence naming the metal and its market is a price per tonne. The open sets write
 * such prices USD/tonne in every case (none USD); the extractor gave USD in 4 publishers (f14-m-10 ninefinance "$US13,030",
 * f15-m-03 wallstreetobserver "$30,000", f16-m-08 modernequipment "3338 USD", f6-m-01 philstar "$28,564 MT"). The sentences are
 * of five publishers outside the development set; the expected units were written before the rule.
 */
class MetalPricesTest {

  private static final LocalDate DATE = LocalDate.of(2021, 10, 12);


  @Test
  void aTradedMetalsBarePricesArePerTonne() {
    // https://www.fxstreet.com/news/copper-set-to-reach-a-new-record-high-before-the-end-of-q2-ocbc-202105030757: all three
    String s = "Copper briefly took out $10,000 last Wednesday, trading an intraday high of $10,008 before retreating back to $9,825"
        + " by Friday close.";
    assertEquals("USD/tonne", Texts.unitOf(DATE, s, "$10,000"));
    assertEquals("USD/tonne", Texts.unitOf(DATE, s, "$10,008"));
    assertEquals("USD/tonne", Texts.unitOf(DATE, s, "$9,825"));
    // https://mining.com/?p=1082925: USD/tonne
    assertEquals("USD/tonne", Texts.unitOf(DATE, "Aluminum is the best performer on the LME this year, and the next target for bullish investors who’ve"
        + " been drawn into the rapidly tightening market is an all-time high above $3,380.", "$3,380"));
  }

  @Test
  void aMetalsPriceNamedWithItsExchangeIsPerTonne() {
    // https://dailytimes.com.pk/828313/aluminium-crosses-3000-a-tonne-mark-after-13-years/: USD/tonne
    assertEquals("USD/tonne", Texts.unitOf(DATE, "The price for a tonne of aluminium to be shipped in three months has grown by 2.24pc to $3,035.50 on"
        + " the London Metal Exchange, as of Monday.", "$3,035.50"));
    // https://brecorder.com/news/amp/40126081: USD/tonne (a forecast of aluminium's price)
    assertEquals("USD/tonne", Texts.unitOf(DATE, "NO SHORTAGE: Demand in China is falling, stockpiles are plentiful and prices are likely to fall"
        + " towards $2,200 in 2022, Timothy Weiner at consultants Harbor Aluminum told an audience gathered in London for LME Week.",
        "$2,200"));
    // https://www.bloombergquint.com/charts/chart-of-the-day-nickel-plunges-the-most-in-eight-years: USD/tonne
    assertEquals("USD/tonne", Texts.unitOf(DATE, "Nickel prices have crashed below $14,000 tonne, the lowest since July.", "$14,000 tonne"));
  }

  @Test
  void carsTotalsAndSmallPricesStayDollars() {
    // written for the test: a car's price in a sentence naming a metal and a price; a total; a share price
    String[][] cases = {
        {"Nickel prices have fallen, and the cheapest Model 3 is now priced at $38,990.", "$38,990"},
        {"Copper prices rose as Codelco said it would invest $1.4 billion in El Teniente.", "$1.4 billion"},
        {"Shares of copper miner Freeport traded at $45 after prices rose.", "$45"}};
    for (String[] c : cases) assertEquals("USD", Texts.unitOf(DATE, c[0], c[1]), c[0]);
  }

  @Test
  void readAloneTheUnitHoldsAndNoPeriodComes() {
    // the bloombergquint sentence read alone (no page, no date): USD/tonne; "since July" dates no figure of an undated sentence
    Figure f = Texts.endingWith(Texts.figures(null, "Nickel prices have crashed below $14,000 tonne, the lowest since July."), "$14,000 tonne");
    assertEquals("USD/tonne", f.quantity().unit());
    assertNull(f.period());
  }
}
