package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A figure its sentence says holds now ("now sits at", "currently stands at", "there are … today") is the state at the time of
 * writing: the page's month, not a period the text stated before for something else when that period is no longer the
 * present (a whole year, a target year, a month two or more months back). Pages of publishers outside the development set,
 * one paragraph a line; the expected periods were written down from the text before the rule.
 */
class StatesNowTest {

  @Test
  void aPriceThatNowSitsIsThePagesMonthNotTheYearBefore() {
    // https://www.futurenetzero.com/2023/02/22/despite-drop-lithium-still-costs-eight-times-more-than-last-year/ (Future Net
    // Zero, 22 February 2023): the start of 2022 is the base; the price "now sits at" February's.
    assertEquals("2023-02", Texts.periodOf(Texts.figures(LocalDate.of(2023, 2, 22),
        "Chinese lithium prices have dropped by 30%, however this still represents eight times the value of the metal at the start of 2022.",
        "That's according to pricing agency Fastmarkets, which claims the value of the key element in manufacturing electric vehicles (EVs) "
            + "now sits at $61,795 (£51,000) per tonne."), "now sits", "$61,795"));
  }

  @Test
  void monthlySalesNowAreThePagesMonthNotMay() {
    // http://johnhanger.blogspot.com/2013/12/good-fact-electric-vehicles-now-160000.html (John Hanger, 6 December 2013): the
    // 100,000 mark was hit in May; sales "are now exceeding" 9,000 a month, and 160,000 EVs "are now on the road", in December.
    List<String> periods = Stream.of("9,000 cars", "more than 160,000 EVs", "100,000").map(quote -> Texts.periodOf(Texts.figures(
        LocalDate.of(2013, 12, 6), "Sales of electric vehicles are adding up. Indeed, more than 160,000 EVs are now on the road!",
        "After hitting the 100,000 mark in May, electric vehicle sales are accelerating. Monthly sales are now exceeding 9,000 cars or "
            + "an annualized rate of about 110,000 vehicles."), "", quote)).toList();
    assertEquals(List.of("2013-12", "2013-12", "2013-05"), periods);
  }

  @Test
  void evsInUseTodayAreThePagesMonthNotTheTargetYear() {
    // https://www.newsbreak.com/news/2882349878320/vw-s-slow-charging-evs-give-korean-rivals-an-easy-win-report-claims (News
    // Break, 6 January 2023, after S&P Global Mobility): 2025 is the target's year; the fleet "in use … today" is January's.
    assertEquals("2023-01", Texts.periodOf(Texts.figures(LocalDate.of(2023, 1, 6),
        "The U.S. needs to quadruple the number of EV chargers in the country by 2025 to ensure the infrastructure keeps pace with the "
            + "growth of the EV market, a new report warns. S&P Global Mobility's data shows there are 1.9 million EVs in use in the U.S. "
            + "today, which accounts for only 0.1 percent of the vehicles on the road."), "in use", "1.9 million EVs"));
  }

  @Test
  void aPriceThatCurrentlyStandsInTheReportedMonthKeepsIt() {
    // https://databoks.katadata.co.id/en/market/statistics/8cc640fca6928ed/nickel-price-falls-07-to-us21400-per-ton (Databoks,
    // 26 August 2022): the month the text reports is the present one; "currently stands at" changes nothing.
    assertEquals("2022-08", Texts.periodOf(Texts.figures(LocalDate.of(2022, 8, 26),
        "Nickel trading on the London Metal Exchange (LME) fell 0.7% over the past two days, breaking through US$21,400 per ton. On "
            + "Wednesday, August 24, 2022, the nickel price was still at US$21,550 per ton.",
        "Meanwhile, the Indonesian nickel benchmark price currently stands at US$22,504 per ton."), "currently stands", "US$22,504 per ton"));
  }

  @Test
  void todayAsTheDayOfAnEventSaysNothingOfNow() {
    assertEquals(false, StatesNow.saysNow("Battery electric vehicle registrations are up 151.8% according to figures released today."));
    assertEquals(false, StatesNow.saysNow("SMMT and 12 major vehicle manufacturers have today written to the Chancellor."));
    assertEquals(true, StatesNow.saysNow("There are 1.9 million EVs in use in the U.S. today."));
    assertEquals(true, StatesNow.saysNow("At the moment there are around 44,000 public charging devices across the UK."));
  }

  @Test
  void currentlyAndAtPresentReplaceASpanEndingInTheMonthBeforeThePagesNowKeepsIt() {
    // Plawiuk (9 December 2025, after Reuters): January–November's exports carried; the price "currently trading" is December's.
    assertEquals("2025-12", StatesNow.period("Payables for Congo’s hydroxide in top consumer China have jumped to 100% of the cobalt "
        + "metal price currently trading around $24 a lb or $52,900 a ton.", "2025-01/2025-11", LocalDate.of(2025, 12, 9)));
    // Jobs & Hire (6 January 2017): December's news carried; the footprint "at present" is January's.
    assertEquals("2017-01", StatesNow.period("At present, it has a reported footprint of 1.9 million square feet, which houses 4.9 "
        + "million square feet of operational space.", "2016-12", LocalDate.of(2017, 1, 6)));
    // AAN TV (26 May 2025): the mining sector's share of GDP "currently" is May's, not January–April's.
    assertEquals("2025-05", StatesNow.period("Lithium is central to Nigeria’s ambition to boost its mining sector, which currently "
        + "contributes less than 1% to the country’s GDP.", "2025-01/2025-04", LocalDate.of(2025, 5, 26)));
    // Which EV (6 October 2020): "now" restates the latest data, January–September's share.
    assertEquals("2020-01/2020-09", StatesNow.period("Plug-in hybrids have seen an increase from 1.2% to 3.4% and Hybrids now have a 6.8% "
        + "share compared to the 4.25% of last year.", "2020-01/2020-09", LocalDate.of(2020, 10, 6)));
  }
}
