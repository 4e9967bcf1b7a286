package org.claimgraph.figure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.Regexes;

/**
 * The home countries a page states for the companies it names, so that a company no lexicon knows gets its country
 * where companies.tsv would give it (its figures whose sentence names no place, the headline's company, the page's
 * country):
 *
 * <pre>
 * "Vietnamese carmaker VinFast"                 → VinFast: VN   (a nationality before the company's trade)
 * "South Korea's LG Energy Solution"            → LG Energy Solution (and LG): KR
 * "Perth-based Pilbara Minerals"                → Pilbara Minerals (and Pilbara): AU   (home-cities.tsv, countries)
 * "Core Lithium Ltd (ASX: CXO)", "ASX-listed X" → AU   (exchanges.tsv; weak: a nationality or "-based" wins)
 * </pre>
 *
 * A country's listing is no home ("US-listed Chinese company Nio": Nio is CN), so "&lt;country&gt;-listed" is not read.
 * A name the page gives two homes of equal strength is dropped.
 */
final class StatedHomes {

  private static final Map<String, String> EXCHANGES = column("exchanges.tsv", "code");
  private static final Map<String, String> CITIES = column("home-cities.tsv", "city");
  private static final PhraseMatcher<String> CITY_MATCHER = new PhraseMatcher<>(CITIES);

  private static final String TOKEN = "\\p{Lu}[\\p{L}\\p{N}&-]*";
  private static final String NAME = "(" + TOKEN + "(?: " + TOKEN + "){0,3})";
  private static final String TRADE = "(?:carmakers?|automakers?|miners?|producers?|makers?|manufacturers?|company|companies|firms?|groups?"
      + "|giants?|developers?|explorers?|suppliers?|refiners?|start-?ups?|conglomerates?|operators?|rivals?)";
  /** "Vietnamese carmaker VinFast", "Chinese electric vehicle maker BYD", "Australian mining company Syrah Resources". */
  private static final Pattern ADJECTIVE_AFTER = Pattern.compile("^\\s+(?:[\\p{Ll}-]+\\s+){0,3}?" + TRADE + "\\s+" + NAME);
  /** "South Korea's LG Energy Solution", "China's Ganfeng Lithium". */
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\s+" + NAME);
  /** "Perth-based Pilbara Minerals", "Jakarta-based miner Vale Indonesia". */
  private static final Pattern BASED_AFTER = Pattern.compile("^-based\\s+(?:[\\p{Ll}-]+\\s+){0,3}?" + NAME);
  /** "LG Chem Ltd., South Korea's leading chemical firm, said": the company before a closed apposition ("Meanwhile, Chinese company X" is none). */
  private static final Pattern APPOSITION_BEFORE = Pattern.compile(NAME + "(?: (?:Co|Ltd|Inc|Corp|Limited)\\.?)?,\\s+(?:(?:a|an|the)\\s+)?$");
  private static final Pattern APPOSITION_AFTER = Pattern.compile("^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,3}?" + TRADE + ",");
  /** "Aneka Tambang (Antam)": the short name the page goes on with. */
  private static final Pattern SHORT_NAME = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{L}\\p{N}&-]+)\\)");
  private static final Pattern LISTED_AFTER = Pattern.compile("^-listed\\s+(?:[\\p{Ll}-]+\\s+){0,3}?" + NAME);
  /** "Core Lithium Ltd (ASX: CXO)", "Lynas (ASX:LYC)", "Sigma (TSXV: SGML; NASDAQ: SGML)": the first exchange named. */
  private static final Pattern TICKER = Pattern.compile(NAME + "\\.?,?\\s*\\(\\s*([A-Z]{2,6}(?:[-.]V)?)\\s*:\\s*[A-Z0-9.]{1,8}\\s*[);,]");
  private static final Pattern EXCHANGE_LISTED = Pattern.compile("\\b([A-Z]{2,6}(?:[-.]V)?)-listed\\s+(?:[\\p{Ll}-]+\\s+){0,3}?" + NAME);
  private static final Pattern LEGAL = Pattern.compile("(?:\\s+(?:Ltd|Limited|Inc|Corp|Corporation|PLC|plc|NL|Co|SA|AG|ASA|Pty|Holdings|Group)\\.?)+$");
  /** The words after a company's first word that let the first word alone name it ("Pilbara Minerals" … "Pilbara"). */
  private static final Set<String> CORPORATE = Set.of("Minerals", "Resources", "Lithium", "Mining", "Motors", "Motor", "Group", "Energy",
      "Metals", "Holdings", "Materials", "Auto", "Battery", "Technology", "Solution", "Solutions", "Nickel", "Copper", "Cobalt", "Graphite");
  /** Capitalised words that start no company: offices, periods, products, sentence openers. */
  private static final Set<String> NOT_A_NAME = Set.of("The", "A", "An", "In", "On", "At", "For", "Its", "This", "That", "EV", "EVs", "NEV", "NEVs",
      "BEV", "BEVs", "PHEV", "PHEVs", "Ministry", "Department", "Government", "Customs", "President", "Prime", "Minister", "State", "National",
      "General", "Central", "Federal", "Commerce", "Index", "Bureau", "Office", "Council", "Association", "Administration", "Agency",
      "Commission", "Institute", "Parliament", "Senate", "Congress", "Treasury", "Bank", "Reserve", "Statistics", "Q1", "Q2", "Q3", "Q4",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Republic", "People", "Inner", "New",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "No", "Yes", "H1", "H2", "FY", "Director", "Party", "Exports", "Export", "Imports", "Import",
      "Sales", "Output", "Production", "Rare", "Prices", "Price", "Market", "Research", "Analytics", "Intelligence", "Insights", "Data");
  /** A data firm's figures are a market's, not its home's ("Swedish market research firm EV-Volumes", "Chinese research company X"). */
  private static final Pattern DATA_TRADE = Pattern.compile("(?i)\\b(?:research|data|consult\\w*|analy\\w*|intelligence|market|news|media|price)\\b");

  private StatedHomes() {}

  /** Company name → home country, as the text states them (first stated wins; a strong cue wins over a listing). */
  static Map<String, String> of(String text, Lexicon lexicon) {
    Map<String, String> strong = new LinkedHashMap<>();
    Map<String, String> weak = new LinkedHashMap<>();
    Set<String> strongAmbiguous = new java.util.HashSet<>();
    Set<String> weakAmbiguous = new java.util.HashSet<>();
    for (var m : lexicon.findCountries(text)) {
      int at = m.end();
      String type = m.value().type();
      Matcher a = after("adjective".equals(type) ? ADJECTIVE_AFTER : POSSESSIVE_AFTER, text, at);
      if (a.lookingAt() && !DATA_TRADE.matcher(text.substring(at, a.start(1))).find() && !titleCase(text, a.end())) {
        put(strong, strongAmbiguous, a.group(1), m.value().code(), lexicon);
        Matcher shortName = after(SHORT_NAME, text, a.end());
        if (shortName.lookingAt() && !EXCHANGES.containsKey(shortName.group(1))) put(strong, strongAmbiguous, shortName.group(1), m.value().code(), lexicon);
      }
      Matcher before = APPOSITION_BEFORE.matcher(text).region(Math.max(0, m.start() - 80), m.start());
      Matcher trade = after(APPOSITION_AFTER, text, at);
      if (before.find() && trade.lookingAt() && !DATA_TRADE.matcher(text.substring(at, trade.end())).find()) {
        put(strong, strongAmbiguous, before.group(1), m.value().code(), lexicon);
      }
      Matcher b = after(BASED_AFTER, text, at);
      if (b.lookingAt()) put(strong, strongAmbiguous, b.group(1), m.value().code(), lexicon);
      // "US-listed Chinese company", "London-listed Vedanta" (Indian): a country's or a world market's listing names no home.
    }
    for (var c : CITY_MATCHER.find(text)) {
      int at = c.end();
      Matcher b = after(BASED_AFTER, text, at);
      if (b.lookingAt()) put(strong, strongAmbiguous, b.group(1), c.value(), lexicon);
      // "Jakarta-listed Vale Indonesia": a home city's exchange (home-cities.tsv holds no London, New York, Hong Kong).
      Matcher l = after(LISTED_AFTER, text, at);
      if (l.lookingAt()) put(weak, weakAmbiguous, l.group(1), c.value(), lexicon);
    }
    Matcher t = TICKER.matcher(text);
    while (t.find()) {
      String country = EXCHANGES.get(t.group(2));
      if (country != null) put(weak, weakAmbiguous, t.group(1), country, lexicon);
    }
    Matcher e = EXCHANGE_LISTED.matcher(text);
    while (e.find()) {
      String country = EXCHANGES.get(e.group(1));
      if (country != null) put(weak, weakAmbiguous, e.group(2), country, lexicon);
    }
    Map<String, String> out = new LinkedHashMap<>();
    strong.forEach((name, country) -> {
      if (!strongAmbiguous.contains(name)) out.put(name, country);
    });
    weak.forEach((name, country) -> {
      if (!weakAmbiguous.contains(name) && !strong.containsKey(name)) out.put(name, country);
    });
    return out;
  }

  private static void put(Map<String, String> homes, Set<String> ambiguous, String name, String country, Lexicon lexicon) {
    name = LEGAL.matcher(Regexes.replaceFirst(name, "^The ", "")).replaceAll("");
    String[] tokens = name.split("\\s+");
    if (tokens.length == 0 || java.util.Arrays.stream(tokens).anyMatch(w -> NOT_A_NAME.contains(w) || NOT_A_NAME.contains(w.split("-")[0]))) return;
    // A place is no company: "China's Inner Mongolia", "Australia's Western Australia" ("Vale Indonesia" is one).
    int length = name.length();
    if (lexicon.findCountries(name).stream().anyMatch(c -> c.start() == 0 && c.end() == length)
        || lexicon.findRegions(name).stream().anyMatch(r -> r.start() == 0 && r.end() == length)) return;
    add(homes, ambiguous, name, country);
    if (tokens.length > 1 && tokens[0].length() >= 2 && java.util.Arrays.stream(tokens).skip(1).allMatch(CORPORATE::contains)) {
      add(homes, ambiguous, tokens[0], country);
    }
  }

  private static void add(Map<String, String> homes, Set<String> ambiguous, String name, String country) {
    String had = homes.putIfAbsent(name, country);
    if (had != null && !had.equals(country)) ambiguous.add(name);
  }

  /** A headline's Title Case ("China's Antimony Export Restrictions Reshape Global Trade"): the name runs on. */
  private static boolean titleCase(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
  }

  private static Matcher after(Pattern p, String text, int at) {
    return p.matcher(text).region(at, text.length());
  }

  private static Map<String, String> column(String file, String key) {
    Map<String, String> m = new LinkedHashMap<>();
    for (var row : Tsv.read(file)) m.putIfAbsent(row.get(key), row.get("country"));
    return m;
  }
}
