package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A figure its clause says holds now ("currently has 500 operational charging stations") is the page's month even when the
 * sentence goes on to forecast something else ("…, but … at least 5,000 will be needed by 2030"): the forecast comes after the
 * figure and is not about it. A forecast word before the figure ("will need to build …, growing from the approximate 100,000
 * public chargers currently accessible") still leaves the carried period alone. Sentences of pages outside the development set;
 * the expected periods were written down from the text before the rule. {@code carried} is the period the text around gave
 * (a whole year or a target year, no longer the present).
 */
class NowBeforeForecastTest {

  private static String periodOf(String sentence, String quote, String carried, LocalDate date) {
    int end = sentence.indexOf(quote);
    assertTrue(end >= 0, quote);
    return StatesNow.period(sentence, end + quote.length(), carried, date);
  }

  @Test
  void employeesRightNowAreThePagesMonthThoughJobsWillFollow() {
    // https://nwonewswatch.com/local-news/ceo-sees-expansion-in-musselwhite-mines-future-9833034 (Newswatch, Thunder Bay; the
    // date is not in the stored excerpt: the test sets one): the workforce "right now"; "there will be no job losses" comes after.
    String s = "Right now the mine north of Pickle Lake has “a little over 600” employees and there will be no job losses as a result "
        + "of Orla’s acquisition of the mine, Jason Simpson told Newswatch in an interview from Vancouver.";
    assertEquals("2024-12", periodOf(s, "600", "2024", LocalDate.of(2024, 12, 9)));
  }

  @Test
  void chargingStationsTheUsCurrentlyHasAreThePagesMonthNotTheTargetYear() {
    // https://grist.org/transportation/ (Grist, the transportation page's lead story; the page is read as of April 2021): the
    // text before it names 2030 (an America filled with EVs "by 2030"); "will have to match" is about stations to come.
    String s = "The U.S. currently only has about 115,000 gas stations and 41,000 charging stations across the entire country, meaning "
        + "that EV stations will have to match — and then quickly overtake — stations dispensing America’s longtime favorite fuel.";
    LocalDate date = LocalDate.of(2021, 4, 15);
    assertEquals("2021-04", periodOf(s, "115,000 gas stations", "2030", date));
    assertEquals("2021-04", periodOf(s, "41,000 charging stations", "2030", date));
  }

  @Test
  void aWorkforceCurrentlyEmployedIsNowButProjectedJobsAreNot() {
    // https://australianminingreview.com.au/news/ravensthorpe-reopens-on-nickel-surge/ (Australian Mining Review; the test sets
    // the date): the text before names 2017 ("When it was closed in 2017"); 250 people are employed now, the 100 jobs are
    // "projected", and keep what the text gave.
    String s = "The mine is wholly owned by First Quantum and currently employs around 250 people with another 100 jobs projected to "
        + "be filled.";
    LocalDate date = LocalDate.of(2020, 2, 20);
    assertEquals("2020-02", periodOf(s, "250 people", "2017", date));
    assertEquals("2017", periodOf(s, "100 jobs", "2017", date));
  }

  @Test
  void aForecastBeforeTheFigureStillLeavesTheCarriedPeriod() {
    // https://www.mckinsey.com/featured-insights/sustainable-inclusive-growth/chart-of-the-day/charging-for-charges (McKinsey,
    // 2022): "will need to build" precedes the 100,000 chargers; the rule does not reach it (the carried period stays).
    String mck = "For electric vehicles to go mainstream, the United States will need to build an extensive network of charging "
        + "solutions, growing from the approximate 100,000 public chargers currently accessible to about 1.2 million by 2030.";
    assertEquals("2021", periodOf(mck, "100,000 public chargers", "2021", LocalDate.of(2022, 5, 12)));
    // https://vitronicscontrol.com/2021/11/what-you-need-to-know-about-electric-vehicle-charging-trend/ (November 2021): the
    // 400 kWh battery is "expected by 2025", a forecast before the figure.
    String vit = "While EVs currently only have a range that is a few percent of that of gasoline-powered vehicles, they are expected "
        + "by 2025 to have a fully chargeable battery of 400 kilowatt-hours (kWh).";
    assertEquals("2025", periodOf(vit, "400 kilowatt-hours", "2025", LocalDate.of(2021, 11, 10)));
    // https://electricdrives.tv/uk-on-track-for-300k-public-chargers-by-2030-what-challenges-remain/ (December 2024): "a target
    // of 300,000 public chargers by 2030" precedes "currently stands at 64,632"; left as carried.
    String ed = "The report finds that at current estimated trajectories, the government is on track to meet a target of 300,000 "
        + "public chargers by 2030 – a number that currently stands at 64,632.";
    assertEquals("2030", periodOf(ed, "64,632", "2030", LocalDate.of(2024, 12, 13)));
  }

  @Test
  void withoutADateNothingIsCarriedFromNothing() {
    // The mbcomph-like sentence read alone: no date, no carried period, no period.
    String s = "The Philippines currently has 500 operational charging stations nationwide, but industry estimates suggest that at "
        + "least 5,000 will be needed by 2030 to meet projected demand.";
    assertEquals(null, periodOf(s, "500 operational charging stations", null, null));
    assertEquals("2024-01/2024-06", periodOf(s, "500 operational charging stations", "2024-01/2024-06", null));
  }
  @Test
  void onADatedPageAFigureStatedNowBeforeAForecastIsThePagesMonthWithNothingCarried() {
    // The grist sentence as the only paragraph of a page of April 2021: no period around it to carry; its own phrase says
    // "currently has", the forecast ("will have to match") comes after.
    String s = "The U.S. currently only has about 115,000 gas stations and 41,000 charging stations across the entire country, meaning "
        + "that EV stations will have to match — and then quickly overtake — stations dispensing America’s longtime favorite fuel.";
    assertEquals("2021-04", Texts.periodOf(Texts.figures(LocalDate.of(2021, 4, 15), s), "", "41,000 charging stations"));
  }

  @Test
  void theSentenceReadAloneGetsNoPeriod() {
    // Read alone (no page, no date): nothing to carry and no month to take; no period, no crash.
    String s = "The Philippines currently has 500 operational charging stations nationwide, but industry estimates suggest that at "
        + "least 5,000 will be needed by 2030 to meet projected demand.";
    assertEquals(null, Texts.periodOf(Texts.figures(null, s), "", "500 operational charging stations"));
  }
}
