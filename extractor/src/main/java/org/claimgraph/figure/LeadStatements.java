package org.claimgraph.figure;

/**
 * A statement relayed as the page's body (credit30d, round 30): when the page's first credit is a person's indirect speech
 * given in its lead ("Deputy Secretary-General … Anucha Burapachaisri said that in January 2023 … 317,502 units", then the
 * next paragraphs' registrations; "Bayo Onanuga, Special Adviser …, confirms that …", then the list of purchases), the later
 * paragraphs are the rest of his account, though his own sentence states figures. A speaker credited further down, after
 * the page's own account began or another source ran ("…, Chairman Maximo Pacheco said" amid a report), keeps his figures to
 * his paragraph as before (SpeechRuns). Another credit, a phrase naming nobody, another company's sentence still stop him.
 */
final class LeadStatements {

  private LeadStatements() {}

  /**
   * Whether a speaker's sentence of figures leaves his run open into later paragraphs.
   *
   * @param person whether the credit is a person's speech
   * @param firstCredit whether it is the first credit the page gives
   * @param lead whether its sentence is in the page's lead (the first two body paragraphs that hold figures)
   */
  static boolean relays(boolean person, boolean firstCredit, boolean lead) {
    return person && firstCredit && lead;
  }
}
