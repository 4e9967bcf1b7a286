package org.claimgraph.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * Rates listed in brackets after the names they belong to, with the verb of change written once for the list
 * (statistics offices' releases and the agencies that rewrite them):
 *
 * <pre>
 * "Copper production grew in the following regions: Arequipa (179.6%), Ancash (14.9%)"  → changes, up
 * "production fell in the petroleum refining (-51.4%), textile (-2%)"                   → changes, down (the sign)
 * "industrial production increased in … extraction sectors (+ 11.9%)"                    → a change, up
 * "Alabama (7.8%), Idaho (4.0%) … reported monthly growth rates for January"            → changes, up
 * "China (45%) and India (20%) account for most demand"                                  → unchanged (no change word)
 * "Demand grew, with China (45%) and India (20%) taking most of it"                       → unchanged (shares, said after)
 * "exports rose 5%, with China taking the largest part (45%)"                            → unchanged (the verb has its own rate)
 * </pre>
 */
final class BracketedRates {

  private static final Pattern CHANGE_VERB = Pattern.compile(
      "(?i)\\b(grew|grow|increased|increase|rose|rise|climbed|jumped|expanded|growth|fell|declined|decline|decreased|decrease|dropped|drop|contracted|slumped)\\b");
  private static final Pattern DOWN = Pattern.compile("(?i)fell|declined?|decreased?|dropped|drop|contracted|slumped");
  /** "… reported monthly growth rates", "have shown remarkable increases": the change word after the list. */
  private static final Pattern CHANGE_AFTER = Pattern.compile(
      "(?i)^(?:[^.;]|\\.\\d)*?\\b(?:reported|recorded|showed|shown|posted|registered|saw|seen)\\s+(?:\\p{L}+\\s+){0,2}?(growth|increases?|decreases?|declines?|drops?)\\b");
  /**
   * "Demand grew, with China (45%) and India (20%) accounting for most of it": the list's clause says what its brackets are,
   * shares of the whole, whatever verb of change stands before (review6).
   */
  private static final Pattern SHARE_AFTER = Pattern.compile(
      "(?i)^(?:[^.;]|\\.\\d)*?\\b(?:account(?:s|ed|ing)?\\s+for|ma(?:de|ke|kes|king)\\s+up|represent(?:s|ed|ing)?|shares?|of\\s+the\\s+total"
          + "|taking|took)\\b");
  /** A percent outside brackets: a rate of its own that the verb before it belongs to. */
  private static final Pattern PERCENT = Pattern.compile("\\d[\\d.,]*\\s?(?:%|per\\s?cent|percent)");

  private BracketedRates() {}

  private static final Pattern OPEN_BRACKET = Pattern.compile("\\(\\s*([+\\-−]?)\\s*$");

  /**
   * The direction of the percent at {@code [start, end)} of {@code sentence} when it is a bracketed rate of a list under
   * a word of change ("up" or "down"), else null.
   */
  static String direction(String sentence, int start, int end, char signed) {
    String before = sentence.substring(0, start);
    Matcher open = OPEN_BRACKET.matcher(before);
    if (!open.find() || !Regexes.matches(sentence.substring(end), "(?s)^\\s*\\).*")) return null;
    // a name before the bracket: "Arequipa (179.6%)", "‘manufacture of electrical equipment’ (10.5%)"
    if (!Regexes.matches(before.substring(0, open.start()), "(?s).*[\\p{L}’'\"”]\\s*$")) return null;
    String sign = open.group(1);
    Matcher verbs = CHANGE_VERB.matcher(before);
    String verb = null;
    int verbEnd = -1;
    while (verbs.find()) {
      verb = verbs.group(1);
      verbEnd = verbs.end();
    }
    if (verb != null && !ownRateBetween(sentence.substring(verbEnd, open.start())) && !SHARE_AFTER.matcher(sentence.substring(end)).find()) {
      return direction(signed, sign, verb);
    }
    Matcher after = CHANGE_AFTER.matcher(sentence.substring(end));
    if (after.find() && !ownRateBetween(sentence.substring(end, end + after.start(1)))) return direction(signed, sign, after.group(1));
    return null;
  }

  private static String direction(char signed, String sign, String word) {
    if (signed == '-' || sign.equals("-") || sign.equals("−")) return "down";
    if (signed == '+' || sign.equals("+")) return "up";
    return DOWN.matcher(word.toLowerCase(Locale.ROOT)).lookingAt() ? "down" : "up";
  }

  /** Whether {@code between} holds a percent outside brackets (the verb's own rate). */
  private static boolean ownRateBetween(String between) {
    String outside = Regexes.replaceAll(between, "\\([^()]*\\)", " ");
    return PERCENT.matcher(outside).find();
  }
}
