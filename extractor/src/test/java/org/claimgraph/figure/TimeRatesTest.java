package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Money over a time, and counts over a time shorter than a year, are their amount (TimeRates): the gold's units
 * (devset/check.py) write no such rate, and every open split's gold writes "$2 million a day", "$25 per hour", "€100 per
 * month", "US$17 million a year" as the currency, "50,000 vehicles per quarter" as vehicle, "17,000 tons a month" as tonne
 * (upi, faroolive, erbak, journalducameroun, mechanicsmag, directorstalk). Sentences of publishers outside the development
 * set, each unit decided by GUIDELINES.md before the rule was written; capacities per year keep their rate.
 */
class TimeRatesTest {

  /** The unit of the figure whose quote starts with {@code quote} (a rate's quote keeps its time: "$25 per hour"). */
  private static String unit(LocalDate date, String sentence, String quote) {
    return Texts.starting(Texts.figures(date, sentence), quote).quantity().unit();
  }

  @Test
  void wagesPerHourAreMoney() {
    // https://www.valuewalk.com/2015/04/tesla-25-hour-gigafactory-employees/ — 25 USD (an hourly wage), 41.83 USD
    assertEquals("USD", unit(LocalDate.of(2015, 4, 13), "Tesla Motors is planning to give employees an average wage of $25 per hour "
        + "at its massive battery factory in Nevada, according to the head of the Economic Development Authority of Western Nevada.", "$25"));
    // read alone: no page, no date
    assertEquals("USD", unit(null, "The engineers and senior staff at the Nevada factory are expected to get $41.83 per hour.", "$41.83"));
    // https://www.rgj.com/story/money/reno-rebirth/2014/10/23/tesla-lists-jobs-salaries-for-gigafactory/17753369/ — 26.16 USD
    assertEquals("USD", unit(LocalDate.of(2014, 10, 23), "In addition to confirming that the gigafactory will employ 6,500 full-time "
        + "employees, Tesla also raised its average wage estimate to $26.16 per hour.", "$26.16"));
  }

  @Test
  void moneyPerYearAndPerMonthIsMoney() {
    // rgj.com (as above) — 353.6 million USD, a yearly wage bill
    assertEquals("USD", unit(LocalDate.of(2014, 10, 23), "Wages paid by Tesla for the gigafactory will total $353.6 million per year at "
        + "full employment.", "$353.6 million"));
    // https://newmobility.news/2025/05/26/te-social-leasing-could-provide-affordable-evs/ — 130..215 EUR, a monthly rent
    String nm = "This scheme, which allows affordable electric vehicles under €25,000 to be leased at reduced rents (from €130 to €215 per "
        + "month), already exists in France and could be implemented by other EU countries.";
    Figure rent = Texts.starting(Texts.figures(LocalDate.of(2025, 5, 26), nm), "€130");
    assertEquals("EUR", rent.quantity().unit());
  }

  @Test
  void yearlyCapacitiesAndFlowsKeepTheirRate() {
    assertNull(TimeRates.amountOf("tonne/year"));
    assertNull(TimeRates.amountOf("vehicle/year"));
    assertNull(TimeRates.amountOf("barrel/day"));
    assertNull(TimeRates.amountOf("USD/tonne"));
    assertEquals("USD", TimeRates.amountOf("USD/day"));
    assertEquals("EUR", TimeRates.amountOf("EUR/month"));
    assertEquals("USD", TimeRates.amountOf("USD/year"));
    assertEquals("vehicle", TimeRates.amountOf("vehicle/quarter"));
    assertEquals("tonne", TimeRates.amountOf("tonne/month"));
  }
}
