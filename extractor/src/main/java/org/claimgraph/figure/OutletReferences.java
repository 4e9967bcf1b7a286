package org.claimgraph.figure;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * A credit that describes a news outlet without naming it ("the paper", "the newspaper", "the daily", "the Polish daily") stands
 * for the outlet the page named before it (GUIDELINES: a description that refers to a named source takes that source): "Since in
 * 2015 Poles only registered 337 electric cars, …, wrote the paper." after "…, the Gazeta Wyborcza daily has reported."
 * (TheNews.pl); "the newspaper reported" after "The Wall Street Journal reported". Nouns in outlet-nouns.tsv; with no outlet
 * named before, the words name nobody {@link CreditResolver} can point to and stay as written.
 *
 * <pre>{@code
 * OutletReferences.describesOutlet("the paper");          // true
 * OutletReferences.describesOutlet("the Polish daily");   // true
 * OutletReferences.describesOutlet("the Financial Times"); // false: a name
 * OutletReferences.writtenAsOutlet("the Gazeta Wyborcza daily"); // true: a name the page calls an outlet
 * }</pre>
 */
final class OutletReferences {

  /** "the", up to two modifiers (lower case, or a place's adjective: "the Polish daily"), the noun. */
  private static final Pattern DESCRIPTION = Pattern.compile(
      "(?i:the|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?i:" + nouns() + ")");
  /** A name followed by an outlet noun: "the Gazeta Wyborcza daily", "Kommersant newspaper". */
  private static final Pattern NAME_THEN_NOUN = Pattern.compile(
      "(?:(?i:the)\\s+)?\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,3}\\s+(?i:" + nouns() + ")");

  private OutletReferences() {}

  /** Whether the credit's words, whole, describe a news outlet and name none (every modifier lower case or a place's). */
  static boolean describesOutlet(String written) {
    if (written == null || !DESCRIPTION.matcher(written.strip()).matches()) return false;
    String[] words = written.strip().split("\\s+");
    for (int i = 1; i < words.length - 1; i++) {
      String w = words[i];
      if (Character.isUpperCase(w.charAt(0)) && !Credits.isPlace(w)) return false;
    }
    return true;
  }

  /** Whether the words credited before are an outlet's name with its outlet noun ("the Gazeta Wyborcza daily"). */
  static boolean writtenAsOutlet(String written) {
    return written != null && NAME_THEN_NOUN.matcher(written.strip()).matches();
  }

  private static String nouns() {
    return Tsv.read("outlet-nouns.tsv").stream().map(r -> r.get("noun"))
        .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
        .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
  }
}
