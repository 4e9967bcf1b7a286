package org.claimgraph.figure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A percent that the words right after it make part of a product's name: the product's grade, no figure
 * (corpus/gold/GUIDELINES.md: product grades are no figures). {@link NotFigures} reads formulas ("65% WO3") and the grade
 * words of {@code product-grades.tsv} ("6% lithia"); these are the names built around the percent:
 *
 * <pre>
 * "65% black tungsten concentrate prices", "55% concentrate"  → a concentrate of that grade (up to two words between)
 * "30% Co min", "98% min", "45% Mo content"                   → a minimum content, an element's content
 * "alloys (1.5% Si) are quoted at", "60%Cr; 6-8%C"            → an element's share in an alloy's specification
 * "80% ferrovanadium price", "72% ferro-silicon", "60% FeMo"  → a ferroalloy of that grade
 * </pre>
 *
 * A change or a function word between the percent and "concentrate" ends the name: "a 6.5% rise in concentrate
 * production", "25 percent … before a total concentrate export ban" stay figures.
 *
 * <p>Pure and stateless.
 */
final class GradeNames {

  /**
   * "30% Co min", "98% min,", "45% Mo content": the least content of a product, or an element's content. "minimum" spelled
   * out is a grade only where no noun follows it: "a 15% minimum tax", "a 30% minimum stake" are rates.
   */
  private static final Pattern CONTENT = Pattern.compile(
      "^\\s*(?:\\p{Lu}\\p{Ll}?\\s+)?(?:min\\b|minimum(?!\\s+\\p{L})|content\\b)");
  /** "(1.5% Si)", "60%Cr;": an element symbol closing a specification's item. */
  private static final Pattern ELEMENT_ITEM = Pattern.compile("^\\s*\\p{Lu}\\p{Ll}?\\s*[);]");
  /**
   * "80% ferrovanadium", "72% ferro-silicon", "60% FeMo", "50% FeV": a ferroalloy is sold by its grade. Not "ferrous"
   * (scrap, metals) nor the class word "ferroalloys": "a 20% ferroalloy export duty" is a rate.
   */
  private static final Pattern FERROALLOY = Pattern.compile("^\\s*(?:(?i:ferro)(?!(?i:us|alloys?)\\b)-?\\p{L}+|Fe\\p{Lu}\\p{Ll}?\\b)");
  /** "65% black tungsten concentrate", "55% concentrate": the words up to "concentrate" name the product. */
  private static final Pattern CONCENTRATE = Pattern.compile("(?i)^\\s*((?:[\\p{L}-]+\\s+){0,2})concentrates?\\b");
  /** Words that never stand inside a product's name: a concentrate after them is another noun phrase's. */
  private static final Set<String> OUTSIDE_A_NAME = Set.of("of", "in", "on", "at", "for", "to", "from", "by", "with", "and", "or",
      "the", "a", "an", "its", "their", "this", "that", "more", "less", "than", "higher", "lower");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private GradeNames() {}

  /** Whether the text right after a percent ({@code right}) makes the percent a product's grade. */
  static boolean after(String right) {
    if (CONTENT.matcher(right).lookingAt() || ELEMENT_ITEM.matcher(right).lookingAt() || FERROALLOY.matcher(right).lookingAt()) {
      return true;
    }
    Matcher m = CONCENTRATE.matcher(right);
    return m.lookingAt() && namesAProduct(m.group(1));
  }

  private static boolean namesAProduct(String words) {
    for (String w : SPACES.split(words.trim())) {
      if (w.isEmpty()) continue;
      if (OUTSIDE_A_NAME.contains(w.toLowerCase(Locale.ROOT)) || ChangeRules.directionWord(w) != null) return false;
    }
    return true;
  }
}
