package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A level followed by "the same period/month in YEAR" (or "… YEAR" without "in") is the span its sentence reports, in the
 * year named: "in comparison to 2,660 on the same period 2020" after "So far this year" (July 2021) is January–July 2020, not
 * this year's span (guidelines: the base of a comparison gets the base's period). "in comparison to" compares as "compared to"
 * does, and a hedge ("just", "a mere") before the base leaves it a base. Sentences of publishers outside the development set
 * (search tool, corpus pages); the readings were written down from the guidelines before the rule ({@link YearBackSpans}).
 */
class SamePeriodInYearAfterTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void aLevelBeforeTheSamePeriodOfAYearIsThatYearsSpan() {
    // https://www.kildarenow.com/news/home/653893/over-26-000-new-cars-registered-in-july.html (Kildare Now, SIMI, 2021-08-03)
    String[] kildare = {"1,902 new electric vehicles registered in July compared to 771 in July 2020. So far this year 6,233 new electric cars have been registered in comparison to 2,660 on the same period 2020."};
    assertEquals("2021-01/2021-07", period(LocalDate.of(2021, 8, 3), "6,233 new electric cars", kildare));
    assertEquals("2020-01/2020-07", period(LocalDate.of(2021, 8, 3), "2,660", kildare));
    // http://www.rev.ie/simi-sales-figures-update/ (Rev.ie, SIMI, June 2021 figures)
    assertEquals("2020-01/2020-06", period(LocalDate.of(2021, 7, 1), "1,889",
        "For the month of June 390 new electric vehicles were registered compared to 42 in June 2020. So far this year 4,333 new electric cars have been registered in comparison to 1,889 on the same period 2020."));
    // https://www.kilkennypeople.ie/news/motoring-news/631274/new-vehicle-registrations-on-the-rise-again-after-tough-pandemic-year.html (Kilkenny People, 2021-05-08)
    assertEquals("2020-01/2020-04", period(LocalDate.of(2021, 5, 8), "1,700",
        "For the month of April 2021, 596 new electric vehicles were registered compared to 50 in April 2020.",
        "So far this year 3,414 new electric cars have been registered in comparison to 1,700 on the same period 2020."));
    // https://www.independent.ie/regionals/wicklow/news/wicklows-share-of-new-car-market-lower-than-last-year-41022133.html (Wicklow People, October 2021 figures)
    assertEquals("2020-01/2020-10", period(LocalDate.of(2021, 11, 2), "3,867",
        "522 new electric vehicles registered in October compared to 254 in October 2020. So far this year 8,342 new electric cars have been registered in comparison to 3,867 on the same period in 2020."));
    // https://fry-electronics.com/theres-still-a-long-way-to-go-but-electric-vehicle-sales-continue-to-double/ (April 2022 figures)
    assertEquals("2021-01/2021-04", period(LocalDate.of(2022, 5, 5), "3,406",
        "The figures show that 1,286 BEVs were newly registered in April compared to 590 in April last year.",
        "So far this year, however, 7,524 new electric cars have been registered, compared to 3,406 for the corresponding period in 2021."));
  }

  @Test
  void aBaseWithoutALevelBeforeItInItsSentenceTakesTheSpanTheTextReports() {
    // https://www.motorblog.com.uy/en/noticias/rapid-increase-in-electric-vehicle-adoption-in-the-united-states/58487/ (Motorblog, Experian data, August 2023)
    String[] motorblog = {"In total, 655,986 electric vehicles were sold or registered in the country between January and July, accounting for 7.2 percent of all light vehicle sales. This marks a considerable increase compared to the 4.9 percent market share of electric vehicles during the same period in 2022."};
    assertEquals("2023-01/2023-07", period(LocalDate.of(2023, 8, 20), "7.2 percent", motorblog));
    assertEquals("2022-01/2022-07", period(LocalDate.of(2023, 8, 20), "4.9 percent", motorblog));
  }

  @Test
  void aLevelThatIsNoComparisonIsTheSpanAYearBackAllTheSame() {
    // https://getjerry.com/electric-vehicles/genesis-teslas-sales-much-year (Jerry, July 2022): "just 73,301 units in the same period in
    // 2021" is the span of the 118,700 vehicles before it (as read there), a year back.
    String[] jerry = {"According to the data, Tesla has sold 118,700 vehicles in the U.S. while luxury marque Genesis sold 13,945 as of the second quarter of 2022; Tesla sold just 73,301 units in the same period in 2021 while Genesis sold 11,076."};
    LocalDate date = LocalDate.of(2022, 7, 20);
    String current = period(date, "118,700 vehicles", jerry);
    assertEquals(ComparisonLinks.shift(current, -12), period(date, "73,301 units", jerry));
  }

  @Test
  void inComparisonToComparesAsComparedToDoes() {
    // https://www.echolive.ie/business/arid-40142744.html (Echo, SIMI, 2020-12-03; not a development-set page): a change compared
    // with November 2019 is of November 2020 (y/y), not the month after the base.
    var fs = Texts.figures(LocalDate.of(2020, 12, 3),
        "HGV (Heavy Goods Vehicle) registrations are down 30.5% (82) in comparison to November 2019 (118).");
    Figure change = PeriodRulesTest.figure(fs, "30.5%");
    assertEquals("yoy", change.basis());
    assertEquals("2019-11", PeriodRulesTest.figure(fs, "118").period());
  }

  @Test
  void readAloneTheYearNamedIsAllThereIs() {
    // No page, no date: the base is of the year it names; the figure before it states no year; nothing comes from nothing.
    String sentence = "So far this year, 4,320 new electric cars have been registered in comparison to 1,782 during the same period in 2021.";
    assertEquals("2021", period(null, "1,782", sentence));
    assertNull(period(null, "4.9 percent",
        "This marks a considerable increase compared to the 4.9 percent market share of electric vehicles during the same period in 2022."));
  }
}
