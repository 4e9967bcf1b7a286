package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Periods of cumulative, rolling and back-referring expressions, and of months when the page has
 * no date, on sentences of the development set's publishers (devset/tune) and others.
 */
class PeriodRulesTest {

  private static final LocalDate OCT_2025 = LocalDate.of(2025, 10, 20);
  private static final LocalDate NOV_2025 = LocalDate.of(2025, 11, 12);

  static Figure figure(List<Figure> figures, String quote) {
    return figures.stream().filter(x -> x.evidence().quote().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure quoted \"" + quote + "\" in " + figures));
  }

  static String period(LocalDate date, String quote, String... paragraphs) {
    return figure(Texts.figures(date, paragraphs), quote).period();
  }

  @Test
  void firstQuartersOfAYearAreAnInterval() {
    // The Telegraph India (PTI): the first three quarters
    assertEquals("2025-01/2025-09", period(OCT_2025, "39,817 tons",
        "In the first three quarters of 2025, rare earth magnet exports totalled 39,817 tons, a fall of 7.5% from the corresponding period in 2024."));
  }

  @Test
  void aRangeFollowedByThisYearIsThatYearsRange() {
    // SteelOrbis
    assertEquals("2025-01/2025-10", period(NOV_2025, "2.014 million units",
        "In particular, in the January-October period this year, China’s new energy vehicle exports totaled 2.014 million units, up 90.4 percent year on year."));
  }

  @Test
  void nMonthAdjectiveIsCumulative() {
    // Samarium
    assertEquals("2025-01/2025-09", period(OCT_2025, "39,817 tonnes",
        "On a year-on-year basis shipments rose about 17.5%, but nine-month exports totaled 39,817 tonnes, down 7.5% from the same period last year."));
  }

  @Test
  void withoutADateABaseYearDatesTheTextAfterIt() {
    // Observer News (no date on the page): "compared to the same period in 2024" makes "this year" 2025
    String[] text = {"China's export volume of rare earth magnets in September fell by 6.1% compared to August, reaching 5,774 tons.",
        "In the first nine months of this year, China's total rare earth magnet exports reached 39,817 tons, down 7.5% compared to the same period in 2024."};
    assertEquals("2025-09", period(null, "5,774 tons", text));
    assertEquals("2025-01/2025-09", period(null, "39,817 tons", text));
  }

  @Test
  void theSamePeriodRefersBack() {
    // WAM: "during the same period" is the period of the sentence before, across paragraphs
    assertEquals("2025-01/2025-10", period(NOV_2025, "5.62 million units",
        "In the first ten months of 2025, NEV sales rose 32.7 percent year-on-year to 12.94 million units, CAAM data showed.",
        "CAAM data also showed that China’s automobile exports rose by 15.7 percent year-on-year to 5.62 million units during the same period."));
  }

  @Test
  void aYearOnYearChangeWithoutPeriodTakesTheNewestMonthBefore() {
    // Samarium: the newer of two months stated in the sentence before carries over
    assertEquals("2025-09", period(OCT_2025, "about 17.5%",
        "Customs data show the September decline followed a seven-month high of 6,146 tonnes in August. On a year-on-year basis shipments rose about 17.5%."));
  }

  @Test
  void aMonthRightAfterANumberIsItsOwn() {
    // Asia City: "619 tons in July but fell again to 589 tons in August"
    String s = "After the U.S. responded, China's exports to the U.S. recovered to 619 tons in July but fell again to 589 tons in August.";
    assertEquals("2025-07", period(OCT_2025, "619 tons", s));
    assertEquals("2025-08", period(OCT_2025, "589 tons", s));
  }

  @Test
  void theSameMeasureKeepsItsPeriodInTheNextParagraph() {
    // Asia City: "By destination country, …" continues the month's exports
    assertEquals("2025-09", period(OCT_2025, "1,288 tons",
        "China's rare earth magnet exports fell 6.1% in September to 5,774 tons.",
        "By destination country, exports to Germany—the largest recipient—grew by 27.9% to 1,288 tons."));
  }
}
