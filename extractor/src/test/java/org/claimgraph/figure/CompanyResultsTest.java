package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A company posting its own results credits them (credit33b, round 33; GUIDELINES, round 32's settled call "a company stating
 * its own results credits the company": "posted", "reported", "revealed"), and the results after it continue that credit. Before,
 * "posted" was no cue, and the lead's results and those after it credited nobody (11 BYD lines in fresh7, Lynas's in fresh26).
 * Sentences of the devset and of publishers outside it (the search tool's stored pages), and sentences it must not fire on.
 */
class CompanyResultsTest {

  private static String creditOf(LocalDate date, String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(date, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  private static List<String> subjects(String sentence) {
    return new AttributionFinder(Lexicon.get()).find(sentence, 0).stream().map(a -> a.source() + " [" + a.cue() + "]").toList();
  }

  @Test
  void aCompanyPostingItsResultsCreditsThemAndTheResultsAfterIt() {
    LocalDate date = LocalDate.of(2019, 8, 28);
    // devset f7-e-07 (enodoworks, a Reuters rewrite): the lead, then the company's results. Before: null, null.
    String[] page = {
        "SHANGHAI – Chinese electric car maker BYD Co Ltd posted a 203.6% rise in first-half profit on Wednesday, as China’s new energy "
            + "vehicle market continues to surge.",
        "The Shenzhen-based company, which is backed by U.S. investor Warren Buffett and whose products include battery electric and "
            + "plug-in hybrid vehicles, posted net profit of 1.45 billion yuan ($205.29 million), up from 479.10 million yuan a year earlier.",
        "Revenue rose 14.8% to 62.18 billion yuan from 54.15 billion."};
    assertTrue(creditOf(date, "203.6%", page).startsWith("BYD"));
    assertTrue(creditOf(date, "14.8%", page).startsWith("BYD"));
    // https://bbctodays.pages.dev/2/hi/business/4517505.stm (BBC News, outside the devset): a company named after its kind.
    // Before: null.
    assertEquals("Randgold", creditOf(LocalDate.of(2005, 5, 3), "$12.12m",
        "Gold mining group Randgold has posted a fall in profits as gold concentrations at its Morila mine in Mali, its only producing "
            + "pit, fell.",
        "Quarter-on-quarter net profit fell to $12.12m in the period to the end of March, from $15.4m previously."));
  }

  @Test
  void theSubjectIsReadOnlyWhenItIsACompanyAndAResultFollows() {
    // http://www.afr.com/business/mining/gold/minmetals-buoyed-by-base-metals-prices-20110825-i4a7l (Australian Financial
    // Review): the company named before, by its kind.
    assertTrue(subjects("The company posted half-year net profit after tax of $US431.4 million on revenue from the continuing "
        + "operations of $US1.07 billion.").contains("The company [posted]"));
    assertTrue(CompanyResults.company("Chinese electric vehicle maker BYD"));
    assertTrue(CompanyResults.company("Lynas Rare Earths"));
    // devset f19-m-01 (MercoPress), f26-m-01 (Manila Standard), f8-e-05 (KBS World): a country, a product and a list of companies
    // undergo what they post; the credit is the central bank's, the bureau's and the tracker's, read elsewhere.
    assertFalse(subjects("Chile posted a trade surplus of US$ 904 million in April").stream().anyMatch(s -> s.endsWith("[posted]")));
    assertFalse(subjects("Chromite posted the largest decline of 42 percent, from 11,683 dry metric tons to 6,778 dry metric tons.")
        .stream().anyMatch(s -> s.endsWith("[posted]")));
    assertFalse(subjects("The three Korean battery makers – LG Energy Solution, Samsung SDI and SK On – all posted growth in battery "
        + "usage.").stream().anyMatch(s -> s.endsWith("[posted]")));
    // No result after the verb: a page put on a website.
    assertTrue(CompanyResults.verbs("BYD posted a video on its website.").isEmpty());
  }
}
