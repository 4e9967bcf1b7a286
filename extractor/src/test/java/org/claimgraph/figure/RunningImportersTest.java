package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The importer an import figure names runs on to the origin-only import figures after it ("Imports from China will face a
 * steeper decline of 24%" after "the EU will reduce artificial graphite imports by 15%" → [CN, EU]), in the same or the next
 * paragraph (RunningImporters; devset/GUIDELINES.md "Places": imports set the direction, the subject carries over). Open
 * splits: soapboxtrade (f16-m-04, 8 figures).
 */
class RunningImportersTest {

  @Test
  void anOriginOnlyImportTakesTheImporterBeforeIt() {
    // soapboxtrade.substack.com (2024-10-07), f16-m-04: a page mostly about China, the EU's import paragraphs.
    List<Figure> eu = Texts.figuresUnder(LocalDate.of(2024, 10, 7),
        "One Year After China's Graphite Export Controls, the EU Remains Highly Dependent; EU Confirms Tariffs on Chinese E-Cars",
        "In October 2023, China announced export controls on graphite",
        "In 2023, China was the world's leading graphite producer, producing an estimated 77% of total world production. Approximately "
            + "15% of graphite produced in China was amorphous and about 85% was flake.",
        "Artificial Graphite",
        "In 2024, the EU will reduce artificial graphite imports by 15%, dropping to 132,000 tons from 155,000 in 2023. Imports from "
            + "China will face a steeper decline of 24%, falling to 86,000 tons from 113,000, yet still accounting for 65% of the total.");
    assertEquals(List.of("CN", "EU"), PeriodRulesTest.figure(eu, "24%").place());
    assertEquals(List.of("CN", "EU"), PeriodRulesTest.figure(eu, "86,000 tons").place());
  }

  @Test
  void anOutsidePageAndAnImporterNamedInTheSentence() {
    // Outside the devset: steelorbis.com (2024-03-26), "India's coking coal imports from Russia hit peak …": the importer named
    // first → "coking coal imports from Australia" [AU, IN].
    List<Figure> india = Texts.figuresUnder(LocalDate.of(2024, 3, 26),
        "India's coking coal imports from Russia hit peak in April-February of FY 2023-24",
        "India's coking coal imports from Russia during the 11 month period of April-February of the fiscal year 2023-24 have been "
            + "provisionally estimated at 6 million mt, the highest ever, Indian government officials said citing data from the ministry of coal.",
        "In the April-February period of 2023-24, coking coal imports from Australia were an estimated 31 million mt.");
    assertEquals(List.of("AU", "IN"), PeriodRulesTest.figure(india, "an estimated 31 million mt").place());
    // Negative: a sentence naming its own importer keeps it ("Japan's imports from China") after the EU's.
    List<Figure> two = Texts.figuresUnder(LocalDate.of(2024, 10, 7), "Graphite trade",
        "In 2024, the EU will reduce artificial graphite imports by 15%. Japan's imports from China rose 12%.");
    assertEquals(List.of("CN", "JP"), PeriodRulesTest.figure(two, "12%").place());
  }
}
