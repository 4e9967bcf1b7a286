package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate of counted vehicles is in vehicles per time, whatever noun names them: "150,000 cars per year" is
 * vehicle/year, as "1 million EVs per year" is (GUIDELINES.md: every counted vehicle is {@code vehicle}; the open gold has
 * vehicle/year in 5 publishers, two of them written "cars", f9-e-06 irishtimes and f11-e-03 nevsedoma, which were read
 * car/year). Sentences of publishers outside the development set; the expected units were written before the rule.
 */
class VehicleRatesTest {

  private static final LocalDate DATE = LocalDate.of(2022, 3, 29);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // pilotonline.com/business/vp-nw-electric-carmaker-north-carolina-20220329-t4ylii62anegvjss7av5omhegm-story.html
      "The plant is planned to be able to manufacture 150,000 cars per year.|150,000 cars per year|vehicle/year",
      // asiatimes.com/2018/07/tesla-seals-deal-for-shanghai-plant-to-make-500000-cars-a-year/
      "Tesla seals deal for Shanghai plant to make 500,000 cars a year.|500,000 cars a year|vehicle/year",
      // diki.es (example sentences for "car plant")
      "By 2009, the car plant produced 300,000 cars a year and employed up to 3,000 employees.|300,000 cars a year|vehicle/year",
      // chargedevs.com/newswire/gac-completes-factory-for-evs-and-self-driving-cars/ (already right: stays)
      "Chinese automaker GAC Motor has completed construction of a Guangzhou-based factory where it hopes to produce 200,000 EVs"
          + " annually.|200,000 EVs annually|vehicle/year",
      // industryweek.com/leadership/companies-executives/article/21946614/gm-to-build-new-plant-in-india (already right: stays)
      "The $300 million facility, located in the city of Talegaon, will have an annual production capacity of 140,000 vehicles"
          + " per year according to a company statement.|140,000 vehicles per year|vehicle/year"})
  void aRateOfCarsIsVehiclesPerYear(String sentence, String quote, String unit) {
    Figure f = PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote);
    assertEquals(unit, f.quantity().unit());
  }
}
