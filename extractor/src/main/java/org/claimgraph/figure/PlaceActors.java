package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.nlp.Sentence;
import org.claimgraph.nlp.Token;

/**
 * A sentence whose subject is a country or region tells that place's own figures, no company's (credit37a; devset/GUIDELINES.md:
 * a company's act told by the outlet credits nobody, and a credit covers the data it gave, not the writer's background): "For a
 * comparison, Canada, the world’s largest potash producer, exported around 23 million metric tons" and "China imports around 8
 * million metric tons each year" after "a subsidiary of … Asia-Potash International announced a $4.3 billion investment"
 * (ijreportika); "Region-wise, Maharashtra held the highest share with 18%." after Ather Energy's sales (micromobility). A
 * company's credit carried from an earlier sentence does not cover them; a credit in the sentence itself still does.
 *
 * <p>The subject is read from the named-entity tags, with no parse: the sentence opens with a place's name, or does so after a
 * short opening phrase closed by a comma ("In 2022, Laos’s potash exports …"), and the name is followed by a possessive, a
 * comma (an apposition) or a lower-case word (its verb), not by another name ("US private equity firm Castlelake", where the
 * place only describes a company).
 */
final class PlaceActors {

  /** CoreNLP's tags of places that act in a sentence (a nationality describes, it does not act). */
  private static final Set<String> PLACE_TAGS = Set.of("COUNTRY", "STATE_OR_PROVINCE", "LOCATION", "CITY");
  /** The longest opening phrase before the subject: "For a comparison,", "In the first half of 2023,". */
  private static final int MAX_OPENER = 8;

  /** "market analyst Roskill", "consultancy Wood Mackenzie": an analyst's credit, whose data cover places (analyst-nouns.tsv). */
  private static final Pattern ANALYST =
      Pattern.compile("(?i)\\b(?:" + Tsv.literalAlternation(Tsv.read("analyst-nouns.tsv"), "noun") + ")s?\\b");

  private PlaceActors() {}

  /** Whether a credit, as written, describes an analyst or data firm. */
  static boolean analyst(String written) {
    return written != null && ANALYST.matcher(written).find();
  }

  /**
   * Whether the sentence's subject is a place whose name shares no word with {@code credit} (the company credited before: a
   * sentence about "Vale Indonesia" is still Vale's).
   */
  static boolean subject(Sentence s, String credit) {
    List<Token> tokens = s.tokens();
    if (subjectAt(tokens, 0, credit)) return true;
    for (int i = 1; i < Math.min(tokens.size(), MAX_OPENER + 1); i++) {
      if (tokens.get(i).word().equals(",")) return subjectAt(tokens, i + 1, credit);
    }
    return false;
  }

  private static boolean subjectAt(List<Token> tokens, int start, String credit) {
    int end = start;
    while (end < tokens.size() && PLACE_TAGS.contains(tokens.get(end).ner())) end++;
    if (end == start || end >= tokens.size()) return false;
    Set<String> creditWords = Set.of(credit == null ? new String[0] : credit.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    for (int i = start; i < end; i++) if (creditWords.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) return false;
    String after = tokens.get(end).word();
    return after.equals("'s") || after.equals("’s") || after.equals(",")
        || !after.isEmpty() && Character.isLowerCase(after.charAt(0));
  }
}
