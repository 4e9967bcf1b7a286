package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subsidy per kilowatt-hour of battery ("a demand incentive of ₹5,000 per kWh") is no market's price: the government
 * that pays it in its own currency is its place (currency-markets.tsv), as for India's FAME-II and PM E-DRIVE rates
 * (devset/GUIDELINES.md "Places": a quota → the country that sets it). Sentences of publishers outside the devset (search
 * tool, corpus pages), read alone; the expected places were written down before the rule.
 */
class SubsidyRatesTest {

  @Test
  void aRupeeIncentivePerKilowattHourIsIndias() {
    // powerline.net.in (2023-05-24, "Government reduces FAME-II subsidy on electric two-wheelers from June 1").
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2023, 5, 24), "Rs 10,000 per kWh",
        "For electric two-wheelers, the demand incentive will be Rs 10,000 per kWh."));
    // deccanherald.com (2023-08-18, "EVs need subsidy to grow in India").
    String raised = "During the same period, the Ministry of Heavy Industries raised the incentives from Rs 10,000/kWh to Rs 15,000/kWh of battery capacity.";
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2023, 8, 18), "Rs 10,000/kWh", raised));
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2023, 8, 18), "Rs 15,000/kWh", raised));
    // livemint.com (2021-09-01, "Four Tesla models get green signal in India").
    String livemint = "The Department of Heavy Industries also announced a 50% increase in incentives for electric two-wheelers to ₹15,000 per "
        + "kilowatt-hour from ₹10,000 per kWh.";
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2021, 9, 1), "₹10,000 per kWh", livemint));
  }

  @Test
  void aSubsidyPerKilowattHourOfTheNewScheme() {
    // newsdrum.in (PTI, 2024-09-12): the PM E-DRIVE rates.
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2024, 9, 12), "Rs 5,000 per kilowatt hour",
        "Addressing a media briefing, Kumaraswamy said the subsidy under the PM E-DRIVE Scheme for electric two-wheelers has been fixed based on "
            + "battery power at Rs 5,000 per kilowatt hour but the overall incentive will not exceed Rs 10,000 in the first year."));
    // electricvehicles.in (2023-05-29, "Electric two-wheelers become cheaper in India-FAME II incentives").
    String rate = "Earlier the subsidy rate for electric two-wheelers was Rs 10,000/kWh and now it is Rs 15,000/kWh.";
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2023, 5, 29), "Rs 10,000/kWh", rate));
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2023, 5, 29), "Rs 15,000/kWh", rate));
  }

  @Test
  void aMarketPricePerWattHourIsNoSubsidy() {
    // pv-magazine.com (2024-03-07): a cell price in yuan per Wh names no subsidy; whether it names China stays the open call of
    // devset/gold/CORRECTIONS-fresh2.md (f2-e-07), which this rule does not reach.
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 3, 7), "CNY 0.4/Wh",
        "Now, as reported by CnEVPost, large EV battery buyers are acquiring cells at CNY 0.4/Wh, representing a price decline of 50% to 56%."));
  }
}
