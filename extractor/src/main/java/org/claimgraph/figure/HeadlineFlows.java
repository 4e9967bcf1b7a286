package org.claimgraph.figure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The two sides of a trade flow a headline names ("China’s Rare Earth Imports from Myanmar Dry Up" → MM, CN; "China's Rare
 * Earth Magnet Exports to Japan Drop Again in December" → CN, JP; "The US Relies Heavily On Rare Earth Imports From China" →
 * CN, US). The page's figures of that flow that name one side only or none ("only 23 tons of rare earth compounds were
 * imported last month", "That's down 91.8% from 270 tons in July", "The December drop follows a more substantial 6.4%
 * year-on-year decline") are the pair's, exporter first (devset/GUIDELINES.md, "Places": exporter first, destination second;
 * the subject carries over; fresh21 call 22: Myanmar → China flows → MM,CN). Not the owner's totals ("China's total rare
 * earth magnet exports", "Overall, China exported … globally"), not a flow whose sentence names a third country, and not
 * one whose sentence marks its only country as the origin without a destination ("exports of copper from Pakistan were
 * only 106 million dollars" on a page about Pakistan's exports to China: all its exports).
 */
final class HeadlineFlows {

  /** The exporting and the importing side. */
  record Pair(String exporter, String importer) {
    boolean has(String code) {
      return exporter.equals(code) || importer.equals(code);
    }

    List<String> place() {
      return List.of(exporter, importer);
    }
  }

  /**
   * A flow word and the preposition that names its partner: "imports … from", "exports to", "exporter to", "supply from",
   * "supply from war-torn Myanmar" (one hyphenated epithet).
   */
  private static final Pattern FLOW_PARTNER = Pattern.compile(
      "(?i)\\b(imports?|imported|supply|supplies|shipments?|exports?|exporter|exported)\\s+(?:[\\p{L}-]+,?\\s+){0,4}?(from|to)\\s+(?:the\\s+)?(?:\\p{L}+-\\p{L}+\\s+)?$");
  /** The owner right before the flow word: "China’s Rare Earth", "The US Relies Heavily On Rare Earth", "Philippines expands nickel ore". */
  private static final Pattern OWNER_GAP = Pattern.compile("^(?:['’]s)?\\s+(?:[\\p{L}-]+,?\\s+){0,5}$");
  /** What a sentence says of the owner's whole flow or of the world, not of the pair. */
  private static final Pattern WHOLE = Pattern.compile(
      "(?i)\\b(?:total|overall|altogether|global|globally|world|world['’]s|worldwide|all\\s+destinations|relian(?:t|ce)|dependen(?:t|ce))\\b");

  private HeadlineFlows() {}

  /** The pair a headline names, or null where it names no owner and partner of one flow. */
  static Pair of(String title, PlaceResolver places) {
    if (title == null) return null;
    var ms = places.mentions(title);
    Pair found = null;
    for (int i = 1; i < ms.size(); i++) {
      var partner = ms.get(i);
      var flow = FLOW_PARTNER.matcher(title.substring(0, partner.start()));
      if (!flow.find()) continue;
      var owner = ms.get(i - 1);
      if (owner.end() > flow.start() || !OWNER_GAP.matcher(title.substring(owner.end(), flow.start())).matches()) continue;
      String o = owner.value().code();
      String p = partner.value().code();
      if (o.equals(p)) continue;
      boolean from = "from".equalsIgnoreCase(flow.group(2));
      boolean importing = flow.group(1).toLowerCase().startsWith("import") || flow.group(1).toLowerCase().startsWith("suppl");
      Pair pair;
      if (from && !flow.group(1).toLowerCase().startsWith("export")) pair = new Pair(p, o);
      else if (!from && !importing) pair = new Pair(o, p);
      else continue;
      if (found != null && !found.equals(pair)) return null;
      found = pair;
    }
    return found;
  }

  /**
   * The place of a figure on a page whose headline names {@code pair}: the pair where the figure's measure is an import or
   * export flow and its place is one side of the pair, its sentence names no other country and speaks of no whole; else
   * {@code place} unchanged.
   */
  static List<String> apply(List<String> place, Pair pair, String measure, String sentence, List<String> sentenceCodes,
      PlaceResolver places) {
    if (pair == null || measure == null || place.size() != 1 || !pair.has(place.get(0))) return place;
    String flow = MeasureParts.of(measure).flow();
    if (!"import".equals(flow) && !"export".equals(flow)) return place;
    for (String c : sentenceCodes) if (!pair.has(c)) return place;
    if (WHOLE.matcher(sentence).find() || WHOLE.matcher(measure).find()) return place;
    // "exports of copper from Pakistan were only 106 million dollars": the exporter's flow to every destination.
    if (place.get(0).equals(pair.exporter()) && places.markedOrigin(sentence, pair.exporter())
        && !places.markedDestination(sentence, List.of(pair.importer()))) {
      return place;
    }
    return pair.place();
  }
}
