package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /**
   * A fraction as the subject of its clause or restated after it (value9; fresh8 "More than two-thirds said …, three-quarters
   * had range anxiety", fresh6 "more than three quarters (75.9%) of BEV registrations", "nearly half or 45.55 percent"): a share
   * of the people or things named before. Outside sentences: Harris Interactive (901am.com, insideevs.com), Consumer Reports
   * and the Union of Concerned Scientists (info.5y1.org), a small-business survey (usa.xorte.com), Volvo's Harris poll
   * (electrek.co); the negative is written for the test.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // 901am.com/?p=10475
      "Most said their buying habits are unchanged and one quarter said they’ve actually increased their purchase of green goods.|one quarter|25|",
      // usa.xorte.com (Small Businesses Want Local Government Support)
      "Nearly three-quarters (72 percent) would recommend their city to other businesses.|Nearly three-quarters|75|nearly",
      // info.5y1.org (Consumer Reports EV survey 2019)
      "Over a third (36 percent) of all prospective car buyers in the U.S. would consider buying (31 percent) or definitely buy (5 percent) a PEV within the next two years.|Over a third|33.33|over",
      // insideevs.com/poll-electric-vehicle-interest-on-the-rise/ (Harris Poll)
      "Just over one-fourth (27%) would consider a plug-in hybrid, two in ten (19%) an electric vehicle and 16% would consider a diesel vehicle.|Just over one-fourth|25|just over",
      // electrek.co/2019/02/27/survey-drivers-evs-future
      "Three-fourths of EV drivers agreed that the long-term savings on gas outweigh the higher upfront price tag.|Three-fourths|75|"})
  void aFractionThatIsTheSubjectIsAShare(String sentence, String quote, double value, String qualifier) {
    Figure f = one(quote, sentence);
    assertEquals(value, f.quantity().value(), 0.01);
    assertEquals("percent", f.quantity().unit());
    assertEquals(Kind.SHARE, f.kind());
    assertEquals(qualifier, f.quantity().qualifier());
  }

  @Test
  void threeQuartersOfAWholeAreAShareOfIt() {
    // greenfleet shape (fresh6) written again: "three quarters" with a space, the exact share in brackets
    Figure f = one("more than three quarters", "Fleet deliveries rose to account for more than three quarters (75.9%) of BEV registrations.");
    assertEquals(75, f.quantity().value(), 1e-9);
    assertEquals(Kind.SHARE, f.kind());
    // written for the test: "More than three quarters of" at a sentence start
    assertEquals(75, one("More than three quarters", "More than three quarters of respondents said they would consider an electric car.")
        .quantity().value(), 1e-9);
    // negatives: three quarters of a year stay a span, no share
    assertTrue(Texts.figures(LocalDate.of(2022, 10, 6), "In the first three quarters of the year, sales rose 5% to 1.2 million cars.").stream()
        .noneMatch(x -> x.quantity().unit().equals("percent") && x.quantity().value() == 75));
    assertTrue(Texts.figures(LocalDate.of(2022, 10, 6), "Sales fell in three quarters of 2023, the company said.").stream()
        .noneMatch(x -> x.quantity().unit().equals("percent") && x.quantity().value() == 75));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a fraction of a level is a multiple of it, no share (written for the test after the devset's shapes)
      "The oxide now sells at less than one fourth the level of its peak last year.",
      "The tax will be levied at half the normal rate for two years.",
      "After the export controls, the first six months saw only one-fourth of last year’s level clear customs."})
  void aFractionOfALevelIsNoShare(String sentence) {
    assertTrue(Texts.figures(LocalDate.of(2022, 10, 6), sentence).stream().noneMatch(x -> x.quantity().unit().equals("percent")));
  }

  @Test
  void aQuarterOfTimeIsNoShare() {
    // written for the test: "in a quarter" is a span of time
    String sentence = "The plant can produce as much in a quarter as it did in a year, the company said.";
    assertTrue(Texts.figures(LocalDate.of(2022, 10, 6), sentence).stream().noneMatch(f -> f.quantity().unit().equals("percent")));
  }
}
