package org.claimgraph.figure;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

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
      "in the neighborhood of", "in the region of", "plus or minus", "or so", "younger than", "older than",
      // kept as written (GUIDELINES.md, fresh9: "slightly over", "slightly less than"; fresh11: "just below")
      "slightly over", "slightly under", "slightly above", "slightly below", "slightly more than", "slightly less than",
      "just above", "just below");
  /** Words in a qualifier's place that do not qualify the number: an estimate is a figure as stated. */
  private static final java.util.Set<String> NOT_QUALIFYING = java.util.Set.of("an estimated", "estimated");
  private static final List<String> QUALIFIERS_LONGEST_FIRST = QUALIFIERS.stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  /** Any qualifier before a number, as a regex alternation, longest first: "(?:in\\s+the\\s+neighborhood\\s+of|…|over)". */
  static final String BEFORE_ALTERNATION = QUALIFIERS_LONGEST_FIRST.stream()
      .map(q -> q.replace(".", "\\.").replace(" ", "\\s+")).collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
  private static final Pattern QUALIFIER_AFTER = Pattern.compile(
      "(?i)^,?\\s+(or (?:more|less|fewer|higher|lower|greater|above|below|so|over|under|older|younger)|and (?:up|above|over|more|older|younger)|plus)(?![\\p{L}])(?!\\s+than\\b)");

  /** The words of {@code bound-words.tsv} of one role, as a regex alternation. */
  private static String boundWords(String role) {
    return Tsv.read("bound-words.tsv").stream().filter(r -> r.get("role").equals(role))
        .map(r -> Pattern.quote(r.get("form")).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
  }

  private static final String VERBS = boundWords("verb");
  private static final String MARKS = boundWords("mark");
  /** "sales exceeded 30 million", "exceeding a 7% share for the first time": a lower bound. */
  private static final Pattern BOUND_VERB = Pattern.compile("(?i)\\b(?:" + VERBS + ")\\s+(?:an?\\s+)?$");
  /** "the exemption will not exceed RMB 30,000", "not exceeding RMB 0.4/Wh", "has yet to exceed a 1.8% share": an upper bound. */
  private static final Pattern NEGATED_BOUND = Pattern.compile("(?i)(?:\\b|(?<=\\p{L}))(?:" + boundWords("negation")
      + ")\\s+(?:to\\s+)?(?:be\\s+)?(?:" + VERBS + ")\\s+(?:an?\\s+)?$");
  /** "exceeded the 20,000 mark", "passed the 50,000 public charger milestone": a verb reaching over "the" to a mark. */
  private static final Pattern VERB_OVER_THE = Pattern.compile("(?i)\\b(?:" + VERBS + "|" + boundWords("mark-verb") + ")\\s+the\\s+$");
  /** After the number: up to three words, then the mark ("mark", "public charger milestone", "/t mark"). */
  private static final Pattern MARK_AFTER = Pattern.compile("(?i)^\\S*?(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:" + MARKS + ")\\b");
  /** "approaching 13.02 million units", "neared 2.46 million", "approached sales of 3 million EVs". */
  private static final Pattern APPROACH = Pattern.compile("(?i)\\b(?:" + boundWords("approach") + ")\\s+(?:[\\p{L}-]+\\s+of\\s+)?$");
  /** "around the US$14–16,000/t mark": a qualifier before "the", the mark after the number. */
  private static final Pattern QUALIFIER_THE = Pattern.compile("(?i)\\b(" + BEFORE_ALTERNATION + ")\\s+the\\s+$");
  /** "close to the symbolic threshold of 1 per cent": a qualifier, "the", a word and the mark "of" before the number. */
  private static final Pattern QUALIFIER_MARK_OF = Pattern.compile(
      "(?i)\\b(" + BEFORE_ALTERNATION + ")\\s+the\\s+(?:[\\p{L}-]+\\s+)?(?:" + MARKS + ")\\s+of\\s+$");

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

  /**
   * The bound the words around a number set where no qualifier stands right before it, or null: "no more than" after a negated
   * bounding verb, "more than" after a bounding verb (also over "the" to a mark after the number), "nearly" after a verb of
   * approaching, a qualifier reaching over "the" to a mark ({@code bound-words.tsv}).
   */
  static String bound(String before, String rest) {
    if (NEGATED_BOUND.matcher(before).find()) return "no more than";
    if (boundVerbBefore(before)) return "more than";
    boolean markAfter = MARK_AFTER.matcher(rest).find();
    if (markAfter && VERB_OVER_THE.matcher(before).find()) return "more than";
    if (APPROACH.matcher(before).find()) return "nearly";
    Matcher q = QUALIFIER_MARK_OF.matcher(before);
    boolean found = q.find();
    if (!found && markAfter) {
      q = QUALIFIER_THE.matcher(before);
      found = q.find();
    }
    return found ? reported(q.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) : null;
  }

  /** Whether a bounding verb ends {@code before}: "sales exceeded 30 million" is "more than" 30 million. */
  static boolean boundVerbBefore(String before) {
    return BOUND_VERB.matcher(before).find();
  }
}
