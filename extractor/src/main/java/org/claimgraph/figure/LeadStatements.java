package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A statement relayed as the page's body (credit30d, round 30): when the page's first credit is a person's indirect speech
 * given in its lead and reported as a that-clause ("… Spokesperson Anucha Burapachaisri said that in January 2023 … 317,502
 * units", then the next paragraph's registrations; "Bayo Onanuga, Special Adviser …, confirms that …", then the list of
 * purchases), the later paragraphs are the rest of his account, though his own sentence states figures. A trailing tag ("…,
 * Chairman Maximo Pacheco said on Tuesday.") gives his own figures only, and the page's after it are the writer's; a speaker
 * credited after another source keeps his figures to his paragraph as before (SpeechRuns). Another credit, a phrase naming
 * nobody, another company's sentence still stop him.
 */
final class LeadStatements {

  /** The speaker's verb opening a that-clause: "said that", "confirms that", "told reporters that". */
  private static final Pattern THAT_CLAUSE = Pattern.compile(
      "^[^.;:“”\"]{0,160}?\\b(?:said|says|confirm(?:s|ed)|stated|states|revealed|reveals|disclosed|discloses|announced|announces"
          + "|noted|notes|informed|told\\s+[^,.;]{1,40}?)\\s+that\\b");

  private LeadStatements() {}

  /**
   * Whether a speaker's sentence of figures leaves his run open into later paragraphs.
   *
   * @param person whether the credit is a person's speech
   * @param firstCredit whether it is the first credit the page gives
   * @param lead whether its sentence is in the page's lead (the first two body paragraphs that hold figures)
   * @param fromCredit the sentence from the credit's start on
   */
  static boolean relays(boolean person, boolean firstCredit, boolean lead, String fromCredit) {
    return person && firstCredit && lead && THAT_CLAUSE.matcher(fromCredit).find();
  }
}
