package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Units" sold or registered by a vehicle maker are vehicles (devset/quantities/GUIDELINES.md: "units" when the units are
 * vehicles), also where the sentence names only the maker ("TVS Motor", "Hero MotoCorp") or the kind of vehicle ("e-scooter",
 * "two-wheeler"). Sentences of publishers outside the development set; the negative keeps generic units a count.
 */
class VehicleUnitsTest {


  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // ethergalaxytradinghub.com/news/1252.html (a rewrite of Autocar India's November 2024 e2W report)
      "TVS Motor sold 26,971 units in November, up 41% YoY with a market share of 23%.|26,971 units|26971|vehicle",
      "Smart e-scooter maker Ather Energy sold 12,741 units in November, up 36% YoY.|12,741 units|12741|vehicle",
      "Hero MotoCorp registered retail sales of 7,309 units, its second highest monthly numbers this year.|7,309 units|7309|vehicle",
      // evfy.in/news/ev-two-wheeler-sales-november-2025--ola-slips-to-5th-position
      "Bajaj Auto secured second place with 25,527 units, a decline from its impressive October 2025 performance.|25,527 units|25527|vehicle",
      // stgcms.storyboard18.com (Moneycontrol): two-wheeler sales in lakh units
      "As per the poll, TVS Motor's auto sales may increase by 30 percent to 3.14 lakh units.|3.14 lakh units|314000|vehicle",
      // a negative: units of a product that is no vehicle stay a count
      "The factory shipped 40,000 units of battery storage systems last year.|40,000 units|40000|count"})
  void unitsOfVehicleMakers(String sentence, String quote, double value, String unit) {
    Quantity q = Texts.quantity(sentence, quote);
    assertEquals(value, q.value(), 1e-6);
    assertEquals(unit, q.unit());
  }
}
