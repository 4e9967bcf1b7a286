package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shares and changes settled by their sentence, on devset/tune publishers' text. */
class KindRulesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 10, 24);

  private static Figure figure(String quote, String text) {
    return PeriodRulesTest.figure(Texts.figures(DATE, text), quote);
  }

  @Test
  void marketShareAndPenetrationAreShares() {
    // Auto Magazine; CnEVPost
    assertEquals(Kind.SHARE, figure("32.8%", "The market share is now 32.8%, up from 27.4% in September 2023.").kind());
    assertEquals(Kind.SHARE, figure("57.9 percent", "The penetration rate of NEVs in retail sales was 57.9 percent from August 1 to 10.").kind());
  }

  @Test
  void respectivelyListsKeepTheKind() {
    // Metals Wire
    List<Figure> fs = Texts.figures(DATE,
        "The United States was the top buyer, accounting for 29% of August’s shipments, followed by Vietnam and Japan with 14% and 10%, respectively.");
    assertEquals(Kind.SHARE, PeriodRulesTest.figure(fs, "14%").kind());
    assertEquals(Kind.SHARE, PeriodRulesTest.figure(fs, "10%").kind());
  }

  @Test
  void aSecondChangeOfACoordinatedPairIsAChange() {
    // The Driven
    Figure f = figure("12.01 per cent",
        "Xpeng delivered 23,917 vehicles in October, marking its second consecutive record month, up 19.57 per cent year-on-year and 12.01 per cent on September.");
    assertEquals(Kind.CHANGE, f.kind());
    assertEquals("mom", f.basis());
    assertEquals("up", f.direction());
  }
}
