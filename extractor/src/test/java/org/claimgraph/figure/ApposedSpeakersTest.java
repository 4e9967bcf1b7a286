package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person named with his office set off by commas, then a verb of telling or judging besides "said" (credit37b,
 * {@link ApposedSpeakers}): the person credits the clause after the verb; before, the office between the commas was read as the
 * verb's subject and named no one. "mentioned" and "shared" only before a "that"-clause. Not the plain subject of "mentioned that":
 * "The report also mentioned that …" would credit a back-reference (corpus 002 lost its Reuters credit that way). Each test has a case the rule must leave alone.
 */
class ApposedSpeakersTest {

  private static final LocalDate DATE = LocalDate.of(2024, 2, 20);

  @Test
  void anOfficerWhoEstimatesCreditsTheCount() {
    // Global Voices (devset fresh30, f30-e-01)
    List<Figure> fs = Texts.figures(DATE,
        "Joan Félix Benitez, Evergo’s senior superintendent of innovation, estimates that the Punta Cana station will serve over 500 regular users.");
    Figure f = PeriodRulesTest.figure(fs, "over 500 regular users");
    assertEquals(500.0, f.quantity().value());
    assertEquals("Joan Félix Benitez", Texts.credit(fs, "over 500 regular users"));
  }

  @Test
  void aHeadWhoSharedThatCreditsTheShare() {
    // Emirates News Flash (devset fresh30, f30-e-09): the office opens with its head word, "shared" before a that-clause
    List<Figure> fs = Texts.figures(DATE,
        "Muhammad Bustanji, head of the Jordan Free Zones Investment Commission, shared with the Jordan News Agency (Petra) that this upswing underscores a distinct shift towards the preference for electric vehicles, which constituted a substantial 70 percent of the total vehicles purchased during the past month.");
    Figure f = PeriodRulesTest.figure(fs, "70 percent");
    assertEquals(Kind.SHARE, f.kind());
    assertEquals("Muhammad Bustanji", Texts.credit(fs, "70 percent"));
  }

  @Test
  void aFormerChiefWhoPredictsCreditsTheShare() {
    // outside the devset, another publisher's shape: "a former CEO of …"
    List<Figure> fs = Texts.figures(DATE,
        "Amitabh Kant, a former CEO of NITI Aayog, predicts that 80% of two-wheelers sold in India will be electric by 2030.");
    assertEquals("Amitabh Kant", Texts.credit(fs, "80%"));
  }

  @Test
  void aPlaceAndItsRegionOrAMentionWithoutThatCreditNobody() {
    // "Cabo Delgado, northern Mozambique, …" is no person and his office; "mentioned" without "that" names a thing
    List<Figure> fs = Texts.figures(DATE,
        "Cabo Delgado, northern Mozambique, anticipates 20,000 tonnes of graphite a year.",
        "Maria Lopez, the new chair, mentioned the 20 plots in her talk.");
    assertNull(Texts.credit(fs, "20,000 tonnes"));
    assertNull(Texts.credit(fs, "20 plots"));
  }
}
