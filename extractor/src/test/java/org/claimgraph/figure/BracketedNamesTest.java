package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * review25b: LooseShortForms takes any one capitalized word in brackets after a body's name for its short form. A place ("the
 * Ministry of Energy and Mines (Peru)") or a body of its own ("the London Metal Exchange (Reuters)", where "exchange" now makes
 * a body) is no short form: a later "Peru said" or "Reuters said" is not the ministry's or the exchange's. The true short forms
 * of PageNamesCreditsTest ("(Simi)", "(Evap)", "(Kemeperin)", "(Fada)") still are.
 */
class BracketedNamesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 5);

  @Test
  void aPlaceOrABodyInBracketsIsNoShortForm() {
    assertFalse(LooseShortForms.defined("The Ministry of Energy and Mines (Peru) said copper output rose.").containsKey("Peru"));
    assertFalse(LooseShortForms.defined("The London Metal Exchange (Reuters) said stocks fell.").containsKey("Reuters"));
    assertEquals("Reuters", Texts.credit(DATE, "3%", "The London Metal Exchange (Reuters) said stocks fell 12% to 100,000 tonnes.",
        "Reuters said prices rose 3% to $9,000 a tonne."));
  }

  @Test
  void aBodysOwnShortFormStillIs() {
    assertEquals("the Society of the Irish Motor Industry",
        LooseShortForms.defined("figures from the Society of the Irish Motor Industry (Simi) show").get("Simi"));
    assertEquals("The Federation of Automobile Dealers Associations", Texts.credit(DATE, "14%",
        "The Federation of Automobile Dealers Associations (Fada) said retail sales rose 12% to 2.1 million.",
        "The group said two-wheeler sales rose 14% to 1.5 million."));
  }
}
