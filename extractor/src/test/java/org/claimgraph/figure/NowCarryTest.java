package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The page's month that a sentence's "now" gives its figures dates that sentence alone: a standing fact after it (a specification,
 * a rate, an output per year) has no period (fresh27 call 5, fresh28 call 4), while a move reported after it ("fell $400 … to
 * $17,650") is of the time of writing and keeps the month. Sentences written for this test in the shapes of a market wire (an
 * exchange's stocks "now", then the day's price move), a transit operator's release (depots "now", then what each bus saves a
 * year) and a metals brief (a price "now", then a producer's yearly output and a share of the market); the expected periods were
 * written down before the rule.
 */
class NowCarryTest {

  private static final LocalDate DATE = LocalDate.of(2024, 5, 20);

  /** The period of the figure quoted {@code quote} in the paragraphs of a page of {@link #DATE}. */
  private static String periodOf(String quote, String... paragraphs) {
    return PeriodRulesTest.period(DATE, quote, paragraphs);
  }

  @Test
  void aStandingFactAfterANowSentenceHasNoPeriod() {
    // A transit operator's release: the depots are now's; what each bus saves a year is a standing fact.
    String bus = "The operator now runs 12 charging depots across the city, with room for more than 300 electric buses. "
        + "Each electric bus saves about 18,000 litres of diesel per year and cuts running costs by a third.";
    assertEquals("2024-05", periodOf("12 charging depots", bus));
    assertNull(periodOf("about 18,000 litres", bus));
    // A metals brief: the price is now's; a producer's yearly output and its share of the market are not dated by it.
    String metal = "The vanadium price now sits at around $7.10 per pound after a long slide. "
        + "Chinese mills produce around 70 kt/yr of the metal, or 62% of world supply.";
    assertEquals("2024-05", periodOf("around $7.10 per pound", metal));
    assertNull(periodOf("around 70 kt/yr", metal));
  }

  @Test
  void aMoveReportedAfterANowSentenceKeepsThePagesMonth() {
    // A market wire: the exchange's stocks "now", then the day's price move, which is of the time of writing.
    String[] wire = {"Nickel stocks in LME warehouses now stand at 81,300 tonnes, the exchange said.",
        "Nickel for delivery in three months fell $400, or 2.2 percent, to $17,650 a tonne."};
    assertEquals("2024-05", periodOf("81,300 tonnes", wire));
    assertEquals("2024-05", periodOf("$400", wire));
  }

  @Test
  void theTestsOfTheRule() {
    assertTrue(NowCarry.nowOnly("2024-05", "The operator now runs 12 charging depots.", false, DATE));
    // a sentence naming a period of its own, another month, or no date: not the "now" alone
    assertFalse(NowCarry.nowOnly("2024-05", "The operator now runs 12 depots, up from 8 in May.", true, DATE));
    assertFalse(NowCarry.nowOnly("2024-04", "The operator now runs 12 charging depots.", false, DATE));
    assertFalse(NowCarry.nowOnly("2024", "The operator now runs 12 charging depots.", false, null));
    assertTrue(NowCarry.continues("Nickel for delivery in three months fell $400, or 2.2 percent."));
    assertTrue(NowCarry.continues("Copper topped $9,800 a tonne."));
    assertTrue(NowCarry.continues("Inventories rose by 1,200 tonnes."));
    assertFalse(NowCarry.continues("Each bus saves 18,000 litres of imported diesel per year."));
    assertFalse(NowCarry.continues("Only 9,000 of the registered vehicles are electric."));
  }
}
