package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Comparison bases written as "the same period in 2022", "the same month in 2021", "at the same time just 1 year earlier",
 * and totals "for the year" or "so far this year" in a story about one month's data, on sentences of publishers outside the
 * development set. The right answers were written down from the guidelines ("the base of a comparison gets the base's
 * period"; "year to date" → January to the latest month) before the rules.
 */
class SamePeriodBasesTest {

  private static final LocalDate NOV_2023 = LocalDate.of(2023, 11, 3);

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void theSamePeriodInAYearIsThatYearsSpan() {
    // https://new.goauto.com.au/news/vfacts/sales-2023/vfacts-record-topples-with-october-result/2023-11-03/92361.html (GoAuto)
    String[] goauto = {"While the 1,006,095 total figure is impressive, the 106,809 units sold in October was also a strong result, with the industry able to shift 19,510 more units (22.3 per cent) than the 87,299 vehicles moved in the same month in 2022.",
        "Year to date, there have been 71,800 electric vehicles sold across Passenger, SUV and Light Commercial segments this year, compared with 23,869 units sold in the same period in 2022."};
    assertEquals("2023-10", period(NOV_2023, "106,809 units", goauto));
    assertEquals("2022-10", period(NOV_2023, "87,299 vehicles", goauto));
    assertEquals("2023-01/2023-10", period(NOV_2023, "71,800 electric vehicles", goauto));
    assertEquals("2022-01/2022-10", period(NOV_2023, "23,869 units", goauto));
    // https://www.mondaq.com/cyprus/rail-road--cycling/1263380/registration-of-motor-vehicles-january-november-2022 (Mondaq, Cyprus Statistical Service)
    assertEquals("2021-01/2021-11", period(LocalDate.of(2022, 12, 20), "50",
        "(c) Motor coaches and buses registered in January-November 2022 increased to 84, from 50 in the same period of 2021."));
    // https://forum.cy/threads/pio-motor-vehicle-registrations-january-2022.30931/latest (Cyprus Press and Information Office)
    assertEquals("2021-01", period(LocalDate.of(2022, 2, 10), "383",
        "(d) Cargo vehicle registrations decreased to 280 in January 2022, compared to 383 in the same month in 2021, a decrease of 26.9%."));
  }

  @Test
  void aLevelComparedWithTheSamePeriodKeepsItsOwn() {
    // negative: https://www.businesspost.ie/news/record-breaking-number-of-electric-vehicles-registered-in-year-to-july/ (Business Post):
    // the level is this year's; only the change is compared with 2022
    assertEquals("2023-01/2023-07", period(LocalDate.of(2023, 8, 2), "Over 18,000 EVs",
        "Over 27,000 new cars registered were registered in July, according to SIMI, marking an increase of 23.9 per cent year-on-year.",
        "Over 18,000 EVs have been registered since the start of the year, up 65 per cent on the same period in 2022."));
  }

  @Test
  void aTotalForTheYearInAMonthsStoryRunsToThatMonth() {
    // https://techau.com.au/vehicle-sales-in-australia-are-booming-ev-sales-softened-to-5-7-in-october/ (techAU, no date on the page)
    String[] techau = {"The October 2023 vehicle sales information has been released for Australia by the Federal Chamber of Automotive Industries.",
        "In October, there were just 6,057 EV sales (of a total 106,809 units), while the total EV sales for the year have now topped 71,800 units, up dramatically from 23,869 at the same time just 1 year earlier."};
    assertEquals("2023-10", period(null, "6,057 EV", techau));
    assertEquals("2023-01/2023-10", period(null, "71,800 units", techau));
    assertEquals("2022-01/2022-10", period(null, "23,869", techau));
    // https://evinsightdata.com/plug-in-car-sales-increased-to-a-near-record-level-in-september-2023 (EV Insight Data)
    assertEquals("2023-01/2023-09", period(LocalDate.of(2023, 10, 5), "more than 337,000",
        "In September, new passenger car registrations in the United Kingdom increased by 21 percent year-over-year to 272,610.",
        "So far this year, more than 337,000 new passenger plug-in electric cars were registered in the UK, which is 35 percent more than a year ago and more than one-fifth of the market."));
  }
}
