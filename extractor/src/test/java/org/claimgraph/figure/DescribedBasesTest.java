package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A base described by words and the time they belong to (DescribedBases, round 28, basis28): "compared to what was achieved in
 * 2023", "compared to the combined result for 2020", "than the total for all of 2021". The time is the base's: the change's own
 * period against it gives the basis (the year before yoy), and a part of a year against such a year is vs-period. Expected
 * bases were written from the gold before the code.
 */
class DescribedBasesTest {

  private static String basis(LocalDate date, String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(date, sentence), quote).basis();
  }

  @Test
  void openSplitShapes() {
    // f22-e-08 centrauai (ANAC, Chile): expected doubling, factor 2, change, yoy, period 2024
    assertEquals("yoy", basis(LocalDate.of(2025, 1, 10), "“2024 was the best year in Chile for each category of zero or low-emission "
        + "vehicles, doubling sales in all cases compared to what was achieved in 2023,” highlights Diego Mendoza.", "doubling"));
    // f13-e-05 thevegh: expected 2.7 times, change, vs-period (January–September 2022 against the whole of 2021)
    assertEquals("vs-period", basis(LocalDate.of(2022, 10, 5), "According to Vahan data, total registrations through the first nine "
        + "months of 2022 have reached 388,000 units, which is already 2.7 times more than the total for all of 2021.", "2.7 times"));
  }

  @Test
  void theWordsBetween() {
    assertTrue(DescribedBases.between(" sales in all cases compared to what was achieved in "));
    assertTrue(DescribedBases.between(" compared to the combined result for "));
    assertTrue(DescribedBases.between(" more than the total for all of "));
    // a time right after the comparison is other rules' ("than in 2023", "compared to the same period of 2022")
    assertFalse(DescribedBases.between(" more than in "));
    // a number in between: a base level, read by isBaseFigurePeriod
    assertFalse(DescribedBases.between(" compared to 1,028 units in "));
    // "on", "from", "over" also open causes and spans
    assertFalse(DescribedBases.between(" on strong demand in "));
    assertTrue(DescribedBases.before("doubling sales in all cases compared to what was achieved in "));
    // "more than doubled in 2023": the change's own year, no base
    assertFalse(DescribedBases.before("Sales more than doubled in "));
  }

  @Test
  void leftAlone() {
    // A cause, not a base: no basis stated.
    assertNull(basis(LocalDate.of(2024, 1, 20), "Sales rose 20% in 2023 on strong demand in the second quarter.", "20%"));
    // The change's own year after "more than doubled".
    assertNull(basis(LocalDate.of(2024, 1, 20), "Sales of electric cars more than doubled in 2023.", "more than doubled"));
  }
}
