package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a page about the world's market ({@link WorldPages}), a flow or quantity whose sentence names no place is the world's:
 * the implied exporter (the page's most named country) is not added to it, as the national carry already is not
 * (devset/GUIDELINES.md, "Places"; GUIDELINES-ev "worldwide" → no place). A sentence naming a country keeps it. Sentences
 * of publishers outside the devset (search tool, corpus pages), in their pages' order; the answers were written down from
 * the guidelines before the rule.
 */
class WorldPageFlowsTest {

  @Test
  void aWorldPagesUnplacedFiguresAreTheWorlds() {
    // mezha.media (Mezha), 2023-12-13: Rho Motion's November world EV sales (a Reuters report retold).
    String[] mezha = {
        "Global sales of battery-electric vehicles (BEVs) and plug-in hybrid electric vehicles (PHEVs) have updated their monthly record. "
            + "This was reported by Rho Motion, a market research company, according to Reuters.",
        "In November of this year, sales of electric vehicles in the world amounted to 1.4 million units. This is a 20% increase compared to "
            + "November last year, when sales were estimated at 1.1 million units.",
        "According to Rho Motion, BEVs accounted for 70% of global electric vehicle sales in November, with PHEVs accounting for the remaining 30%. "
            + "In China, sales grew by 25%, and in the United States and Canada – by 43%."};
    LocalDate november = LocalDate.of(2023, 12, 13);
    String title = "Global sales of electric vehicles increased by 20% due to North America and China";
    assertEquals(List.of(), place(november, title, "20%", mezha));
    assertEquals(List.of(), place(november, title, "1.1 million units", mezha));
    // worldenergy.org.tr (World Energy Council Turkey), 2019: BloombergNEF's battery survey.
    String[] bnef = {"Electric vehicles are forecast to drive world’s demand for energy storage. Global battery prices have fallen 85 percent since "
        + "2010, BloombergNEF reports in its annual Lithium-Ion Battery Price Survey, and storage is forecast to grow to 14 times its current "
        + "level by 2030 as millions of electric vehicles hit the roads. BNEF predicts demand will total 1,851 gigawatt-hours in 2030, up from "
        + "the current 132. EV batteries are expected to account for 84 percent of that."};
    assertEquals(List.of(), place(LocalDate.of(2019, 12, 3), "Global Demand for Batteries Multiplies", "1,851 gigawatt-hours", bnef));
    assertEquals(List.of(), place(LocalDate.of(2019, 12, 3), "Global Demand for Batteries Multiplies", "84 percent", bnef));
  }

  @Test
  void aRegionsFiguresOnAWorldPageAreNoCountrys() {
    // autojournal.africa (Autojournal), 2025-10: Rho Motion's September world EV sales; Europe's figures are a region's.
    String[] page = {
        "Global sales of electric vehicles (EV) surged to 2.1 million units in September, driven by booming demand in China, according to data "
            + "published by Rho Motion. China alone accounted for about 1.3 million of those, more than half the global total.",
        "For the first nine months of 2025, China sold 9.0 million EVs, a 24% increase over the same period last year. Total global EV sales for "
            + "January to September reached 14.7 million, up 26% year-on-year.",
        "Outside China, Europe’s EV market also saw strong growth. In September, 427,000 units were sold there, up 36% from a year earlier and 55% from August."};
    LocalDate date = LocalDate.of(2025, 10, 15);
    // The excerpt has no headline: a neutral one; the lede ("Global sales of …") makes the page the world's.
    String title = "Electric vehicle sales in September";
    assertEquals(List.of(), place(date, title, "427,000 units", page));
    // Negative: the sentence names China; it stays China's.
    assertEquals(List.of("CN"), place(date, title, "9.0 million EVs", page));
  }

  private static List<String> place(LocalDate date, String title, String quote, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figuresUnder(date, title, paragraphs), quote).place();
  }
}
