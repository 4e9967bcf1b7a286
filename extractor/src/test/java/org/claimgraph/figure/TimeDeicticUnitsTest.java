package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number followed by "last/next/past month/year/week" counts something else: the time word says when, it is never
 * the unit ("23,158 last month" was read as 23,158 months and dropped, fresh5 cleanenergywire). The words are rows of
 * why {@code time-deictic} in counted-nouns.tsv. Sentences of three publishers outside the development set; the expected
 * reading (a figure with that value, not a duration) was written before the rule.
 */
class TimeDeicticUnitsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | value of the figure | unit it must not take
      // citizenportal.ai/articles/1558208/Morrisville/Bucks-County/Pennsylvania/Police-report-alarming-33-rise-in-vehicle-thefts
      "Overall, the number of calls received by the police department has seen a slight increase, with only nine more"
          + " calls logged this year compared to the same period last year—4,986 this year versus 4,977 last year.|4977|year",
      "However, a significant rise in vehicle-related thefts was noted, with incidents climbing to 127 this year, up from"
          + " 85 last year, marking a 33% increase.|85|year",
      "In contrast, serious offenses categorized under Part 2, which include assaults and disorderly conduct, have"
          + " decreased by 10%, with 168 incidents reported this year compared to 187 last year.|187|year",
      // leek.nub.news/news/local-news/fly-tipping-surges-but-cctv-recorded-crimes-tumble-in-latest-moorlands-data
      "However, the number of FPNs issued for littering has dropped significantly, with only 15 FPNs issued this year"
          + " compared to 60 last year and 55 the year before.|60|year",
      // tech.slashdot.org/story/18/07/02/0252204/ (the noun comes first and stays the unit)
      "Elon Musk tweeted on Sunday that the company produced 7,000 cars last week, including 5,000 Model 3 electric"
          + " sedans.|7000|week",
      // written for the test, in the words of the open-set sentence and of the other time words
      "The number of new purely electric vehicles climbed to a new record of 23,158 last month, the authority said.|23158|month",
      "The company expects to deliver 40,000 next year.|40000|year",
      "Registrations rose to 1,250 past week.|1250|week"})
  void theTimeWordIsNotTheUnit(String sentence, double value, String notUnit) {
    Figure f = Texts.figures(LocalDate.of(2025, 6, 1), sentence).stream()
        .filter(x -> Math.abs(x.quantity().value() - value) < 1e-9).findFirst()
        .orElseThrow(() -> new AssertionError(value + " in " + Texts.figures(LocalDate.of(2025, 6, 1), sentence)));
    assertNotEquals(notUnit, f.quantity().unit());
  }
}
