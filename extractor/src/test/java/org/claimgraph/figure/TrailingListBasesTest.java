package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A basis written once after a list of percent changes, each with its own period, holds for every step (GUIDELINES.md, "a
 * basis stated once for coordinated figures of one sentence holds for all of them"); a step naming its own reference ends the
 * list.
 */
class TrailingListBasesTest {

  private static Figure figure(LocalDate date, String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
  }

  @Test
  void aBasisAfterAListOfMonthsHoldsForEachMonth() {
    // https://erbak.com (devset fresh12, f12-e-08-erbak): the y/y comparison is written once, after the last month
    String erbak = "Sales fell by 16% in June, 37% in July, and a staggering 69% in August, compared to the same period the previous year.";
    LocalDate sep2024 = LocalDate.of(2024, 9, 20);
    assertEquals("yoy", figure(sep2024, erbak, "16%").basis());
    assertEquals("yoy", figure(sep2024, erbak, "37%").basis());
    assertEquals("yoy", figure(sep2024, erbak, "69%").basis());
  }

  @Test
  void aBasisAfterAPlainListHoldsForEachStep() {
    // https://evertiq.com/news/18489 (Evertiq, Premier Farnell's results; outside the devset)
    String evertiq = "Sales in India and Eastern Europe grew 55.0% and 71.0% year on year, respectively.";
    assertEquals("yoy", figure(LocalDate.of(2010, 11, 24), evertiq, "55.0%").basis());
    assertEquals("yoy", figure(LocalDate.of(2010, 11, 24), evertiq, "71.0%").basis());
  }

  @Test
  void aStepWithItsOwnReferenceKeepsIt() {
    // negative: https://www.jckonline.com/editorial-article/retail-sales-down-2-in-november/ (JCK, outside the devset): the first
    // change is against October, the second year over year: the year-over-year after the list does not reach a step that names
    // its own reference
    String jck = "Health and personal care stores sales increased 1 percent from October and 2.3 percent unadjusted year-over-year.";
    assertEquals("mom", figure(LocalDate.of(2008, 12, 12), jck, "1 percent").basis());
    // negative: a list with no basis after it gets none
    Figure plain = figure(LocalDate.of(2024, 9, 20), "Sales rose 5% in June, 7% in July and 9% in August.", "7%");
    assertNull(plain.basis());
  }
}
