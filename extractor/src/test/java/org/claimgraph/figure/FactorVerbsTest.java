package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verbs of multiplying in the forms other than the past (kind11, round 11): the infinitive after "to" or a modal ("is
 * expected to quadruple", "set to more than double", "will halve to"), the present ("halves the subsidy", "more than doubles
 * March volumes") and the gerund ("quadrupling the current rate", "halving again"). A factor like "doubled" and "halved":
 * GUIDELINES.md, "Factors". The first runs of fresh, fresh3, fresh6, fresh8 and fresh10 each missed one or more of them.
 * Sentences of publishers outside the development set; the negatives are written for the test.
 */
class FactorVerbsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 5, 10);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // shawnryder.com/biden-set-to-hit-china-evs-with-tariffs-report-says (the Wall Street Journal's report)
      "The tariff rate on electric vehicles is expected to quadruple from roughly 25 percent to 100 percent, The Wall Street Journal reported Friday.|quadruple|4|null|up",
      "Biden plans to levy a 100% tariff on China-made electric vehicles, quadrupling the current rate.|quadrupling|4|null|up",
      // digital-release.thehill.com/policy/energy-environment/389871-electric-vehicles-on-path-to-triple
      "The number of electric vehicles on the road worldwide is set to triple by the end of the decade.|triple|3|null|up",
      // downshift.ca (BloombergNEF's near-term outlook)
      "The share of electric vehicles in sales of new passenger vehicles is set to more than double globally in the next few years.|more than double|2|more than|up",
      // nuhogames.com/global-demand-for-electric-vehicles-doubling-every-year.html
      "The number of EVs sold worldwide is expected to double every year between 2020 and 2022, according to research by Bloomberg New Energy Finance.|double|2|null|up",
      // stockhouse.com (Trading Economics on lithium carbonate)
      "The overproduction of batteries at the end of 2022 led top battery producer CATL to sell products at a steep discount this year, with the firm expecting carbonate prices to halve in the upcoming months.|halve|0.5|null|down",
      // votarycar.com/news/tesla-announces-it-will-cut-battery-cost-per-kwh-in-half/
      "Tesla has bundled its Battery Day event with a stockholder meeting to announce that it has a plan to halve the cost per kilowatt-hour by building its own cells.|halve|0.5|null|down",
      // rethinkresearch.biz/?p=58087
      "Power batteries will soon fall below $100 per kWh, with a 2030 prospect of halving again.|halving|0.5|null|down",
      // autospies.com (Nikkei on CATL)
      "CATL will invest up to $3.7 billion to quadruple its production capacity for lithium-ion batteries used in cars and storage systems.|quadruple|4|null|up",
      // cen.acs.org/energy/energy-storage-/Tesla-plans-big-US-battery/101/i4
      "Tesla is adding 100 GW h of battery production capacity at its Nevada manufacturing facility, nearly quadrupling its current capacity of 35 GW h.|nearly quadrupling|4|nearly|up",
      // the present tense, written after the devset's shapes ("halves the subsidy", "more than doubles March volumes")
      "The new budget halves the grant for electric vans from April.|halves|0.5|null|down",
      "The new line more than doubles the plant's output.|more than doubles|2|more than|up"})
  void aVerbOfMultiplyingIsAFactor(String sentence, String quote, double value, String qualifier, String direction) {
    Figure f = PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote);
    assertEquals(value, f.quantity().value(), 1e-6);
    assertEquals("factor", f.quantity().unit());
    assertEquals(qualifier, f.quantity().qualifier());
    assertEquals(Kind.CHANGE, f.kind());
    assertEquals(direction, f.direction());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The sensor doubles as a light meter.|doubles",
      "Sales in both halves of the year were flat.|halves",
      "The company reported a double-digit rise in sales.|double",
      "The change is meant to prevent double counting of credits.|double",
      "Analysts expect shares to trade at double digits.|double"})
  void wordsThatMultiplyNothing(String sentence, String word) {
    assertEquals(0, Texts.figures(DATE, sentence).stream()
        .filter(f -> f.evidence().quote().toLowerCase(java.util.Locale.ROOT).contains(word)).count());
  }
}
