package org.claimgraph.figure;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * A comparison word that names no time nor reference level states no basis: "growth of just 5% according to data from Rho
 * Motion", "a 219.4% production boost from Glencore's Antapaccay mine", "75% more expensive than their internal combustion
 * counterparts", "sales … falling 9 per cent to just over 140,000 units" have basis null (GUIDELINES.md: basis only where the
 * sentence states it; a relative difference has none), where "from", "than", "over" alone read as a comparison over a span
 * (vs-period). The words that name one are in {@code reference-words.tsv}; a month, quarter or year names one too.
 */
final class TimelessComparisons {

  private static final Set<String> REFERENCE_WORDS = Tsv.read("reference-words.tsv").stream().map(r -> r.get("word"))
      .collect(Collectors.toUnmodifiableSet());
  /** A month, a quarter or half ("Q3", "H1", "1H19"), a fiscal year or a year. */
  private static final Pattern TIME = Pattern.compile(
      "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
          + "|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12]|[1-4]q\\d{0,4}|[12]h\\d{0,4}|fy\\s?\\d{2,4})\\b|\\b(?:19|20)\\d{2}\\b|'\\d{2}\\b");
  /** The comparison words this reads ("since" and "between" always span a time). */
  private static final Pattern WORDS = Pattern.compile("(?i)from|than|over|against|versus|vs\\.?|compar(?:ed|ison)\\s+(?:to|with)");

  private TimelessComparisons() {}

  /** Whether {@code word}, the comparison word found, and {@code after}, the words after it in the clause, name no time. */
  static boolean namesNoTime(String word, String after) {
    if (!WORDS.matcher(word.strip()).matches()) return false;
    if (TIME.matcher(after).find()) return false;
    for (String w : after.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+")) {
      if (REFERENCE_WORDS.contains(w)) return false;
    }
    return true;
  }
}
