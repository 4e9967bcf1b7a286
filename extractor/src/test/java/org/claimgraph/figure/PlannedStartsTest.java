package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A planned plant's output, capacity or capital in a sentence whose one time is when the plant is to start has no period: the
 * year dates the start (GUIDELINES: capacities and plans' amounts without a year keep none). A target "by" a year keeps it.
 */
class PlannedStartsTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void theAmountsOfAPlanStartingInAYearHaveNoPeriod() {
    // Mining Metal News (fresh30 f30-m-12, page of 3 August 2019): the factory's output per year, no period (not 2020).
    String terrafame = "Terrafame's goal is to start in 2020 a factory that produces approximately 150,000 tonnes of nickel sulfate and "
        + "5,000 tonnes of cobalt sulfate per year.";
    assertNull(period(LocalDate.of(2019, 8, 3), "approximately 150,000 tonnes", terrafame));
    assertNull(period(LocalDate.of(2019, 8, 3), "5,000 tonnes", terrafame));
    // Yosefardi (fresh27 f27-m-11): the smelter's capacity and cost, "targeted to operate in 2017", no period.
    String smi = "SMI also plans to build new smelter, phase 3, with capacity of 300,000 tons per year and cost of US$820 million, "
        + "targeted to operate in 2017.";
    assertNull(period(null, "300,000 tons per year", smi));
    assertNull(period(null, "US$820 million", smi));
    // NRI Digital (fresh29 f29-m-12): "First production is targeted for late 2024": the capital has no period.
    assertNull(period(null, "$120.8m", "First production is targeted for late 2024, with an estimated pre-production capital of $120.8m."));
  }

  @Test
  void aTargetByAYearAndAFlowOfTheYearKeepIt() {
    // Automart Africa (fresh5 f5-e-07): a target "by 2025" is the year it is to be reached.
    assertEquals("2025", period(null, "1,000 buses", "Our goal of having 1,000 buses operational in Kenya by 2025 is attainable."));
    // C&EN (2022-09-09): a capacity its own clause starts in a year is that year's.
    assertEquals("2025", period(LocalDate.of(2022, 9, 9), "30,000 metric tons", "Piedmont Lithium aims to build a lithium hydroxide "
        + "plant in eastern Tennessee. The company says the $600 million facility would have 30,000 metric tons of annual capacity "
        + "starting in 2025."));
    // A year's output stated with the start: no plan.
    assertEquals("2020", period(null, "5,000 tonnes", "The mine produced 5,000 tonnes in 2020, its first full year of operation."));
  }
}
