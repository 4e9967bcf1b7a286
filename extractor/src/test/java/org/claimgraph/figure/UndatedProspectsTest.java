package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A figure stated as a prospect (a plan, a forecast, a possibility: "will produce", "aims to set up", "could save") in a sentence
 * that states no time takes no period from the text around it (GUIDELINES: targets and plans' amounts without a year keep none).
 * A figure before the prospect word, or in a sentence naming a year, a month or "now", keeps what it had.
 */
class UndatedProspectsTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  private static boolean undated(String sentence, String quote) {
    return UndatedProspects.undated(sentence, sentence.indexOf(quote), new PeriodResolver().find(sentence, new PeriodResolver.Context(null, 2023)));
  }

  @Test
  void aPlannedOutputAfterADatedSentenceHasNoPeriod() {
    // Reuters via indonesiaminer (fresh27 f27-m-15, page of 15 February 2023): the plant's output per year, no period, not the
    // page's month the sentence before carries.
    assertNull(period(LocalDate.of(2023, 2, 15), "73,000 to 80,000 tonnes",
        "Nickel miner PT Vale Indonesia broke ground on a ferronickel smelter on Sulawesi island on Friday, an Indonesian senior minister "
            + "said. The Bahodopi project will produce ferronickel with 73,000 to 80,000 tonnes of nickel content per year, Vale has said."));
    // Africa Mining (fresh27 f27-m-09, undated): the project's output over its life, no period (not the month of the stake bought
    // in the sentence before).
    assertNull(period(null, "15.6 million tonnes",
        "Ganfeng completed its acquisition of a 40% stake in the project from Leo Lithium for $342.7 million in May 2023. It is expected "
            + "to produce 15.6 million tonnes of spodumene concentrate over its estimated 23-year lifespan."));
    // Madaraka (fresh31 f31-m-04): "is expecting to produce 40,000 tonnes when production starts", no period.
    assertNull(period(LocalDate.of(2015, 9, 28), "40,000 tonnes",
        "Uranex plans to start production in 2017. A second company, Kibaran, is expecting to produce 40,000 tonnes when production starts."));
  }

  /** A page of April 2024 reporting March, then a prospect after its figures. */
  private static final String MARCH = "In March, sales of electric cars rose 20% to 5,000 units. Tesla delivered 1,200 of them, and the "
      + "company will open two stores. Sales are expected to reach 30,000 units in 2026.";

  @Test
  void aFigureBeforeTheProspectOrInASentenceNamingATimeKeepsItsPeriod() {
    // The levels stated before "will" keep the month the paragraph reports; the forecast naming its year takes it.
    java.util.Map<String, String> expected = java.util.Map.of("5,000 units", "2024-03", "1,200", "2024-03", "30,000 units", "2026");
    expected.forEach((quote, want) -> assertEquals(want, period(LocalDate.of(2024, 4, 10), quote, MARCH), quote));
  }

  @Test
  void aForecastsYearRunsOnToItsPartsAndItsMoves() {
    // A page of 2023 forecasting 2030: the forecast's parts keep 2030 (a carried period after the page's present year).
    assertEquals("2030", period(LocalDate.of(2023, 5, 2), "5,500,000",
        "Electric vehicle sales are expected to reach 6,616,750 units in 2030. Of the units expected to be sold, 5,500,000 will be "
            + "two-wheelers."));
    // A forecast move stated without its year keeps the year of the forecast before it.
    assertEquals("2024", period(null, "35,000 tons",
        "Total imports are forecast to fall 10% in 2024. Imports from Chile will rise by 64%, climbing to 35,000 tons."));
  }

  @Test
  void theRuleReadsProspectsAndNothingElse() {
    // Africa Mining (fresh27 f27-m-09): a length in years is no time.
    assertTrue(undated("It is expected to produce 15.6 million tonnes of spodumene concentrate over its estimated 23-year lifespan.",
        "15.6 million tonnes"));
    assertTrue(undated("If successful, this shift could save Pakistan around $6 billion every year by cutting down fuel imports.",
        "around $6 billion"));
    // Before the prospect word; a sentence with a year in digits, a month, "now"; "that is to say".
    assertFalse(undated("Scooters now hold a 45% market share and are expected to grow significantly.", "45%"));
    assertFalse(undated("Sales rose to 5,000 units and will grow further.", "5,000 units"));
    assertFalse(undated("Our estimate is that China's 2023 HMS import quantity could contain ca. 40,000 t TREO.", "40,000 t"));
    assertFalse(undated("The price could reach $3 next month.", "$3"));
    assertFalse(undated("The firm can now supply 10kg.", "10kg"));
    assertFalse(undated("The remaining bauxite, that is to say 25 million tons, is exported.", "25 million tons"));
  }
}
