package org.claimgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Lines that credit a whole story to the outlet it came from (credit22b, round 22; open splits: "- Mining Weekly",
 * "{Bloomberg}", "Reference: CNN Brasil", "This post was sourced from IHS Maritime 360" in fresh16, "– Bloomberg" in
 * fresh13, "Copyright Reuters, 2015" in fresh3, "Attribution: Reuters" in fresh5, "Copyright Agence France-Presse, 2012" in
 * fresh6, "Article by … courtesy of the West Australian." in fresh14). The lines below are real lines of pages outside the
 * devset (the search tool's stored pages, URLs in the comments), the expected name written down before the rule.
 */
class CreditLinesTest {

  @Test
  void aNameSignedUnderTheStory() {
    // https://earthrise.media/perspectives/2018/6/8/growing-lithium-mines (a quoted passage signed by its outlet)
    assertEquals("Sydney Morning Herald", CreditLines.source("-Sydney Morning Herald", true));
    // a signed name is a credit only as the story's last line: higher up, "- Chile" is a list's item
    assertNull(CreditLines.source("-Sydney Morning Herald", false));
  }

  @Test
  void aStoryToldAsTakenFromAnOutlet() {
    // https://cleantechnica.com/tag/electric-vehicle-sales/
    assertEquals("EV Obsession", CreditLines.source("Originally published on EV Obsession.", false));
    // http://resourceinvestingnews.com/65197-australian-iron-ore-exports-soaring.html
    assertEquals("NineMSN", CreditLines.source("Read the full story by NineMSN", true));
  }

  @Test
  void whatIsNoCreditLine() {
    // https://republicofmining.com/2021/06/01/hpal-nickel-tailings-question-still-unanswered-by-anthony-milewaski-the-assay-may-26-2021/
    assertNull(CreditLines.source("For the rest of this article: https://www.theassay.com/articles/analysis/hpal-nickel-tailings", true));
    // https://www.agenzianova.com/a/61d89d8cd4dfb4.02551007/3742985/2022-01-07/brasile-vendite-veicoli-elettrici-aumentate-77-per-cento-nel-2021
    // (the site's own notice)
    assertNull(CreditLines.source("© Agenzia Nova - Riproduzione riservata", true));
    // https://www.businesslive.co.za/bd/companies/mining/2019-04-30-glencore-cuts-copper-production-target/: a bare outlet's
    // name closing the story is not read (a trailing label looks the same)
    assertNull(CreditLines.source("Reuters", true));
    // a press release's end mark and a photo's credit line credit no story
    assertNull(CreditLines.source("-Ends-", true));
    assertNull(CreditLines.source("Credit: Getty Images", true));
    // "Source: …" lines are the resolver's older form, not this class's:
    // https://nai500.com/blog/2018/08/world-mine-copper-production-up-5-7-in-the-first-five-months-of-2018/
    assertNull(CreditLines.source("Source: Mining.com", true));
  }

  @Test
  void aCopyrightNeedsAnOutlet() {
    assertTrue(CreditLines.needsOutlet("Copyright Reuters, 2015"));
    assertEquals("Reuters", CreditLines.source("Copyright Reuters, 2015", true));
    assertFalse(CreditLines.needsOutlet("Attribution: Reuters"));
    assertNull(CreditLines.source("Copyright 2010-2013 Patriot Powered News", true));
  }
}
