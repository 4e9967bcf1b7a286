package org.claimgraph.figure;

import java.util.List;

/**
 * The lead a later credit reaches back to (GUIDELINES attribution rule 2: "a lead sentence whose credit sits in the next
 * paragraph") is the page's opening: its first body paragraph, or the second after a figure-free opening line (a dateline, a
 * one-line standfirst), and a standfirst's paragraph right after it. A paragraph further down whose figures happen to come
 * first, after paragraphs of background without figures, is no lead: it is the body, and takes no credit named after it
 * ("Masan High-Tech Materials … stands to benefit" and a paragraph of context, then "The price of APT … is currently fluctuating
 * around $630/MTU", then "According to securities firm VietCap, this stems from …", vir.com.vn; "It is reported that Tesla
 * Gigabit factory employees … 2,900 people" in the fourth paragraph, before "… according to the Tesla Employment Forecast").
 */
final class LeadParagraphs {

  private LeadParagraphs() {}

  /**
   * Whether {@code paragraph} may join the lead {@code lead} holds so far, on a page whose first body paragraph is
   * {@code firstBody}.
   */
  static boolean opens(List<Integer> lead, int paragraph, int firstBody) {
    if (lead.isEmpty()) return paragraph <= firstBody + 1;
    return paragraph == lead.get(lead.size() - 1) + 1;
  }
}
