package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Where a credit's words end and whether they name anyone (credit32a, round 32): a verb of saying after a name and a trailing
 * phrase of when or where are no part of the credit; a record or document with no owner named credits nobody (GUIDELINES:
 * no trailing time or place; attribution rule 4). Real sentences: the devset's first-run errors (f26-e-12, f26-m-03, f15-e-13,
 * f17-e-02, f5-e-10) and pages of other publishers (the search tool's stored pages, URLs in the comments).
 */
class CreditSpansTest {

  private static final LocalDate DATE = LocalDate.of(2024, 10, 20);

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aRecordWithNoOwnerCreditsNobody() {
    // rwandadispatch.com (f26-e-12): the draft law is nobody's statement of the figure.
    assertNull(creditOf("zero percent",
        "Rwandan lower chamber of parliament is currently reviewing and scrutinizing a new draft law that aims to impose a motor vehicle "
            + "tax of zero percent on electric vehicles (EVs), according to a copy of the draft seen Friday in Kigali."));
    // britcham.cl (f26-m-03): a table's heading read as a credit.
    assertTrue(CreditSpans.namesNobody("Estimated figures for the end of 2021"));
    assertTrue(CreditSpans.namesNobody("A 2019 review"));
    assertTrue(CreditSpans.namesNobody("The blog post"));
  }

  @Test
  void aSpanEndsAtItsName() {
    // autoevtimes-style rewrite of a Cox Automotive release (f15-e-13-revvedupnew): the span's trailing "in a press launch final
    // week" is when, not who.
    assertEquals("Cox Automotive", CreditSpans.cut("Cox Automotive in a press launch final week"));
    // dimzou (f26-e-01): a trailing period phrase after the association's short form.
    assertEquals("the Vietnam Association of Motorcycle Manufacturers (VAMM)",
        CreditSpans.cut("the Vietnam Association of Motorcycle Manufacturers (VAMM) in the first quarter of 2024"));
    assertEquals("the Australian Bureau of Statistics (ABS)", CreditSpans.cut("the Australian Bureau of Statistics (ABS) on Aug"));
    // farmersweekly.co.nz (f17-e-02): the verb of saying and what was said.
    assertEquals("Prime Minister Chris Hipkins", CreditSpans.cut("Prime Minister Chris Hipkins said the latest data"));
    assertEquals("Agus", CreditSpans.cut("Agus quoting figures from the ministry of industry of Indonesia"));
  }

  @Test
  void outsideSentences() {
    // https://www.fool.com/investing/general/2014/05/11/new-motorcycle-sales-data-is-out-how-did-the-indus.aspx
    assertEquals("the Motorcycle Industry Council", creditOf("0.2%",
        "Data released by the Motorcycle Industry Council reports year-over-year motorcycle sales through the first quarter of 2014 "
            + "are virtually unchanged. The MIC totals 94,534 new motorcycle units sold in Q1, down 0.2% (118 units) from last year's tally."));
    // https://www.tradewithestonia.com/component/content/article/68-media/news/118-export-totals-hit-all-time-high
    assertEquals("Statistics Estonia", creditOf("1.13 billion euros",
        "Trade figures released by Statistics Estonia today show that the nation's exports reached 1.13 billion euros in September, "
            + "the most ever seen in any one-month period."));
  }

  @Test
  void namesAndRecordsOfBodiesStay() {
    // A name whose own words follow the preposition ("Center for Research on Energy and Clean Air") is not cut.
    assertEquals("the Centre for Research on Energy and Clean Air", CreditSpans.cut("the Centre for Research on Energy and Clean Air"));
    // "document on budget execution" (f4-m-06 gold): no name before the phrase, nothing cut.
    assertEquals("document on budget execution", CreditSpans.cut("document on budget execution"));
    // The words of a body keep a record a credit as written (GUIDELINES rule 1).
    assertFalse(CreditSpans.namesNobody("customs data"));
    // A capitalized first word that is no article or participle may be the owner's name (AttributionRulesTest: "per Commerce figures").
    assertFalse(CreditSpans.namesNobody("Commerce figures"));
    assertFalse(CreditSpans.namesNobody("CAAM data"));
    // 247wallst.com (f12-e-05): a web address is the source's name ("according to the latest data from hybridcars.com").
    assertFalse(CreditSpans.namesNobody("the latest data from hybridcars.com"));
    // A bracket left open is no name's end ("new Eurostat trade data (opens in a new tab)").
    assertEquals("new Eurostat trade data (opens in a new tab)", CreditSpans.cut("new Eurostat trade data (opens in a new tab)"));
    assertFalse(CreditSpans.namesNobody("Indonesian government data"));
    assertFalse(CreditSpans.namesNobody("official Chinese statement"));
    assertFalse(CreditSpans.namesNobody("a draft seen by Reuters"));
    assertFalse(CreditSpans.namesNobody("the [S&P Global Mobility's] most recent data"));
  }
}
