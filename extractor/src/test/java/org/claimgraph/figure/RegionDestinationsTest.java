package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exports to a region are the exporter's figure: the region goes into the measure, the exporter stays the place
 * (devset/GUIDELINES.md: a region without a code goes into the measure). A region the figure is in or of stays without
 * place. Sentences of publishers outside the devset, found with the search tool's pages.
 */
class RegionDestinationsTest {

  @Test
  void chinasEvExportsToRegionsAreChinas() {
    // qazinform.com (Qazinform News Agency), customs data on China's EV exports
    LocalDate d = LocalDate.of(2025, 12, 20);
    String lead = "China exported 199,836 electric vehicles worldwide in November, an 87% increase compared with the same month last year, Qazinform News Agency correspondent reports.";
    String data = "Data from China’s General Administration of Customs highlighted continued growth in overseas demand for Chinese-made electric vehicles, with Asia remaining the largest destination by volume, while Latin America showed the fastest year-on-year growth rate.";
    assertEquals(List.of("CN"), Texts.place(d, "4,632 units", lead, data,
        "Exports to the European Union rose 39% year-on-year to 25,792 vehicles in November, while shipments to Africa increased 134% to 4,632 units."));
    assertEquals(List.of("CN"), Texts.place(d, "6,348 vehicles", lead, data, "Deliveries to Oceania climbed 70% to 6,348 vehicles."));
    assertEquals(List.of("CN"), Texts.place(d, "686 units", lead, data,
        "In contrast, exports to North America declined 46% year-on-year to 686 units, according to the data."));
    // singaporeinsight.com (Singapore Insight): "Exports to the region"
    assertEquals(List.of("CN"), Texts.place(d, "283%",
        "In November alone, overseas shipments of Chinese-made EVs jumped 87% from a year earlier — a clear sign that demand is accelerating well beyond China’s borders.",
        "Exports to the region more than tripled, soaring 283% from last year to over 35,000 vehicles."));
    assertEquals(List.of("CN"), Texts.place(d, "71%",
        "In November alone, overseas shipments of Chinese-made EVs jumped 87% from a year earlier — a clear sign that demand is accelerating well beyond China’s borders.",
        "Asia continued to lead the way. Exports to the region rose 71% year over year, reaching more than 110,000 vehicles in November."));
  }

  @Test
  void germanysExportsToTheMembersOfAseanAreGermanys() {
    // thematterspress.com (The Matters Press), 2023: GTAI data
    assertEquals(List.of("DE"), Texts.place(LocalDate.of(2023, 8, 24), "$16 billion",
        "As reported by the German Foreign Trade and Investment Agency (GTAI), Germany shipped goods worth $16 billion to the members of the Association of Southeast Asian Nations (ASEAN)."));
  }

  @Test
  void aFigureInARegionStaysWithoutPlace() {
    // Negative: greenwatchbd.com (IPS): the fleet "in the region" is Latin America's, no country's.
    assertEquals(List.of(), Texts.place(LocalDate.of(2025, 8, 7), "444,071",
        "Over the past four years, the number of light electric vehicles in the region has nearly doubled annually, with a 187% increase in 2024, reaching 444,071 by year-end, according to the Latin American Energy Organization (Olade), which excludes non-plug-in hybrids in its data."));
  }
}
