package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;

/**
 * Names of public bodies that hold commas: "Ministry of Trade, Industry and Energy", "Ministry of Economy, Trade and
 * Industry", "Department for Environment, Food and Rural Affairs", "Minister of Industry, Mines and Trade". Their remits
 * are a capitalized list closed by "and"; a comma inside one ends no clause, so the credit is the whole name, not
 * "Korea's Ministry of Trade" nor "Industry and Energy".
 *
 * <p>A list of places is no remit: "according to the Ministry of Finance, Germany and France agreed" is two clauses.
 */
final class CommaNames {

  private static final String WORD = "\\p{Lu}[\\p{L}'’-]*(?<!['’]s)";
  private static final String ITEM = WORD + "(?:\\s+" + WORD + "){0,2}";
  private static final Pattern NAME = Pattern.compile(
      "\\b(?:Ministry|Department|Minister|Ministers|Secretary|Commission|Committee|Chamber|Council|Office|Bureau|Agency|Authority"
          + "|Institute|Federation|Association|Board|Ministerio)\\s+(?:of|for)\\s+(?:the\\s+)?"
          + "(" + ITEM + "(?:,\\s+" + ITEM + ")+,?\\s+(?:and|&)\\s+" + ITEM + ")");
  private static final Pattern ITEM_SPLIT = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|&\\s+)?|\\s+and\\s+|\\s+&\\s+)");

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]+");

  /** Stands for a comma inside such a name while clauses are cut; no clause rule stops at it. */
  static final char MASK = '\uE000';

  private CommaNames() {}

  /** The spans of the names in {@code text} that hold a comma, in text order. */
  static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    if (text.indexOf(',') < 0) return out;
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      if (listsPlaces(m.group(1))) continue;
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /** {@code text} with the commas inside such names masked (same length, same offsets). */
  static String mask(String text) {
    List<int[]> spans = spans(text);
    if (spans.isEmpty()) return text;
    char[] chars = text.toCharArray();
    for (int[] s : spans) for (int i = s[0]; i < s[1]; i++) if (chars[i] == ',') chars[i] = MASK;
    return new String(chars);
  }

  /** A phrase cut from a masked text with its commas back. */
  static String unmask(String phrase) {
    return phrase == null ? null : phrase.replace(MASK, ',');
  }

  /**
   * "Finance, Germany and France": a remit list that names countries, states or regions is a list of places, not a remit;
   * "National Statistics, SMMT and Zapmap": one that holds an acronym or a known organization is a list of sources.
   */
  private static boolean listsPlaces(String list) {
    Lexicon lexicon = Lexicon.get();
    for (String item : ITEM_SPLIT.split(list)) {
      String w = item.strip();
      if (w.isEmpty()) continue;
      if (ACRONYM.matcher(w).matches()) return true;
      if (lexicon.organizations().whole(w) != null) return true;
      for (var m : lexicon.findCountries(w)) if (m.start() == 0 && m.end() == w.length()) return true;
      if (lexicon.regions().whole(w) != null) return true;
    }
    return false;
  }
}
