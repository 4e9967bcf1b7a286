package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page whose lede names no country but the world after its figure ("More than 1.7 million units were sold globally in
 * October"), or whose opening names the world and no country before a lede naming none, is about the world's market: its
 * figures that name no place are the world's, not its most named country's ({@link WorldPages#ofOpening}). Pages of
 * publishers outside the devset (search tool, corpus pages); the expected places were written down before the rule.
 */
class WorldOpeningsTest {

  @Test
  void aTrackersLedeNamingTheWorldAfterItsFigure() {
    // greencarcongress.com (Green Car Congress), 2019-09-24: Adamas Intelligence's "State of Charge" report.
    LocalDate d = LocalDate.of(2019, 9, 24);
    String[] page = {
        "From 2018 H1 through 2019 H1, the growing popularity of long-range BEVs with high-capacity batteries resulted in a 52% increase in the "
            + "amount of lithium carbonate and lithium carbonate equivalent (LCE) deployed globally per EV, from 7.7 kg to 11.7 kg, according to a new "
            + "biannual report from Adamas Intelligence, titled State of Charge: EVs, Batteries and Battery Materials.",
        "The report also finds that in 2019 H1, 27,350 tonnes of battery-grade nickel were deployed globally in batteries of all newly-sold passenger "
            + "EVs combined, an increase of 78% over the amount deployed in 2018 H1. Over the same period, nickel deployment in BEVs increased 119% "
            + "year-over-year to 20,600 tonnes in 2019 H1 on the back of the industry’s ongoing shift to higher-nickel cathode chemistries, while nickel "
            + "deployment in PHEV and HEV batteries increased a mere 8% and 13%, respectively, versus 2018 H1 due to weak sales-growth.",
        "Further, in 2019 H1, 7,200 tonnes of battery-grade cobalt were deployed globally in batteries of all newly-sold passenger EVs combined, an "
            + "increase of 81% over the amount deployed in 2018 H1. Over the same period, cobalt deployment in BEVs increased 107% year-over-year to "
            + "6,100 tonnes in 2019 H1 resulting from strong BEV sales and steadily increasing average pack capacity.",
        "Asia-Pacific was responsible for deployment of 61% of all cobalt used globally in EV batteries in 2019 H1, up from 50% in 2018 H1, as key "
            + "Chinese cell suppliers increasingly shift from cobalt-devoid LFP cathodes to cobalt-bearing NCM cathodes."};
    assertEquals(List.of(), Texts.place(d, "52%", page));
    assertEquals(List.of(), Texts.place(d, "119%", page));
    assertEquals(List.of(), Texts.place(d, "20,600 tonnes", page));
    assertEquals(List.of(), Texts.place(d, "107%", page));
    assertEquals(List.of(), Texts.place(d, "6,100 tonnes", page));
  }

  @Test
  void aConsultancysMonthlyWorldSales() {
    // automotiveworld.com (Automotive World), 2024-11-13: Rho Motion's October figures; China's own figures keep CN.
    LocalDate d = LocalDate.of(2024, 11, 13);
    String[] page = {
        "Electrification has experienced many setbacks in 2024, yet London-based consultancy Rho Motion reported on 13 November that electric "
            + "vehicle (EV) sales records are still being set. More than 1.7 million units were sold globally in October, a 3% increase on the "
            + "previous month, which was also the former high-water mark.",
        "“The global EV market is now picking back up again, hitting record sales for the second month in a row,” said Charles Lester, Data "
            + "Manager at Rho Motion. However, progress is not uniform around the world. While China scored 38% growth (8.4 million units) during the "
            + "period January-October compared to last year, North America registered a more modest 9% (1.4 million). Meanwhile, European EV sales "
            + "actually declined 2% (2.5 million)."};
    assertEquals(List.of(), Texts.place(d, "More than 1.7 million units", page));
    assertEquals(List.of(), Texts.place(d, "3%", page));
    assertEquals(List.of("CN"), Texts.place(d, "38%", page));
  }

  @Test
  void aDeploymentTrackersShares() {
    // chargedevs.com (Charged EVs), 2020: "95.6 GWh of EV battery capacity deployed in 2019" (Adamas Intelligence), with the
    // page's closing line on China to give it a most named country.
    LocalDate d = LocalDate.of(2020, 2, 20);
    String[] page = {
        "In 2019, 95.6 GWh of battery capacity was deployed globally in new passenger EVs, an increase of 30% over the prior year, according to a "
            + "tracking system developed by Adamas Intelligence.",
        "Asia Pacific led the pack with 50.9 GWh deployed, an increase of 27% year-over-year.",
        "At the global level in 2019, fully electric BEVs were responsible for 90% of all passenger vehicle battery capacity deployed, followed by "
            + "plug-in hybrids with 7% and hybrids with the remaining 3%.",
        "SEE ALSO: Nickel, cobalt, and manganese use continues to grow, despite slowdown in global EV market"};
    assertEquals(List.of(), Texts.place(d, "95.6 GWh", page));
    assertEquals(List.of(), Texts.place(d, "30%", page));
    assertEquals(List.of(), Texts.place(d, "90%", page));
  }

  @Test
  void theOpeningDecidesOnlyWhereNoCountryOrCompanyOwnsTheLede() {
    // The ledes read alone (the flags as FigureExtractor sets them: whether the text names a country or a company).
    // automotiveworld.com's lede above: the world after the figure makes the page the world's.
    org.junit.jupiter.api.Assertions.assertTrue(WorldPages.ofOpening("", "More than 1.7 million units were sold globally in October, a 3% "
        + "increase on the previous month, which was also the former high-water mark.", false, false));
    // electriquity.com: an opening naming the world before a lede that names none.
    org.junit.jupiter.api.Assertions.assertTrue(WorldPages.ofOpening("After a stellar performance in September, global EV and PHEV sales hit a new "
        + "record last month.", "Over 1.7 million all-electric and plug-in hybrid vehicles were sold in October globally.", false, false));
    // auto.hindustantimes.com (2021-07-21): a carmaker's worldwide deliveries are the company's, not the world's.
    org.junit.jupiter.api.Assertions.assertFalse(WorldPages.ofOpening("", "Volkswagen brand was the leader in the electric vehicle segment as it "
        + "delivered 92,859 BEVs worldwide in the first half of 2021.", false, true));
    // frominsideasia.com: a lede naming China is China's page as much as the world's.
    org.junit.jupiter.api.Assertions.assertFalse(WorldPages.ofOpening("", "About three-quarters of the 1.2 million EVs and hybrids sold worldwide "
        + "in February were delivered in China, according to Rho Motion.", false, true));
  }
}
