package org.claimgraph.figure;

import java.util.regex.Pattern;

/**
 * A percent stated as the size of a change its clause names as the subject, with the comparison or the time of that change
 * written between the noun and the verb: "growth compared to the first quarter of 2021 is well over 200%", "this year's growth
 * compared to last year could be more than 50%", "The total growth by the end of the year is expected to be more than 150%",
 * "the overall growth in new car sales in Europe, which stood at a modest 4.4 percent", "The reduction will be around 10-20%".
 * ChangeRules reads the plain shape ("the rise in exports was 12%"); this one lets a comparison, a year and a modal verb stand
 * between, so that the percent is a change and not the share an unmarked percent defaults to. Pure and stateless.
 */
final class ComparedChangeSubjects {

  private ComparedChangeSubjects() {}

  /**
   * The change noun, then up to 90 characters with no percent, clause break, bracket or number other than a year, and no noun of a
   * share or rate of use (a "market share" or "penetration" there is the subject instead), then the verb of being with its hedge.
   */
  private static final Pattern SUBJECT_BEFORE = Pattern.compile(
      "(?i)\\b(?:increase|decrease|rise|growth|decline|drop|gain|fall|jump|reduction|surge|slump)\\b"
          + "(?:(?!\\b(?:share|shares|penetration|proportion|margin|ratio|utili[sz]ation)\\b)(?:[^%\\d.;:()]|(?<!\\d)(?:19|20)\\d{2}(?!\\d))){0,90}?"
          + "\\b(?:(?:could|will|would|may|might|should|is\\s+(?:expected|projected|forecast|estimated)\\s+to|are\\s+(?:expected|projected)\\s+to)\\s+be"
          + "|was|were|is|are|(?:which\\s+)?stood\\s+at)\\s+"
          + "(?:(?:well\\s+)?(?:over|above)\\s+|(?:greater|more|higher)\\s+than\\s+|about\\s+|nearly\\s+|around\\s+|almost\\s+|just\\s+|some\\s+"
          + "|roughly\\s+|already\\s+|a\\s+(?:modest|mere|staggering|whopping)\\s+)*$");

  /** Whether the text {@code left} of a percent (the sentence up to its number) ends in such a subject and verb. */
  static boolean before(String left) {
    String tail = left.length() > 160 ? left.substring(left.length() - 160) : left;
    return SUBJECT_BEFORE.matcher(tail).find();
  }
}
