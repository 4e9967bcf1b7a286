package org.claimgraph.figure;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;

/**
 * News outlets a page names as outlets, beyond the lexicon's wires (credit32b; GUIDELINES: an outlet that relays a source's
 * figures is their {@code via}, the credit is the source's):
 * <ul>
 *   <li>by what the page calls them: "…, according to figures published by the country's Ministry of Energy and Mines,
 *       state-run media Vientiane Times reported" (China.org.cn), "the state-run Petra news agency reported" (Famagusta
 *       Gazette);</li>
 *   <li>by what it does: "…, Azernews reports, citing Uza.uz" (Today.Az);</li>
 *   <li>by a web address for a name: "…, Azernews reports, citing Uza.uz" (Azernews), "according to Romania-Insider.com"
 *       (Autovista24).</li>
 * </ul>
 * Words in outlet-descriptions.tsv. {@link CreditResolver} uses these only to choose between an outlet and the source it
 * relays in one sentence; an outlet alone in its sentence keeps its credit.
 */
final class DescribedOutlets {

  private DescribedOutlets() {}

  private static final List<Map<String, String>> ROWS = Tsv.read("outlet-descriptions.tsv");
  /** A name of one to four capitalized words ("Vientiane Times", "Uza.uz", "Romania-Insider.com"). */
  private static final String NAME = "\\p{Lu}[\\p{L}\\d.&-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&-]*){0,3}";
  private static final Pattern BEFORE = Pattern.compile("\\b(?:" + alternation("before") + ")\\s+(?<name>" + NAME + ")");
  private static final Pattern AFTER = Pattern.compile("(?<![\\p{L}\\d.&-])(?<name>" + NAME + ")\\s+(?:" + alternation("after") + ")\\b");
  /** What every match of AFTER ends with: a text without it skips the name tried at each capital (perf36). */
  private static final Pattern AFTER_WORDS = Pattern.compile("\\s(?:" + alternation("after") + ")\\b");
  /** The words of an outlet relaying what it cites ("reports, citing"). */
  private static final String RELAYS = "\\s+(?:reports|reported|informs)\\s*,?\\s+(?:citing|quoting|referring\\s+to)\\b";
  /**
   * "…, Azernews reports, citing Uza.uz" (Today.Az), "Report informs citing the State Customs Committee" (Report.az): the outlet
   * that relays what it cites.
   */
  private static final Pattern RELAYING = Pattern.compile("(?<![\\p{L}\\d.&-])(?<name>" + NAME + ")" + RELAYS);
  /** What every match of RELAYING ends with, as AFTER_WORDS. */
  private static final Pattern RELAYS_WORDS = Pattern.compile(RELAYS);
  /** "Uza.uz", "Romania-Insider.com", "MINING.COM": a web address for a name, letters before its last dot, two to four after. */
  private static final Pattern WEB_ADDRESS = Pattern.compile("[\\p{L}\\d-]*\\p{L}[\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*\\.(?:\\p{Ll}{2,4}|\\p{Lu}{2,4})");

  private static final Pattern TRAILING_DOTS = Pattern.compile("[.]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The names the text calls a news outlet, as written (also without a leading possessive: "Jordan's Petra" → "Petra"). */
  static Set<String> named(String text) {
    Set<String> out = new HashSet<>();
    if (text == null) return out;
    for (Pattern p : List.of(BEFORE, AFTER, RELAYING)) {
      if (p == AFTER && !AFTER_WORDS.matcher(text).find() || p == RELAYING && !RELAYS_WORDS.matcher(text).find()) continue;
      Matcher m = p.matcher(text);
      while (m.find()) {
        String name = TRAILING_DOTS.matcher(m.group("name")).replaceFirst("");
        out.add(name);
        // "Jordan's Petra news agency": the outlet is the last words.
        String[] words = SPACES.split(name);
        for (int i = 1; p == AFTER && i < words.length; i++) out.add(String.join(" ", List.of(words).subList(i, words.length)));
      }
    }
    return out;
  }

  /** Whether a credited name is written as a web address. */
  static boolean webAddress(String name) {
    return name != null && WEB_ADDRESS.matcher(name.strip()).matches();
  }

  private static String alternation(String side) {
    return ROWS.stream().filter(r -> r.get("side").equals(side)).map(r -> r.get("words"))
        .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
  }
}
