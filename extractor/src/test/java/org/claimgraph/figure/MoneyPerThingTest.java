package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Money per counted thing is money (MoneyPerThing): the gold of every devset split writes "$4,340 per vehicle" as USD and
 * "$0.14 per share" as AUD, never a currency per counted noun. Sentences of publishers outside the development set, each
 * answer decided by GUIDELINES.md ("Units": the written currency) before the rule was written; prices per tonne and
 * capacities per year keep their per-unit.
 */
class MoneyPerThingTest {

  private static String unit(String quote, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2024, 7, 11), paragraphs), quote).quantity().unit();
  }

  @Test
  void subsidiesPerVehicleAreMoney() {
    // bangkokone.news/cabinet-allocates-b7-12-billion-for-electric-vehicle-subsidies/
    String b1 = "Under the EV 3.0 program, vehicles priced below 2 million baht with batteries smaller than 30 kilowatt-hours (kWh) receive a "
        + "subsidy of 70,000 baht per vehicle, while those with batteries of 30 kWh or larger receive 150,000 baht per vehicle.";
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 12, 10), b1);
    fs.stream().filter(f -> f.evidence().quote().startsWith("70,000 baht") || f.evidence().quote().startsWith("150,000 baht"))
        .forEach(f -> assertEquals("THB", f.quantity().unit(), f.evidence().quote()));
    assertEquals(2, fs.stream().filter(f -> f.evidence().quote().startsWith("70,000 baht") || f.evidence().quote().startsWith("150,000 baht")).count());
    // thaipbsworld.com/government-extends-subsidy-for-ev-buyers-until-2027/
    assertEquals("THB", unit("100,000 baht per car", "The Thai government has agreed to extend the 100,000 baht per car subsidy for buyers of "
        + "electric vehicles (EVs) until 2027, to promote the production and use of EVs in the country."));
    // d33gy59ovltp76.cloudfront.net/news/ev-subsidy-scheme-tallies-25-000-units (Bangkok Post)
    assertEquals("THB", unit("70,000 baht per unit", "Vehicles with a battery capacity of 10 kilowatt-hours (kWh) to 30kWh will receive a "
        + "subsidy of 70,000 baht per unit."));
    assertEquals("THB", unit("18,000 baht per unit", "A BEV motorcycle with a maximum recommended retail price of 150,000 baht receives a "
        + "subsidy of 18,000 baht per unit."));
  }

  @Test
  void pricesPerTonneAndCapacitiesKeepTheirPerUnit() {
    assertNull(MoneyPerThing.currencyPerThing("USD/tonne"));
    assertNull(MoneyPerThing.currencyPerThing("CNY/Wh"));
    assertNull(MoneyPerThing.currencyPerThing("vehicle/year"));
    assertNull(MoneyPerThing.currencyPerThing("USD/year"));
    assertEquals("USD", MoneyPerThing.currencyPerThing("USD/vehicle"));
    assertEquals("AUD", MoneyPerThing.currencyPerThing("AUD/share"));
    assertEquals("THB", MoneyPerThing.currencyPerThing("THB/count"));
  }

  @Test
  void moneyPerDistanceIsMoney() {
    // round 36, GUIDELINES' fresh28 call 29 ("energy costs per km → the currency"): written after two Bangladeshi publishers'
    // reports of one study (bwged, cleanbd: BDT and the taka's sign "Tk"); the emissions per km keep their unit
    assertEquals("BDT", unit("BDT 0.97 per km", "Running an easy bike costs BDT 0.97 per km, far cheaper than a sedan car."));
    assertEquals("BDT", unit("Tk 8.60/km", "A sedan car costs Tk 8.60/km to run, the study found."));
    assertEquals("BDT", unit("Tk 2.15 per kilometre", "Bus services cost Tk 2.15 per kilometre per passenger."));
    assertEquals("gram-per-km", unit("126 grams per kilometre", "Average emissions of new cars fell to 126 grams per kilometre."));
    assertEquals("BDT", MoneyPerThing.currencyPerThing("BDT/km"));
    assertNull(MoneyPerThing.currencyPerThing("gram/km"));
  }
}
