package org.claimgraph.figure;

import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * The writer's overview of ranked entries stops the credit that ran before it (credit31d; GUIDELINES fresh25 call 15). A
 * sentence that presents the entries after it ("Here's a brief overview of the 10 countries that produced the most tungsten last
 * year", tungstenchina and blesswmo under a USGS world total; "Here are five largest olive oil producers in the world along with
 * their statistics", countryranker under a WHO ranking; "Here are the top 10 most produced crops in the world", list.ly) says
 * that the writer now goes through them: the entries are the writer's, not the source's whose total came before, unless the
 * overview names its source ("Here's a look at the 10 countries that mined the most rare earths in 2023, as per the latest data
 * from US Geological Survey": that source then runs on as any credit does). The overview nouns are those of
 * {@code list-overviews.tsv}; without one, the presenting "Here are …" must count its entries ("five", "the top 10").
 */
final class ListOverviews {

  /**
   * The entries' count: digits, a whole number word of number-words.tsv ("five", "a dozen"; review32a: was a list in code), or
   * tens and units ("twenty-five"). Multiplicative words of the file ("double", "twice") never follow "Here are".
   */
  private static final String COUNT = count();
  /** "Here's", "Here are", "Below is" opening the sentence, or after a short lead-in ("So, here are …"). */
  private static final String PRESENT = "^(?:[^,.;:]{0,30},\\s*)?(?:here(?:'|’)s|here\\s+is|here\\s+are|below\\s+(?:is|are))\\s+";
  /** "a brief overview of the", "a quick look at" … */
  private static final Pattern OVERVIEW = Pattern.compile("(?iu)" + PRESENT + "(?:an?\\s+)?(?:\\p{L}+\\s+){0,2}(?:"
      + Tsv.read("list-overviews.tsv").stream().map(r -> Pattern.quote(r.get("noun"))).collect(Collectors.joining("|"))
      + ")\\s+(?:of|at)\\b");
  /** "Here are five largest …", "Here are the top 10 …": the entries counted. */
  private static final Pattern COUNTED = Pattern.compile("(?iu)" + PRESENT + "(?:the\\s+)?(?:top\\s+)?" + COUNT + "\\b");

  private ListOverviews() {}

  private static String count() {
    java.util.Map<String, Double> words = org.claimgraph.lexicon.Lexicon.get().numberWords();
    java.util.function.Predicate<Double> whole = v -> v >= 1 && v == Math.rint(v);
    String all = words.entrySet().stream().filter(e -> whole.test(e.getValue())).map(java.util.Map.Entry::getKey)
        .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    String tens = words.entrySet().stream().filter(e -> e.getValue() >= 20 && e.getValue() < 100 && e.getValue() % 10 == 0
        && e.getKey().matches("\\p{L}+")).map(java.util.Map.Entry::getKey).sorted().collect(Collectors.joining("|"));
    String units = words.entrySet().stream().filter(e -> e.getValue() >= 1 && e.getValue() < 10 && e.getValue() == Math.rint(e.getValue())
        && e.getKey().matches("\\p{L}+") && !e.getKey().endsWith("fold") && !e.getKey().endsWith("ed")).map(java.util.Map.Entry::getKey)
        .sorted().collect(Collectors.joining("|"));
    return "(?:\\d+|(?:" + tens + ")-(?:" + units + ")|" + all + ")";
  }

  /** Whether {@code sentence} presents an overview of the entries after it. */
  static boolean announces(String sentence) {
    String s = sentence.strip();
    return OVERVIEW.matcher(s).find() || COUNTED.matcher(s).find();
  }
}
