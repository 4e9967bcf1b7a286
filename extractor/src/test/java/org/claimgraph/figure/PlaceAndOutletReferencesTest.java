package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Credits written as descriptions (credit33a): a place by its kind ("The country", "The state") is no source and the sentence
 * takes the credit it takes without it (PlaceSubjects); "the paper", "the newspaper" stand for the outlet named before
 * (OutletReferences). Real sentences; the expected credit written down before the rule.
 */
class PlaceAndOutletReferencesTest {

  private static final LocalDate DATE = LocalDate.of(2017, 1, 20);

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void thePaperIsTheDailyNamedBefore() {
    // TheNews.pl (Polish Radio), devset f27-e-06: "the paper" is Gazeta Wyborcza, named as "the Gazeta Wyborcza daily".
    assertEquals("Gazeta Wyborcza", creditOf("337 electric cars",
        "Poland saw 65 percent year-on-year growth in the number of new electric cars on its roads in 2016, even though only 556 such "
            + "cars were registered, the Gazeta Wyborcza daily has reported.",
        "Since in 2015 Poles only registered 337 electric cars, the percentage growth in 2016 was considerable, but the overall number "
            + "of such cars is “disappointing”, wrote the paper."));
  }

  @Test
  void outletDescriptionsAndNames() {
    // https://www.reuters.com/article/idUKTRE4BS06Y20081229 (Reuters): "…, the Nikkei business daily said on Monday." then
    // "…, the paper said."
    assertTrue(OutletReferences.describesOutlet("the paper"));
    assertTrue(OutletReferences.describesOutlet("the Polish daily"));
    assertTrue(OutletReferences.describesOutlet("the newspaper"));
    assertTrue(OutletReferences.writtenAsOutlet("the Gazeta Wyborcza daily"));
    // Names, not descriptions: the outlet is named ("the Financial Times"), or a capital that is no place ("the Nikkei daily").
    assertFalse(OutletReferences.describesOutlet("the Financial Times"));
    assertFalse(OutletReferences.describesOutlet("the Nikkei daily"));
    // A statistics agency is no outlet: "the agency" alone is left to the back-references.
    assertFalse(OutletReferences.describesOutlet("the agency"));
  }

  @Test
  void aStateAsSubjectKeepsTheSourceBefore() {
    // Faro Live, devset f8-e-08: "The state expects" names Nevada, no source; the Wall Street Journal's report runs on.
    String credit = creditOf("$1.9bn",
        "According to the Wall Street Journal, Nevada’s state legislature will seek to approve a bill that will allow Tesla to receive "
            + "between $750m and $1bn in tax abatements and $195m in tax credits. The state expects, however, that over 20 years the plant "
            + "still will generate $1.9bn in tax revenue.");
    assertTrue(credit != null && credit.contains("Wall Street Journal"), () -> "credit " + credit);
  }

  @Test
  void placeNounsAreNoSources() {
    // Ratel (Kazakhstan), devset f27-m-08: "The country has also reported increases in production of aluminum, …".
    assertTrue(PlaceSubjects.namesPlace("The country"));
    assertTrue(PlaceSubjects.namesPlace("the state"));
    assertTrue(PlaceSubjects.namesPlace("the Southeast Asian nation"));
    assertTrue(PlaceSubjects.namesPlace("Kingdom"));
    // Bodies named with a place's kind stay sources: "the State Statistical Office" (english.republika.mk), "the Department of
    // State", "the country's Ministry of Energy and Mines", "the State Council".
    assertFalse(PlaceSubjects.namesPlace("the State Statistical Office"));
    assertFalse(PlaceSubjects.namesPlace("the Department of State"));
    assertFalse(PlaceSubjects.namesPlace("the country's Ministry of Energy and Mines"));
    assertFalse(PlaceSubjects.namesPlace("the State Council"));
    assertFalse(PlaceSubjects.namesPlace("the Secretary of State"));
  }
}
