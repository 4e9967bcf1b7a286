package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;

/**
 * A list of figures each followed by the market it was counted in pairs each figure with its own
 * place: "92,105, compared with 5,705,699 in China, 2,153,266 in Europe and 1,177,442 in the U.S."
 * → CN for 5,705,699, none for Europe's (a region), US for 1,177,442; "surged nearly 24 percent in
 * Spain and 15 percent in Italy" → ES, IT; "from €380 in Germany to €20,588 in Denmark" → DE, DK.
 * A figure of the sentence without a market of its own does not take the places the list gives the
 * others ("sales in Japan totaled 92,105, compared with …" → JP only).
 *
 * <p>Only where two or more figures of the sentence name their market this way (a single "rose 5%
 * in China" is read by {@link PlaceResolver} as before), and not in a sentence about a flow, whose
 * list names destinations of one exporter.
 */
final class MarketLists {

  /** "5,705,699 in China", "15 percent in Italy", "1.2 million units sold in the U.S.": at most two lowercase words, then "in". */
  private static final Pattern RIGHT_AFTER_IN = Pattern.compile("^(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}\\s+in\\s+(?:the\\s+)?$");
  /** "India at 585Mt", "China with a staggering 3471Mt", "Germany: 1,115 tons", "France (953 electric cars)": the market right before. */
  private static final Pattern RIGHT_BEFORE = Pattern.compile(
      "^(?:['’]s)?(?:\\s+(?:at|with)(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,3}\\s+|\\s*:\\s*|\\s*\\(\\s*)(?:US)?[$€£¥]?$");

  /** The places of one sentence's list: figure start → its place ([] for a region), and the mentions they use. */
  record Owned(Map<Integer, List<String>> places, Set<Integer> usedMentions) {
    static final Owned NONE = new Owned(Map.of(), Set.of());

    boolean applies() {
      return places.size() >= 2;
    }
  }

  private static final Map<String, String> BLOCS = Map.of("eu", "EU");
  /** "Destinations … include Japan at 1,567 tonnes, the US at 735 tonnes": a flow's list names destinations, the exporter stays. */
  private static final Pattern FLOW_WORDS = Pattern.compile(
      "(?i)\\b(?:destinations?|exports?|exported|imports?|imported|shipments?|shipped|deliveries|delivered|sent|buyers?|bought|purchases?)\\b");

  private MarketLists() {}

  /**
   * The market each figure of {@code sentence} names right after it.
   *
   * @param spans the figures' sentence offsets, {start, end}, in text order
   */
  static Owned of(String sentence, List<int[]> spans, List<PhraseMatcher.Match<Lexicon.Country>> mentions,
      List<PhraseMatcher.Match<Lexicon.Region>> regions) {
    if (FLOW_WORDS.matcher(sentence).find()) return Owned.NONE;
    Map<Integer, List<String>> places = new HashMap<>();
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < spans.size(); i++) {
      int end = spans.get(i)[1];
      int limit = i + 1 < spans.size() ? spans.get(i + 1)[0] : sentence.length();
      PhraseMatcher.Match<Lexicon.Country> country = null;
      for (var m : mentions) {
        if (m.start() >= end && m.end() <= limit && RIGHT_AFTER_IN.matcher(sentence.substring(end, m.start())).matches()) {
          country = m;
          break;
        }
      }
      int start = spans.get(i)[0];
      int previous = i > 0 ? spans.get(i - 1)[1] : 0;
      if (country == null) {
        for (var m : mentions) {
          if (m.start() >= previous && m.end() <= start && RIGHT_BEFORE.matcher(sentence.substring(m.end(), start)).matches()) country = m;
        }
      }
      if (country != null) {
        places.put(spans.get(i)[0], List.of(country.value().code()));
        used.add(country.start());
        continue;
      }
      for (var r : regions) {
        if (r.start() >= end && r.end() <= limit && RIGHT_AFTER_IN.matcher(sentence.substring(end, r.start())).matches()) {
          String bloc = BLOCS.get(r.value().id());
          places.put(spans.get(i)[0], bloc == null ? List.of() : List.of(bloc));
          break;
        }
      }
    }
    Owned owned = new Owned(Map.copyOf(places), Set.copyOf(used));
    return owned.applies() ? owned : Owned.NONE;
  }

  /**
   * The place of the figure starting at {@code start}: its own market where the list gives it one, else {@code place}
   * without the countries named only as other figures' markets.
   */
  static List<String> apply(Owned owned, int start, List<String> place, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    if (!owned.applies()) return place;
    List<String> own = owned.places().get(start);
    if (own != null) return own;
    Set<String> elsewhere = new HashSet<>();
    for (var m : mentions) if (!owned.usedMentions().contains(m.start())) elsewhere.add(m.value().code());
    List<String> out = new ArrayList<>();
    for (String code : place) {
      boolean listed = false;
      for (var m : mentions) listed |= owned.usedMentions().contains(m.start()) && m.value().code().equals(code);
      if (!listed || elsewhere.contains(code)) out.add(code);
    }
    return List.copyOf(out);
  }
}
