package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A line crediting the whole story to the outlet it came from ("- Mining Weekly", "This post was sourced from IHS Maritime
 * 360", "Read the full story by NineMSN": {@code CreditLines}) is the article's credit: it covers the figures no sentence
 * credits, and no figure whose sentence names its own source (GUIDELINES attribution rules 1 and 3). Real sentences of
 * pages outside the devset (URLs in the comments), the expected credit written down before the rule.
 */
class ClosingCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2013, 11, 20);

  // http://resourceinvestingnews.com/65197-australian-iron-ore-exports-soaring.html
  private static final String SHIPMENTS =
      "For the third quarter of 2013, shipments of iron ore were 20.9% higher than the corresponding period last year.";

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void theClosingLineCreditsWhatNoSentenceCredits() {
    assertEquals("NineMSN", creditOf("20.9%", SHIPMENTS,
        "Australian ports continue to surpass iron ore shipment records, indicating sustained demand from Chinese steelmakers for "
            + "Australian iron ore.",
        "Read the full story by NineMSN"));
  }

  @Test
  void aSentencesOwnCreditStays() {
    // https://www.businesslive.co.za/bd/companies/mining/2019-04-30-glencore-cuts-copper-production-target/ (its closing line
    // is a bare "Reuters"; here the signed form of the same story's wire)
    assertEquals("The mining and trading company", creditOf("320,700 tons",
        "The mining and trading company said quarterly copper production slipped to 320,700 tons, while cobalt output jumped 56% "
            + "in the same period.",
        "- Reuters"));
  }

  @Test
  void aSentenceAloneHasNoArticleCredit() {
    assertNull(PeriodRulesTest.figure(Texts.figures(null, SHIPMENTS), "20.9%").attribution());
  }
}
