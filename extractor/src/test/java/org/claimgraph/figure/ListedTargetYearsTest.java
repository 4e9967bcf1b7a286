package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Targets and forecasts listed one after the other, each with its own "by YEAR" written right after it ("25% ... by 2025-2026
 * and 50% by 2030"): each takes the year written after it, not the one of the target before (GUIDELINES: targets take their
 * target year; forecasts take the forecast year). The expected periods of the outside sentences (search corpus `pages`, none in
 * devset/) were written down before the rule.
 */
class ListedTargetYearsTest {

  @Test
  void eachTargetTakesTheYearWrittenAfterIt() {
    // https://in.evehicle.com/indias-evs-adoption-target-by-2030-world-3030-climate-action-plan-indias-evs-adoption-target-by-2030/
    // 2,000 public charging stations, amount, 2022; 5 lakh public charging stations, amount, 2030.
    String india = "The government has set a target of having 2,000 public charging stations by 2022, and 5 lakh public charging stations "
        + "by 2030.";
    assertEquals("2022", period(LocalDate.of(2023, 6, 1), "2,000 public charging stations", india));
    assertEquals("2030", period(LocalDate.of(2023, 6, 1), "5 lakh public charging stations", india));
    // https://elohimminingminerals.com/overview/global-energy-transition : 1.5 million tonnes (LCE), amount, 2025; over 3 million
    // tonnes, amount, 2030, qualifier "more than".
    String lithium = "As the global production of batteries and electric vehicles (EVs) accelerates, the demand for lithium is projected "
        + "to surge to unprecedented levels, reaching 1.5 million tonnes of lithium carbonate equivalent (LCE) by 2025 and over 3 million "
        + "tonnes by 2030.";
    assertEquals("2025", period(LocalDate.of(2024, 5, 1), "1.5 million tonnes", lithium));
    assertEquals("2030", period(LocalDate.of(2024, 5, 1), "over 3 million tonnes", lithium));
    // https://industrywatch24.com/2022/05/27/report-evs-to-be-33-of-global-new-car-sales-by-2030/ (2022-05-27): 25 percent, share,
    // 2025; 30 percent, share, 2030.
    String goals = "The goal of China has been that, 25 percent of all the vehicles sales should be fully electric by 2025 and the target "
        + "of India has been for 30 percent of the passenger vehicles by 2030.";
    assertEquals("2025", period(LocalDate.of(2022, 5, 27), "25 percent", goals));
    assertEquals("2030", period(LocalDate.of(2022, 5, 27), "30 percent", goals));
  }

  @Test
  void readAloneTheWrittenYearsHold() {
    // The India sentence read alone (no page, no date): the years are written, so the same; nothing else is carried.
    String india = "The government has set a target of having 2,000 public charging stations by 2022, and 5 lakh public charging stations "
        + "by 2030.";
    assertEquals("2022", period(null, "2,000 public charging stations", india));
    assertEquals("2030", period(null, "5 lakh public charging stations", india));
  }

  @Test
  void onlyATimeRightAfterByAttaches() {
    // "by" right before the time: attached; a change's "by" before its number is not between the number and a time.
    assertTrue(PointTimes.attached(" by "));
    assertTrue(PointTimes.attached(" of car sales by "));
    assertTrue(PointTimes.attached(" by the end of "));
    assertEquals(false, PointTimes.attached(" and reach 100% by "));
  }
}
