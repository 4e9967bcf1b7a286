package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A result called "quarterly" ("quarterly revenue", "quarterly production of 1,579 tonnes", "its quarterly shipments")
 * on a dated page whose sentence names no quarter: the last quarter completed at the page's date, as "during the
 * quarter" already reads (results are reported after their quarter). Sentences of publishers outside the development
 * set; the expected readings were written down before the rule.
 */
class QuarterlyResultsTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void aQuarterlyResultIsTheLastCompletedQuarter() {
    // https://wkzo.com/2022/07/17/australias-lynas-fourth-quarter-revenue-jumps-on-soaring-rare-earths-demand/ (Reuters via WKZO)
    assertEquals("2022-04/2022-06", period(LocalDate.of(2022, 7, 17), "58%",
        "Australia's Lynas Rare Earths Ltd on Monday posted a 58% rise in quarterly revenue as the miner of essential metals cashed in on soaring global demand for greener sources of power."));
    assertEquals("2022-04/2022-06", period(LocalDate.of(2022, 7, 17), "26.2%",
        "Similarly, the miner's quarterly rare-earths oxide (REO) production fell 26.2% sequentially as the company experienced water supply disruptions in Malaysia, it said."));
    // https://www.australianmining.com.au/news/minres-stands-on-iron-ores-strength/ (Australian Mining)
    assertEquals("2020-04/2020-06", period(LocalDate.of(2020, 7, 24), "4.4 million wet metric tonnes",
        "Its quarterly shipments soared by 53 per cent to 4.4 million wet metric tonnes against the March period."));
    // https://sharecafe.com.au/2023/07/26/minres-misses-export-targets (ShareCafe)
    assertEquals("2023-04/2023-06", period(LocalDate.of(2023, 7, 26), "$2,589",
        "MinRes reported that the average quarterly price for Mt Marion spodumene, factoring in grade adjustments and product discounts, stood at $2,589 ($3,814) per tonne, representing a 23% decrease from the previous March quarter."));
  }

  @Test
  void aQuarterNamedForTheBaseStaysTheBases() {
    // https://wkzo.com/2022/07/17/australias-lynas-fourth-quarter-revenue-jumps-on-soaring-rare-earths-demand/ (Reuters via WKZO)
    String sentence = "The company also clocked quarterly production of 1,579 tonnes of neodymium and praseodymium (NdPr), down from 1,687 tonnes in March quarter.";
    assertEquals("2022-04/2022-06", period(LocalDate.of(2022, 7, 17), "1,579 tonnes", sentence));
    assertEquals("2022-01/2022-03", period(LocalDate.of(2022, 7, 17), "1,687 tonnes", sentence));
  }

  @Test
  void aQuarterlyRecordOrAnUndatedPageIsNoQuarter() {
    // negative: a past record is not the last quarter's ("surpassing our previous quarterly records"), and without a date
    // no quarter is known.
    assertEquals(null, period(null, "95,356 vehicles",
        "We achieved record deliveries of 95,356 vehicles, surpassing our previous quarterly records."));
    assertEquals(null, period(null, "$113 million",
        "Quarterly sales revenue halved to $113 million."));
  }
}
