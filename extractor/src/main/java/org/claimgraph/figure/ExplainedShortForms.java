package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short form whose bracket also says what it is (credit29b, round 29): "the Mexican Automotive Industry Association (AMIA for
 * its acronym in Spanish)", "(INEGI, by its Spanish acronym)", "(Conapo, its initials in Spanish)", "(ANAC, in Portuguese)".
 * English pages that relay a body of another language name it so; the bracket is the body's short form, as "(AMIA)" is, and
 * the words after it are no part of the name. A bracket of other words ("(down 3%)", "(the third quarter)") is left alone.
 */
final class ExplainedShortForms {

  /** The short form, then what it is: "for its acronym in Spanish", ", by its Spanish initials", ", in Portuguese". */
  private static final Pattern EXPLAINED = Pattern.compile(
      "\\((\\p{Lu}[\\p{L}&.-]{1,11})(?:,?\\s+(?:(?:for|by|from|after|as|per)\\s+)?(?:its|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
          + "(?:acronym|initials|abbreviation)s?(?:\\s+in\\s+\\p{Lu}\\p{L}+)?|,?\\s+in\\s+\\p{Lu}\\p{Ll}+)\\)");

  private ExplainedShortForms() {}

  /** {@code text} with each explained short form written as the bare short form: "(AMIA for its acronym in Spanish)" → "(AMIA)". */
  static String bare(String text) {
    if (text.indexOf('(') < 0) return text;
    Matcher m = EXPLAINED.matcher(text);
    return m.find() ? m.replaceAll("($1)") : text;
  }
}
