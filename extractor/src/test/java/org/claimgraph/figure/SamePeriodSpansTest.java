package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "over the same period" with no year after it is the span an earlier clause or sentence stated ("during"), not a base: the change
 * keeps the basis its own words state, else none (GUIDELINES-ev "Unstated bases stay null": "Sales during the same period
 * increased by 32.7 percent" after a y/y sentence). The first runs of fresh4, fresh6 and fresh10 read such changes as
 * year-on-year (5 gold figures of 3 publishers, all basis null). Sentences of publishers outside the development set; the
 * expected readings were written before the rule.
 */
class SamePeriodSpansTest {

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // global.chinadaily.com.cn/bizchina/2015-08/11/content_21558780_2.htm (China Daily): the span is 2014, no base stated
      "2015-08-11|Operating revenue of REHT dropped 31.09 percent to 5.84 billion yuan ($949 million) in 2014 and its profits fell by 57.44 percent over the same period.||57.44 percent|down|null",
      // sotn.newstatesman.com/2022/03/how-house-prices-have-surged-ahead-of-wages (New Statesman): "since 2000" is the sentence before's
      "2022-03-23|Since 2000, average wages have grown by 94 per cent.|This sounds impressive enough until you compare them to house prices, which have grown by 224 per cent over the same period.|224 per cent|up|null",
      // estatesgazette.co.uk/news/homes-less-affordable-despite-cool-market (Estates Gazette): 2010 to 2019, stated before
      "2020-01-07|Investment in British property, it says, has proven to be less lucrative than other asset classes over the past decade, with the FTSE100 rose by 39% and the FTSE250 by 135%.|Over the same period shares in Apple rose by 875%.|875%|up|null",
      // propertymatters.co.uk/news/wages-stagnate-compared-to-house-prices.html (Property Matters): 2008 to 2018, a decade
      "2019-10-01|The average UK home has risen around 43% in value between 2008 and 2018, from £160,954 to £229,861.|But over the same period the average salary has only increased by 15%, from 24,606 to £28,860.|15%|up|null"})
  void overTheSamePeriodIsASpanNotABase(String date, String before, String sentence, String quote, String direction, String basis) {
    String[] paragraphs = sentence == null ? new String[] {before} : new String[] {before, sentence};
    Figure f = PeriodRulesTest.figure(Texts.figures(LocalDate.parse(date), paragraphs), quote);
    assertEquals(Kind.CHANGE, f.kind());
    assertEquals(direction, f.direction());
    assertEquals(basis, f.basis());
  }

  @Test
  void aChangeNamingItsOwnBaseIsNotReadAgainstTheSpan() {
    // autosheek.com/teslas-terrible-first-quarter-sales-good-enough-to-reclaim-ev-crown: "over the same period" is the amount's
    // span (Q1 2024); the change names its own base, the quarter before (a careful reader: qoq; the extractor says vs-period,
    // not read from "the last three months of"), never year-on-year
    Figure f = PeriodRulesTest.figure(Texts.figures(LocalDate.of(2024, 4, 2),
        "BYD said on Monday it sold about 300,000 vehicles over the same period, representing a 43% decline from the last three months of 2023."),
        "43%");
    assertEquals("down", f.direction());
    assertNotEquals("yoy", f.basis());
  }
}
