package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A time inside the noun phrase a figure is compared with is the base's, not the figure's (round 12, issue 10): "more than
 * double the number sold in 2020", "twice the number of 2020", "2.2 times their 2020 level", "almost triple the previous
 * record set in 2018", "compared to the pre-pandemic 2019 holiday period". The multiple or change takes its own period: the
 * sentence's other time, else the one the text runs on (the sentence before, the lede), else none. Sentences of publishers
 * outside the development set (search tool, corpus pages); the readings were written down before the rule.
 */
class ComparedPhrasesTest {

  private static Figure figure(List<Figure> fs, String quote) {
    return PeriodRulesTest.figure(fs, quote);
  }

  @Test
  void aMultipleOfATimesLevelIsOfTheSentencesOtherTime() {
    // https://praiser.io/electric-vehicle-sales-doubled-in-2021-with-more-now-sold-each-week-than-entire-year-in-2012/ (2022-03-04)
    List<Figure> iea = Texts.figures(LocalDate.of(2022, 3, 4),
        "New data, from the influential intergovernmental International Energy Agency (IEA), revealed that 6.6 million electric cars were sold last year – twice the number of 2020 – making up 9 per cent of the global car market.");
    assertEquals("2021", figure(iea, "twice").period());
    // https://www.dailyoilbulletin.com/article/2023/3/8/lithium-series-part-1-the-never-ending-lithium-boo/ (2023-03-08)
    List<Figure> lithium = Texts.figures(LocalDate.of(2023, 3, 8),
        "The spot price of lithium shot to record highs late last year — almost triple the previous record set in 2018 — on the back of skyrocketing global consumption primarily due to booming electric vehicle (EV) sales, before declining somewhat the past few months.");
    assertEquals("2022", figure(lithium, "almost triple").period());
    // https://chinaeconomicreview.com/worldwide-sales-of-evs-overtake-hybrids-in-2021/ (Nikkei Asia via China Economic Review, undated)
    List<Figure> nikkei = Texts.figures(null,
        "New EV sales around the world in 2021 increased to 2.2 times their 2020 level, while new hybrid car sales rose 35% to around 3.1 million.");
    assertEquals("2021", figure(nikkei, "2.2 times").period());
  }

  @Test
  void aMultipleWhoseSentenceStatesNoOtherTimeRunsOnFromTheSentenceBefore() {
    // https://marketplace.org/2022/02/03/sales-of-electric-vehicles-doubled-in-2021 (Marketplace, 2022-02-03)
    List<Figure> marketplace = Texts.figures(LocalDate.of(2022, 2, 3),
        "More than 6.5 million electric cars were sold around the world in 2021. That’s more than double the number sold in 2020 and more than triple what sold in 2019, according to a new report from the International Energy Agency.");
    assertEquals("2021", figure(marketplace, "More than 6.5 million electric cars").period());
    assertEquals("2021", figure(marketplace, "more than double").period());
    assertEquals("2021", figure(marketplace, "more than triple").period());
  }

  @Test
  void aMultipleOfALevelOfAYearIsOfTheYearItIsStatedFor() {
    // https://agro.gov.vn/vn/tID6173_Agriculture-forestry-aquatic-likely-to-exceed-year-s-target-.html (undated): the multiple is of
    // "this year", the year of the level it multiplies, not of 2006.
    List<Figure> pepper = Texts.figures(null,
        "Pepper’s export price has averages some US$3,500 per ton this year, more than double the US$1,500 average of 2006.");
    assertNotEquals("2006", figure(pepper, "more than double").period());
    assertEquals(figure(pepper, "some US$3,500 per ton").period(), figure(pepper, "more than double").period());
  }

  @Test
  void aChangeComparedWithADescribedYearIsNotOfThatYear() {
    // https://www.axios.com/2021/12/26/coronavirus-holiday-sales-pandemic (Axios, 2021-12-26): the holiday season of 2021, not 2019.
    List<Figure> holiday = Texts.figures(LocalDate.of(2021, 12, 26),
        "Holiday sales rose by 10.7% compared to the pre-pandemic 2019 holiday period, the fastest increase in 17 years, according to the Associated Press.");
    assertNotEquals("2019", figure(holiday, "10.7%").period());
  }

  @Test
  void aTimeOfTheFiguresOwnPhraseStaysItsOwn() {
    // written for the test: "double" as a verb, and a time after a preposition in a "from" phrase, are no comparison's base.
    assertEquals("2025", figure(Texts.figures(LocalDate.of(2024, 11, 5),
        "The company plans to double its output to 50,000 tonnes in 2025."), "50,000 tonnes").period());
    assertEquals("2023", figure(Texts.figures(LocalDate.of(2024, 3, 5),
        "Output from the mine in 2023 was 48,000 tonnes."), "48,000 tonnes").period());
  }
}
