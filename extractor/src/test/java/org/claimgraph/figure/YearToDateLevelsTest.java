package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A level, total or share its clause says runs to date ("so far this year", "in 2023 so far", "to date in 2020", "year to
 * date") is January to the latest month the text reports, not the whole year (guidelines: "year to date" → January to the latest
 * month); a base its sentence names by a year is the same months of that year. Sentences of publishers outside the development set
 * (search tool, corpus pages); the readings were written down from the guidelines before the rule ({@link YearToDateLevels}).
 */
class YearToDateLevelsTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void aLevelSoFarInANamedYearRunsToTheMonthReported() {
    // https://www.evearly.news/en/global-ev-sales-hit-record-in-september-tesla-and-byd-dominate (EV-Volumes data, September 2023)
    assertEquals("2023-01/2023-09", period(LocalDate.of(2023, 10, 30), "nearly 9.5 million plug-in models",
        "EV sales kept climbing in September, nearly 9.5 million plug-in models have found their new owners in 2023 so far, of which over 6.5 million are BEVs."));
    // https://transportandenergy.com/?p=1003 (SMMT October 2020 figures)
    assertEquals("2020-01/2020-10", period(LocalDate.of(2020, 11, 5), "364,955 vehicles",
        "Pure electric vehicles, classified as Battery Electric Vehicles (BEV) by the Society of Motor Manufacturers and Traders (SMMT) has grown by 195% year-on-year to 9,335 vehicles in October.",
        "The size of the electric and hybrid market is now 364,955 vehicles to date in 2020, just under half the petrol vehicle market share (789,612)."));
    // https://stockhouse.com/companies/bullboard?postid=35016562&symbol=pilbf (Resources & Energy Quarterly, September 2022)
    String[] stockhouse = {"In China, total EV sales have averaged almost half a million vehicles a month so far in 2022, reaching a peak of 650 thousand vehicles in June."};
    assertEquals("2022-01/2022-06", period(LocalDate.of(2022, 10, 3), "almost half a million", stockhouse));
    // … the peak after the to-date phrase's clause is the month's.
    assertEquals("2022-06", period(LocalDate.of(2022, 10, 3), "650 thousand vehicles", stockhouse));
  }

  @Test
  void aYearToDateLevelAndItsBaseYear() {
    // https://www.current-news.co.uk/battery-electric-vehicle-sales-jump-over-250-in-july/ (SMMT July 2020 figures; not the
    // development set's page of this publisher)
    String[] current = {"Sales jumped 259.4% in July compared to the year before, according to figures published by the Society of Motor Manufacturers and Traders (SMMT), with 8,162 vehicles registered compared to 2,271.",
        "BEVs conversely have had a good year to date, with sales increasing 174.6% overall to 39,119 vehicles compared to 14,246 in 2019."};
    assertEquals("2020-01/2020-07", period(LocalDate.of(2020, 8, 5), "39,119 vehicles", current));
    assertEquals("2019-01/2019-07", period(LocalDate.of(2020, 8, 5), "14,246", current));
  }

  @Test
  void runningTotalsThatAlreadyRunToTheMonthStayThere() {
    // https://staging4.utilityweek.co.uk/sales-of-pure-evs-hit-almost-22000-in-september (SMMT September 2020 figures)
    assertEquals("2020-01/2020-09", period(LocalDate.of(2020, 10, 5), "66,611",
        "Almost 22,000 pure electric vehicles were registered in the UK in September, hitting another record high.",
        "By contrast, registrations of pure electric vehicles (EVs) roughly tripled when compared to the same month last year, rising from 7,704 to 21,903 and bringing the total for the year to date to 66,611."));
    // https://www.greencarguide.co.uk/2019/11/electric-vehicle-registrations-rise-by-150-per-cent/ (SMMT October 2019 figures)
    assertEquals("2019-01/2019-10", period(LocalDate.of(2019, 11, 5), "2.9%",
        "Overall, UK new car registrations declined 6.7% last month; 10,348 fewer cars were registered than in October last year.",
        "Year to date, the new car market remains in decline, down 2.9% on the first 10 months of 2018."));
  }

  @Test
  void aWholeYearStatedAsSuchStaysWhole() {
    // A forecast or a whole year beside a to-date level keeps its year: "for the whole of 2022" is no year to date.
    String[] page = {"EV sales kept climbing in September.",
        "Year-to-date sales reached 2,536 units, five times the 426 vehicles sold for the whole of 2022."};
    assertEquals("2022", period(LocalDate.of(2023, 10, 3), "426 vehicles", page));
  }

  @Test
  void readAloneNoWholeYearComesFromSoFar() {
    // No page, no date: "in 2023 so far" with no month to end it is no whole year; the sentence's "September" may end it.
    String alone = period(null, "nearly 9.5 million plug-in models",
        "EV sales kept climbing in September, nearly 9.5 million plug-in models have found their new owners in 2023 so far, of which over 6.5 million are BEVs.");
    assertNotEquals("2023", alone);
    assertTrue(alone == null || alone.equals("2023-01/2023-09"), alone);
    assertNull(period(null, "66,611",
        "Registrations of pure electric vehicles rose from 7,704 to 21,903, bringing the total for the year to date to 66,611."));
  }
}
