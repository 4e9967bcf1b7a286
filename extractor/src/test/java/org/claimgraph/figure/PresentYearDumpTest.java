package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The present-year dump's pieces: the what-if context one year off, and the years the context reading tells of. */
class PresentYearDumpTest {

  private static final String PAGE = "Chinese lithium carbonate output grew 67 per cent in 2022. Quotas will rise in 2026. "
      + "Exports rose 4% in October compared with October 2021, for the first time since 2019.";

  @Test
  void aShiftMovesThePresentWithItsLastYearAndMonth() {
    PeriodResolver.Context ctx = PeriodResolver.context(null, PAGE);
    PeriodResolver.Context later = ctx.shifted(1);
    assertEquals(ctx.fallbackYear() + 1, later.fallbackYear());
    assertEquals(ctx.lastYear() + 1, later.lastYear());
    assertEquals(ctx.yearOf(10) + 1, later.yearOf(10));
  }

  @Test
  void aDatedPageOrOneWithoutAYearIsNotShifted() {
    PeriodResolver.Context dated = PeriodResolver.context(LocalDate.of(2024, 5, 2), PAGE);
    assertSame(dated, dated.shifted(1));
    PeriodResolver.Context none = PeriodResolver.context(null, "Output rose 4% in October.");
    assertSame(none, none.shifted(-1));
    assertEquals(YearMonth.of(2025, 3), new PeriodResolver.Context(null, 2024, null, YearMonth.of(2024, 3), FiscalYear.CALENDAR, 0)
        .shifted(1).presentMonth());
  }

  @Test
  void everyStatedYearIsToldWithWhatTheReadingMadeOfIt() {
    List<String> seen = new ArrayList<>();
    PeriodResolver.Context ctx = PeriodResolver.context(null, PAGE, (m, what) -> seen.add(m.group(1) + "→" + what[0] + " " + what[1]));
    assertEquals(List.of("2022→2022 present", "2026→2026 planned", "2021→2022 base", "2019→2019 looked_back"), seen);
    assertEquals(PeriodResolver.context(null, PAGE), ctx);
  }
}
