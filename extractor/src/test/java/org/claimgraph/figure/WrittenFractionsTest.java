package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Fractions written in words (GUIDELINES.md, fresh4 calls: "written fractions are shares", "a rounded number with the exact value
 * in brackets gives two figures"): a fraction of a scale word is a number ("a quarter of a million" 250000, as "half a million"
 * 500000), a fraction of a whole is a share even where no "of" follows it ("a quarter are high-powered devices"), and a verb of
 * change keeps it a change. Outside sentences: Energy Live News (SMMT's September 2022 estimate), EV Info; the chargepoint
 * sentence is the devset's shape written again.
 */
class WrittenFractionsTest {


  private static Quantity quantity(String sentence, String quote) {
    return Texts.quantity(sentence, quote);
  }

  private static Figure one(String quote, String sentence) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2022, 10, 6), sentence), quote);
  }

  @Test
  void aFractionOfAScaleWordIsANumber() {
    // energylivenews.com/2022/10/06/uk-evs-hit-one-millionth-registration-milestone/
    Quantity q = quantity("The SMMT estimates that almost a quarter of a million have been registered this year, meaning that UK drivers have "
        + "now registered more than one million plug-in EVs.", "almost a quarter of a million");
    assertEquals(250000, q.value(), 1e-6);
    assertEquals("almost", q.qualifier());
    // evinfo.info/uk-electric-car-number-cross-500000-mark/ (the rule it generalizes)
    assertEquals(500000, quantity("More than half a million battery electric vehicles (BEVs) are on UK roads, statistics have revealed.",
        "More than half a million battery electric vehicles").value(), 1e-6);
    assertEquals(750000, quantity("The scheme has paid out to three-quarters of a million households so far.",
        "three-quarters of a million households").value(), 1e-6);
  }

  @Test
  void aFractionOfAWholeIsAShareUnlessAVerbMakesItAChange() {
    // energylivenews.com (as above)
    assertEquals(Kind.SHARE, one("Almost a quarter", "Almost a quarter of these EVs were registered this year, the authors of the report have suggested.").kind());
    assertEquals(Kind.SHARE, one("a quarter", "Of the electric vehicle chargers being installed, a quarter are high-powered devices.").kind());
    Figure change = one("almost a quarter", "New registrations increased by almost a quarter in the first half of the year.");
    assertEquals(Kind.CHANGE, change.kind());
    assertEquals("up", change.direction());
    assertNull(change.basis());
  }
}
