package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A January–December span of one year is the year (GUIDELINES, fresh30's settled call 2). */
class CalendarYearsTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void aJanuaryToDecemberSpanIsTheYear() {
    // f30-m-01 (The New Times) and f30-m-02 (The USA New Times): "between January and December 2025" → 2025
    assertEquals("2025", period(LocalDate.of(2026, 2, 10), "46.2 per cent",
        "Exports of Rwanda’s 3Ts minerals rose by 46.2 per cent between January and December 2025, according to the central bank."));
    assertEquals("2025", period(LocalDate.of(2026, 2, 12), "46.2%",
        "KIGALI – Rwanda’s mining sector has emerged as a primary engine, with exports of Tin, Tungsten, and Tantalum skyrocketing by "
            + "46.2% between January and December 2025."));
    // a part of the year stays the span
    assertEquals("2025-01/2025-11", period(LocalDate.of(2026, 1, 10), "647 vehicles",
        "Between January and November 2025, only 647 vehicles entered the country."));
  }
}
