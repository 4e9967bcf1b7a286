package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A period fronted at the head of a sentence dates the figures before the next period stated for a figure of its own
 * (FrontedPeriods), and the two levels of a change over a span of years take the span's two ends (SpanLevels). Expected
 * values from GUIDELINES (each figure its own period; the base level of a change its own time), written before the rules.
 */
class FrontedPeriodsTest {

  private static final LocalDate UNDATED = null;

  @Test
  void aFrontedYearDatesTheFigureBeforeAnotherNumbersOwnYear() {
    // Hetq (devset fresh24, f24-m-10) and Mining Europe (f24-m-11), the same sentence: $1,237 is 2018's, $1,115 2019's.
    String hetq = "In 2018, one ton of copper was exported at an average price of $1,237, dropping to $1,115 in 2019.";
    LocalDate apr2020 = LocalDate.of(2020, 4, 1);
    assertEquals("2018", period(apr2020, "$1,237", hetq));
    assertEquals("2019", period(apr2020, "$1,115", hetq));
    // Mexico Business News (devset fresh10, f10-m-02): "in 2024" heads a clause of its own, about the figure after it.
    String mbn = "For 2022, DISER forecasts that LCE production will be 682,000t and also predicts that in 2024 it will reach 1 million tons.";
    LocalDate nov2022 = LocalDate.of(2022, 11, 1);
    assertEquals("2022", period(nov2022, "682,000t", mbn));
    assertEquals("2024", period(nov2022, "1 million tons", mbn));
  }

  @Test
  void aTimeWrittenRightAfterTheFigureStaysItsOwn() {
    // negative, outside the devset: https://thecoalhub.com/report-presentation/australias-thermal-coal-update (Office of the
    // Chief Economist): no fronted period; each price keeps the year written after it.
    String coal = "The Newcastle benchmark price is estimated to average US$57 a tonne in 2020, before slowly rising to US$65 a tonne in 2022.";
    LocalDate jan2021 = LocalDate.of(2021, 1, 15);
    assertEquals("2020", period(jan2021, "US$57 a tonne", coal));
    assertEquals("2022", period(jan2021, "US$65 a tonne", coal));
    // negative, written for this test: a target's own "by 2025" beats the fronted year.
    String target = "In 2023, EV sales reached 1.2 million, and are expected to hit 2 million by 2025.";
    LocalDate feb2024 = LocalDate.of(2024, 2, 1);
    assertEquals("2023", period(feb2024, "1.2 million", target));
    assertEquals("2025", period(feb2024, "2 million", target));
  }

  @Test
  void aChangeKeepsTheYearOfTheLevelItRunsTo() {
    // negative: Nepal Energy Forum (devset fresh20, f20-e-01): "doubled to 4,500 units in the fiscal year 2023/24" is that year's
    // change, not the fronted fiscal year 2022/23's.
    String nepal = "In the fiscal year 2022/23, a total of 1,807 four-wheeled EVs were imported, which more than doubled to 4,500 units "
        + "in the fiscal year 2023/24 so far, marking a 60 percent increase.";
    LocalDate mar2024 = LocalDate.of(2024, 3, 20);
    assertEquals(period(mar2024, "4,500 units", nepal), period(mar2024, "more than doubled", nepal));
  }

  @Test
  void theLevelsOfAChangeOverASpanTakeItsEnds() {
    // Malaysian Industrial Development Finance / MIGHT (devset fresh24, f24-m-09): the from-level and its conversion 2024, the to-level 2032.
    String might = "From 2024 to 2032, the global REE market is expected to expand from US$3.74 billion (RM16 billion) to US$8.14 billion, "
        + "with a compound annual growth rate (CAGR) of 10.2%.";
    LocalDate may2024 = LocalDate.of(2024, 5, 1);
    assertEquals("2024", period(may2024, "US$3.74 billion", might));
    assertEquals("2024", period(may2024, "RM16 billion", might));
    assertEquals("2032", period(may2024, "US$8.14 billion", might));
    // Astana Times (devset fresh20, f20-e-10).
    String astana = "Within five years, between 2017 and 2022, sales of electric vehicles surged from approximately one million to over 10 million.";
    LocalDate mar2023 = LocalDate.of(2023, 3, 1);
    assertEquals("2017", period(mar2023, "approximately one million", astana));
    assertEquals("2022", period(mar2023, "over 10 million", astana));
    // Outside the devset: https://incorrys.com/global-copper-mine-production (2024-02-26, USGS data).
    String incorrys = "Global copper production increased over 25% between 2010 and 2019 from 16 million tonnes to just over 20 million tonnes.";
    LocalDate feb2024 = LocalDate.of(2024, 2, 26);
    assertEquals("2010", period(feb2024, "16 million tonnes", incorrys));
    assertEquals("2019", period(feb2024, "just over 20 million tonnes", incorrys));
  }

  @Test
  void aSpanWithoutAPairOfLevelsIsLeftAlone() {
    // negative: BusinessMirror (devset fresh19, f19-e-09): one cumulative count over the span, no level the change runs from.
    String bm = "From 2010 to 2022, EVAP noted that local electric vehicles sold reached 14,357 units.";
    String before = period(LocalDate.of(2023, 5, 1), "14,357 units", bm);
    assertEquals(false, "2010".equals(before));
  }
}
