package org.claimgraph.figure;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * A description standing for a body the text names (lexicon {@code described-bodies.tsv}): the words name no source of their
 * own, the body they describe does.
 *
 * <pre>
 * "the clean energy market intelligence arm of media company Bloomberg"   → a body's (the source credited just before)
 * "The world's largest producer of rare earths outside China"             → a company's (the company the text is about)
 * "The Chilean miner", "the largest new energy vehicle (NEV) maker in China" → a company's
 * "the statement"                                                         → a body's
 * "the Federal Motor Transport Authority", "Rho Motion"                  → no description (a name)
 * "the Andean country's energy and mines ministry"                        → no description read here (an office: often a first mention)
 * </pre>
 */
final class DescribedBodies {

  /** Whom a description stands for: the company a text is about, or the source credited just before. */
  enum Refers { COMPANY, BODY }

  /**
   * The words that end the description's head: what it is of or where. None stands among the modifiers ("The government of
   * Africa's second-largest producer of the metal" is a government, not a producer).
   */
  private static final String TAIL = "(?:of|in|outside|for|at|from|by|with|on|to)";

  private static final DescribedBodies INSTANCE = new DescribedBodies();

  private final Map<String, Refers> heads = new LinkedHashMap<>();
  private final Pattern shape;

  private DescribedBodies() {
    for (var row : Tsv.read("described-bodies.tsv")) heads.put(row.get("noun"), Refers.valueOf(row.get("refers").toUpperCase(Locale.ROOT)));
    String nouns = String.join("|", heads.keySet().stream().map(Pattern::quote).toList());
    // A determiner or a place's possessive, modifiers (words, "world's", "second-largest", a bracketed short form), the head noun,
    // and what it is of or where ("of media company Bloomberg", "outside China", "in China").
    this.shape = Pattern.compile("^(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+|(?<place>\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?)['’]s\\s+)"
        + "(?<mods>(?:(?!" + TAIL + "\\s)(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*(?:['’]s)?|\\(\\p{Lu}{2,8}\\))\\s+){0,8}?)"
        + "(?<head>" + nouns + ")(?:\\s+" + TAIL + "\\s+\\S.*)?$");
  }

  static DescribedBodies get() {
    return INSTANCE;
  }

  /**
   * Whom the credit's words stand for, or null when they are no description: a name ("the Federal Motor Transport Authority"),
   * or a modifier with a capital that is no place ("the Bloomberg unit": the name is there).
   */
  Refers refers(String written, Lexicon lexicon) {
    Matcher m = shape.matcher(written.strip());
    if (!m.matches()) return null;
    if (m.group("place") != null && !isPlace(m.group("place"), lexicon)) return null;
    for (String word : m.group("mods").split("\\s+")) {
      if (word.isEmpty() || word.startsWith("(") || !Character.isUpperCase(word.charAt(0))) continue;
      if (!isPlace(word.replaceFirst("['’]s$", ""), lexicon)) return null;
    }
    return heads.get(m.group("head"));
  }

  /** "Chilean", "China", "Kazakhstan", "Asian": a country or region by one of its forms, the whole word. */
  private static boolean isPlace(String word, Lexicon lexicon) {
    for (var c : lexicon.countries().find(word)) if (c.start() == 0 && c.end() == word.length()) return true;
    for (var r : lexicon.regions().find(word)) if (r.start() == 0 && r.end() == word.length()) return true;
    return false;
  }
}
