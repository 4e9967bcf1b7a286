package org.claimgraph.figure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.PhraseMatcher;

/**
 * The country a page says a mining company's mines are in: the company's output is that country's, not its home's
 * (devset/GUIDELINES.md, "Places": "mine output: the mine's country").
 *
 * <pre>
 * "CMOC, which operates the Kisanfu and Tenke Fungurume mines in the Democratic Republic of Congo (DRC), …"
 *   then "In 2024, the company produced 114,165 tonnes"                       → CD, not CMOC's CN
 * "CMOC Group boosted cobalt production at its mines in the Democratic Republic of Congo …"
 *   then "CMOC’s cobalt production rose almost 20.7% to 30,414 metric tons"    → CD
 * "… the Kisanfu mine of the Chinese mining giant CMOC …, with an annual production capacity estimated at 30,000 tons" → CD
 * </pre>
 *
 * Keyed by the company's home country (the place its figures get from companies.tsv); a home whose companies the page
 * places in two countries is dropped. Only the company's output in a sentence naming the company (or "the company", "its")
 * and no country: its profits and prices stay the company's or the market's.
 */
final class MinerOutputs {

  /** "mines in", "mine in", "mines and plants in": mines placed in the country named next. */
  private static final Pattern MINES_IN = Pattern.compile("(?i)\\bmines?\\s+(?:and\\s+[\\p{L}-]+\\s+)?(?:located\\s+)?in\\s+(?:the\\s+)?$");
  /** The company's own mines: "its mines", "which operates the … mines", "the company's … mines", "the Kisanfu mine of … CMOC". */
  private static final Pattern OWNED = Pattern.compile(
      "(?i)\\b(?:its|their|the\\s+company['’]s|operates?|operated|operating|owns?|owned|runs?)\\b|\\bmines?\\s+of\\b");
  /** A sentence referring to the company it does not name. */
  private static final Pattern COMPANY_REFERENCE = Pattern.compile("(?i)\\b(?:its|the\\s+(?:company|miner|group|firm)(?:['’]s)?)\\b");
  private static final Set<String> OUTPUT = Set.of("production", "mining", "capacity");

  private MinerOutputs() {}

  /**
   * Home country of a company → the country the page places its mines in, read from {@code sentences} in text order.
   *
   * @param homes the home countries of the companies a text names, in text order
   * @param mines the mines (mines.tsv) a text names, valued by their country
   */
  static Map<String, String> of(List<String> sentences, java.util.function.Function<String, List<String>> homes,
      java.util.function.Function<String, List<PhraseMatcher.Match<String>>> mines, PlaceResolver places) {
    Map<String, String> out = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    String lastHome = null;
    for (String s : sentences) {
      List<String> named = homes.apply(s).stream().distinct().toList();
      String home = named.size() == 1 ? named.get(0) : named.isEmpty() && COMPANY_REFERENCE.matcher(s).find() ? lastHome : null;
      if (!named.isEmpty()) lastHome = named.get(named.size() - 1);
      if (home == null || !OWNED.matcher(s).find()) continue;
      for (var m : places.mentions(s)) {
        if (MINES_IN.matcher(s.substring(Math.max(0, m.start() - 60), m.start())).find()) put(out, ambiguous, home, m.value().code());
      }
      for (var mine : mines.apply(s)) put(out, ambiguous, home, mine.value());
    }
    ambiguous.forEach(out::remove);
    return Map.copyOf(out);
  }

  private static void put(Map<String, String> out, Set<String> ambiguous, String home, String country) {
    if (home.equals(country)) return;
    String before = out.putIfAbsent(home, country);
    if (before != null && !before.equals(country)) ambiguous.add(home);
  }

  /**
   * {@code place} as the mines' country where it is the home of a company the page places its mines for, the figure is
   * an output, and its sentence names the company (or refers to it) but no country; else {@code place} as it is.
   */
  static List<String> apply(List<String> place, String measure, Map<String, String> minesOf, String sentence, List<String> sentenceHomes,
      boolean namesCountry) {
    if (minesOf.isEmpty() || place.size() != 1 || namesCountry || measure == null) return place;
    String country = minesOf.get(place.get(0));
    String flow = MeasureParts.of(measure).flow();
    if (country == null || flow == null || !OUTPUT.contains(flow)) return place;
    return sentenceHomes.contains(place.get(0)) || COMPANY_REFERENCE.matcher(sentence).find() ? List.of(country) : place;
  }
}
