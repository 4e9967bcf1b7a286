package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company's own figures get its country (devset/GUIDELINES.md, "Places": "Company results: the company's country"), for
 * the companies of companies.tsv added in round 7 (VinFast → VN, Ather Energy and Hero Electric → IN), whose pages often
 * name no country at all. Sentences of publishers outside the devset (search tool, corpus pages).
 */
class NamedCompanyHomesTest {

  @Test
  void vinFastsDeliveriesAreVietnams() {
    // americanewsdigest.com (America News Digest), 2024: VinFast's third-quarter deliveries.
    assertEquals(List.of("VN"), Texts.place(LocalDate.of(2024, 10, 23), "21,912 electric vehicles",
        "VinFast reported a total delivery of 21,912 electric vehicles (EVs) in the third quarter of the year, marking a substantial year-over-year growth of 116% and a quarter-over-quarter increase of 66%."));
    // thebharatexpressnews.com (The Bharat Express News, Reuters copy), 2023: "Vietnamese electric vehicle maker" names the
    // firm's home, not a market (PlaceResolver), and the lexicon gives the same country.
    assertEquals(List.of("VN"), Texts.place(LocalDate.of(2023, 9, 18), "9,535 vehicles",
        "(Reuters) -Vietnamese electric vehicle maker VinFast said on Monday it had delivered 9,535 vehicles in the second quarter, a more than fivefold increase from the first quarter."));
  }

  @Test
  void indianTwoWheelerMakersSalesAreIndias() {
    // newsdrum.in (NewsDrum / PTI), 2024-10-31
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2024, 10, 31), "over 20,000 scooters",
        "Ather Energy on Thursday said it has recorded its highest-ever monthly dispatches in October, with over 20,000 scooters being shipped across the country."));
    // latestly.com (LatestLY / PTI), 2021-11-01
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2021, 11, 1), "6,366 units",
        "Electric two-wheeler maker Hero Electric on Monday reported a multi-fold increase in sales of high-speed scooters at 6,366 units in October."));
  }

  @Test
  void aShipmentToANamedMarketKeepsItsDestination() {
    // Negative: autospies.com (AutoSpies), 2022: VinFast's first exports; the destination the sentence names stays beside
    // the exporter (devset/GUIDELINES.md, "Places": exporter first, destination second: [VN, US]); the home does not replace
    // it. (The exporter VN is not added yet: the company is no country of the flow's clause; round 7's report, still weak.)
    List<String> place = Texts.place(LocalDate.of(2022, 11, 25), "no less than 999 examples",
        "VinFast is celebrating the first batch of exports of its electric VF 8 SUV with no less than 999 examples bound for the United States.");
    assertTrue(place.contains("US"), place.toString());
  }
}
