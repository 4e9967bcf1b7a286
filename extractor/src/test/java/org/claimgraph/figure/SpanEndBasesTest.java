package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change told beside the two ends of its span, "from 304 in 2023 to 680 in 2024, a 124 percent increase", "went up by 10.42%
 * from PhP110.43 billion in 2017 to PhP121.94 billion in 2018", takes its basis from those ends: a year apart is yoy (the same
 * month, quarter or year end a year later too), a month apart mom, a quarter after the quarter qoq, anything else vs-period
 * (devset/GUIDELINES.md: "yoy = against the same period a year earlier, whatever the words"). Devset: zambiamonitor, mgbgovph,
 * vanadiumprice, lightingjournal, indexbox, farmonline (basis yoy/qoq/vs-period -> null or vs-period). The sentences below are
 * from publishers outside the devset (search tool, corpus pages); kind, direction and basis were written before the rule.
 */
class SpanEndBasesTest {

  /** scoop.co.nz (Motor Industry Association, 2023-01-10), https://www.scoop.co.nz/stories/BU2301/S00022/ */
  private static final String SCOOP = "The total vehicles retailed with some form of electrification in their drivetrain grew from 23,173 "
      + "units in 2021 to 41,103 units in 2022, an increase of 77% (17,930 units).";
  /** greencarguide.co.uk (Zap-Map, 2023-01), https://www.greencarguide.co.uk/2023/01/over-100-high-speed-ev-charging-hubs-opened-in-2022/ */
  private static final String GREENCAR_HUBS7 = "High-speed charging hubs with seven or more devices increased from 89 at the end of 2021 to "
      + "128 by the end of 2022, an increase of 44%.";
  /** greencarguide.co.uk, same page. */
  private static final String GREENCAR_ULTRA = "In terms of the number of individual ultra-rapid EV charge points, these increased from "
      + "1,290 at the end of 2021 to 2,295 by the end of 2022 – an increase of almost 80%.";
  /** greencarguide.co.uk, same page: the change before its span. */
  private static final String GREENCAR_HUBS = "This represented a 56% increase in the number of high-speed charging hubs open to EV "
      + "drivers, up from 189 locations at the end of 2021 to 295 as of December 2022.";
  /** deltacharlie.com (2024-01), https://deltacharlie.com/record-growth-in-public-charge-points-for-evs-in-2023/ */
  private static final String DELTA = "Furthermore, the year-on-year growth in the number of UK charging hubs – more than six rapid or "
      + "ultra rapid devices – rose from 108 at the end of December 2022 up to 264 by the end of 2023 – an increase of 145%.";
  /** fdocuments.net (Auto Outlook, Orange County, 2021), https://fdocuments.net/document/orange-county-auto-outlook.html */
  private static final String ORANGE = "New retail light vehicle registrations in Orange County fell 18.1% from 2019 to 2020.";
  /** newslanes.com (Zap-Map, 2023-02-05), https://newslanes.com/2023/02/05/uk-needs-to-move-rapidly-with-rollout-of-electric-car-chargers/ */
  private static final String NEWSLANES = "Between the end of 2016 and 2021, the charge point network grew four-fold from 6,500 to more "
      + "than 28,000 devices.";

  private static Figure of(LocalDate date, String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
  }

  /** kind, direction, basis. */
  private static List<Object> kdb(Figure f) {
    return Arrays.asList(f.kind(), f.direction(), f.basis());
  }

  @Test
  void aChangeAfterItsSpanOfAYearIsYearOnYear() {
    // 77%: change, up, yoy (2021 to 2022).
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2023, 1, 10), SCOOP, "77%")));
    // 44%, almost 80%: change, up, yoy (the end of 2021 to the end of 2022).
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2023, 1, 15), GREENCAR_HUBS7, "44%")));
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2023, 1, 15), GREENCAR_ULTRA, "almost 80%")));
    // 145%: change, up, yoy (the end of December 2022 to the end of 2023; "year-on-year" is written too).
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2024, 1, 10), DELTA, "145%")));
  }

  @Test
  void aChangeBeforeItsSpanOfAYearIsYearOnYear() {
    // 56%: change, up, yoy (the end of 2021 to December 2022).
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2023, 1, 15), GREENCAR_HUBS, "56%")));
    // 18.1%: change, down, yoy (2019 to 2020).
    assertEquals(Arrays.asList(Kind.CHANGE, "down", "yoy"), kdb(of(LocalDate.of(2021, 2, 1), ORANGE, "18.1%")));
    // devset f17-m-11 mgbgovph (gold yoy, was vs-period).
    assertEquals("yoy", of(LocalDate.of(2019, 5, 1), "The Philippines’ metallic mineral production value went up by 10.42% from "
        + "PhP110.43 billion in 2017 to PhP121.94 billion in 2018, PhP11.51 billion increase.", "10.42%").basis());
  }

  @Test
  void aLongerSpanIsVsPeriod() {
    // four-fold: factor 4, change, up, vs-period (the end of 2016 to 2021).
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "vs-period"), kdb(of(LocalDate.of(2023, 2, 5), NEWSLANES, "four-fold")));
    // devset f9-m-01 vanadiumprice (gold vs-period, was null).
    assertEquals("vs-period", of(LocalDate.of(2019, 6, 1), "Vanadium saw a dramatic price increase from lows near US$ 2.50 per pound "
        + "in 2016 to over US$ 30 per pound in late 2018 — a twelve-fold increase.", "twelve-fold").basis());
  }

  @Test
  void aQuarterAfterTheQuarterIsQuarterOnQuarterAndAStatedBasisStays() {
    // devset f14-e-08 farmonline: 3.54pc qoq (was null); 13.91pc keeps its written year-on-year.
    String s = "From the fourth quarter 2023 to first quarter 2024, national light vehicle sales declined by 3.54pc, but year-on-year "
        + "(March 31, 2023 to March 31, 2024) total sales rose 13.91pc.";
    assertEquals(Arrays.asList(Kind.CHANGE, "down", "qoq"), kdb(of(LocalDate.of(2024, 5, 1), s, "3.54pc")));
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2024, 5, 1), s, "13.91pc")));
  }

  @Test
  void aChangeWithItsOwnYearIsNotTheSpans() {
    // A forecast after the span names its own year: no basis.
    Figure f = of(LocalDate.of(2024, 3, 1), "Sales rose from 100 units in 2022 to 150 units in 2023, and are expected to rise 20% in 2025.", "20%");
    assertEquals(Arrays.asList(Kind.CHANGE, "up", null), kdb(f));
  }

  @Test
  void aSentenceReadAloneTakesItsBasisFromTheYearsItNames() {
    // scoop.co.nz read alone (no page, no date): 77% change, up, yoy; the years are written, nothing is guessed.
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(null, SCOOP, "77%")));
  }

  @Test
  void theNextMonthIsMonthOnMonth() {
    // December to January across a year end: mom (a made-up sentence of the shape; the mom branch had no case).
    assertEquals("mom", of(LocalDate.of(2024, 2, 10), "Sales fell from 12,000 units in December 2023 to 10,000 units in January "
        + "2024, a 16.7% decline.", "16.7%").basis());
  }

  @Test
  void aChangeThatNamesItsOwnReferenceOrSitsInAnotherClauseKeepsItsOwnBasis() {
    // review24code's cases: a worded vs-period stays; a clause break or another time between change and span blocks the span.
    LocalDate d = LocalDate.of(2024, 5, 10);
    assertEquals("vs-period", of(d, "Sales rose from 100 units in 2022 to 150 units in 2023, and are up 20% so far this year.", "20%").basis());
    assertEquals("vs-period", of(d, "Sales rose from 100 units in 2022 to 150 units in 2023, up 40% since 2020.", "40%").basis());
    assertEquals(null, of(d, "Sales rose from 100 units in 2022 to 150 units in 2023, and in March they jumped 20%.", "20%").basis());
    assertEquals(null, of(d, "Sales rose from 100 units in 2022 to 150 units in 2023, whilst imports fell 20%.", "20%").basis());
    assertEquals("vs-period", of(d, "Prices fell 5% in March, but sales grew from 2022 to 2023.", "5%").basis());
  }
}
