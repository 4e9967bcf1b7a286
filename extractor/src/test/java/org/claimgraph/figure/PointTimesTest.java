package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A time written right after a number as the point it stands at ("to 537 at the end of 2024", "2,439 as of the end of June",
 * "90,000 tonnes at end-May") is that number's own (round 19, issue 10: periods on dated pages). The expected periods of the
 * outside sentences were written from the guidelines ("… 589 tons in August": a period right after the number is its own; the
 * base of a comparison gets the base's period) before the rule; the first of them failed before it (537 took the base's 2023).
 */
class PointTimesTest {

  @Test
  void aRangesEndTakesTheTimeWrittenAfterIt() {
    // https://www.automotiveworld.com/news-releases/zapmap-2024-ev-charging-statistics-reveal-record-rate-of-charge-point-installations/
    // (Zapmap via Automotive World, 2025-01-08): 264 hubs at the end of 2023 (2023), 537 at the end of 2024 (2024); a count of hubs
    // standing at a year's end is that year's December (YearEndStocks; GUIDELINES fresh22 call 6, fresh25's settled "as of" stock)
    String zapmap = "There are more than 7,000 150kW+ chargers, with a total of more than 14,000 over 50kW now available, while the number of"
        + " hubs (six or more 50kW chargers) rose from 264 at the end of 2023 to 537 at the end of 2024.";
    assertEquals("2023-12", period(LocalDate.of(2025, 1, 8), "264", zapmap));
    assertEquals("2024-12", period(LocalDate.of(2025, 1, 8), "537", zapmap));
    // Read alone (no page, no date): the years are written, so the same.
    assertEquals("2023-12", period(null, "264", zapmap));
    assertEquals("2024-12", period(null, "537", zapmap));
  }

  @Test
  void aLevelAtTheEndOfAMonthIsThatMonths() {
    // https://carzxzc.com/industry/23464.html (Nio's June 2024 operations, published in July 2024): 2,439 swap stations and
    // 2,287 supercharging stations at the end of June → 2024-06
    String[] nio = {"The company added 12 battery swap stations in China in June, bringing the number of the facility to 2,439 as of the end of June.",
        "The company also had 2,287 supercharging stations in China at the end of June, providing 10,472 charging piles, and 1,609 destination charging stations, providing 12,298 charging piles."};
    assertEquals("2024-06", period(LocalDate.of(2024, 7, 2), "2,439", nio));
    assertEquals("2024-06", period(LocalDate.of(2024, 7, 2), "2,287 supercharging stations", nio));
    // http://en.tireworld.com.cn/Downstream/202179/8079.html (EVCIPA data, 2021-07-09): 923,381 public piles by the end of June 2021
    assertEquals("2021-06", period(LocalDate.of(2021, 7, 9), "923,381",
        "The total number of public charging piles in China grew to 923,381 by the end of June 2021, including around 374,000 DC piles, 550,000 AC piles, and 426 DC-AC integrated charging piles, the EVCIPA said after compiling the data reported by members of the alliance."));
    // https://argusmedia.com/en/news-and-insights/latest-market-news/2595067-china-s-ev-charging-points-exceed-10mn-nea (Argus, July
    // 2024; the NEA's count of 30 June 2024): above 10mn units as of the end of June → 2024-06
    assertEquals("2024-06", period(LocalDate.of(2024, 7, 24), "above 10mn units",
        "China's charging points for new energy vehicles (NEVs) rose above 10mn units as of the end of June, according to the country's National Energy Administration (NEA)."));
    // https://www.shacknews.com/article/129931/tesla-tsla-now-has-18-billion-in-cash-on-their-balance-sheet (Shacknews, 2022-04-20,
    // Tesla's letter): debt at the end of Q1 → the quarter, 2022-01/2022-03
    assertEquals("2022-01/2022-03", period(LocalDate.of(2022, 4, 20), "less than $0.1B",
        "Our total debt excluding vehicle and energy product financing fell to less than $0.1B at the end of Q1."));
  }

  @Test
  void aSentenceReadAloneResolvesNoMonthWithoutAYear() {
    // The Nio sentence read alone: "the end of June" names no year, and nothing dates it.
    assertNull(period(null, "2,287 supercharging stations",
        "The company also had 2,287 supercharging stations in China at the end of June, providing 10,472 charging piles."));
  }

  @Test
  void thePhraseBetweenANumberAndItsTime() {
    assertTrue(PointTimes.attached(" at the end of "));
    assertTrue(PointTimes.attached(" as of the end of "));
    assertTrue(PointTimes.attached(" at end-"));
    assertTrue(PointTimes.attached(" as at end-"));
    assertTrue(PointTimes.attached(" in China at the end of "));
    assertTrue(PointTimes.attached(" by the end of "));
    // Not a time the number stands at: another clause, or a time something else happened at.
    assertFalse(PointTimes.attached(", up from 8% at the end of "));
    assertFalse(PointTimes.attached(" from peaks at the end of "));
    assertFalse(PointTimes.attached(" before the end of "));
  }
}
