package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence that opens by breaking down the figure before it ("Of these, …", "Among them, …", "Of the total, …") takes that
 * figure's period, even a paragraph on and in the present tense (period33b, round 33). Counted over the 29 open splits of the
 * base (main f62301ad): such openers stand before 15 figures without their gold period (missing, or a coarser year) on 7 pages
 * of 7 publishers (cleanenergywire, vivnevs, inquirerplus, bmge, minelistings, knews, kcomber); the rule gets inquirerplus' and
 * bmge's 5, the others' whole has no period the page states either (undated pages naming no year).
 *
 * Real sentences; the outside one from the search tool's stored pages (URL in the comment).
 */
class BreakdownsTest {

  @Test
  void openersOfOtherPublishersBreakDown() {
    // https://masitaiyangneng.medium.com/india-new-8-811gw-photovoltaic-installed-capacity-from-january-to-september-288d288faefc
    assertTrue(Breakdowns.opens("Among them, Gujarat State had the largest increase, adding 531 megawatts, accounting for nearly 26% "
        + "of the total roof installations during the period."));
    // https://vpchothuegoldenking.com/global-new-energy-vehicle-sales-up-53/
    assertTrue(Breakdowns.opens("Of this volume, 1.6 million cars were fully electric, and the rest were plug-in hybrid cars."));
    // bmge.ge (devset f24-e-14), inquirerplus (devset f21-e-14)
    assertTrue(Breakdowns.opens("Of these vehicles, 7,329 (worth US$159,582 million) are hybrid electric vehicles and 1,124 "
        + "(worth $46.8 million) are electric vehicles."));
    assertTrue(Breakdowns.opens("Of the total, 516 are pure electric EVS while the remaining 2,041 units are hybrid ones."));
  }

  @Test
  void aCountedSetOfItsOwnIsNoBreakdown() {
    // business-standard.com (devset f4-e-05): the sentence names its own whole
    assertFalse(Breakdowns.opens("Of the 64 OEMs registered under FAME II so far, at least 17 are no longer entitled to subsidies."));
    assertFalse(Breakdowns.opens("Of these 17 OEMs, six make two-wheelers."));
    // "Officials said" opens no breakdown; "Ofthese" is no phrase
    assertFalse(Breakdowns.opens("Officials said 531 megawatts were added."));
    assertFalse(Breakdowns.opens("Amongst the states, Gujarat added 531 megawatts."));
  }

  @Test
  void thePartsAParagraphOnTakeTheWholesPeriod() {
    // https://masitaiyangneng.medium.com/… (outside the devset): the rooftop additions of January to September 2021, then the
    // state that added most, a paragraph of its own
    List<Figure> fs = Texts.figures(LocalDate.of(2021, 10, 20),
        "In the field of rooftop solar energy, approximately 2,068 MW of new capacity was added from January to September 2021, "
            + "which is 134% higher than the 883 MW of newly added capacity in the same period last year.",
        "Among them, Gujarat State had the largest increase, adding 531 megawatts, accounting for nearly 26% of the total roof "
            + "installations.");
    assertEquals("2021-01/2021-09", Texts.periodOf(fs, "Gujarat", "531 megawatts"));
    // bmge.ge (devset f24-e-14; gold 2023-01/2023-06): six months' imports, then their parts in the present tense
    List<Figure> bm = Texts.figures(null,
        "In 6 months of 2023, the import of passenger cars and other vehicles increased by 38.8% to 44,937 units (worth $679.5 million).",
        "Of these vehicles, 7,329 are hybrid electric vehicles and 1,124 are electric vehicles.");
    assertEquals("2023-01/2023-06", Texts.periodOf(bm, "hybrid", "7,329"));
    assertEquals("2023-01/2023-06", Texts.periodOf(bm, "hybrid", "1,124"));
  }

  @Test
  void aPresentSentenceWithoutTheOpenerTakesNoPastPeriod() {
    // the same page with the sentence not breaking anything down: the present tense a paragraph on keeps no carried period
    List<Figure> bm = Texts.figures(null,
        "In 6 months of 2023, the import of passenger cars and other vehicles increased by 38.8% to 44,937 units (worth $679.5 million).",
        "Georgia's fleet is 1.3 million vehicles.");
    assertNull(Texts.periodOf(bm, "fleet", "1.3 million vehicles"));
  }
}
