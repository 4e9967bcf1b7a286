package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The bounds a page without a date sets on its present with a month of a year ("since April 2025", "through Q1 2026"),
 * held against the month its figures are reported for ({@link PresentBounds}). Texts of publishers outside the development
 * set read as pages without a date; the expected present years and periods were written down before the rule, from the
 * pages' true dates (given with each) and GUIDELINES ("undated pages": against the years the text states, never a guess).
 */
class PresentBoundsTest {

  private final PeriodResolver periods = new PeriodResolver();

  private static int present(String text) {
    return PeriodResolver.context(null, text).fallbackYear();
  }

  /** The period of the first time expression of {@code sentence} that starts with {@code words}, read in {@code text}'s context. */
  private String period(String text, String sentence, String words) {
    return periods.find(sentence, PeriodResolver.context(null, text)).stream().filter(p -> p.text().startsWith(words))
        .map(PeriodMention::period).findFirst().orElse(null);
  }

  @Test
  void aMonthReportedIsLaterThanWhatRunsSinceAMonthOfItsYear() {
    // https://gaukmotorbuzz.com/news/electric-car-momentum-stalls-ev-sales-rose-just-0-1-in-january (Daily Mail copy, February
    // 2026; read without its "first month of 2026"): 2025 is the newest year stated, but January comes after April 2025.
    String gauk = "With car sales across all fuel types rising 3.4 per cent to 144,127 units, it means EVs represented only 20.6 per "
        + "cent market share in January, figures from the Society of Motor Manufacturers and Traders (SMMT) show.\n"
        + "This is the lowest market share since April 2025 and well below the 33 per cent binding sales targets set out by the "
        + "government's Zero Emission Vehicle mandate.\n"
        + "ZapMap data shows the UK public EV charging network grew by just over 19 per cent in 2025, with 14,097 new charge "
        + "devices added over the year.";
    assertEquals(2026, present(gauk));
    assertEquals("2026-01", period(gauk, "it means EVs represented only 20.6 per cent market share in January", "January"));
    // f17-e-09's shape, written for the test from the ACEA's June 2023 release: a state that began "since August 2022" (no
    // record word) puts a June after it.
    String acea = "Electric cars overtook diesel in June for the first time in new car sales in Europe.\n"
        + "The European car market has returned to sustainable growth since August 2022.";
    assertEquals(2023, present(acea));
    assertEquals("2023-06", period(acea, "Electric cars overtook diesel in June for the first time", "June"));
  }

  @Test
  void aMonthReportedIsNoLaterThanWhatHoldsThroughAPartOfItsYear() {
    // https://news.metal.com/newscontent/103608713/ (SMM weekly review, November 2025): 2026 is the only year, but the October
    // of the export ban's lifting precedes the first quarter of 2026 the supply stays tight before.
    String smm = "Although the DRC lifted its export ban on October 16, actual shipments from ports have not resumed as export "
        + "approval procedures are not yet completed. Considering the shipping cycle from the DRC to China is about 2–3 months, "
        + "China's cobalt raw material supply is expected to remain structurally tight before Q1 2026, providing fundamental "
        + "support for continued rises in cobalt intermediate product prices.";
    assertEquals(2025, present(smm));
  }

  @Test
  void aMonthIsNeverReadBeforeTheBoundItsOwnTextSets() {
    // https://salatka-przepis.pl/11797 (a Trading Economics copy, January 2024): the since-month is the text's only year, and
    // its January cannot be January 2021 (before August 2021), which is what the text's year alone gave. The first January after
    // the bound is read, as "the biggest fall since December 2022" reads a November as 2023 (PeriodRulesTest): a lower bound, and
    // here not the true year (2024): the text gives no more.
    String te = "Lithium carbonate prices were below CNY 97,500 per tonne in January, the lowest since August 2021, and sinking "
        + "over 80% in the last 12 months amid increasing oversupply.";
    assertEquals("2022-01", period(te, te, "January"));
    // https://www.scrapregister.com/news/44377/ (Scrap Register, April 2018): not March 2017, before June 2017; March 2018 is true.
    String scrap = "China's March Aluminum exports hit highest level since June 2017.\n"
        + "Exports of aluminium from the People's Republic of China reached nine-month highs in March, cashing in on higher prices.";
    assertEquals(2018, present(scrap));
  }

  @Test
  void aBoundTheMonthKeepsLeavesTheYear() {
    // https://profit.pakistantoday.com.pk/2025/05/14/global-ev-sales-rise-29-in-april-led-by-china-and-europe (Pakistan Today,
    // May 2025): April 2025 is after September 2023, so the year the outlooks give stays.
    String pt = "Global sales of electric vehicles (EVs) and plug-in hybrids climbed 29% year-on-year in April to 1.5 million "
        + "units, according to data released Wednesday by Rho Motion.\n"
        + "In contrast, North America reported a 5.6% decline to 0.1 million units, its first monthly drop since September 2023.\n"
        + "Uncertainty in the U.S. market led several global automakers to withdraw their 2025 outlooks.";
    assertEquals(2025, present(pt));
  }

  @Test
  void aSentenceAloneIsReadTheSameWay() {
    // A sentence read alone (no page, no date): its own bound corrects its own year; nothing is carried from elsewhere.
    // (written for the test, after f17-m-07's "doubled in September … thin through Q1 2026")
    String alone = "Chinese cobalt metal imports doubled in September, keeping the raw material pipeline thin through Q1 2026.";
    assertEquals(2025, present(alone));
    assertEquals("2025-09", period(alone, alone, "September"));
  }
}
