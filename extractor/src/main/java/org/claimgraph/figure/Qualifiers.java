package org.claimgraph.figure;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The qualifying words next to a number, as written, lower case.
 *
 * <pre>
 * before("exports soared nearly ")   → "nearly"
 * after(" or more winds")            → "or more"
 * boundVerbBefore("sales exceeded ") → true (a lower bound: "more than")
 * </pre>
 */
final class Qualifiers {

  private static final List<String> QUALIFIERS = List.of("more than", "less than", "fewer than", "at least", "at most",
      "up to", "as much as", "as many as", "as little as", "as few as", "as high as", "as low as", "just over",
      "just under", "close to", "nearly", "almost", "about", "around", "approximately", "roughly", "some", "over",
      "under", "above", "below", "an estimated", "estimated", "upwards of", "in excess of", "well over", "well under",
      "no more than", "no less than", "not more than", "not less than", "approx.", "approx", "circa", "well below",
      "well above", "far below", "far above", "a little over", "a little under", "a little more than", "greater than",
      "in the neighborhood of", "in the region of", "plus or minus", "or so", "younger than", "older than");
  private static final List<String> QUALIFIERS_LONGEST_FIRST = QUALIFIERS.stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  /** Any qualifier before a number, as a regex alternation, longest first: "(?:in\\s+the\\s+neighborhood\\s+of|…|over)". */
  static final String BEFORE_ALTERNATION = QUALIFIERS_LONGEST_FIRST.stream()
      .map(q -> q.replace(".", "\\.").replace(" ", "\\s+")).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
  private static final Pattern QUALIFIER_AFTER = Pattern.compile(
      "(?i)^,?\\s+(or (?:more|less|fewer|higher|lower|greater|above|below|so|over|under|older|younger)|and (?:up|above|over|more|older|younger)|plus)(?![\\p{L}])(?!\\s+than\\b)");
  private static final Pattern BOUND_VERB = Pattern.compile(
      "(?i)\\b(?:exceed|exceeded|exceeds|exceeding|topped|tops|top|surpass|surpassed|surpasses|surpassing|crossed|crosses)\\s+$");

  private Qualifiers() {}

  static String before(String before) {
    for (String q : QUALIFIERS_LONGEST_FIRST) {
      if (before.endsWith(q + " ") && (before.length() == q.length() + 1
          || !Character.isLetter(before.charAt(before.length() - q.length() - 2)))) {
        return q;
      }
    }
    return null;
  }


  /** The qualifier written after a number ("110 mph or more"), lower case, or null. */
  static String after(String rest) {
    Matcher qa = QUALIFIER_AFTER.matcher(rest);
    return qa.find() ? qa.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Whether a bounding verb ends {@code before}: "sales exceeded 30 million" is "more than" 30 million. */
  static boolean boundVerbBefore(String before) {
    return BOUND_VERB.matcher(before).find();
  }
}
