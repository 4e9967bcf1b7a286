package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A range of years written bare ("(2017-2023)", "2018 to 2022", "2019-22") is a span like "between 2017 and 2023": a level or
 * share it sets is the span, not the range's first year (guidelines: "a span 'between 2021 and 2030' is the span"; fresh26's
 * "Project Portfolio 2021-2030" → 2021/2030).
 */
class RangeYearsTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void aLevelOrShareInABareRangeOfYearsIsTheSpan() {
    // f28-e-04 (bwged): shares over "the last seven years (2017-2023)", the list after ", while" too
    String bwged = "On average, 8.6% of accidents happened by easy bikes in the last seven years (2017-2023), while 27% occurred by trucks, "
        + "24.6% by motorbikes, and 15.71% by buses.";
    assertEquals("2017/2023", period(LocalDate.of(2024, 3, 1), "27%", bwged));
    assertEquals("2017/2023", period(LocalDate.of(2024, 3, 1), "15.71%", bwged));
    // f27-e-11 (kenyacarbazaar): a spending "over four years, 2018 to 2022"
    assertEquals("2018/2022", period(LocalDate.of(2019, 5, 1), "$39 million",
        "The amount is part of a planned Ush145 billion ($39 million) spending over four years, 2018 to 2022."));
    // f30-m-10 (industryeurope): "planned 2019-22 capital", the newer year in two digits
    assertEquals("2019/2022", period(LocalDate.of(2019, 6, 1), "40%",
        "The corporation has earmarked 40% of planned 2019-22 capital for the transition."));
    // f31-m-14 (Sierra Leone EITI text): the range written twice holds for both shares
    String sleiti = "It underpinned much of the country's formal economic activity, contributing about 20% of GDP (2012-2014), as much as "
        + "15% of fiscal revenues, and accounting for over 90% of exports (2012-2014).";
    assertEquals("2012/2014", period(LocalDate.of(2016, 3, 1), "over 90%", sleiti));
    // f26-m-03 (britcham): a portfolio titled with its span
    assertEquals("2021/2030", period(LocalDate.of(2021, 9, 1), "US$68,925 million",
        "The Chilean Copper Commission’s (Cochilco) “Investment in Chilean Mining – Project Portfolio 2021-2030″, details investment "
            + "projects for the next decade amounting to US$68,925 million through 51 separate initiatives."));
  }

  @Test
  void aRangeWithAnotherYearOrOfTwoYearsIsLeftAlone() {
    // a year of its own in the sentence holds for the figure
    assertEquals("2024", period(LocalDate.of(2024, 6, 1), "1,200 units",
        "The plan for 2021-2030 was revised, and in 2024 the company sold 1,200 units."));
    // f3-m-06 (TASS): "in 2024 to 55,400 tons" is a year and a level, not 2024–2055
    assertEquals("2024", period(LocalDate.of(2025, 1, 20), "55,400 tons",
        "According to data provided by the General Administration of Customs, China’s exports of rare earth metals rose by 6% in 2024 to 55,400 tons."));
    // "2023-24" is a fiscal or season year (FiscalYears' business), not a span of years
    assertEquals("2023", period(LocalDate.of(2024, 6, 1), "1,200 units",
        "The company sold 1,200 units in 2023-24."));
  }
}
