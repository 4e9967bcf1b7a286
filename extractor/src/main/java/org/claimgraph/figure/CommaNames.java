package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * Names of public bodies that hold commas: "Ministry of Trade, Industry and Energy", "Ministry of Economy, Trade and
 * Industry", "Department for Environment, Food and Rural Affairs", "Minister of Industry, Mines and Trade". Their remits
 * are a capitalized list closed by "and"; a comma inside one ends no clause, so the credit is the whole name, not
 * "Korea's Ministry of Trade" nor "Industry and Energy".
 *
 * <p>A list of places is no remit: "according to the Ministry of Finance, Germany and France agreed" is two clauses.
 *
 * <p>The heads are offices and the body nouns of short-form-bodies.tsv ("National Society of Mining, Petroleum and Energy").
 * A remit list may also stand before its office or body, as a title does: "said Investment, Trade and Industry Minister
 * Tengku Datuk Seri Zafrul Abdul Aziz", "the Economy, Trade and Industry Ministry". There nothing but the words themselves
 * tells it from a clause ("However, Trade and Industry Minister …"), so each item must hold a portfolio word
 * (portfolio-words.tsv).
 */
final class CommaNames {

  private static final String WORD = "\\p{Lu}[\\p{L}'’-]*(?<!['’]s)";
  private static final String ITEM = WORD + "(?:\\s+" + WORD + "){0,2}";
  private static final String OFFICES = "Ministry|Department|Minister|Ministers|Secretary|Commission|Committee|Chamber|Council|Office|Bureau"
      + "|Agency|Authority|Institute|Federation|Association|Board|Ministerio";
  /** The offices and the body nouns a name holding a remit list is headed by, capitalized ("Society", "Organisation"). */
  private static final String HEADS = OFFICES + Tsv.read("short-form-bodies.tsv").stream().map(r -> r.get("noun"))
      .map(n -> Character.toUpperCase(n.charAt(0)) + n.substring(1)).filter(n -> !OFFICES.contains(n)).map(n -> "|" + n)
      .collect(Collectors.joining());
  private static final String LIST = ITEM + "(?:,\\s+" + ITEM + ")+,?\\s+(?:and|&)\\s+" + ITEM;
  private static final Pattern NAME = Pattern.compile("\\b(?:" + HEADS + ")\\s+(?:of|for)\\s+(?:the\\s+)?(" + LIST + ")");
  /** "Investment, Trade and Industry Minister", "the Economy, Trade and Industry Ministry": the remit list before its head. */
  private static final Pattern PREPOSED = Pattern.compile("(?<![\\p{L}'’-])(" + LIST + ")\\s+(?:" + HEADS + ")\\b");
  private static final Set<String> PORTFOLIO = Tsv.read("portfolio-words.tsv").stream().map(r -> r.get("word")).collect(Collectors.toSet());
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
    Matcher p = PREPOSED.matcher(text);
    while (p.find()) {
      if (!portfolios(p.group(1)) || listsPlaces(p.group(1))) continue;
      out.add(new int[] {p.start(), p.end()});
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
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

  /** Whether {@code word} is a portfolio's ("Trade", "Energy"; any case): a word of an office's remit, no person's name. */
  static boolean portfolio(String word) {
    return PORTFOLIO.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether each item of the list holds a portfolio word: "Investment", "International Trade", "Industry". */
  private static boolean portfolios(String list) {
    for (String item : ITEM_SPLIT.split(list)) {
      if (item.isBlank()) continue;
      boolean holds = false;
      for (String w : item.strip().split("\\s+")) holds |= portfolio(w);
      if (!holds) return false;
    }
    return true;
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
