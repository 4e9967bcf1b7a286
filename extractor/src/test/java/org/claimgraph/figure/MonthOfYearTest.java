package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A month written with "of" before its year, as American writers often write it ("Compared with July of 2022", "since
 * December of 2014"): the year is the month's own, exactly as in "July 2022". As a comparison's base on a page without a date
 * it places the text a year later, like any other month of an earlier year compared with. Sentences of publishers outside the
 * development set; the expected periods were written down before the rule.
 */
class MonthOfYearTest {

  private final PeriodResolver periods = new PeriodResolver();

  private List<String> periodsOf(String sentence, PeriodResolver.Context ctx) {
    return periods.find(sentence, ctx).stream().map(PeriodMention::period).toList();
  }

  private static final PeriodResolver.Context UNDATED_2023 = new PeriodResolver.Context(null, 2023);

  @Test
  void aMonthOfAYearIsThatMonth() {
    // https://www.nar.realtor/blogs/economists-outlook/july-2023-existing-home-sales-fall-as-mortgage-rates-increase-and-inventory-constraints-continue
    // (NAR Economists' Outlook, July 2023 data): the base is July 2022.
    List<String> nar = periodsOf("Compared with July of 2022, inventory levels were down 14.6%.", UNDATED_2023);
    assertEquals(List.of("2022-07"), nar);
    // https://www.thetruthaboutcars.com/2021/12/december-auto-sales-still-looking-weak/ (The Truth About Cars, 2021-12-27)
    List<String> ttac = periodsOf("The U.S. market only saw 1.54 million sales, the lowest volume witnessed since December of 2014.",
        new PeriodResolver.Context(LocalDate.of(2021, 12, 27), 0));
    assertEquals(List.of("2014-12"), ttac);
    // https://www.yahoo.com/finance/news/inflation-grocery-prices-in-august-rise-135-highest-since-march-1979-135420560.html
    // (Yahoo Finance, September 2022)
    PeriodResolver.Context sept2022 = new PeriodResolver.Context(LocalDate.of(2022, 9, 13), 0);
    assertEquals(List.of("1979-05", "1979-03"), periodsOf("For the overall food category, that's the highest increase since May of "
        + "1979, but for the food-at-home category, that's the largest increase since March of 1979, according to Steve Reed, an "
        + "economist at the U.S. Bureau of Labor Statistics (BLS).", sept2022));
    List<String> back = periodsOf("From July to August, the cost of groceries increased 0.7% month-over-month, lower than recent "
        + "months, but still not near where it was back in December of 2021, only up 0.4%.", sept2022);
    assertTrue(back.contains("2021-12"), back.toString());
    assertFalse(back.contains("2021"), back.toString());
    assertFalse(back.contains("2022-12"), back.toString());
    // https://thecastlesramparts.blogspot.com/2021/05/best-months-ever.html (The Castle's Ramparts, 2021-05-11)
    List<String> ramparts = periodsOf("However comparing March 2021 sales to March of 2019 showed an increase of just shy of 60%.",
        new PeriodResolver.Context(LocalDate.of(2021, 5, 11), 0));
    assertEquals(List.of("2021-03", "2019-03"), ramparts);
  }

  @Test
  void aBaseMonthOfAnEarlierYearPlacesAnUndatedPageAYearLater() {
    // The NAR page read without its date: its data are of July 2023, compared with July of 2022.
    String nar = "NAR released a summary of existing-home sales data showing that housing market activity this July declined "
        + "2.2%.\nJuly’s inventory of unsold listings as of the end of the month was up 3.7% from last month, standing at 1,110,000 "
        + "homes for sale. Compared with July of 2022, inventory levels were down 14.6%.";
    assertEquals(2023, PeriodResolver.context(null, nar).fallbackYear());
    // The Castle's Ramparts read without its date: March 2021 is compared with March of 2019; the text's year stays 2021.
    String ramparts = "Here, sales increased over 110% from March 2020 when Illinois started its lockdown. However comparing March "
        + "2021 sales to March of 2019 showed an increase of just shy of 60% with March 2019 our best March ever.";
    assertEquals(2021, PeriodResolver.context(null, ramparts).fallbackYear());
  }
}
