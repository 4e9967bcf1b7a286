package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which end of a flow a country is where the sentence names the importer by "imported by" or the buyer by "destination":
 * a flow lists origin then destination (devset/GUIDELINES.md "Places"). "by" after a verb of buying names the importer, not an
 * origin ("55% of the lithium imported by the USA came from Argentina" → [AR, US]); the country whose goods have
 * "destinations" is the origin and the country that "leads the export destinations" the destination ("China leads the export
 * destinations for Chile’s copper with US$29.9 billion" → [CL, CN]).
 */
class FlowOrderPlacesTest {

  @Test
  void importedByNamesTheImporter() {
    // datamarnews (f23-m-07, devset): the USA imports, Argentina supplies.
    String datamar = "The study underlined that the country is the main supplier of lithium to the USA, and based on official data, it "
        + "specified that between 2016 and 2019, 55% of the lithium imported by the USA came from Argentina, followed by Chile (36%) "
        + "and China (5%).";
    assertEquals(List.of("AR", "US"), Texts.place(LocalDate.of(2022, 3, 1), "55%", datamar));
    // Outside the devset: a sentence of the same shape after the datamar/greencarcongress report (US imports of lithium, 2016-2019).
    String outside = "From 2016 to 2019, 36% of the lithium imported by the United States came from Chile.";
    assertEquals(List.of("CL", "US"), Texts.place(LocalDate.of(2022, 2, 15), "36%", outside));
  }

  @Test
  void exportDestinationsForACountrysGoods() {
    // britcham (f26-m-03, devset): Chile exports copper, China leads its destinations.
    String britcham = "China leads the export destinations for Chile’s copper with US$29.9 billion, followed by the USA (US$6.7 "
        + "billion), Japan (US$4.5 billion), South Korea (US$3.7 billion) and Brazil (US$2.2 billion).";
    assertEquals(List.of("CL", "CN"), Texts.place(LocalDate.of(2022, 6, 1), "US$29.9 billion", britcham));
  }

  @Test
  void byOfAnExporterStaysAnOrigin() {
    // Negative: "by" after a verb of producing or sending still names the origin (asianmetal-style shape).
    String produced = "Cobalt produced by the Democratic Republic of Congo made up 70% of China's imports in 2023.";
    assertEquals("CD", Texts.place(LocalDate.of(2024, 1, 20), "70%", produced).get(0));
  }
}
