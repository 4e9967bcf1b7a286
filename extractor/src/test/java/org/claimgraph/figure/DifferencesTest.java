package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Changes worded without a verb of change next to the number ({@link Differences}, value8), and the bases the change's own
 * words name ({@link ChangeRules}). Right answers decided by GUIDELINES.md before the rule ran: a difference is a change in the
 * measure's unit ("2,059 fewer than the same period last year", fresh7); "over the last 12 months" compares with a year before
 * (yoy, fresh3/5/6 calls). Sentences of Newsroom Guyana, Maverick EV Services (Cox Automotive), NZ Herald (Stats NZ), The Times,
 * Sky News; the negatives keep amounts amounts.
 */
class DifferencesTest {

  private static final LocalDate DATE = LocalDate.of(2022, 10, 28);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // newsroom.gy/2016/10/27/worrying-decline-guyanas-export-performance-conclusion
      "The volume of sugar exported amounted to 189,565 metric tonnes or 29,281 metric tonnes more than the level exported in 2013.|29,281 metric tonnes|up",
      "In the Gold industry, export receipts were US$469.8 million, 27.6 percent or US$178.7 million lower than the 2013 level of US$648.5 million.|US$178.7 million|down",
      // evservicescompany.com/electric-vehicle-sales-hit-new-record-for-q3-2022 (Kelley Blue Book, Cox Automotive)
      "Hybrid Electric Vehicles (HEV) and plug in hybrid electric vehicles (PHEV) decreased by 16%, with 39,378 fewer cars sold in the third quarter of 2022 than in the same period of 2021.|39,378 fewer cars|down",
      "The vehicle market as a whole has taken a hit with the overall market growth at just 0.1% with only 4,161 more units sold in the third quarter of 2022 than the third quarter of 2021.|4,161|up",
      // nzherald.co.nz/business/economy/nz-trade-deficit-narrows-in-november (Stats NZ): the change restated after "or by"
      "Imports of transport equipment sank 58 per cent, due to a fall in aircraft and parts, which slid 98 per cent or by $303m.|$303m|down",
      "Machinery and plant equipment dropped 5.3 per cent, or by $42m.|$42m|down",
      // the change noun right after the amount (devset shapes: Resources Rising Stars, Lithium News, CommercialSolarGuy)
      "The higher prices are expected to lead to a A$120 million boost to the miner's bank balance.|A$120 million|up",
      "Analysts expect another US$5 fall in pack prices next year.|US$5|down"})
  void differencesAreChanges(String sentence, String quote, String direction) {
    BracketedRatesTest.assertChange(DATE, sentence, quote, direction);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // negatives: a level before "more than" after a comma, a count with "or more", an amount before a noun that is no change
      "Exports reached 189,565 tonnes, more than the level of 2013.|189,565 tonnes|AMOUNT",
      "Buyers of 3,000 vehicles or more than that get a rebate.|3,000 vehicles|AMOUNT",
      "The government set up a $500 million growth fund for the industry.|$500 million|AMOUNT"})
  void amountsStay(String sentence, String quote, Kind kind) {
    assertEquals(kind, PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote).kind());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // evservicescompany.com (Cox Automotive): "in the last year" is a year-on-year change
      "Electric Vehicles have become a valuable commodity as sales for the vehicles have risen 68% in the last year.|68%|yoy",
      // Trading Economics (copied at salatka-przepis.pl): "in the last 12 months"
      "Lithium carbonate prices were below CNY 97,500 per tonne in January, the lowest since August 2021, and sinking over 80% in the last 12 months amid increasing oversupply.|over 80%|yoy",
      // The Times (SMMT): the basis named in the change noun
      "For the first quarter of 2019, 701,000 cars were sold, a year-on-year fall of 2.4 per cent.|2.4 per cent|yoy",
      // negative: a span that is not a year stays vs-period
      "Prices have risen 40% over the past three years.|40%|vs-period"})
  void basesTheWordsName(String sentence, String quote, String basis) {
    assertEquals(basis, PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote).basis());
  }
}
