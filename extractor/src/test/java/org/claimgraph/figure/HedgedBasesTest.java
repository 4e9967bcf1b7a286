package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A base stated with a hedge or a record's word ("from as much as 36 million WMT in 2017", "compared with a record 86 million
 * tonnes in 2021") is a base all the same: on a page without a date, the text is about the year after it (GUIDELINES.md,
 * "Periods": without a date, months resolve against the years the text states, comparison bases included). Sentences of
 * publishers outside the development set; the expected years were written down before the rule.
 */
class HedgedBasesTest {

  private static int present(String text) {
    return PeriodResolver.context(null, text).fallbackYear();
  }

  @Test
  void aRecordBaseYearIsTheYearBeforeTheText() {
    // https://thepigsite.com/news/2022/08/ukraine-grain-exports-down-52-6-so-far (The Pig Site, Reuters, August 2022), also
    // https://www.hellenicshippingnews.com/ukraine-says-its-grain-exports-down-47-so-far-in-2022-23-season/ (Hellenic Shipping News)
    assertEquals(2022, present("The government has said that Ukraine could harvest at least 50 million tonnes of grain this year, "
        + "compared with a record 86 million tonnes in 2021, because of the loss of land to Russian forces and lower grain yields."));
    // https://www.devdiscourse.com/article/headlines/2250746-ukraine-grain-exports-down-306-to-151-mln-t-so-far-202223--ministry
    // (Devdiscourse, Reuters, 2022-11-14)
    assertEquals(2022, present("The government has said Ukraine could harvest between 50 million and 52 million tonnes of grain this "
        + "year, down from a record 86 million tonnes in 2021 because of the loss of land to Russian forces and lower yields."));
    // https://world-grain.com/articles/18300-ukrainian-grain-exports-down-nearly-18 (World Grain, Reuters, March 2023): the text's
    // latest year is 2022's estimate, after the record of 2021.
    assertEquals(2022, present("Ukraine is a major grain grower and exporter, with expected production of 53 million tonnes in 2022, "
        + "down from a record 86 million tonnes in 2021."));
  }

  @Test
  void aRecordBaseAfterAForecastYear() {
    // https://brecorder.com/news/amp/40234271 (Business Recorder, Reuters, March 2023): the forecast's 2022 follows its record base.
    assertEquals(2022, present("A major grain producer and exporter, Ukraine is likely to see a drop in grain output to about 53 "
        + "million tonnes in clean weight in the 2022 calendar year from a record 86 million tonnes in 2021."));
  }
}
