package org.claimgraph.figure;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page's country where the page names one country only, even once: a national news item ("Electrified vehicles
 * accounted for 7.8 percent of the total U.S. market", "Zimbabwe's lithium exports rose 11 percent") names its country in
 * its lead and then speaks of "the market", "the country", "buyers". Not where the page names a second country anywhere
 * (a buyer, a rival, the headline's other country), names its one country only by an adjective ("surging Chinese demand",
 * "its German operations": a cause or a company's branch, not the page's subject), or speaks of the world ("Global electric
 * vehicle sales …, with China accounting for more than half").
 */
final class SoleCountry {
  private SoleCountry() {}

  private static final Pattern WORLD = Pattern.compile("(?i)\\b(?:global(?:ly)?|worldwide|world(?:['’]s)?)\\b");

  /**
   * The one code of {@code counts} where it is also the one country the page names ({@code named}: the text's and the
   * headline's mentions, buyers included), named by its name at least once ({@code byName}), on a page ({@code title},
   * {@code text}) that speaks of no world total; null otherwise.
   */
  static String of(Map<String, Integer> counts, Set<String> named, Set<String> byName, String title, String text) {
    if (counts.size() != 1 || named.size() != 1) return null;
    String code = counts.keySet().iterator().next();
    if (!named.contains(code) || !byName.contains(code)) return null;
    if (WORLD.matcher(text).find() || title != null && WORLD.matcher(title).find()) return null;
    return code;
  }
}
