package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A forecast or plan to be reached within a horizon of whole years counted from the time of writing ("over the next five
 * years", "within two years") is of the page's year plus the horizon; a range of years, a past span, an undated page and a
 * figure the horizon's clause does not speak of keep what they had. Sentences of two publishers (Bellona after AP, Australian
 * Resources & Investment) and of the GUIDELINES' calls; the expected periods are the gold's calls (fresh22 call 8, fresh28 call
 * 7, fresh29 call 4).
 */
class HorizonYearsTest {

  /** The period of the figure quoted {@code quote} in the one-paragraph article {@code sentence} of {@code date}. */
  private static String period(LocalDate date, String sentence, String quote) {
    return Texts.periodOf(Texts.figures(date, sentence), "", quote);
  }

  @Test
  void aPlanOverTheNextFiveYearsIsOfThePagesYearPlusFive() {
    // Bellona (15 April 2005, after AP): Kazatomprom's plan to boost uranium output.
    assertEquals("2010", period(LocalDate.of(2005, 4, 15), "Kazakhstan's national atomic energy company said Tuesday it plans to boost "
        + "production more than fourfold over the next five years as it aims to become the world's largest uranium producer.", "more than fourfold"));
  }

  @Test
  void anExpectedCapacityOverTheNextFourYearsIsOfThePagesYearPlusFourAndItsBaseKeepsNone() {
    // Australian Resources & Investment (31 January 2023): IGO's expansion of Greenbushes; the base level states no year.
    String igo = "Greenbushes is undertaking several expansion projects which IGO expects will increase the operation’s production profile "
        + "from approximately 1.5 million tonnes per annum (Mtpa) to approximately 2.5Mtpa over the next four years.";
    LocalDate date = LocalDate.of(2023, 1, 31);
    assertEquals("2027", period(date, igo, "approximately 2.5Mtpa"));
    assertNull(period(date, igo, "approximately 1.5 million tonnes per annum"));
  }

  @Test
  void aTargetWithinTwoYearsIsOfThePagesYearPlusTwo() {
    // Daily Pakistan (23 October 2025): the localisation target of the EV policy (fresh29's call 4).
    assertEquals("2027", HorizonYears.year("Within two years, 100% of EV parts are planned to be manufactured domestically.", 22,
        LocalDate.of(2025, 10, 23)));
  }

  @Test
  void aRangeAPastSpanAnUndatedPageAndAnotherClauseKeepNoHorizonYear() {
    LocalDate date = LocalDate.of(2019, 3, 18);
    // A range of years states no year (GUIDELINES: "within the next three to five years" has no period).
    assertNull(HorizonYears.year("Adoption could rise to 75% within the next three to five years.", 27, date));
    // "the next few years" states no number (fresh24 call 8).
    assertNull(HorizonYears.year("These numbers are expected to double in the next few years.", 34, date));
    // A past span is no forecast (Mexico News Daily).
    assertNull(HorizonYears.year("Over the next three years, that number grew to 5,030, 8,163 and 11,503 respectively.", 51, date));
    // Undated: the page's present is a guess.
    assertNull(HorizonYears.year("It plans to boost production more than fourfold over the next five years.", 51, null));
    // Daily News (Sri Lanka): the earnings now, before the clause "which could be doubled within four years".
    String s = "Sri Lanka earns around US$100 million annually from the export of graphite which could be doubled within four years "
        + "with value addition.";
    assertNull(HorizonYears.year(s, s.indexOf(" annually"), date));
  }
}
