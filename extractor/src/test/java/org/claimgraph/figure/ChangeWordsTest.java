package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Changes whose word of change is not next to the number: the change named as the subject with its rate stated after it
 * ("In a six-month period, the increase reached 14.3 percent", "a planned increase in spending next year of 2%"), the rate
 * in brackets before the change noun ("a marginal (one per cent) increase"), and "an improvement of" an amount. Sentences of
 * The Slovak Spectator (Statistics Office, June 2022) and KildareStreet (Seanad debates); the negatives keep a share after a
 * change noun and a level reached by a verb a share.
 */
class ChangeWordsTest {

  private static final LocalDate DATE = LocalDate.of(2022, 8, 11);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // spectator.sme.sk/c/22981776/situation-in-industry-during-inflation.html
      "In a six-month period, the increase reached 14.3 percent.|14.3 percent|up",
      "After six months, the overall decrease has reached 3.2 percent.|3.2 percent|down",
      // kildarestreet.com/sendebates/?gid=2002-11-21.192.0
      "The media refer to a planned increase in spending next year of 2% compared to a 20% increase this year.|2%|up",
      // the bracketed rate before its change noun (the shape of UK registration reports)
      "New car registrations rose in September, which marks a marginal (one per cent) increase over the same period last year.|one per cent|up"})
  void changesNamedApartFromTheirRate(String sentence, String quote, String direction) {
    BracketedRatesTest.assertChange(DATE, sentence, quote, direction);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // negatives: a share after a change noun stays a share; a level a change arrives at stays a level
      "The growth in exports was led by China, whose share was 45%.|45%|SHARE",
      "The unemployment rate increased to 5.2% in June.|5.2%|AMOUNT",
      // "made up" is no move up: osv.ltd.uk (SMMT, 2013) and a news summary of the SMMT's first half of 2022
      "In 2011, hybrid vehicles made up just 4.7% of the market share, but this increased to 12.3% by 2013.|4.7%|SHARE",
      "In the first six months of this year, sales of fully-electric and plug-in hybrid vehicles made up just 7.2 per cent of new car registrations.|7.2 per cent|SHARE"})
  void levelsAndSharesStay(String sentence, String quote, Kind kind) {
    assertEquals(kind, PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote).kind());
  }

  @org.junit.jupiter.api.Test
  void aQuotedPersonHasOneTitle() {
    // "Shailesh Chandra, the Managing Director of …" in one sentence and "…, Managing Director, …" in the next are one title:
    // a person stored with two titles would list each of the person's figures twice.
    assertEquals("Managing Director", new Speaker("Shailesh Chandra", "the Managing Director", "Tata Motors").title());
    assertEquals("research director", new Speaker("David Merriman", "a research director", "Project Blue").title());
    assertEquals("Theme Director", new Speaker("Ann Lee", "Theme Director", null).title());
  }
}
