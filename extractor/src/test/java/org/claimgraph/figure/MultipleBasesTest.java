package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A multiple stated as a level, with what it multiplies and that level's time after it ("That’s double the tonnage of 2018",
 * "twice as much as exports in 2018", "over double the number (around 100,000) registered in 2017", "more than double what was
 * obtained in all of 2021"): the time is the base's (GUIDELINES.md: the base of a comparison gets the base's period), so the
 * factor's basis is read against it (2018 for 2019: yoy; 2018 for October 2019: vs-period). Counted over the open splits: 6
 * factors of 6 publishers (hetq, miningeurope, insiderstories, digitaljournal read; cmio's part-year against a whole year and
 * pipedot's "double EVs' share … in May 2021" not yet). A verb of multiplying keeps its own time ("doubled the funding in 2019").
 */
class MultipleBasesTest {

  /** fresh21 f21-e-01 (digitaljournal): the level inside the base keeps the base's year. */
  @org.junit.jupiter.api.Test
  void aLevelInsideTheBaseKeepsItsTime() {
    assertEquals("2017", PeriodRulesTest.figure(Texts.figures(LocalDate.of(2019, 3, 1), DIGITAL), "around 100,000").period());
  }

  private static final String DIGITAL = "Data provided by IHS Markit (analyzed by TechCrunch) shows that 208,000 electric vehicles "
      + "were registered across the U.S. in 2018, which is over double the number (around 100,000) registered in 2017.";

  private static List<Object> bp(LocalDate date, String sentence, String quote) {
    Figure f = PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
    return Arrays.asList(f.basis(), f.period());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // fresh24 f24-m-10 (hetq) and f24-m-11 (miningeurope)
      "2020-03-01|In 2019, Armenia exported 300,000 tons of copper concentrate to China. That’s double the tonnage of 2018.|double|yoy|2019",
      // fresh21 f21-e-01 (digitaljournal)
      "2019-03-01|Data provided by IHS Markit (analyzed by TechCrunch) shows that 208,000 electric vehicles were registered across the U.S. in 2018, which is over double the number (around 100,000) registered in 2017.|over double|yoy|2018",
      // fresh5 f5-m-02 (insiderstories)
      "2019-11-20|Nickel exports rose in October 2019. But October’s growth was fierce, even twice as much as exports in 2018.|twice|vs-period|2019-10",
      // safety4sea.com/40-higher-energy-forecast-demand-in-2030 (outside the devset): 2030 against 2011
      "2014-01-15|China will overtake North America to become the largest oil consumer by 2030, nearly triple the level of 2011.|nearly triple|vs-period|-",
      // Negative: a verb of multiplying keeps its own year (fresh23 f23-e-09, fleeteurope, reworded with a year)
      "2019-08-01|Romania has doubled the funding for its EV subsidy programme Rabla Plus in 2019.|doubled|null|2019",
  })
  void aMultiplesBaseTimeIsTheBases(String date, String sentence, String quote, String basis, String period) {
    List<Object> got = bp(LocalDate.parse(date), sentence, quote);
    // "-": the period is not this rule's (a forecast year stated before the multiple)
    assertEquals(Arrays.asList(basis, period), period != null && period.equals("-") ? Arrays.asList(got.get(0), "-") : got);
  }
}
