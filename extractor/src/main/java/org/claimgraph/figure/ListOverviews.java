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

  private static final String COUNT = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
      + "|twenty-five|fifty|hundred)";
  /** "Here's", "Here are", "Below is" opening the sentence, or after a short lead-in ("So, here are …"). */
  private static final String PRESENT = "^(?:[^,.;:]{0,30},\\s*)?(?:here(?:'|’)s|here\\s+is|here\\s+are|below\\s+(?:is|are))\\s+";
  /** "a brief overview of the", "a quick look at" … */
  private static final Pattern OVERVIEW = Pattern.compile("(?iu)" + PRESENT + "(?:an?\\s+)?(?:\\p{L}+\\s+){0,2}(?:"
      + Tsv.read("list-overviews.tsv").stream().map(r -> Pattern.quote(r.get("noun"))).collect(Collectors.joining("|"))
      + ")\\s+(?:of|at)\\b");
  /** "Here are five largest …", "Here are the top 10 …": the entries counted. */
  private static final Pattern COUNTED = Pattern.compile("(?iu)" + PRESENT + "(?:the\\s+)?(?:top\\s+)?" + COUNT + "\\b");

  private ListOverviews() {}

  /** Whether {@code sentence} presents an overview of the entries after it. */
  static boolean announces(String sentence) {
    String s = sentence.strip();
    return OVERVIEW.matcher(s).find() || COUNTED.matcher(s).find();
  }
}
