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
  /** Words in a qualifier's place that do not qualify the number: an estimate is a figure as stated. */
  private static final java.util.Set<String> NOT_QUALIFYING = java.util.Set.of("an estimated", "estimated");
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

  /**
   * The qualifier as the figure reports it: "an estimated 65 per cent" stands in a qualifier's place (the quote keeps it, and
   * the words before it stay the clause's), but an estimate is no qualifier (devset/GUIDELINES.md, fresh9 and fresh12).
   */
  static String reported(String qualifier) {
    return qualifier == null || NOT_QUALIFYING.contains(qualifier) ? null : qualifier;
  }

  /** Whether a bounding verb ends {@code before}: "sales exceeded 30 million" is "more than" 30 million. */
  static boolean boundVerbBefore(String before) {
    return BOUND_VERB.matcher(before).find();
  }
}
