package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure taking the lede's period takes the nearer of the lede's span and its last month the text stated just before. */
class NearerPeriodsTest {

  private static String period(List<Figure> figures, String quote) {
    return PeriodRulesTest.figure(figures, quote).period();
  }

  @Test
  void aRankingAfterTheSpansLastMonthIsThatMonths() {
    // Kyiv Post (https://www.kyivpost.com/post/10035, Ukrautoprom; devset fresh22): the brand ranking breaks down November's 598
    List<Figure> figures = Texts.figuresUnder(null, "Electric vehicle registrations in Ukraine in January–November 2018",
        "Initial registration of electric vehicles (new and used) in Ukraine in January-November 2018 almost doubled compared to the"
            + " same period of 2017, to 4,812 units, the Ukrautoprom association has reported.",
        "According to the association, 598 electric vehicles passed primary registration in Ukraine in November, which is 2.4 times"
            + " more than in the same month of 2017, but 80% of them were imported cars with mileage.",
        "The most popular electric car in the Ukrainian market (344 units) remains Nissan Leaf, BMW i3 cars rank second with the"
            + " registration of 41 cars, and Tesla Model S ranked third with 34 cars.",
        "Renault Zoe ranked fourth position with 28 vehicles, while the fifth position belonged to Fiat 500e, which was chosen by 24 customers.");
    assertEquals("2018-01/2018-11", period(figures, "4,812 units"));
    assertEquals("2018-11", period(figures, "344 units"));
    assertEquals("2018-11", period(figures, "34 cars"));
    assertEquals("2018-11", period(figures, "28 vehicles"));
  }

  @Test
  void aMonthsLedeKeepsItsMonthAfterTheYearToDate() {
    // MINEX Asia (https://2024.minexasia.com/kazakhstan-sees-significant-increase-in-non-ferrous-metal-production-in-april-2024/;
    // devset fresh22): after the first four months, the gold ores' "A total of 2.93 million tons" is still April's
    List<Figure> figures = Texts.figuresUnder(null, "Kazakhstan sees significant increase in non-ferrous metal production in April 2024",
        "In April 2024, Kazakhstan significantly boosted the production of various non-ferrous metals.",
        "Between January and April, miners extracted 52.16 million tons of copper ore, an 8.2% rise from 2023 levels, according to data"
            + " released by the National Bureau of Statistics. In April alone, Kazakh companies produced 39,520 tons of unprocessed copper,"
            + " up 8.4% year-on-year. Overall, nearly 160,000 tons of this metal were produced in the first four months of 2024, marking a"
            + " 13.2% increase.",
        "The extraction of gold-bearing ores also showed positive growth in April. A total of 2.93 million tons were extracted, a slight"
            + " increase of 1.3% from the previous year.");
    assertEquals("2024-04", period(figures, "2.93 million tons"));
  }

  @Test
  void aSpanNotBrokenIntoAMonthKeepsTheLedes() {
    // Lokmat Times (IANS, https://www.lokmattimes.com/international/tesla-model-3-y-leads-us-ev-market-in-1st-nine-months-of-2023-report/):
    // no month stated between the lede's span and the ranking: the span
    List<Figure> figures = Texts.figuresUnder(java.time.LocalDate.of(2023, 11, 12), "Tesla Model 3, Y leads US EV market in 1st nine months of 2023",
        "Elon Musk-run Tesla vehicles have led US electric vehicle (EV) registrations by a significant margin during the first nine"
            + " months of this year, a new report has shown.",
        "Following Tesla were Chevrolet (50,160) and Ford (46,547) in second and third place, respectively.");
    assertEquals("2023-01/2023-09", period(figures, "50,160"));
  }

  @Test
  void onlyFromTheParagraphBeforeAndOnlyNestedPeriods() {
    assertEquals("2018-11", NearerPeriods.of("2018-01/2018-11", "2018-11", 3, 4));
    assertEquals("2018-01/2018-11", NearerPeriods.of("2018-01/2018-11", "2018-11", 2, 4));
    assertEquals("2018-01/2018-11", NearerPeriods.of("2018-01/2018-11", "2018-10", 3, 4));
    assertEquals("2022-02", NearerPeriods.of("2022-02", "2022-01/2022-02", 3, 3));
    assertEquals("2022-02", NearerPeriods.of("2022-02", null, -1, 3));
  }
}
