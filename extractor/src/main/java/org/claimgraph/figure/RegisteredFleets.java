package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * "Registered" written right before the vehicles it counts ("the number of registered motor vehicles … reached 5.3 million
 * units", "18.21 million registered new energy vehicles", "100,000 registered EVs") names the fleet on the register, a stock:
 * such a count at a month is that month's level, not the registrations of the year to that month. "Newly registered vehicles",
 * "registrations", "were registered in March" stay flows. The words are in {@code registered-fleets.tsv}.
 */
final class RegisteredFleets {

  private static final List<Map<String, String>> WORDS = Tsv.read("registered-fleets.tsv");
  /** A word of a clause, not of a noun phrase: "EVs registered in March were cars" names no fleet. */
  private static final String CLAUSE_WORD = "(?:in|at|on|by|for|with|from|during|between|as|under|to|since|over|this|last|the|a|an|and|or"
      + "|were|was|are|is|be|been|has|have|had|of|per|than|that|which|who|its|their)";
  /** "registered" (not after "new", "newly", "first-time"), up to three words of kind, then a counted noun: "registered new energy vehicles". */
  private static final Pattern FLEET = Pattern.compile("(?i)(?<![\\p{L}-])(?<!\\b(?:" + Tsv.alternation(WORDS, "new") + ")[\\s-])"
      + "registered\\s+(?:(?!" + CLAUSE_WORD + "\\b)[\\p{L}-]+\\s+){0,3}?(?:" + Tsv.alternation(WORDS, "noun") + ")(?![\\p{L}-])");

  private RegisteredFleets() {}

  /** {@code sentence} without its fleet phrases (each replaced by a space), to look for the words of a flow in what is left. */
  static String withoutFleets(String sentence) {
    return FLEET.matcher(sentence).replaceAll(" ");
  }
}
