package org.claimgraph.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.lexicon.Tsv;

/**
 * Whether a bare-"$" price is a world-market price, which outlets in dollar countries quote in US dollars like everyone
 * else ("spodumene prices to decline slightly from an average of $4,368 a tonne", Investly; "battery pack prices … hitting
 * $161/kWh", SolarQuotes), not a producer's own cost in its home dollar ("operating costs of $1,396/dmt", Motley Fool
 * Australia). Read by {@link LocalDollar} before it turns a "$" into the local dollar. Lexicon {@code world-price-units.tsv}
 * (which denominators are traded worldwide) and {@code price-cues.tsv} (the words that say price or cost).
 */
final class WorldPrices {

  /** A traded unit and the words its sentence must name (null: none needed). */
  private record Traded(Pattern needs) {}

  private static final Map<String, Traded> UNITS = new HashMap<>();
  private static final Map<String, String> CUES = new HashMap<>();
  private static final Pattern CUE;

  static {
    for (var row : Tsv.read("world-price-units.tsv")) {
      String needs = row.get("needs");
      UNITS.put(row.get("per"), new Traded(needs.equals("-") ? null
          : Pattern.compile("(?i)(?<![\\p{L}-])(?:" + needs + ")(?![\\p{L}-])")));
    }
    var cues = Tsv.read("price-cues.tsv");
    for (var row : cues) CUES.put(row.get("form").toLowerCase(java.util.Locale.ROOT), row.get("reads"));
    CUE = Pattern.compile("(?i)(?<![\\p{L}-])(" + Tsv.literalAlternation(cues, "form") + ")(?![\\p{L}-])");
  }

  /** "$US48/kg ($73)": the bracketed amount right after an explicit US-dollar one is its conversion into the local dollar. */
  private static final Pattern CONVERSION = Pattern.compile("(?:US\\$|\\$US|USD|US dollars?)\\s*[\\d.,]+[^()]{0,20}\\(\\s*$");

  private WorldPrices() {}

  /** Whether {@code f}, a price in {@code unit} ("USD/tonne") with a bare "$", is a world-market price and so stays USD. */
  static boolean isWorldPrice(Figure f, String unit) {
    if (!unit.startsWith("USD/")) return false;
    Traded traded = UNITS.get(unit.substring(4));
    if (traded == null) return false;
    Evidence e = f.evidence();
    String sentence = e.sentence();
    if (traded.needs() != null && !traded.needs().matcher(sentence).find()) return false;
    String before = sentence.substring(0, Math.max(0, Math.min(sentence.length(), e.start() - e.sentenceStart())));
    if (CONVERSION.matcher(before).find()) return false;
    // The nearest cue before the figure says what the amount is: "Unit costs … up from $632/t" is a cost.
    Matcher cue = CUE.matcher(before);
    String reads = null;
    while (cue.find()) reads = CUES.get(cue.group(1).toLowerCase(java.util.Locale.ROOT));
    return "price".equals(reads);
  }
}
