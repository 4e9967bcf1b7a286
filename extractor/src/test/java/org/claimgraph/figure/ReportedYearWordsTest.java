package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link PresentYear#reportedYear}'s simple past is a verb of the year's clause, not any word ending in -ed: "the United
 * States" and "three hundred" report nothing, and a page stating its newest year in the present keeps "last year" the year
 * before (review7: the case-insensitive -ed test read "United" as a past tense).
 */
class ReportedYearWordsTest {

  @Test
  void aProperNounOrANumberWordEndingInEdIsNoPastTense() {
    String us = "Public chargers in the United States in 2024 number about 61,000, up from 29,000 in 2020.";
    assertEquals(0, PresentYear.reportedYear(us, 2024));
    String hundred = "Some three hundred new stations in 2024 bring the network to 5,000 chargers.";
    assertEquals(0, PresentYear.reportedYear(hundred, 2024));
  }

  @Test
  void aVerbInThePastStillReportsTheYear() {
    assertEquals(2015, PresentYear.reportedYear("The number of new electric vehicles registered in 2015 was up by 64 per cent.", 2015));
    assertEquals(2020, PresentYear.reportedYear("Lithium imports declined in 2020 to 3,000 tonnes.", 2020));
  }
}
