package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;

/**
 * The countries a figure involves, exporter (origin) first, then destinations, then any other
 * country in the figure's clause (an unmarked country comes first when no exporter is marked).
 *
 * <pre>
 * "Chinese exports to the US hit 619 mt"                  → [CN, US]
 * "US imports from China hit a mere 46 mt"                → [CN, US]
 * "Germany … importing 1,116 tons of China's magnets"     → [CN, DE]
 * "China mined 61% … of the world's key rare earths"      → [CN]
 * </pre>
 *
 * Regions ("the EU", "the rest of the world", "the West") are not countries and are left out.
 */
public final class PlaceResolver {

  private static final String TRADE = "(?:exports?|exported|exporting|exporter|shipments?|shipped|supply|supplies|supplied|sales|sold|output|production|produced"
      + "|deliveries|shipping|magnets?|rare|goods|products?|steel|lithium|cobalt|graphite|gallium|germanium|mined|refined|processed)";
  private static final Pattern ORIGIN_AFTER = Pattern.compile("(?i)^(?:['’]s)?\\s+(?:total\\s+|overall\\s+|monthly\\s+|annual\\s+)?" + TRADE + "\\b");
  private static final Pattern ORIGIN_BEFORE = Pattern.compile("(?i)\\b(?:from|by|out\\s+of)\\s+(?:the\\s+)?$");
  /** "imports from Chile and Argentina": the later members of a list after "from". */
  private static final Pattern ORIGIN_LIST_BEFORE = Pattern.compile(
      "\\b(?i:from)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*\\s*(?:,\\s*|\\s+and\\s+|,\\s+and\\s+))+$");
  private static final Pattern DESTINATION_BEFORE = Pattern.compile("(?i)\\b(?:to|into|for|towards|destined\\s+for|bound\\s+for)\\s+(?:the\\s+)?$");
  private static final Pattern DESTINATION_AFTER = Pattern.compile(
      "(?i)^(?:['’]s)?\\s+(?:[a-z-]+\\s+){0,6}?(?:imports?|imported|importing|buyers?|purchases?|purchased|bought|received|getting|got|took|demand)\\b");
  private static final Pattern SEGMENT_BREAK = Pattern.compile(
      ";|\\s[-–—]\\s|,\\s+(?:which|while|whereas|but|and|when)\\b|\\s+(?:while|whereas|after|amid|following|despite)\\s|,\\s+(?=according\\s+to)");

  /** Blocs that are places of their own: "imported to the EU" → EU (regions.tsv id → code). */
  private static final java.util.Map<String, String> BLOCS = java.util.Map.of("eu", "EU");

  private final Lexicon lexicon;
  private final PhraseMatcher<String> companies;
  private final PhraseMatcher<String> agencies;

  public PlaceResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
    java.util.Map<String, String> c = new java.util.LinkedHashMap<>();
    for (var row : org.claimgraph.lexicon.Tsv.read("companies.tsv")) c.putIfAbsent(row.get("form"), row.get("country"));
    this.companies = new PhraseMatcher<>(c);
    java.util.Map<String, String> a = new java.util.LinkedHashMap<>();
    for (var row : org.claimgraph.lexicon.Tsv.read("agencies.tsv")) a.putIfAbsent(row.get("form"), row.get("country"));
    this.agencies = new PhraseMatcher<>(a);
  }

  /**
   * The countries of the national statistics offices, customs bodies and industry associations a
   * text names, in text order (agencies.tsv): "the Federal Motor Transport Authority (KBA)" → [DE, DE].
   */
  public List<String> agencyCountries(String text) {
    return agencies.find(text).stream().map(PhraseMatcher.Match::value).toList();
  }

  /**
   * A country word that describes something else than a place of the figure: a currency ("US
   * dollars", "$US"), a company's home ("Dutch carmaker Stellantis", "U.S. automaker Tesla",
   * "Australia-based", "Hong Kong-listed stock").
   */
  private static final Pattern NOT_A_PLACE_AFTER = Pattern.compile(
      "^(?:\\s*(?:dollars?|cents?|\\$)|-(?:based|listed|headquartered|owned)\\b|\\s+(?:[\\p{L}-]+\\s+)?(?:carmakers?|automakers?|companies|company"
          + "|firms?|groups?|miners?|giants?|rivals?|makers?|manufacturers?|conglomerates?|brands?)\\b)");

  private static final Pattern OFFICE_AFTER = Pattern.compile(
      "^(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+(?:Geological\\s+Survey|Association|Administration|Ministry|Department|Bureau|Agency|Council|Institute|Federation|Commission)\\b");
  private static final Pattern BLOC_AS_ADJECTIVE = Pattern.compile("^\\s+(?:importers?|exporters?|members?|member\\s+states?|countries|country|buyers?|partners?)\\b");

  /** The country mentions of a sentence, blocs (the EU) included. */
  public List<PhraseMatcher.Match<Lexicon.Country>> mentions(String sentence) {
    List<PhraseMatcher.Match<Lexicon.Country>> out = new ArrayList<>(lexicon.findCountries(sentence));
    out.removeIf(m -> NOT_A_PLACE_AFTER.matcher(sentence.substring(m.end())).find());
    // "According to the U.S. Geological Survey, China will dominate …": an office's country is no
    // place of the figure when the sentence names another ("… said the China Nonferrous Metals
    // Industry Association" alone still tells the country).
    List<PhraseMatcher.Match<Lexicon.Country>> offices = out.stream().filter(m -> OFFICE_AFTER.matcher(sentence.substring(m.end())).find()).toList();
    if (offices.size() < out.size()) out.removeAll(offices);
    // "the top EU importer of antimony from China": the bloc describes the Netherlands.
    boolean countries = !out.isEmpty();
    for (var r : lexicon.findRegions(sentence)) {
      String code = BLOCS.get(r.value().id());
      if (code == null || out.stream().anyMatch(m -> m.start() < r.end() && r.start() < m.end())) continue;
      if (countries && BLOC_AS_ADJECTIVE.matcher(sentence.substring(r.end())).find()) continue;
      out.add(new PhraseMatcher.Match<>(r.start(), r.end(), r.text(), new Lexicon.Country(code, "bloc")));
    }
    out.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::start));
    return out;
  }

  private static final Pattern WORLD_WORDS = Pattern.compile(
      "(?i)\\b(?:global|globally|world|world's|world’s|worldwide|international|internationally)\\b");

  /**
   * Whether a figure whose sentence names no place is the article's country's: "Customs data show
   * that only 107 tons cleared customs in June" in an article about China's exports, "total sales
   * grew 19 per cent" in an article built on FADA's data (India). Not where the sentence names a
   * country, region, company or the world, nor for a price (a market's).
   */
  public boolean nationalCarry(String sentence, String measure, String country) {
    if (country == null) return false;
    if (!mentions(sentence).isEmpty() || !lexicon.findRegions(sentence).isEmpty() || !companyCountries(sentence).isEmpty()) return false;
    if (WORLD_WORDS.matcher(sentence).find() || REGION_WORDS.matcher(sentence).find()) return false;
    return measure == null || !"price".equals(MeasureParts.of(measure).flow());
  }

  /** The countries of the companies a text names, in text order: "BYD sold 500,526 units" → [CN]. */
  public List<String> companyCountries(String text) {
    return companies.find(text).stream().map(PhraseMatcher.Match::value).toList();
  }

  private static final Pattern REGION_WORDS = Pattern.compile("(?i)\\bthe\\s+region\\b");

  /**
   * Whether the figure's clause is about a region, not a country: "Europe's demand rose 23 per
   * cent", "sales in North America falling 9 per cent", "Battery electric vehicle sales in the
   * region rose 7%" (the EU, a place of its own, excepted).
   */
  public boolean regionScoped(String sentence, int start, int end) {
    int[] seg = segment(sentence, start, end);
    if (regionNearestBefore(sentence, seg[0], start)) return true;
    for (var m : mentions(sentence)) if (m.start() >= seg[0] && m.end() <= seg[1]) return false;
    String clause = sentence.substring(seg[0], seg[1]);
    if (REGION_WORDS.matcher(clause).find()) return true;
    for (var r : lexicon.findRegions(clause)) {
      String id = r.value().id();
      if (!BLOCS.containsKey(id) && !id.equals("global") && !id.startsWith("rest-of")) return true;
    }
    return false;
  }

  /**
   * Whether the place named last before the figure in its segment is a region or the world, not a
   * country or bloc: "followed by Europe with 2 million", "North America registered a more modest
   * 9%", "Global EV sales surged 29% …, led by China".
   */
  private boolean regionNearestBefore(String sentence, int from, int start) {
    int country = -1;
    for (var m : mentions(sentence)) if (m.start() >= from && m.end() <= start) country = Math.max(country, m.end());
    int region = -1;
    for (var r : lexicon.findRegions(sentence)) {
      if (r.start() < from || r.end() > start || BLOCS.containsKey(r.value().id()) || r.value().id().startsWith("rest-of")) continue;
      // "China dominates global tungsten production, contributing 80%": the world is what a country's share is of.
      // Only the world as the subject's scope counts ("Global EV sales"), not "as … around the globe".
      // "CATL extended its lead in global EV battery usage with a 38.1% share": a company's share of the world is the company's.
      boolean companyBefore = !companies.find(sentence.substring(from, r.start())).isEmpty();
      if (r.value().id().equals("global") && (country >= 0 || companyBefore || !r.text().toLowerCase(java.util.Locale.ROOT).startsWith("global"))) continue;
      region = Math.max(region, r.end());
    }
    return region > country;
  }

  /**
   * The importer an article about imports is about: the place its title or lead names as the
   * importing side ("Rare Earth Imports to EU Drop …" → EU, "… were imported to the EU" → EU,
   * "EU imports of electric, hybrid cars" → EU); null when the first sentence about imports names
   * none or several.
   */
  public String importer(List<String> leadSentences) {
    for (String sentence : leadSentences) {
      if (!IMPORT_WORD.matcher(sentence).find()) continue;
      List<String> codes = new ArrayList<>();
      for (var m : mentions(sentence)) {
        String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
        String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 40));
        boolean importing = DESTINATION_BEFORE.matcher(before).find() && IMPORT_WORD.matcher(before + " " + sentence.substring(0, m.start())).find()
            || IMPORTER_AFTER.matcher(after).find();
        if (importing && !codes.contains(m.value().code())) codes.add(m.value().code());
      }
      if (codes.size() == 1) return codes.get(0);
      if (codes.size() > 1) return null;
    }
    return null;
  }

  private static final Pattern IMPORT_WORD = Pattern.compile("(?i)\\bimport(?:s|ed|ing)?\\b");
  private static final Pattern IMPORTER_AFTER = Pattern.compile("(?i)^(?:\\s*\\([^)]{1,10}\\))?(?:['’]s)?\\s+(?:imports?|imported)\\b");

  private static final Pattern PRICE_WORD = Pattern.compile("(?i)^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,4}?prices?\\b");

  /**
   * The place of a price: the market a country names in the price's own noun phrase ("The
   * Platts-assessed cobalt hydroxide CIF China price" → CN, "Chinese domestic prices" → CN); none
   * for a price named without one ("LME cobalt prices", "the average NdPr market price").
   */
  public List<String> priceMarket(String sentence, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    List<String> out = new ArrayList<>();
    for (var m : mentions) {
      if (PRICE_WORD.matcher(sentence.substring(m.end())).find() && !out.contains(m.value().code())) out.add(m.value().code());
    }
    return out;
  }

  /** Whether the country {@code code} is marked as an origin in the sentence: "imports from Chile". */
  public boolean markedOrigin(String sentence, String code) {
    for (var m : mentions(sentence)) {
      if (!m.value().code().equals(code)) continue;
      if (ORIGIN_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find()) return true;
      if (ORIGIN_LIST_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 60), m.start())).find()) return true;
    }
    return false;
  }

  private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");

  /**
   * The place of one figure of a "respectively" list: the countries of the sentence pair in order
   * with its figures of one unit. "… followed by Vietnam and Japan with 14% and 10%,
   * respectively" (after "The United States …, accounting for 29%") → 29% US, 14% VN, 10% JP;
   * "the imports from Chile and Argentina rose 9.8% YoY and 80.7% YoY respectively" → CL, AR.
   * Otherwise {@code place} as it is.
   *
   * @param at       the figure's start in the sentence
   * @param sameUnit the sentence offsets of the figures of its unit, in text order
   */
  public List<String> respective(String sentence, int at, List<Integer> sameUnit, List<PhraseMatcher.Match<Lexicon.Country>> mentions,
      List<String> place) {
    if (sameUnit.size() < 2 || !RESPECTIVELY.matcher(sentence).find()) return place;
    List<String> countries = new ArrayList<>();
    for (var m : mentions) if (!countries.contains(m.value().code())) countries.add(m.value().code());
    if (countries.size() != sameUnit.size()) return place;
    return List.of(countries.get(sameUnit.indexOf(at)));
  }

  /**
   * "followed by Russia with 28.4% of imports", "Russia (3,700 tonnes)", "Malaysia, contributing
   * 19.9%": a country right before the number is the figure's own.
   */
  private static final Pattern OWN_NUMBER_BETWEEN = Pattern.compile(
      "^(?:['’]s)?(?:\\s+with\\s+|\\s*\\(\\s*|,?\\s+(?:contributing|accounting\\s+for|supplying|with\\s+a\\s+share\\s+of)\\s+)"
          + "(?:about\\s+|nearly\\s+|almost\\s+|around\\s+|over\\s+|more\\s+than\\s+|just\\s+)?$");

  /** The ISO codes for the figure at sentence offsets {@code [start, end)}. */
  public List<String> resolve(String sentence, int start, int end, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    for (var m : mentions) {
      if (m.end() <= start && start - m.end() <= 40 && OWN_NUMBER_BETWEEN.matcher(sentence.substring(m.end(), start)).matches()) {
        return List.of(m.value().code());
      }
    }
    int[] seg = segment(sentence, start, end);
    List<PhraseMatcher.Match<Lexicon.Country>> scoped = new ArrayList<>();
    for (var m : mentions) if (m.start() >= seg[0] && m.end() <= seg[1]) scoped.add(m);
    if (scoped.isEmpty()) {
      // The subject is often in the sentence's first segment: "Germany continued …, importing 1,116 tons".
      int[] first = segment(sentence, 0, 0);
      for (var m : mentions) if (m.end() <= first[1]) scoped.add(m);
    }
    Set<String> origins = new LinkedHashSet<>();
    Set<String> destinations = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (var m : scoped) {
      String code = m.value().code();
      String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
      String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 60));
      if (ORIGIN_BEFORE.matcher(before).find()) {
        origins.add(code);
      } else if (DESTINATION_BEFORE.matcher(before).find()) {
        destinations.add(code);
      } else if (DESTINATION_AFTER.matcher(after).find() && !ORIGIN_AFTER.matcher(after).find()) {
        destinations.add(code);
      } else if (ORIGIN_AFTER.matcher(after).find()) {
        origins.add(code);
      } else {
        others.add(code);
      }
    }
    // Without a marked exporter, an unmarked country is usually the subject doing the exporting:
    // "China … causing exports of magnets to the U.S. to plummet" → CN, US.
    Set<String> out = new LinkedHashSet<>(origins);
    // "U.S.-China trade … exports to the U.S.": a country marked as destination is not the unmarked subject.
    others.removeAll(destinations);
    others.removeAll(origins);
    if (origins.isEmpty()) out.addAll(others);
    out.addAll(destinations);
    out.addAll(others);
    return List.copyOf(out);
  }

  /** The segment of the sentence holding {@code [start, end)}, between strong clause breaks. */
  private static int[] segment(String sentence, int start, int end) {
    int left = 0;
    int right = sentence.length();
    var m = SEGMENT_BREAK.matcher(sentence);
    while (m.find()) {
      if (m.end() <= start) left = m.end();
      else if (m.start() >= end) {
        right = m.start();
        break;
      }
    }
    return new int[] {left, right};
  }
}
