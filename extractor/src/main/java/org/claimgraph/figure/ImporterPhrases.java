package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;

/**
 * A country heading a noun phrase of its imports is the importer, whatever material words stand between: "China’s rare earth
 * imports", "Japan's rare earths imports", "India’s Lithium imports", "Chinese rare earth imports". The material word ("rare",
 * "lithium") is no flow of the country's own, so the phrase does not make it an exporter: "Myanmar accounted for 57% of China’s
 * rare earth imports" → [MM, CN] (devset/GUIDELINES.md "Places": imports set the direction). Not where a flow word stands
 * between ("China's exports of … imports").
 */
final class ImporterPhrases {

  /**
   * Up to five words of what is imported ("lithium hydroxide and lithium oxide"), none a flow or a preposition, then "imports",
   * right after the country.
   */
  private static final Pattern IMPORTS_HEAD = Pattern.compile(
      "(?i)^(?:['’]s)?\\s+(?:(?!(?:exports?|exported|exporting|exporters?|shipments?|shipped|supply|supplies|supplied|sales|sold|output"
          + "|production|produced|deliveries|shipping|mined|refined|processed|to|or|from|of|in|with|for|the|a|an)\\b)[\\p{L}-]+\\s+){0,5}"
          + "imports\\b");

  private ImporterPhrases() {}

  /** Whether the text right after a country mention makes it the head of its own imports. */
  static boolean headsImports(String after) {
    return IMPORTS_HEAD.matcher(after).find();
  }

  /** "of" right after the figure, or after its bracketed conversion: "93.9 percent (US$123 million) of". */
  private static final Pattern OF = Pattern.compile("^\\)?(?:\\s*\\([^()]{1,40}\\))?\\s+of\\s+(?:the\\s+)?$");

  /**
   * The importers whose imports the figure ending at {@code end} is a part of: "87.9 percent of Korea’s lithium hydroxide …
   * imports", "93.9 percent (US$123 million) of Korea’s total graphite imports" → [KR], kept where the sentence's other figures
   * make it a list.
   */
  static List<String> ofImports(String sentence, int end, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    List<String> out = new ArrayList<>();
    for (var m : mentions) {
      if (m.start() < end || m.start() - end > 50 || !OF.matcher(sentence.substring(end, m.start())).matches()) continue;
      if (headsImports(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 80)))) out.add(m.value().code());
    }
    return out;
  }
}
