package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * Money standing right before the noun of a project, a plant or an industry ("the $1.4 billion Rajo Inca project", "Redwood
 * Materials' $1 billion investment in a new plant", "the $87 billion industry") says what the project costs or is worth: no data of
 * a period (the gold gives none). Such money takes no period, neither one carried from the text around it nor one its sentence
 * states for something else ("… with an expected production start in the first half of 2024"), unless a time follows right after
 * it ("a $1 billion investment in 2023"). The words are in {@code project-sizes.tsv}.
 */
final class ProjectSizes {

  private static final List<Map<String, String>> WORDS = Tsv.read("project-sizes.tsv");
  private static final Set<String> NOUNS = Tsv.formSet(WORDS, "noun");
  private static final Set<String> LINKS = Tsv.formSet(WORDS, "link");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*");
  /** Characters a time right after the money may start within. */
  private static final int NEAR = 40;

  private ProjectSizes() {}

  /** Whether the money at {@code [rs, re)} of {@code sentence} sizes a project, a plant or an industry ({@code stated}: its times). */
  static boolean undated(String sentence, int rs, int re, Quantity q, Kind kind, List<PeriodMention> stated) {
    if (kind != Kind.AMOUNT || !q.unit().matches("[A-Z]{3}")) return false;
    if (stated != null && stated.stream().anyMatch(p -> p.start() >= re && p.start() - re <= NEAR)) return false;
    String after = sentence.substring(re);
    // "-crore", "-billion" written onto the amount's word ("a $1-billion smelter-refinery project").
    if (after.startsWith("-")) after = after.replaceFirst("^-\\p{L}+", "");
    // Nothing but spaces between the amount and the phrase: "$87 billion industry", not "$87 billion, the industry".
    if (!after.isEmpty() && !Character.isWhitespace(after.charAt(0))) return false;
    Matcher m = WORD.matcher(after);
    int words = 0;
    int end = 0;
    while (m.find() && words < 4) {
      if (!after.substring(end, m.start()).isBlank()) return false;
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.contains("-")) w = w.substring(w.lastIndexOf('-') + 1);
      if (NOUNS.contains(w)) return true;
      if (LINKS.contains(w)) return false;
      words++;
      end = m.end();
    }
    return false;
  }
}
