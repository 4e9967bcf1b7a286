package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.figure;
import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A level in a clause about a time a year back, opened right after the comparison with it ("from a year ago, when some 1,764 EVs
 * were sold"): the period the sentence reports, a year back. The expected values were written down from the guidelines (the base
 * of a comparison gets the base's period; "down from 8.2% last year" for September is September of last year) before the rule.
 * Outside sentences (search corpus `pages`, none of them in devset/) are marked with their URL; the others are shapes written for
 * this test.
 */
class YearBackClausesTest {

  @Test
  void theClauseLevelIsTheReportedSpanAYearBack() {
    // https://www.fastmarkets.com/insights/us-crude-steel-production-slides-1-2 (AISI weekly report, no date on the page; read here
    // as a page of 2 September 2019; the year to date then ends with August, the last month complete): 59,936,000 tons, ton,
    // amount, the same span of 2018 (2018-01/2018-08), basis null, credit none; 63,251,000 tons keeps 2019-01/2019-08.
    LocalDate sep2019 = LocalDate.of(2019, 9, 2);
    String[] slides = {"Mills have produced 63,251,000 tons so far this year at an average capability utilization rate of 77.6%. "
        + "This is up 5.5% from the same period last year, when mills produced 59,936,000 tons at an average capability utilization "
        + "rate of 74.7%."};
    assertEquals("2019-01/2019-08", period(sep2019, "63,251,000 tons", slides));
    assertEquals("2018-01/2018-08", period(sep2019, "59,936,000 tons", slides));
    // https://www.fastmarkets.com/insights/us-crude-steel-production-slips-0-4 (same report, the comparison in one sentence; read
    // as a page of 26 March 2019, the year to date to February): 13,615,000 tons, amount, 2018-01/2018-02.
    LocalDate mar2019 = LocalDate.of(2019, 3, 26);
    String slips = "Mills have produced 12,642,000 tons so far this year at an average capability utilisation rate of 75.3%, down 7.1% "
        + "from the same period last year, when mills produced 13,615,000 tons at an average capability utilisation rate of 79.1%.";
    assertEquals("2018-01/2018-02", period(mar2019, "13,615,000 tons", slips));
  }

  @Test
  void aMonthOrASpanStatedInTheSentenceIsTheReference() {
    // Written for this test after the shapes of three open-set publishers (a month, a span of months, a year gone by):
    // 2.2%, share, September of the year before (2019-09); 1,764 EVs, amount, January–May 2022.
    assertEquals("2019-09", period(LocalDate.of(2020, 10, 5), "2.2%",
        "BEVs held a 6.7% market share in September, a big improvement from last year where it was only 2.2%."));
    assertEquals("2022-01/2022-05", period(LocalDate.of(2023, 6, 5), "some 1,764 EVs",
        "Some 7,526 electric cars were sold between January and May 2023. Sales thus rose by 326.64% from a year ago, when some 1,764 "
            + "EVs were sold."));
  }

  @Test
  void otherClausesAndTimesAreLeftAlone() {
    // negative: https://www.nwitimes.com/business/local/great-lakes-steel-production-dips/article_a294ea9f-db17-55f2-ae1d-094400abd845.html
    // (2021-12-22): the level comes before "when", not in the clause: 1.612 million tons is not touched by this rule.
    String nwi = "Overall, domestic steel mills in the United States made 1.805 million tons of steel last week, down 0.7% from 1.818 "
        + "million tons the previous week and up 12.8% compared to 1.612 million tons the same time a year prior, when the onset of the "
        + "coronavirus pandemic shut down auto plants and other factories, greatly depleting the demand for steel.";
    int at = nwi.indexOf("1.612");
    assertEquals("2020-12", YearBackClauses.period(nwi, at, Kind.AMOUNT, "2020-12", "2021-12"));
    // negative: http://uk.reuters.com/article/chile-copper-ouput-idUKL2E8IU2O720120730 (2012-07-30): a month written out owns its
    // clause (WhenClauses): 458,640 tonnes is May's, not a year back.
    String reuters = "Copper output slipped 1.2 percent compared with May, when the world's No. 1 copper producer churned out 458,640 "
        + "tonnes of it.";
    assertEquals("2012-05", YearBackClauses.period(reuters, reuters.indexOf("458,640"), Kind.AMOUNT, "2012-05", "2012-06"));
    // negative: https://www.kleinhenzassociates.com/tag/cleveland/ : "the largest since the same period in 1992, when the exhibition
    // ... helped the museum pull in 290,000 visitors": a year written out (1992), not a year back.
    String cma = "It was the largest since the same period in 1992, when the exhibition helped the museum pull in 290,000 visitors.";
    assertEquals("1992", YearBackClauses.period(cma, cma.indexOf("290,000"), Kind.AMOUNT, "1992", "2018-07/2018-09"));
    // A change in such a clause keeps its own period; a level with its own month keeps it.
    String change = "Sales rose 9% from a year ago, when they grew 4%.";
    assertEquals("2024-05", YearBackClauses.period(change, change.indexOf("4%"), Kind.CHANGE, "2024-05", "2024-05"));
    String own = "Sales rose 9% from a year ago, when 1,200 units were sold in April.";
    assertEquals("2023-04", YearBackClauses.period(own, own.indexOf("1,200"), Kind.AMOUNT, "2023-04", "2024-05"));
  }

  @Test
  void readAloneNothingIsCarried() {
    // https://www.fastmarkets.com/insights/us-crude-steel-production-slips-0-4 read alone (no page, no date): "so far this year"
    // has no year, so the base has none either.
    assertEquals(null, figure(Texts.figures(null,
        "Mills have produced 12,642,000 tons so far this year at an average capability utilisation rate of 75.3%, down 7.1% from the "
            + "same period last year, when mills produced 13,615,000 tons at an average capability utilisation rate of 79.1%."),
        "13,615,000 tons").period());
  }
}
