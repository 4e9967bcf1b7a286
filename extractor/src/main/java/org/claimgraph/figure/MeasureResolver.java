package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;

/**
 * What a figure measures, as a short normalized phrase: the thing (a material or product) and
 * the economic quantity (exports, production, sales, value …).
 *
 * <pre>
 * "China's exports of rare earth magnets to the US surged by 660% to 353 tons" → "rare earth magnet exports"
 * "NEV production hit 1.243 million units"                                   → "NEV production"
 * "the value of China's rare earth exports decreased by 23.3%"               → "rare earth export value"
 * "NEVs accounted for 48.7% of all new vehicle sales"                        → "NEV share of new vehicle sales"
 * </pre>
 */
public final class MeasureResolver {

  /** Economic heads and their canonical noun. */
  private static final Map<String, String> HEADS = Map.ofEntries(
      Map.entry("exports", "exports"), Map.entry("export", "exports"), Map.entry("exported", "exports"),
      Map.entry("exporting", "exports"), Map.entry("shipments", "exports"), Map.entry("shipped", "exports"),
      Map.entry("imports", "imports"), Map.entry("import", "imports"), Map.entry("imported", "imports"),
      Map.entry("importing", "imports"), Map.entry("production", "production"), Map.entry("produced", "production"),
      Map.entry("output", "production"), Map.entry("sales", "sales"), Map.entry("sold", "sales"),
      Map.entry("supply", "supply"), Map.entry("supplies", "supply"), Map.entry("demand", "demand"),
      Map.entry("consumption", "consumption"), Map.entry("prices", "price"), Map.entry("price", "price"),
      Map.entry("value", "value"), Map.entry("profits", "profits"), Map.entry("profit", "profits"),
      Map.entry("revenue", "revenue"), Map.entry("revenues", "revenue"), Map.entry("capacity", "capacity"),
      Map.entry("reserves", "reserves"), Map.entry("mined", "mining"), Map.entry("mining", "mining"),
      Map.entry("refined", "refining"), Map.entry("refining", "refining"), Map.entry("processing", "processing"),
      Map.entry("installations", "installations"), Map.entry("stockpiles", "stockpiles"), Map.entry("tariffs", "tariffs"),
      Map.entry("tariff", "tariffs"), Map.entry("investment", "investment"), Map.entry("volume", "volume"),
      Map.entry("volumes", "volume"), Map.entry("purchases", "imports"), Map.entry("getting", "imports"));
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*");
  /** Products named in news that the materials table does not hold. */
  private static final Pattern PRODUCT = Pattern.compile(
      "\\b(NEVs?|new energy vehicles?|EVs?|electric vehicles?|vehicles?|cars?|autos?|auto|wind turbines?|turbines?|batteries|battery|magnets?)\\b",
      Pattern.CASE_INSENSITIVE);

  private final PhraseMatcher<Lexicon.Material> materials;

  public MeasureResolver(Lexicon lexicon) {
    this.materials = lexicon.materials();
  }

  /**
   * The measure of the figure at sentence offsets {@code [start, end)} of kind {@code kind}, or
   * null when the clause names no economic quantity.
   */
  public String resolve(String sentence, int start, int end, Kind kind) {
    String head = head(sentence, start, end);
    String thing = thing(sentence, start, end);
    if (head == null && thing == null) return null;
    if (kind == Kind.SHARE) {
      String whole = shareWhole(sentence, end);
      if (whole != null) return (thing == null ? "" : thing + " ") + "share of " + whole;
    }
    if (head == null) return thing;
    if (head.equals("value") || head.equals("price") || head.equals("volume")) {
      String trade = secondaryHead(sentence, start, end);
      String base = thing == null ? "" : thing + " ";
      return base + (trade == null ? "" : singular(trade) + " ") + head;
    }
    return thing == null ? head : thing + " " + head;
  }

  /** The economic head nearest the number, looking left first (the subject), then right. */
  private static String head(String sentence, int start, int end) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    Matcher w = WORD.matcher(sentence);
    while (w.find()) {
      String canonical = HEADS.get(w.group().toLowerCase(Locale.ROOT));
      if (canonical == null) continue;
      int distance = w.end() <= start ? start - w.end() : (w.start() - end) * 2 + 10;
      if (distance >= 0 && distance < bestDistance) {
        bestDistance = distance;
        best = canonical;
      }
    }
    return best;
  }

  /** For value/price/volume: the trade it is of ("value of China's rare earth exports" → exports). */
  private static String secondaryHead(String sentence, int start, int end) {
    Matcher w = WORD.matcher(sentence);
    while (w.find()) {
      String c = HEADS.get(w.group().toLowerCase(Locale.ROOT));
      if (c != null && (c.equals("exports") || c.equals("imports") || c.equals("sales") || c.equals("production"))) return c;
    }
    return null;
  }

  /** The material or product nearest the number, singular as a modifier ("rare earth magnet"). */
  private String thing(String sentence, int start, int end) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (var m : materials.find(sentence)) {
      int distance = m.end() <= start ? start - m.end() : (m.start() - end);
      if (distance < 0) distance = 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = m.text();
      }
    }
    Matcher p = PRODUCT.matcher(sentence);
    while (p.find()) {
      int distance = p.end() <= start ? start - p.end() : (p.start() - end);
      if (distance < 0) distance = 0;
      // A material that contains the product word ("rare earth magnets") is more specific: keep it.
      if (distance + 15 < bestDistance) {
        bestDistance = distance;
        best = p.group();
      }
    }
    return best == null ? null : normalizeThing(best);
  }

  private static String shareWhole(String sentence, int end) {
    Matcher m = Pattern.compile("(?i)^\\s*(?:of|in)\\s+(?:all\\s+|total\\s+|the\\s+)?((?:[\\p{L}'’-]+\\s+){0,5}?(?:sales|exports|imports|supply|production|output|market|imports|concentrate|demand|refining|capacity|rare earths))\\b")
        .matcher(sentence.substring(end));
    if (!m.find()) return null;
    return m.group(1).toLowerCase(Locale.ROOT).replaceAll("^(?:the\\s+)?(?:world['’]s|global)\\s+", "global ")
        .replaceAll("\\b(?:china['’]s|u\\.s\\.|chinese)\\s+", "").strip();
  }

  static String normalizeThing(String s) {
    String t = s.strip();
    if (t.equalsIgnoreCase("new energy vehicles") || t.equalsIgnoreCase("new energy vehicle") || t.equalsIgnoreCase("NEVs")) return "NEV";
    if (t.equalsIgnoreCase("electric vehicles") || t.equalsIgnoreCase("EVs")) return "EV";
    String lower = t.equals(t.toUpperCase(Locale.ROOT)) && t.length() <= 5 ? t : t.toLowerCase(Locale.ROOT);
    return singular(lower.replace("rare-earth", "rare earth"));
  }

  static String singular(String s) {
    String[] words = s.split(" ");
    String last = words[words.length - 1];
    String one = last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y"
        : last.endsWith("ss") || last.length() <= 3 ? last
        : last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
    words[words.length - 1] = one;
    return String.join(" ", words);
  }

  /** For tests: the heads the resolver knows. */
  static List<String> heads() {
    return List.copyOf(HEADS.keySet());
  }
}
