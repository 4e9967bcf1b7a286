package org.claimgraph.figure;

import java.util.HashMap;
import java.util.Map;
import org.claimgraph.lexicon.Tsv;

/**
 * The singular code of a counted noun after a number, from the plural rule and the exceptions in
 * {@code counted-nouns.tsv}.
 *
 * <pre>
 * singular("jobs")          → "job"          (the plural rule)
 * singular("people")        → "person"       (irregular)
 * singular("movies")        → "movie"        (a noun in -ie)
 * singular("types")         → null           (announces an enumeration; not counted)
 * compound("data centers")  → "data-center"  (the head alone is unclear)
 * </pre>
 */
final class CountedNouns {

  private static final CountedNouns INSTANCE = new CountedNouns();

  private final Map<String, String> nouns = new HashMap<>();
  private final Map<String, String> why = new HashMap<>();

  private CountedNouns() {
    for (Map<String, String> row : Tsv.read("counted-nouns.tsv")) {
      nouns.put(row.get("form"), row.get("noun"));
      why.put(row.get("form"), row.get("why"));
    }
  }

  static CountedNouns get() {
    return INSTANCE;
  }

  /**
   * The singular code of {@code word} (lower case), or null when it is not a counted plural noun;
   * {@code singular}: the number is 1, so only irregular forms count.
   */
  String singular(String word, boolean singular) {
    String kind = why.get(word);
    if ("irregular".equals(kind)) return nouns.get(word);
    if ("not-counted".equals(kind) || word.length() < 4 || word.contains("-")) return null;
    if (singular) return null;
    if (!word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word.endsWith("'s")) return null;
    if ("plural-ie".equals(kind)) return nouns.get(word);
    if (word.endsWith("uses") && !word.endsWith("ouses") && !word.endsWith("causes")) return word.substring(0, word.length() - 2);
    if (word.endsWith("ies") && word.length() > 4) return word.substring(0, word.length() - 3) + "y";
    if (word.matches(".*(?:ches|shes|xes|sses|zes)$")) return word.substring(0, word.length() - 2);
    return word.substring(0, word.length() - 1);
  }

  /** The code of a two-word counted noun ("data centers" → data-center), or null. */
  String compound(String twoWords) {
    return "compound".equals(why.get(twoWords)) ? nouns.get(twoWords) : null;
  }
}
