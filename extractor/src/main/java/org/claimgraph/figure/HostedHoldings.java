package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;

/**
 * A foreign holder's figures at a project hosted by the page's country are the host's: a stake in a project, the price paid
 * for one, the money invested in it and its plants' output take the project's country, whoever holds or builds it
 * (devset/GUIDELINES.md "Places", settled in round 33; "mine output: the mine's country").
 *
 * <pre>
 * "… Ganfeng's acquisition of a 40% stake in the project from Australia's Leo Lithium for $342.7 million" (Goulamina, Mali) → ML
 * "Chinese firm DH Mining, which began developing the Nipepe mine in 2014, has invested $200 million"      (Mozambique)     → MZ
 * "Canada's Barrick Gold Corp. … invested $210 million for a 50 percent share"                             (Saudi Arabia)   → SA
 * </pre>
 *
 * A country is a holder's home only where the sentence names it as a company's ("Australia's Leo Lithium", "Chinese firm DH
 * Mining") or names only the company (companies.tsv, the page's stated homes), never a country it names by itself. Not for a
 * company's own results (its revenue, turnover, profit), which stay its home's, nor for flows and prices (their callers').
 */
final class HostedHoldings {

  private static final Pattern ASSET = Pattern.compile("(?i)\\b(?:" + String.join("|",
      Tsv.read("hosted-assets.tsv").stream().map(r -> Pattern.quote(r.get("word")) + "s?").toList()) + ")\\b");
  /** Between a country and the company it is the home of: "'s ", "n firm ", " mining giant ", "-based ". */
  static final Pattern HOME_BETWEEN_WORDS = Pattern.compile("^(?:['’]s|-based)?(?:\\s+(?:the\\s+)?(?!(?:"
      + String.join("|", Tsv.read("holder-home-breaks.tsv").stream().map(r -> Pattern.quote(r.get("word"))).toList())
      + ")\\b)[\\p{Ll}-]+){0,3}?\\s+$");
  /** A country's word before a company's name ending in a corporate word: "Chinese Sinomine Group", "China National Uranium Corporation". */
  private static final Pattern CORPORATE_NAME = Pattern.compile(
      "^(?:['’]s)?(?:\\s+[\\p{Ll}-]+){0,2}?(?:\\s+\\p{Lu}[\\p{L}&-]*){1,3}?\\s+(?:Group|Corporation|Corp|Company|Co|Ltd|Limited|Inc|Holdings)\\b");
  /** A company's own results: its revenue, turnover, profit. */
  private static final String RESULTS = "(?:revenues?|turnover|profits?|earnings|income|ebitda|sales|market\\s+(?:value|capitali[sz]ation))\\b";
  /** A result named right after its figure: "$47.7 million in revenue", "$9 million of net profit". */
  private static final Pattern RESULT_AFTER = Pattern.compile("(?i)^\\s+(?:in|of)\\s+(?:[\\p{L}-]+\\s+)?" + RESULTS);
  /** A closed aside: "(the world's sixth-largest producer of aluminium, with 2020 global revenue of $9.3 billion)". */
  private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
  /** A company's own results named as such. */
  private static final Pattern OWN_RESULT = Pattern.compile("(?i)\\b" + RESULTS);

  private HostedHoldings() {}

  /** Whether {@link #apply} can change {@code place}: a place to replace and a clause that names a stake, investment or facility. */
  static boolean applies(List<String> place, String sentence) {
    return !place.isEmpty() && ASSET.matcher(sentence).find();
  }

  /**
   * The figure's place with the holders' homes replaced by the host: {@code place} less every country the sentence names only
   * as a company's home, the host added where nothing else is left; {@code place} as it is where the figure's clause names no
   * stake, investment or facility, the host is unknown or among the homes, or the figure is a company's own result.
   *
   * @param host      the country of the project the figure is about (the page's, or the one it places the sentence's project in)
   * @param start     the figure's start in the sentence
   * @param end       the figure's end in the sentence
   * @param mentions  the sentence's country mentions
   * @param companies the companies the sentence names, valued by their home
   */
  static List<String> apply(List<String> place, String host, String sentence, int start, int end,
      List<PhraseMatcher.Match<Lexicon.Country>> mentions, List<PhraseMatcher.Match<String>> companies) {
    if (host == null || !applies(place, sentence)) return place;
    List<String> kept = new ArrayList<>();
    boolean dropped = false;
    for (String code : place) {
      if (!code.equals(host) && homeOnly(code, sentence, mentions, companies)) dropped = true;
      else kept.add(code);
    }
    if (!dropped || ownResult(sentence, start, end, companies)) return place;
    if (kept.isEmpty()) return List.of(host);
    return kept.contains(host) ? List.copyOf(kept) : place;
  }

  /** Whether the sentence names {@code code} only as the home of a company it names (or only through a company it names). */
  static boolean homeOnly(String code, String sentence, List<PhraseMatcher.Match<Lexicon.Country>> mentions,
      List<PhraseMatcher.Match<String>> companies) {
    boolean named = companies.stream().anyMatch(c -> c.value().equals(code));
    for (var m : mentions) {
      if (!m.value().code().equals(code)) continue;
      if (!namesHome(m, sentence, companies)) return false;
      named = true;
    }
    return named;
  }

  /**
   * Whether a country mention names a company's home: right before a company of that home ("Australia's Leo Lithium", "Chinese
   * firm DH Mining"), inside a company's name, or before a corporate name of its own ("The Chinese Sinomine Group", "the China
   * National Uranium Corporation").
   */
  static boolean namesHome(PhraseMatcher.Match<Lexicon.Country> m, String sentence, List<PhraseMatcher.Match<String>> companies) {
    for (var c : companies) {
      if (c.start() <= m.start() && m.end() <= c.end()) return true;
      if (c.value().equals(m.value().code()) && c.start() >= m.end() && c.start() - m.end() <= 40
          && HOME_BETWEEN_WORDS.matcher(sentence.substring(m.end(), c.start())).matches()) return true;
    }
    return CORPORATE_NAME.matcher(sentence).region(m.end(), sentence.length()).lookingAt();
  }

  /**
   * "Alcoa (…, with 2020 global revenue of $9.3 billion)", "earning $47.7 million in revenue from the project": the figure is the
   * company's own result, named between the company and the figure or right after the figure.
   */
  private static boolean ownResult(String sentence, int start, int end, List<PhraseMatcher.Match<String>> companies) {
    if (RESULT_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt()) return true;
    int from = -1;
    for (var c : companies) if (c.end() <= start) from = c.end();
    // "Barrick Gold Corp. (…, with a turnover of $12.6 billion in 2020) invested $210 million": an aside closed before the figure
    // is the company's, not the figure's.
    return from >= 0 && OWN_RESULT.matcher(ASIDE.matcher(sentence.substring(from, start)).replaceAll(" ")).find();
  }
}
