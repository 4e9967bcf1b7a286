package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * An aside between a subject and its reporting verb, which is no part of the subject (credit8, round 8): a relative
 * clause ("The Cobalt Institute, which brings together manufacturers in the sector, says demand …", "The IEA, which is
 * the West’s energy watchdog, predicts …") or what the speaker spoke in ("The Minister, in his answer, said", "Union
 * Minister of State for Heavy Industries Krishan Pal Gurjar in a written reply in Lok Sabha today said"). {@link
 * AttributionFinder} reads the subject back from where the aside starts. An aside stating a number is a figure's clause
 * of its own ("China, which accounts for 48% of the world’s antimony production, announced": no source of the 48%), and
 * is left as it is.
 */
final class SubjectAsides {

  private static final String NOUNS = String.join("|", Tsv.read("aside-nouns.tsv").stream().map(r -> r.get("noun")).toList());
  /** Words between the aside's closing comma and the verb: "…, also released", "…, has said". */
  private static final String AUXILIARIES = "(?:(?:also|has|have|had|later|further|previously|recently)\\s+)*";
  /**
   * ", which brings together manufacturers in the sector, " / ", in his answer, " right before the verb; a relative clause
   * without its opening comma too ("the IEA which advises major consuming nations on energy policy, said").
   */
  private static final Pattern COMMA_ASIDE = Pattern.compile(
      "(?:,\\s+(?:(?:which|who|whose)\\s+[^,;:\"“”\\d]{3,120}?|(?:in|on|through)\\s+(?:a|an|its|his|her|their)\\s+[^,;:\"“”\\d]{2,80}?)|\\s+(?:which|who|whose)\\s+[^,;:\"“”\\d]{3,120}?),\\s*"
          + AUXILIARIES + "$");
  /** " in a written reply in Lok Sabha", " which advises major consuming nations on energy policy" at the subject's end. */
  private static final Pattern TRAILING_ASIDE = Pattern.compile(
      "\\s+(?:(?:in|on|through)\\s+(?:a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:" + NOUNS + ")\\b[^\\d]*"
          + "|(?:which|who)\\s+[^\\d]{3,120})$");

  private SubjectAsides() {}

  /** Where an aside closing right before {@code verb} starts (its opening comma), or -1 when there is none. */
  static int asideBefore(String sentence, int verb) {
    Matcher m = COMMA_ASIDE.matcher(sentence.substring(0, verb));
    return m.find() ? m.start() : -1;
  }

  /** {@code subject} without an aside at its end: "Krishan Pal Gurjar in a written reply in Lok Sabha" → "Krishan Pal Gurjar". */
  static String withoutTrailingAside(String subject) {
    Matcher m = TRAILING_ASIDE.matcher(subject);
    return m.find() && m.start() > 0 ? subject.substring(0, m.start()) : subject;
  }
}
