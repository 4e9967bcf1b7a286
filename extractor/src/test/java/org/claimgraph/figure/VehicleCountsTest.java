package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counted vehicles are {@code vehicle} (GUIDELINES.md, fresh5 calls: "buses, motorcycles and e-bikes are vehicle"; the gold
 * writes no other counted vehicle), sales and registrations in news about vehicles count vehicles, and a count per month
 * is the month's count ("59,000 units per month" → vehicle) while a count per year stays a rate. Sentences of publishers
 * outside the development set, with the expected unit decided from the guidelines before the rule was written.
 */
class VehicleCountsTest {

  private static final LocalDate DATE = LocalDate.of(2023, 4, 20);
  /** A second paragraph that makes the article one about vehicles, as the pages these sentences come from are. */
  private static final String CAR_NEWS = "Electric cars and other vehicles are selling fast as carmakers cut EV prices.";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // vroumekes.com/motorhome/which-city-has-most-electric-buses.html
      "Moscow has put more than 1,000 electric buses on the road.|more than 1,000 electric buses|vehicle",
      // automotoworld.info/tag/electric-motorcycles/
      "This country plans to put 2 million electric motorcycles on the road in the next 3 years.|2 million electric motorcycles|vehicle",
      // rms-recruitment.co.uk (Guardian rewrite, June 2018)
      "Nearly 4,000 plug-in hybrids, which typically run for about 50 miles on a battery, were bought last month, up from 2,301 in May 2017.|Nearly 4,000 plug-in hybrids|vehicle",
      // theicct.org (two-wheeler market, January–October 2025)
      "India and China were the largest markets, accounting for 28 million sales.|28 million sales|vehicle",
      // fuelincluded.com/2015/10/in-september-2015-plug-in-car-sales-reach-second-highest-total
      "Monthly sales of new plug-in cars reached their second highest point ever, with 3,912 registrations in September 2015.|3,912 registrations|vehicle",
      // archive.cyprus-mail.com/?p=58049 (Cystat)
      "Motorbikes over 50cc also decreased by 19 per cent to 868 registrations between January and June this year.|868 registrations|vehicle",
      // thehindu.com/news/cities/Delhi/vat-dept-asked-to-find-out-erickshaw-numbers/article5958941.ece: rickshaws are
      // vehicles (GUIDELINES.md, fresh22 call 34)
      "While there is an assumption of around one lakh battery-operated rickshaws currently being operational in the city, Chief Secretary S. K. Srivastava has now asked the Value Added Tax Department to ascertain their number.|around one lakh battery-operated rickshaws|vehicle",
      // cj3b.info/World/MahindraImport.html: jeeps are vehicles
      "A February 1997 U.S. Customs auction in New Orleans offered 70 confiscated non-compliant Mahindra Jeeps apparently intended for Dolly Parton's Dollyland theme park.|70 confiscated non-compliant Mahindra Jeeps|vehicle",
      // livemint.com (Vahan data, 2023): a monthly average is the month's count
      "Official data shows that Indians have bought 278,000 EVs since January this year with an average of over 90,000 EVs per month.|over 90,000 EVs per month|vehicle"})
  void countedVehiclesAreVehicles(String sentence, String quote, String unit) {
    Figure f = PeriodRulesTest.figure(Texts.figures(DATE, sentence, CAR_NEWS), quote);
    assertEquals(unit, f.quantity().unit());
  }

  @Test
  void salesOutsideVehicleNewsAndRatesPerYearStay() {
    // a negative: sales of a retailer in an article about furniture stay sales
    Figure sofas = PeriodRulesTest.figure(Texts.figures(DATE, "The retailer recorded 5,000 sales of sofas in the quarter."), "5,000 sales");
    assertEquals("sale", sofas.quantity().unit());
    // capacities per year keep their rate (GUIDELINES.md, fresh5 corrections: "1 million EVs per year" is vehicle/year)
    assertEquals("vehicle/year", VehicleCounts.unit("vehicle/year", true));
    assertEquals("tonne/month", VehicleCounts.unit("tonne/month", true));
    assertEquals("vehicle", VehicleCounts.unit("vehicle/month", false));
  }

  @Test
  void everyRowIsAlwaysOrVehicleTextAndSorted() {
    List<Map<String, String>> rows = VehicleCounts.rows();
    for (Map<String, String> row : rows) {
      assertTrue(List.of("always", "vehicle-text").contains(row.get("when")), row.toString());
      assertEquals("always".equals(row.get("when")) ? "vehicle" : row.get("noun"), VehicleCounts.unit(row.get("noun"), false), row.toString());
      assertEquals("vehicle", VehicleCounts.unit(row.get("noun"), true), row.toString());
    }
    List<String> nouns = rows.stream().map(r -> r.get("noun")).toList();
    assertEquals(nouns.stream().sorted().toList(), nouns);
  }
}
