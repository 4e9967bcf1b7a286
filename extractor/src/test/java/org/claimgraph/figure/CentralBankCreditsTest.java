package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A central bank named by its common noun credits the figures it states (credit13; fresh6's Congo copper and cobalt output
 * "…, the central bank said on Thursday", fresh11's "…, the central bank said in a report", as fresh3's "Central bank said"
 * at a sentence start already did). Real sentences of publishers outside the devset (the search tool's stored pages, URLs in
 * the comments), the expected credit written down before the rule.
 */
class CentralBankCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2023, 8, 3);

  private static String creditOf(String quote, String... paragraphs) {
    return Texts.credit(DATE, quote, paragraphs);
  }

  @Test
  void theCentralBankSaid() {
    // https://www.bnnbloomberg.ca/paraguay-s-july-inflation-slows-below-central-bank-s-4-target-for-first-time-in-two-years-1.1954672
    assertEquals("the central bank", creditOf("3.5%",
        "Consumer prices rose 3.5% year-on-year last month, compared to 4.2% in June, the central bank said in a report."));
    // https://www.thenews.com.pk/print/426074-forex-reserves-rise-to-14-802bln
    assertEquals("the central bank", creditOf("$14.802 billion",
        "Pakistan’s foreign exchange reserves rose 11.7 percent to $14.802 billion during the week ended January 25; following "
            + "financial inflows from the friendly countries, the central bank said on Thursday."));
  }

  @Test
  void dataOfTheCentralBank() {
    // https://www.suchtv.pk/business/item/59169-foreign-reserves-rise-to-14-375-1-million.html
    assertEquals("the central bank", creditOf("0.45%",
        "The foreign exchange reserves held by the State Bank of Pakistan (SBP) rose 0.45% on a weekly basis, according to data "
            + "released by the central bank on Thursday."));
    assertEquals("the central bank", creditOf("$20,046.3 million",
        "According to the central bank, total liquid foreign reserves held by the country, including net reserves held by banks "
            + "other than the SBP, stood at $20,046.3 million."));
    // https://arynews.tv/en/sbp-reserves-jump-12-27bn/
    assertEquals("the central bank", creditOf("$18.64 billion",
        "According to the data released by the central bank, the total liquid foreign reserves held by the country increased by "
            + "$282 million to $18.64 billion."));
  }
}
