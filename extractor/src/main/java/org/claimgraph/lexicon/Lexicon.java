package org.claimgraph.lexicon;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The extractor's word lists, loaded once from the TSV tables and immutable afterwards.
 *
 * <pre>{@code
 * Lexicon lx = Lexicon.get();
 * lx.countries().find("Chinese exports to the U.S.")  // [Chinese→CN, U.S.→US]
 * lx.unit("metric tons")                                // Unit[tonne ×1]
 * }</pre>
 */
public final class Lexicon {

  /** A unit form: the canonical unit, the factor into it, and whether it stands before the number. */
  public record Unit(String unit, double multiplier, boolean before) {}

  /** A material or product: id, canonical label, category. */
  public record Material(String id, String label, String category) {}

  /** A region (not a country): id and the member countries where fixed. */
  public record Region(String id, List<String> members) {}

  /** An attribution cue: whether the source follows ("according to X") or precedes ("X said"). */
  public record Cue(String cue, boolean sourceFollows, String kind) {}

  /** A country surface form: ISO code and the form's type (name, alias, adjective, demonym, capital-metonym). */
  public record Country(String code, String type) {}

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }

  private final PhraseMatcher<Country> countries;
  /** States, provinces and regions of a country (subdivisions.tsv): their figures are the country's. */
  private final PhraseMatcher<Country> subdivisions;
  private final PhraseMatcher<Region> regions;
  private final PhraseMatcher<Material> materials;
  private final Map<String, Unit> units = new HashMap<>();
  private final Map<String, Unit> unitsBefore = new HashMap<>();
  /** ISO 4217 codes read as currencies (currency-codes.tsv), by code: their reading, "any" or "grouped". */
  private final Map<String, String> currencyCodes = new HashMap<>();
  private final PhraseMatcher<Boolean> notPlaces;
  private final PhraseMatcher<String> organizations;
  private final java.util.Set<String> newsOutlets = new java.util.HashSet<>();
  private final java.util.Set<String> researchBodies = new java.util.HashSet<>();
  private final java.util.Set<String> organizationNames = new java.util.HashSet<>();
  private final Map<String, Double> scales = new HashMap<>();
  private final Map<String, Double> numberWords = new HashMap<>();
  private final List<Cue> cues;
  private final Map<String, String> countryNames = new HashMap<>();

  private Lexicon() {
    Map<String, Country> c = new LinkedHashMap<>();
    for (Map<String, String> row : Tsv.read("countries.tsv")) {
      Country country = new Country(row.get("code"), row.get("type"));
      c.putIfAbsent(row.get("form"), country);
      if ("name".equals(row.get("type"))) countryNames.putIfAbsent(row.get("code"), row.get("form"));
    }
    countries = new PhraseMatcher<>(c);
    Map<String, Country> sub = new LinkedHashMap<>();
    for (Map<String, String> row : Tsv.read("subdivisions.tsv")) sub.putIfAbsent(row.get("form"), new Country(row.get("country"), "subdivision"));
    subdivisions = new PhraseMatcher<>(sub);

    Map<String, Region> r = new LinkedHashMap<>();
    for (Map<String, String> row : Tsv.read("regions.tsv")) {
      String members = row.getOrDefault("members", "");
      r.putIfAbsent(row.get("form"), new Region(row.get("id"),
          members.isBlank() ? List.of() : Arrays.stream(members.split(",")).map(String::strip).toList()));
    }
    regions = new PhraseMatcher<>(r);

    Map<String, Material> m = new LinkedHashMap<>();
    for (Map<String, String> row : Tsv.read("materials.tsv")) {
      m.putIfAbsent(row.get("form"), new Material(row.get("id"), row.get("label"), row.get("category")));
    }
    materials = new PhraseMatcher<>(m);

    for (Map<String, String> row : Tsv.read("units.tsv")) {
      boolean before = "before".equals(row.get("position"));
      (before ? unitsBefore : units).putIfAbsent(row.get("form"),
          new Unit(row.get("unit"), Double.parseDouble(row.get("multiplier")), before));
    }
    // every ISO 4217 code a currency on both sides of a number ("RON 15 million", "20.000 RON"), unless units.tsv reads it
    for (Map<String, String> row : Tsv.read("currency-codes.tsv")) {
      String code = row.get("code");
      if ("never".equals(row.get("reading"))) continue; // ALL, CUP, TOP: English words
      currencyCodes.put(code, row.get("reading"));
      units.putIfAbsent(code, new Unit(code, 1, false));
      unitsBefore.putIfAbsent(code, new Unit(code, 1, true));
    }
    Map<String, String> orgs = new LinkedHashMap<>();
    for (Map<String, String> row : Tsv.read("organizations.tsv")) {
      orgs.putIfAbsent(row.get("form"), row.get("name"));
      organizationNames.add(row.get("name"));
      if ("news".equals(row.get("type"))) newsOutlets.add(row.get("name"));
      if ("research".equals(row.get("type"))) researchBodies.add(row.get("name"));
    }
    organizations = new PhraseMatcher<>(orgs);
    Map<String, Boolean> blockers = new LinkedHashMap<>();
    for (Map<String, String> row : Tsv.read("not-places.tsv")) blockers.put(row.get("phrase"), Boolean.TRUE);
    notPlaces = new PhraseMatcher<>(blockers);
    for (Map<String, String> row : Tsv.read("scales.tsv")) {
      scales.putIfAbsent(row.get("form"), Double.parseDouble(row.get("multiplier")));
    }
    for (Map<String, String> row : Tsv.read("number-words.tsv")) {
      numberWords.putIfAbsent(row.get("form").toLowerCase(Locale.ROOT), Double.parseDouble(row.get("value")));
    }
    cues = Tsv.read("attribution-cues.tsv").stream()
        .map(row -> new Cue(row.get("cue"), "before".equals(row.get("position")), row.get("kind"))).toList();
  }

  /** The shared lexicon. */
  public static Lexicon get() {
    return Holder.INSTANCE;
  }

  /** The raw country matcher; prefer {@link #findCountries}, which drops forms inside other names. */
  public PhraseMatcher<Country> countries() {
    return countries;
  }

  public PhraseMatcher<Region> regions() {
    return regions;
  }

  /** Canonical names of the news outlets and wires among {@link #organizations()} ("Reuters", "Bloomberg", "Xinhua"). */
  public java.util.Set<String> newsOutlets() {
    return java.util.Collections.unmodifiableSet(newsOutlets);
  }

  /** The canonical names of analysts and price reporters (organizations.tsv type research). */
  public java.util.Set<String> researchBodies() {
    return java.util.Collections.unmodifiableSet(researchBodies);
  }

  /** Known organizations of the field, by surface form → canonical name. */
  public PhraseMatcher<String> organizations() {
    return organizations;
  }

  /**
   * The canonical name of the known organization a whole credit names, without a leading "the" ("the USGS" and "US
   * Geological Survey" → "US Geological Survey", "StatsCan" → "Statistics Canada"), else null: one source, one name.
   */
  public String organizationNamed(String credit) {
    String bare = credit.strip().replaceFirst("^(?:the|The|THE)\\s+", "");
    String known = organizations.whole(bare);
    return known != null ? known : organizationNames.contains(bare) ? bare : null;
  }

  /**
   * Country mentions in {@code text}, without those inside a longer region name ("Latin
   * American", "South China Sea") or inside a name that is not a place ("New Jersey"). A state or
   * province stands for its country (type {@code subdivision}: "Western Australia" → AU, "Inner
   * Mongolia" → CN, "Northern Ireland" → GB), and a country form inside it is dropped.
   */
  public List<PhraseMatcher.Match<Country>> findCountries(CharSequence text) {
    List<PhraseMatcher.Match<Country>> out = new java.util.ArrayList<>();
    var blockers = notPlaces.find(text);
    var regionMatches = regions.find(text);
    var subs = subdivisions.find(text);
    var found = countries.find(text);
    for (var m : found) {
      if (inside(m.start(), m.end(), blockers) || insideLonger(m.start(), m.end(), regionMatches) || overlapsAtLeast(m, subs)) continue;
      out.add(m);
    }
    for (var s : subs) {
      if (inside(s.start(), s.end(), blockers) || insideLonger(s.start(), s.end(), regionMatches) || overlapsLonger(s, found)) continue;
      out.add(s);
    }
    out.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::start));
    return out;
  }

  /** Region mentions in {@code text}, without those inside a name that is not a place or inside a state ("Western Australia"). */
  public List<PhraseMatcher.Match<Region>> findRegions(CharSequence text) {
    var blockers = notPlaces.find(text);
    var subs = subdivisions.find(text);
    return regions.find(text).stream().filter(m -> !inside(m.start(), m.end(), blockers) && !insideLonger(m.start(), m.end(), subs)).toList();
  }

  /**
   * Whether a match at least as long overlaps {@code m}: "Ireland" inside "Northern Ireland" is dropped, but not "United
   * Kingdom of Great Britain and Northern Ireland", which holds the state.
   */
  private static boolean overlapsAtLeast(PhraseMatcher.Match<?> m, List<? extends PhraseMatcher.Match<?>> spans) {
    for (var s : spans) if (s.start() < m.end() && m.start() < s.end() && s.end() - s.start() >= m.end() - m.start()) return true;
    return false;
  }

  /** Whether a longer match overlaps {@code m} ("Hong Kong" is no "Kong" state). */
  private static boolean overlapsLonger(PhraseMatcher.Match<?> m, List<? extends PhraseMatcher.Match<?>> spans) {
    for (var s : spans) if (s.start() < m.end() && m.start() < s.end() && s.end() - s.start() > m.end() - m.start()) return true;
    return false;
  }

  private static boolean inside(int start, int end, List<? extends PhraseMatcher.Match<?>> spans) {
    for (var s : spans) if (s.start() <= start && end <= s.end()) return true;
    return false;
  }

  private static boolean insideLonger(int start, int end, List<? extends PhraseMatcher.Match<?>> spans) {
    for (var s : spans) if (s.start() <= start && end <= s.end() && s.end() - s.start() > end - start) return true;
    return false;
  }

  public PhraseMatcher<Material> materials() {
    return materials;
  }

  /** The unit written as {@code form} after a number ("metric tons", "%", "kg"), or null. Case-sensitive first. */
  public Unit unit(String form) {
    Unit u = units.get(form);
    return u != null ? u : units.get(form.toLowerCase(Locale.ROOT));
  }

  /** The unit written as {@code form} before a number ("$", "US$", "RMB"), or null. */
  public Unit unitBefore(String form) {
    return unitsBefore.get(form);
  }

  /** Whether {@code form} is an ISO 4217 code the lexicon reads as a currency ("RON", "NAD"; not "ALL", "TOP"). */
  public boolean isCurrencyCode(String form) {
    return currencyCodes.containsKey(form);
  }

  /**
   * Whether {@code form} is a currency code that is also an abbreviation or label ("SDG 7" a goal, "10 AWG" a wire gauge):
   * money only next to a scaled or digit-grouped amount (currency-codes.tsv, reading "grouped").
   */
  public boolean isGroupedCode(String form) {
    return "grouped".equals(currencyCodes.get(form));
  }

  /** The ISO 4217 codes read as currencies. */
  public java.util.Set<String> currencyCodes() {
    return java.util.Set.copyOf(currencyCodes.keySet());
  }

  /** Unit forms written after numbers. */
  public Map<String, Unit> units() {
    return Map.copyOf(units);
  }

  /** Unit forms written before numbers (currency signs and codes). */
  public Map<String, Unit> unitsBefore() {
    return Map.copyOf(unitsBefore);
  }

  /** The multiplier of a scale word ("million" → 1e6), or null. */
  public Double scale(String form) {
    Double s = scales.get(form);
    return s != null ? s : scales.get(form.toLowerCase(Locale.ROOT));
  }

  public Map<String, Double> scales() {
    return Map.copyOf(scales);
  }

  /** The value of a number word ("eighty" → 80), or null. */
  public Double numberWord(String word) {
    return numberWords.get(word.toLowerCase(Locale.ROOT));
  }

  public Map<String, Double> numberWords() {
    return Map.copyOf(numberWords);
  }

  public List<Cue> cues() {
    return cues;
  }

  /** The common English name of an ISO country code ("DE" → "Germany"), or the code. */
  public String countryName(String code) {
    return countryNames.getOrDefault(code, code);
  }
}
