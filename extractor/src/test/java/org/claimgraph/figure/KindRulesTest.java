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

  private static Figure one(String quote, String sentence) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2025, 5, 1), sentence), quote);
  }

  @Test
  void aShareAChangeArrivesAtIsAShare() {
    // Zvenia; Reuters; China Daily; Business Insider
    assertEquals(Kind.SHARE, one("21%", "China accounted for 12% of global lithium mining in 2019, rising to 21% in 2025 thanks to mica mines.").kind());
    assertEquals(Kind.SHARE, one("5.78%", "Its share of the country’s EV market dropped to 5.78% in October from 8.7% in September.").kind());
    assertEquals(Kind.SHARE, one("43.4 percent", "However, CATL's market share declined to 43.4 percent, a drop of 4.27 percentage points.").kind());
    assertEquals(Kind.SHARE, one("51%", "It remains the biggest EV brand despite its market share falling from 51% to 44% over the past year.").kind());
  }

  @Test
  void changesNamedAfterTheNumberOrQualifiedAreChanges() {
    // electrive; Business Insider; Car Dealer Magazine; Reuters
    assertEquals(Kind.CHANGE, one("124 per cent", "The latter led to a 124 per cent price increase between January and October.").kind());
    assertEquals(Kind.CHANGE, one("35%", "China's 35% sales boost was driven by trade-in schemes.").kind());
    assertEquals(Kind.CHANGE, one("22.3 per cent", "Plug-in hybrid car registrations for September also declined by a sizeable 22.3 per cent.").kind());
    Figure skid = one("17.8%", "Sales of Tesla’s China-made electric vehicles skidded 17.8% in November from the same month a year earlier.");
    assertEquals(Kind.CHANGE, skid.kind());
    assertEquals("down", skid.direction());
  }

  @Test
  void equivalentToIsAShare() {
    // Summa Money (BMI)
    assertEquals(Kind.SHARE, one("half", "The quotas will cap DRC’s exports at 96,000 tonnes in 2026 – equivalent to half its mine production in 2024.").kind());
  }
}
