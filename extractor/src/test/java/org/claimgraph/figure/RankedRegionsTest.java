package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A region named as the scope of a rank ("the largest lithium producer in Africa", "Africa's top producer") describes the
 * subject, not where the figure is counted: the subject's country stays the place (devset/GUIDELINES.md, "Places").
 */
class RankedRegionsTest {

  @Test
  void aCountryRankedInItsContinentKeepsItsFigures() {
    // TRT World (fresh16): Zimbabwe's lithium exports
    assertEquals(List.of("ZW"), Texts.place(LocalDate.of(2026, 1, 20), "1.128 million tonnes",
        "Zimbabwe is the largest lithium producer in Africa and exported 1.128 million tonnes of lithium-bearing spodumene concentrate in 2025, up 11 percent from a year before, with the bulk of the exported volume shipped to China."));
    // AllAfrica (fresh16): the rank after the region's possessive
    assertEquals(List.of("ZW"), Texts.place(LocalDate.of(2026, 1, 20), "11%",
        "Zimbabwe is Africa's leading producer of lithium, having exported 1.128 million metric tons of lithium-bearing spodumene concentrate last year, signifying an 11% increase from 2024."));
  }

  @Test
  void outsideTheDevset() {
    // Reuters via marketscreener.com, 3 October 2018 ("Congo copper output seen up 12 pct to 1.2 mln T")
    assertEquals(List.of("CD"), Texts.place(LocalDate.of(2018, 10, 3), "1.2 million tonnes",
        "Copper production in Democratic Republic of Congo, Africa's top producer, is expected to rise 11.6 percent to 1.2 million tonnes by end-2018, the Chamber of Mines said in a presentation on Wednesday."));
    // Daily Trust via pressreader.com, 16 January 2014
    assertEquals(List.of("ZM"), Texts.place(LocalDate.of(2014, 1, 16), "915,773 tonnes",
        "Copper production in Zambia, Africa’s largest producer of the metal, rose to 915,773 tonnes between January and November 2013, from 755,359 tonnes in the corresponding period of 2012, the central bank said yesterday."));
    // mining.com, 2020 ("Zambia’s copper output increases amid foreign debt default")
    assertEquals(List.of("ZM"), Texts.place(LocalDate.of(2020, 11, 2), "646,111 tonnes",
        "Zambia, Africa’s second-largest copper miner, produced 646,111 tonnes of the metal in the first nine months of 2020, up from 590,321 tonnes in the same period last year, official figures show."));
  }

  @Test
  void aRegionTheFigureIsCountedInStaysRegional() {
    // A time after "first" is no rank: the region is where the sales were counted.
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 8, 1), "20%",
        "Sales of electric cars rose 20% in the first half in Europe, the industry body said."));
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 8, 1), "1.2 million",
        "Electric car sales in Europe reached 1.2 million in the first half, the industry body said."));
  }

  /** A German page: a region figure there keeps no country, as plain "Sales in Europe rose 12%" does. */
  private static final String GERMAN = "Germany's electric car sales rose 20% to 40,000 units in March, the KBA said.";

  @Test
  void aPluralRankIsASetCountedInTheRegion() {
    // review30a: a plural head ranks markets counted in Europe, not the page's subject; before, each took the page's DE.
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 4, 5), "12%",
        GERMAN, "Sales in the main markets of Europe rose 12% in March, ACEA said."));
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 4, 5), "250,000 electric cars",
        GERMAN, "The top ten markets in Europe sold 250,000 electric cars in March."));
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 4, 5), "300,000 units",
        GERMAN, "In the first three months in Europe, sales rose 12% to 300,000 units."));
    // The control: the region unranked.
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 4, 5), "12%", GERMAN, "Sales in Europe rose 12% in March, ACEA said."));
  }

  @Test
  void oneOfThePluralRankStillRanksTheSubject() {
    // mining.com style: "one of the largest producers in Africa" ranks Zambia itself.
    assertEquals(List.of("ZM"), Texts.place(LocalDate.of(2020, 11, 2), "646,111 tonnes",
        "Zambia, one of the largest copper producers in Africa, produced 646,111 tonnes of the metal in the first nine months of 2020."));
    // A singular head before a plural object: "the largest exporter of cars in Europe" ranks Germany.
    assertEquals(List.of("DE"), Texts.place(LocalDate.of(2024, 4, 5), "3.1 million cars",
        "Germany, the largest exporter of cars in Europe, shipped 3.1 million cars abroad in 2023."));
  }
}
