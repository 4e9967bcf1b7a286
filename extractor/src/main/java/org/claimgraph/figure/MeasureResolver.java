package org.claimgraph.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Regexes;

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
      Map.entry("volumes", "volume"), Map.entry("purchases", "imports"), Map.entry("getting", "imports"),
      Map.entry("quota", "quota"), Map.entry("quotas", "quota"), Map.entry("inventories", "inventories"),
      Map.entry("stocks", "stocks"), Map.entry("stockpile", "stockpiles"), Map.entry("deliveries", "deliveries"),
      Map.entry("consumed", "consumption"), Map.entry("demanded", "demand"), Map.entry("costs", "cost"),
      Map.entry("cost", "cost"), Map.entry("earnings", "earnings"), Map.entry("income", "income"));
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*");
  private static final Pattern COMPOUND_NEXT = Pattern.compile(
      "^\\s+(?:chains?|controls?|licen[cs]es?|restrictions?|bans?|curbs?|quotas?|rules|regime|policy|policies|system|license|permits?|side|shocks?|disruptions?|pressures?|concerns?|risks?|tensions?|wars?|adjustments?|growth\\s+of)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final java.util.Set<String> VERB_HEADS = java.util.Set.of("mined", "refined", "produced", "exported",
      "imported", "sold", "shipped", "processed", "importing", "exporting", "getting", "supplied");
  private static final Pattern REST_OF_WORLD = Pattern.compile("(?i)\\bto\\s+the\\s+rest\\s+of\\s+the\\s+world\\b");
  private static final Pattern OF_AFTER = Pattern.compile("^\\s+of\\s+(?:the\\s+)?");
  private static final Pattern MARKET_SHARE_AFTER = Pattern.compile("(?i)^\\s*(?:global\\s+|domestic\\s+)?market\\s+share\\b");
  private static final Pattern SUPPLY_TO = Pattern.compile("(?i)\\bsupply\\s+(?:of\\s+[^,;]{1,40}?\\s+)?to\\s+(?:the\\s+)?(?:rest\\s+of|world|\\p{Lu})");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|,\\s+(?:while|whereas|but|and|with|giving)\\b|\\s[-–—]\\s");
  private static final Pattern MARKET_SHARE = Pattern.compile("(?i)\\bmarket\\s+share\\b");
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
   *
   * @param topic the article's main material or product ("rare earth magnet"), used when the
   *              sentence names none ("Chinese exports to the US hit 619 mt"); may be null
   */
  public String resolve(String sentence, int start, int end, Kind kind, String topic) {
    String head = head(sentence, start, end);
    String thing = thing(sentence, start, end);
    if (thing == null && head != null) thing = topic;
    // "the magnets" in an article about rare earth magnets are those.
    if (thing != null && topic != null && topic.endsWith(" " + thing)) thing = topic;
    if (head == null && thing == null) return null;
    String base = thing == null ? "" : thing + " ";
    if (head != null && (head.equals("value") || head.equals("price") || head.equals("volume"))) {
      String trade = secondaryHead(sentence, start, end);
      if (head.equals("volume") && trade != null) return base + trade; // "export volume" is the exports
      head = (trade == null ? "" : singular(trade) + " ") + head;
    }
    if (kind == Kind.SHARE) {
      if (MARKET_SHARE_AFTER.matcher(sentence.substring(end)).find()) return base + "market share";
      String whole = shareWhole(sentence, end);
      if (whole != null && !VERB_HEADS.contains(headWordBefore(sentence, start))) return base + "share of " + whole;
      if (head != null) return base + singularHead(head) + " share";
      if (MARKET_SHARE.matcher(sentence).find()) return base + "market share";
      return base + "share";
    }
    if (head == null) return thing;
    // "Chinese supply of the magnets to the rest of the world" is exports.
    if (head.equals("supply") && SUPPLY_TO.matcher(sentence).find()) head = "exports";
    // Exports to the rest of the world are not total exports: keep them apart.
    if (head.equals("exports") && REST_OF_WORLD.matcher(sentence).find()) return base + head + " to rest of world";
    return base + head;
  }

  /** "exports share" reads as "export share". */
  private static String singularHead(String head) {
    return head.equals("exports") || head.equals("imports") || head.equals("sales") ? singular(head) : head;
  }

  /**
   * The economic head of the figure's clause: the first one before the number (the subject: "the
   * value of exports", "profits from exports"), else the nearest after it.
   */
  private static String head(String sentence, int start, int end) {
    String left = sentence.substring(0, start);
    int clause = -1;
    Matcher cb = CLAUSE_BREAK.matcher(left);
    while (cb.find()) clause = cb.start();
    Matcher w = WORD.matcher(sentence);
    String firstLeft = null;
    String firstInSentence = null;
    String nearestRight = null;
    int rightDistance = Integer.MAX_VALUE;
    while (w.find()) {
      String canonical = HEADS.get(w.group().toLowerCase(Locale.ROOT));
      if (canonical == null || isCompound(sentence, w.end())) continue;
      if (w.end() <= start && firstInSentence == null) firstInSentence = canonical;
      if (w.end() <= start && w.start() > clause) {
        if (firstLeft == null) firstLeft = canonical;
      } else if (w.start() >= end && w.start() - end < rightDistance) {
        rightDistance = w.start() - end;
        nearestRight = canonical;
      }
    }
    // "China mined 61% and refined 91%": a verb right before the number is its head.
    String verb = headWordBefore(sentence, start);
    if (VERB_HEADS.contains(verb)) return HEADS.get(verb);
    if (firstLeft != null) return firstLeft;
    if (rightDistance <= 60) return nearestRight;
    return firstInSentence; // "China exported 3188 t …, but still down 38.1%": the sentence's subject
  }

  private static final Pattern HEAD_WORD_BEFORE = Pattern.compile(
      "(?i)([\\p{L}-]+)\\s+(?:(?:about|nearly|almost|over|some|roughly|around|more\\s+than|an\\s+estimated)\\s+)?$");

  /** The word right before the number (skipping qualifiers), lower case. */
  private static String headWordBefore(String sentence, int start) {
    Matcher m = HEAD_WORD_BEFORE.matcher(sentence.substring(0, start));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** "supply chains", "export controls", "export licenses": the head word is a modifier here. */
  private static boolean isCompound(String sentence, int wordEnd) {
    return COMPOUND_NEXT.matcher(sentence.substring(wordEnd)).find();
  }

  /**
   * The article's main material or product: the first one its title names, else the first one
   * its text names ("rare earth magnet"), or null.
   */
  public String topic(String title, String text) {
    if (title != null) {
      String t = thing(title, 0, 0);
      if (t != null) return t;
    }
    // The first sentence of the lead that names a trade head and a thing: "Chinese exports of
    // rare earth permanent magnets rebounded in July".
    String lead = text.length() > 1500 ? text.substring(0, 1500) : text;
    for (String sentence : lead.split("(?<=[.!?])\\s+|\\n\\n")) {
      Matcher w = WORD.matcher(sentence);
      while (w.find()) {
        String h = HEADS.get(w.group().toLowerCase(Locale.ROOT));
        if (h != null && !isCompound(sentence, w.end())) {
          String t = thing(sentence, w.end(), w.end());
          if (t != null) return t;
        }
      }
    }
    return thing(lead, 0, 0);
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

  /**
   * The material or product of the number's clause, singular as a modifier ("rare earth
   * magnet"): the nearest one before it (the subject's), else the nearest after it.
   */
  private String thing(String sentence, int start, int end) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    Matcher of = OF_AFTER.matcher(sentence.substring(end));
    if (end > 0 && of.find()) {
      int at = end + of.end();
      for (var m : materials.find(sentence)) if (m.start() == at) return normalizeThing(m.text());
      Matcher p = PRODUCT.matcher(sentence);
      if (p.find(at) && p.start() == at) return normalizeThing(p.group());
    }
    for (var m : materials.find(sentence)) {
      int distance = m.end() <= start ? start - m.end() : (m.start() - end) + 200;
      if (distance < 0) distance = 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = m.text();
      }
    }
    Matcher p = PRODUCT.matcher(sentence);
    while (p.find()) {
      int distance = p.end() <= start ? start - p.end() : (p.start() - end) + 200;
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
    Matcher m = Regexes.get("(?i)^\\s*(?:of|in)\\s+(?:all\\s+|total\\s+|the\\s+)?((?:[\\p{L}'’-]+\\s+){0,5}?(?:sales|exports|imports|supply|production|output|market|imports|concentrate|demand|refining|capacity|rare earths))\\b")
        .matcher(sentence.substring(end));
    if (!m.find()) return null;
    String whole = Regexes.replaceAll(m.group(1).toLowerCase(Locale.ROOT), "^(?:the\\s+)?(?:world['’]s|global)\\s+", "global ");
    return Regexes.replaceAll(whole, "\\b(?:china['’]s|u\\.s\\.|chinese)\\s+", "").strip();
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
