package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure stated "for the year", "over the year", "for the full year" is the whole year the text reports, not the month or
 * half the text ran on ("… in December at 19.5Kt, amounting to 233.7Kt for the year": 2024, not 2024-12) (round 20, issue 10:
 * wrong periods, a cumulative span collapsed to a month). The expected periods of the outside sentences were written from the
 * guidelines (a total of a year is that year; the base of a comparison gets the base's period) before the rule.
 */
class WholeYearsTest {

  @Test
  void aTotalOverTheYearIsTheYearTheMonthBelongsTo() {
    // https://businessdesk.co.nz/article/cars/ev-sales-push-car-sales-up-77-but-that-could-stall (BusinessDesk, 2023-01-10): New
    // Zealand's December 2022 release; 41,103 electrified vehicles sold over 2022, up 77% on 2021 → 2022
    String[] businessdesk = {"New car sales decelerated by 4.3% during December but that did little to subdue a record year for the industry, with"
        + " the 116,445 car registrations sparked in the main by electrified vehicle sales.",
        "There were 41,103 electrified vehicles sold over the year, which was up 77% or 17,930 units on the year before."};
    assertEquals("2022", period(LocalDate.of(2023, 1, 10), "41,103 electrified vehicles", businessdesk));
    assertEquals("2022", period(LocalDate.of(2023, 1, 10), "77%", businessdesk));
    // https://evsupport.com/2017/01/almost-25000-evs-sold-as-december-2016-crushes-sales-records-in-the-us/ (EV Support, January
    // 2017): the US plug-in sales of 2016, after December's → 2016
    assertEquals("2016", period(LocalDate.of(2017, 1, 5), "~159,139 sales",
        "December was a month for the record books when it came to plug-in vehicle sales in the United States.",
        "For the full year, ~159,139 sales were achieved, good for a 40,000+ gain, or 37%."));
    // https://insideevs.com/december-2014-ev-sales-hit-record-high-us-almost-120000-sold-year/ (InsideEVs, 2015-01-07) → 2014
    assertEquals("2014", period(LocalDate.of(2015, 1, 7), "an estimated 119,710 plug-in vehicles",
        "The books on the 2014 year for sales closed in a big way in December as a new record for plug-in vehicles was set.",
        "For the year an estimated 119,710 plug-in vehicles were sold, good for a 23% increase from 2013 when 97,501 were purchased according to our records."));
  }

  @Test
  void theWholeYearOnAPageWithoutADate() {
    // https://condoritolapelicula.com/death-of-diesel-electric-car-sales-higher-than-diesel-for-first-time-in-breakthrough.html (a
    // copy of the Express's story on the SMMT's December 2020 release; no date on the page): the year is 2020, the one after the
    // base "December 2019" → 261,772 and 108,205 are 2020's
    String[] express = {"Total car sales were down by 10.9 percent compared to December 2019 with diesel sales dropping by 52.5 percent.",
        "Diesel car sales still outshone electric over the course of the year with 261,772 leaving forecourts compared to 108,205 battery-electric cars."};
    assertEquals("2020", period(null, "261,772 leaving forecourts", express));
    assertEquals("2020", period(null, "108,205 battery-electric cars", express));
    // https://fuelincluded.com/2023/01/one-three-cars-sold-december-electric-vehicles-says-new-automotive (Fuel Included, January
    // 2023, New AutoMotive's December 2022 data): BEV sales over the whole of 2022, up 38% on 2021 → 2022
    assertEquals("2022", period(LocalDate.of(2023, 1, 6), "38%",
        "Battery electric vehicles (BEVs) ended the year strong with its highest market share in December as one in three cars where EVs, according to New AutoMotive.",
        "Sales of BEVs for the whole year stayed strong and manage to increase 38% compared to 2021, despite a decrease in sales of cars in the UK market."));
  }

  @Test
  void aSentenceReadAloneStatesNoYear() {
    // The BusinessDesk sentence read alone: "the year" names none, and nothing dates it.
    assertNull(period(null, "41,103 electrified vehicles",
        "There were 41,103 electrified vehicles sold over the year, which was up 77% or 17,930 units on the year before."));
  }

  @Test
  void whatIsAWholeYearPhrase() {
    assertTrue(WholeYears.found("sold 41,103 over the year, up 77%"));
    assertTrue(WholeYears.found("For the full year, 159,139 sales"));
    // Not the year so far, a year before, a year's part, nor the scope of a superlative.
    assertFalse(WholeYears.found("exports for the year-to-date period"));
    assertFalse(WholeYears.found("sales for the year so far"));
    assertFalse(WholeYears.found("up 67% over the year-earlier period"));
    assertFalse(WholeYears.found("in the year to June"));
    assertFalse(WholeYears.found("a new low for the year"));
  }

  @Test
  void theYearIsTheOneStatedBeforeThePhrase() {
    PeriodMention december = new PeriodMention(0, 11, "in December", "2024-12", false, 12);
    PeriodMention fiscal = new PeriodMention(0, 7, "in FY24", "2023-04/2024-03", false, 0);
    PeriodMention base = new PeriodMention(0, 12, "from 2022", "2022", true, 0);
    assertEquals("2024", WholeYears.period(List.of(december), 30, 0));
    // A fiscal year before the phrase is that fiscal year, not the calendar year it ends in.
    assertEquals("2023-04/2024-03", WholeYears.period(List.of(fiscal), 30, 0));
    // A comparison's base is not the year the text reports; without another time, the year of the data's month, else none.
    assertEquals("2023", WholeYears.period(List.of(base), 30, 2023));
    assertNull(WholeYears.period(List.of(base), 30, 0));
  }
}
