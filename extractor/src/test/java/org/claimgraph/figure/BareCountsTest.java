package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A number that names no counted noun counts what the figure next to it in its sentence counts, else what the last counted
 * figure before it on the page counts (BareCounts; the devset's gold never writes "count"). Sentences of publishers outside
 * the development set; each answer decided by GUIDELINES.md ("Counted things: the singular noun") before the rule was written.
 */
class BareCountsTest {

  private static String unit(List<Figure> figures, String quote) {
    return PeriodRulesTest.figure(figures, quote).quantity().unit();
  }

  @Test
  void theItemsOfABreakdownCountWhatTheTotalCounts() {
    // zawya.com/en/projects/mining/saudi-ministry-issues-31-new-licenses-in-june-2024-qb3pcwgo
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 7, 10),
        "Jeddah: The Ministry of Industry and Mineral Resources issued 31 new mining licenses in June this year.",
        "They were 12 for exploration, 11 for building materials quarries, five for surplus mineral ore mining, and three for "
            + "reconnaissance, according to a report by the National Center for Industrial and Mining Information.");
    assertEquals("license", unit(fs, "12"));
    assertEquals("license", unit(fs, "11"));
  }

  @Test
  void aBareNumberAfterCountedDevicesCountsDevices() {
    // forecourttrader.co.uk/latest-news/huge-regional-variances-remain-in-chargepoint-availability/694018.article
    List<Figure> ft = Texts.figures(LocalDate.of(2024, 8, 1),
        "As of July 1, 2024, there were 64,632 public charging devices installed in the UK, this is up 47% on last July’s figures.",
        "12,474 (19%) had 50kW of power or above.");
    // charging devices are counted as the lexicon names them (chargepoint, as the gold of UK charger pages)
    assertEquals("chargepoint", unit(ft, "64,632 public charging devices"));
    assertEquals("chargepoint", unit(ft, "12,474"));
  }

  @Test
  void theNearestCountedFigureOfTheSentenceWins() {
    // automotive-mag.com/northern-ireland-has-lowest-charging-provision-in-the-uk/
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 5, 2),
        "Data recorded by Zapmap observed the number of publicly available EV chargers between January and March 2024.",
        "London and Scotland had the highest level of charging provision, with 221 and 93 chargers.");
    assertEquals("charger", unit(fs, "221"));
  }

  @Test
  void withNothingCountedBeforeItAStandaloneNumberStaysACount() {
    // the page's first figure, with no counted figure in its sentence or before it
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 5, 2), "The index stood at 112 in April, the statistics office said.");
    fs.stream().filter(f -> f.evidence().quote().equals("112")).forEach(f -> assertEquals("count", f.quantity().unit()));
  }
}
