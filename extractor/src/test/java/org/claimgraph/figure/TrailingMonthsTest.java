package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.figure;
import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Totals counted over "the last/past N months" (a span that ends at the time of writing), on sentences of publishers outside
 * the development set (none of them in devset/, devset/alone included). The expected periods were
 * written down from the guidelines (a span stated by the text; "the last 12 months" on an undated page has no period;
 * a change over such a span keeps what the other rules give it) before the rule.
 */
class TrailingMonthsTest {

  @Test
  void aTotalOverThePastMonthsEndsTheMonthBeforeThePage() {
    // http://www.4evriders.org/2014/01/charging-station-usage-at-hanover-mall-in-pennsylvania-shoots-up-by-250-in-last-9-months/
    // 219 charging events, count, amount, 2013-04/2013-12 (a post of January 2014).
    assertEquals("2013-04/2013-12", period(LocalDate.of(2014, 1, 20), "219 charging events",
        "The stations were installed there in early 2012. Initially, they were seldom used. In the first 12 months of being in the "
            + "ground, only approximately 150 charging events occurred. In the past 9 months, 219 charging events took place."));
    // https://fuelincluded.com/2015/10/milestone-reached-of-one-million-plug-in-cars-sold/
    // nearly 300,000 sales, amount, 2015-01/2015-09 (a post of October 2015), not December 2014's period.
    assertEquals("2015-01/2015-09", period(LocalDate.of(2015, 10, 2), "nearly 300,000",
        "In December 2014 reported 712,000 plug-in sales globally, and nearly 300,000 more sales have taken place over the past nine months."));
  }

  @Test
  void withoutADateTheTrailingMonthsAreNoPeriod() {
    // Read alone (no page, no date): the span ends at a time nobody states; nothing is carried from nothing.
    // https://fuelincluded.com/2015/10/milestone-reached-of-one-million-plug-in-cars-sold/
    assertEquals(null, figure(Texts.figures(null,
        "Nearly 300,000 more sales have taken place over the past nine months."), "Nearly 300,000").period());
    // https://www.cross-sell.com/electric-vehicle-sales-data (a section of August 2022, no page date): no period.
    assertEquals(null, figure(Texts.figures(null,
        "A slow trend upward, EVs are making a steady climb in Kentucky with 0.329% in sales over the last 12 months."), "0.329%").period());
    // … and on an undated page whose text states a year elsewhere, the year is not carried onto the span, not even from a
    // sentence that opens its paragraph with it.
    assertEquals(null, period(null, "219 charging events",
        "The stations were installed there in early 2012. In the past 9 months, 219 charging events took place."));
    assertEquals(null, period(null, "219 charging events",
        "In 2013, the stations were moved to the mall's west side. In the past 9 months, 219 charging events took place."));
  }

  @Test
  void aChangeOverThePastMonthsIsLeftToTheChangeRules() {
    // negative: https://www.sinardaily.my/article/181916/focus/world/electric-vehicle-sales-up-65-per-cent-over-12-months-in-australia
    // (14 Oct 2022) 65 per cent, change, up: not given the trailing span by this rule (what the change rules give it stays).
    String sentence = "Sales of electric vehicles in Australia have increased 65 per cent over the last 12 months, reported Xinhua.";
    LocalDate oct = LocalDate.of(2022, 10, 14);
    assertEquals("2022-09", TrailingMonths.period(sentence, 55, 66, Kind.CHANGE, null, List.of(), "2022-09", oct));
    // negative: https://www.cross-sell.com/electric-vehicle-sales-data (section "September 2022") 139%, change, up, vs-period:
    // a change over the last three months keeps what it had.
    String montana = "Montana continues to see growth in the EV market with a 139% increase in EV sales over the last three months "
        + "compared to the previous three months.";
    assertEquals("2022-09", TrailingMonths.period(montana, 56, 60, Kind.CHANGE, null, List.of(), "2022-09", oct));
    // "to" before what is not a time ("over the last 12 months to the country's reserves") leaves the span open; "to September"
    // names its end (the rules of spans that end then read it).
    assertEquals("2021-10/2022-09", TrailingMonths.period("It contributed R47 billion over the last 12 months to the reserves.", 15, 26,
        Kind.AMOUNT, null, List.of(), null, oct));
    assertEquals(null, TrailingMonths.period("It contributed R47 billion over the last 12 months to September.", 15, 26,
        Kind.AMOUNT, null, List.of(), null, oct));
    // … while a total in the same words would take the span.
    assertEquals("2021-10/2022-09", TrailingMonths.period(sentence, 55, 66, Kind.AMOUNT, null, List.of(), "2022-09", oct));
  }
}
