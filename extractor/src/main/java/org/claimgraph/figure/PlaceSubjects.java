package org.claimgraph.figure;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * A credit written as a place's kind ("The country", "the state", "the Southeast Asian nation", "Kingdom") names a place, and a
 * place is never a source (GUIDELINES): "The country has also reported increases in production of aluminum, copper and lead, thus
 * the production … has amounted for 2.4 trillion tenge" (Ratel, Kazakhstan, after "…, Kazinform cites energyprom.kz"); "The state
 * expects, however, that over 20 years the plant still will generate $1.9bn in tax revenue." (Faro Live, after "According to the
 * Wall Street Journal"). The subject is what the figures are about; the sentence takes the credit it takes without it (the one
 * running on, or none). Nouns in place-nouns.tsv.
 *
 * <pre>{@code
 * PlaceSubjects.namesPlace("The country");          // true
 * PlaceSubjects.namesPlace("the Gulf state");       // true
 * PlaceSubjects.namesPlace("the State Council");    // false: a body's name
 * }</pre>
 */
final class PlaceSubjects {

  /**
   * "the", up to three modifiers (no possessive: "the country's ministry" is a body), then the noun; or the noun alone with a
   * capital ("Kingdom", "The Kingdom").
   */
  private static final Pattern PLACE = Pattern.compile(
      "(?i:the|this|that)\\s+(?:(?!(?i:of|for|and|or|on|in|to|at)\\s)[\\p{L}-]+\\s+){0,3}?(?i:" + nouns(false) + ")|" + nouns(true));

  private PlaceSubjects() {}

  /** Whether the credit's words, whole, are a place by its kind. */
  static boolean namesPlace(String written) {
    if (written == null) return false;
    String w = written.strip();
    return !w.contains("'") && !w.contains("’") && PLACE.matcher(w).matches();
  }

  /** The nouns as an alternation, longest first; {@code capitalized}: as a bare name writes them ("Kingdom", "Island nation"). */
  private static String nouns(boolean capitalized) {
    return Tsv.read("place-nouns.tsv").stream().map(r -> r.get("noun"))
        .map(n -> capitalized ? Character.toUpperCase(n.charAt(0)) + n.substring(1) : n)
        .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
        .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
  }
}
