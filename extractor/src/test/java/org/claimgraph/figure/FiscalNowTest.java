package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "The current financial year", "the last fiscal", "the first quarter of this financial year" on a page without a date
 * (FiscalNow): read against the fiscal years the text itself names, never against today. Sentences of publishers outside the
 * development set, read without their dates; the expected periods were written down before the rule.
 */
class FiscalNowTest {

  private static String period(String quote, String... paragraphs) {
    return PeriodRulesTest.period(null, quote, paragraphs);
  }

  @Test
  void aQuarterOfTheFiscalYearMakesItTheRunningOne() {
    // http://www.importexportmarketing.in/copper-production-falls-47-imports-higher-by-233/ (Sep 2018; read without the date)
    String[] text = {
        "Due to the closure of a major copper smelter in Tuticorin, a steep fall has been seen in India's production of refined copper during the first quarter of the fiscal year 2018-19.",
        "The exports fell 91.6% on year on year basis comparison and reached to 7KT during the first quarter of the current financial year.",
        "India's refined copper production was at 843KT in the last fiscal and is estimated to reach 510KT during the current fiscal year."};
    assertEquals("2018-04/2018-06", period("7", text));
    assertEquals("2017-04/2018-03", period("843", text));
    assertEquals("2018-04/2019-03", period("510", text));
  }

  @Test
  void theCurrentFinancialYearAfterAQuarterOfFy22() {
    // https://www.thehindu.com/news/national/indias-copper-import-rises-26-in-q1-momentum-expected-to-continue-further-report/article36547491.ece
    // (September 19, 2021; read without the date)
    String[] text = {
        "\"In the first quarter of FY22, India's copper imports shot up by 26% to 60,766 tonnes from 48,105 tonnes in the same period last year even as the nation was in the grip of second COVID wave with multiple lockdowns.",
        "India ended the last financial year with copper imports of 2,33,671 tonnes.",
        "With 26-30% growth, imports are likely to be in the range of 295,000-304,000 tonnes for the current financial year, the association added."};
    assertEquals("2020-04/2021-03", period("2,33,671 tonnes", text));
    assertEquals("2021-04/2022-03", period("295,000-304,000 tonnes", text));
  }

  @Test
  void theFirstQuarterOfTheCurrentFinancialYear() {
    // https://www.ndtv.com/business/copper-imports-rose-by-26-to-reach-60-766-tonnes-in-june-quarter-2546304 (2021-09-19; read without the date)
    String[] text = {
        "India's copper imports are on the rise despite capacity available to meet domestic demand",
        "Country's copper imports went up by 26 per cent to reach 60,766 tonnes in the first quarter of the current financial year (2021-22). The imports were 48,105 tonnes during the corresponding period of 2020-21.",
        "India had ended 2020-21 with copper imports of 2,33,671 tonnes."};
    assertEquals("2021-04/2021-06", period("60,766 tonnes", text));
  }

  @Test
  void thisFiscalOfAYearComparedWithFy2022() {
    // https://www.business-standard.com/amp/economy/news/india-s-merchandise-imports-to-cross-700-bn-in-fy23-on-higher-crude-gtri-123032900258_1.html
    // (2023-03-29; read without the date)
    String[] text = {
        "India's merchandise imports for the fiscal year ending March 2023 are estimated to touch USD 710 billion, up from USD 613 billion in FY'2022, an increase of over 15.8 per cent over last year, GTRI co-founder Ajay Srivastava said.",
        "It said that the coking coal imports may exceed USD 20.4 billion this fiscal, an 87 per cent increase over last year and steam coal imports may exceed USD 23.2 billion, a 105 per cent increase compared to last year."};
    assertEquals("2022-04/2023-03", period("USD 20.4 billion", text));
  }

  @Test
  void aComparisonWithThePreviousFinancialYearIsLeftToTheBaseRules() {
    // https://www.australianmining.com.au/news/iron-gold-lithium-drive-record-wa-sales/ (2022-10-05; read without the date)
    String[] text = {
        "Western Australia's resources sector has registered record sales of $231 billion and its highest-ever employment figures in 2021-22.",
        "Employment in the sector rose to an all-time high of more than 157,700 workers, an increase of around six per cent on the previous financial year."};
    assertEquals("2021-07/2022-06", period("more than 157,700 workers", text));
  }

  @Test
  void aYearReportedWholeIsNotReadAsRunning() {
    // Regression, devset fresh14 (miningday, undated): FY23 is reported whole and compared with 2021-22; "the past financial
    // year" may be FY23 itself, so it is not read as FY22, and the base's own 2020 stays.
    String[] text = {
        "Booming demand for lithium and LNG has powered WA's resources sector to a record result, with total sales soaring to $254 billion in 2022-23.",
        "Sales of lithium spodumene concentrate soared to $21b in the past financial year — a more than 20-fold increase on the $820 million in revenue generated in 2020.",
        "The value of LNG exports also surged to a record $56b — almost $18b higher than in 2021-22."};
    assertEquals("2020", period("$820 million", text));
  }

  @Test
  void withoutAFiscalYearInTheTextNothingIsGuessed() {
    // https://blog.the-pick.com.au/news/western-australia-in-the-battery-metal-box-seat (no date), and the sentence read alone.
    assertNull(period("$19Bn",
        "In a time of purported market softness, Western Australian lithium exports are predicted to soar from $5 billion to $19Bn this financial year and remain aloft for at least the next half-decade."));
    // https://alumni.csiro.au/lithium-exports-triple-to-19bn-in-a-year/ (April 2023; read without the date)
    assertNull(period("$18.6 billion",
        "The value of Australian lithium exports are expected to triple in real-terms this financial year, from $5.2 billion to $18.6 billion, according to the latest figures published by the Office of the Chief Economist."));
    assertNull(period("843", "India's refined copper production was at 843KT in the last fiscal and is estimated to reach 510KT during the current fiscal year."));
  }

  @Test
  void aYearPairNamedOnlyWholeIsNoRunningFiscalYear() {
    // review24code's probe: a sports season's year pair is no fiscal year, and "this fiscal" on an undated page stays unread.
    assertNull(period("2 million units", "India won the 2021-22 series against Australia. India's EV sales are expected to reach 2 million units this fiscal."));
  }

  @Test
  void aDatedPageKeepsItsOwnDate() {
    // https://www.moneycontrol.com/news/business/economy/domestic-refined-copper-production-falls-47-in-q1-care-ratings-2890371.html (2018-08-28)
    assertEquals("2018-04/2019-03", PeriodRulesTest.period(LocalDate.of(2018, 8, 28), "510",
        "India's refined copper production was at 843KT in the last fiscal and is estimated to reach 510KT during the current fiscal year."));
  }
}
