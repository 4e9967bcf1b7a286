package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which paragraphs are the lead that takes the credit given right after it (credit10, round 10; fresh9's "According to the
 * Cobalt Institute" given to the CMOC output of the paragraph before, after a first paragraph of three sentences). A
 * standfirst is one sentence; after a first paragraph of several sentences the next paragraph is body, and a credit given
 * after it covers its own paragraph, not the body before it.
 *
 * <p>The paragraphs below are real sentences of publishers outside the devset (URLs in the comments), set in the order of
 * the shape under test; the expected credit was written down before the rule.
 */
class LeadCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aBodyParagraphAfterALeadOfSeveralSentencesTakesNoLaterCredit() {
    List<Figure> fs = Texts.figures(DATE,
        // https://fastmarkets.com/insights/cmoc-cobalt-production-soars-by-178
        "Since the beginning of 2024, cobalt hydroxide prices have been under consistent downward pressure. The midpoint hydroxide "
            + "price averaged $6.98 per lb in the first half of 2024, down by 18.8% from the $8.60 per lb during the same period in 2023.",
        // https://www.stockmarketwire.com/article/6771273/Glencore-copper-production-falls-cobalt-higher-amid-Katanga-ramp-up.html
        "Copper production fell 6% to 1,371,200 on-year, while cobalt production rose 10% to 46,300 tonnes.",
        // https://fastmarkets.com/insights/cmoc-cobalt-producer-exceeds-2024-guidance
        "Imports of cobalt intermediates into China over the first nine months of 2024 amounted to 138,848 tonnes (metal content), "
            + "significantly exceeding the 114,263 tonnes (metal content) imported during the whole of 2023, according to data published "
            + "by China’s General Administration of Customs.");
    assertNull(credit(fs, "46,300 tonnes"));
    assertNull(credit(fs, "$6.98 per lb"));
    assertEquals("China’s General Administration of Customs", credit(fs, "138,848 tonnes"));
  }

  @Test
  void aOneSentenceStandfirstLeavesTheNextParagraphInTheLead() {
    List<Figure> fs = Texts.figures(DATE,
        // https://mobile.ghanaweb.live/GhanaHomePage/business/Australia-s-lithium-mining-boom-hit-by-sagging-prices-1986455 (BBC)
        "Lithium prices have plunged by over 75% since June 2023 due to falling electric vehicle sales and global oversupply, hitting "
            + "Australia's economy as the world’s largest producer.",
        // https://www.livemint.com/news/world/europe-to-ramp-up-lithium-mining-to-cut-china-s-market-grip/amp-11725537750336.html
        "Two years ago, lithium prices were around $84,000 a metric ton as the metal was running hot on electric-vehicle demand.",
        // http://m.acphonor.com/interactive/139498/en (Financial Times)
        "The price of lithium has tumbled more than 80 per cent in the past year to $13,200 per tonne, its lowest level since 2020, "
            + "after excessive levels of supply hit the market, according to data group Benchmark Mineral Intelligence.");
    assertEquals("Benchmark Mineral Intelligence", credit(fs, "around $84,000 a metric ton"));
  }
}
