package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A body referred back to by its kind (credit35a, KindReferences): "the exchange said", "according to the bourse", "data from the
 * bourse show" after the page named the London Metal Exchange; "the bureau of the Department of …" after the bureau was credited.
 * Real sentences of publishers outside the devset (the search tool's stored pages, URLs in the comments); expected values written
 * down before the rule.
 */
class KindReferencesTest {

  @Test
  void theBourseIsTheExchangeTheSentenceNamedBefore() {
    // https://business-standard.com/article/markets/90-of-nickel-stocks-held-by-1-firm-lme-107012601034_1.html (Bloomberg, 2007)
    // expected: 90 percent, percent, share, share of LME nickel stockpiles held by one firm, credit London Metal Exchange
    assertEquals("London Metal Exchange", Texts.credit(LocalDate.of(2007, 1, 26), "More than 90 percent",
        "More than 90 percent of the London Metal Exchange's nickel stockpiles were held by a single firm as of two days ago, data "
            + "from the bourse show."));
  }

  @Test
  void theBourseIsTheExchangeAnEarlierParagraphNamed() {
    // http://www.businessweek.com/news/2012-07-19/lme-nickel-stockpiles-jump-to-the-highest-since-june-17-2011 (Bloomberg News)
    // expected: 2,514 tons, tonne, amount, nickel added to the Vlissingen warehouse, NL, credit London Metal Exchange
    assertEquals("London Metal Exchange", Texts.credit(LocalDate.of(2012, 7, 19), "2,514 tons",
        "Nickel stockpiles in London Metal Exchange-monitored warehouses climbed to the highest level since June 17, 2011.",
        "The warehouse in Vlissingen, Netherlands, added 2,514 tons, according to the bourse."));
  }

  @Test
  void theExchangeSaidInItsDailyReport() {
    // The shape of Bloomberg's base-metals reports as republished (miningtopnews.com, worldal.com): the exchange named in the lead.
    assertEquals("London Metal Exchange", Texts.credit(LocalDate.of(2014, 9, 3), "6,078 tons",
        "Nickel rose on the London Metal Exchange after stockpiles monitored by the bourse fell the most in three weeks.",
        "Nickel inventory dropped 312 metric tons, or 4.9 percent, to 6,078 tons, the exchange said in a daily report."));
  }

  @Test
  void anExchangeThePageNeverNamedIsNobody() {
    // No exchange named before "the exchange": the words name nobody.
    assertNull(Texts.credit(LocalDate.of(2014, 9, 3), "123,325 tons",
        "Stockpiles of copper dropped 0.5 percent to 123,325 tons, the exchange said."));
    // Another exchange described between the one named and the reference ("the local exchange"): not the London one.
    assertNull(Texts.credit(LocalDate.of(2016, 9, 1), "1,319 lots",
        "Tin is the best performer after zinc on the London Metal Exchange.",
        "Trades on the local exchange jumped 79 percent to 1,319 lots in August, exchange data show."));
  }

  @Test
  void theReferenceShapes() {
    assertEquals("exchange", KindReferences.head("the exchange"));
    assertEquals("bourse", KindReferences.head("the London-based bourse"));
    assertEquals("exchange", KindReferences.head("exchange data"));
    assertNull(KindReferences.head("the exchange rate"));
    assertNull(KindReferences.head("a stock exchange filing"));
    assertEquals("the bureau", KindReferences.withoutParent("the bureau of the Department of Environment and Natural Resources (DENR)"));
    assertNull(KindReferences.withoutParent("the Mines and Geosciences Bureau"));
  }

  @Test
  void aBureauOfADepartmentIsTheBureauCreditedBefore() {
    // The shape of the Philippine DENR's releases (a bureau of the department reports, then is described by its parent).
    assertEquals("the Mines and Geosciences Bureau", Texts.credit(LocalDate.of(2016, 5, 20), "P24.98 billion",
        "The country's metal production dropped 12 percent to P22 billion in the first quarter, the Mines and Geosciences Bureau (MGB) "
            + "reported.",
        "The amount is lower than the P24.98 billion recorded a year earlier, said the bureau of the Department of Environment and "
            + "Natural Resources (DENR)."));
  }
}
