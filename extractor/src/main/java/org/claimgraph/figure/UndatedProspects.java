package org.claimgraph.figure;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A figure its sentence states as a prospect, a plan, a forecast or a possibility ("The Bahodopi project will produce ferronickel
 * with 73,000 to 80,000 tonnes of nickel content per year", "The government also aims to set up 3,000 charging stations", "this
 * shift could save Pakistan around $6 billion every year", "the Punta Cana station will serve over 500 regular users"), in a
 * sentence that states no time at all (no period, no comparison base, no year, month or time word), is no datum of the period the
 * text around it reports: it takes none from there (GUIDELINES: targets and plans' amounts without a year keep no period;
 * fresh26–31's "Pages and dates"). The prospect word must stand before the figure: a level stated first keeps its period
 * ("Scooters now hold a 45% market share and are expected to grow"). The words are in {@code prospect-words.tsv}.
 */
final class UndatedProspects {

  private static final List<Map<String, String>> WORDS = Tsv.read("prospect-words.tsv");
  /** A prospect word; not "is to say". */
  private static final Pattern PROSPECT = Pattern.compile("(?i)\\b(?:" + words("modal") + "|" + words("plan") + ")\\b(?!\\s+say\\b)");
  /**
   * A time the sentence states, even one the period reader leaves aside ("China's 2023 HMS import quantity could contain"): a year in
   * digits, a time word, a calendar unit that is no rate and no length ("the next year", not "every year", "per year", "its
   * 23-year lifespan").
   */
  private static final Pattern TIME = Pattern.compile("(?i)\\b(?:(?:19|20)\\d\\d|" + words("time") + "|(?<!-)(?<!\\b(?:" + words("rate") + ")\\s)(?:"
      + words("unit") + "))\\b");

  private UndatedProspects() {}

  /** Whether {@code text} has a prospect word ("will", "plans to", "expected to"). */
  static boolean prospect(String text) {
    return PROSPECT.matcher(text).find();
  }

  static String words(String role) {
    return Tsv.literalAlternation(WORDS.stream().filter(r -> r.get("role").equals(role)).toList(), "form");
  }

  /**
   * Whether the figure starting at {@code rs} in {@code sentence} follows a prospect word of its sentence, and the sentence states
   * no time ({@code stated}: its time expressions, comparison bases included), so that the figure takes no period from around it.
   */
  static boolean undated(String sentence, int rs, List<PeriodMention> stated) {
    if (stated != null && !stated.isEmpty() || TIME.matcher(sentence).find()) return false;
    return prospect(sentence.substring(0, Math.max(0, Math.min(rs, sentence.length()))));
  }
}
