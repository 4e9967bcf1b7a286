package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
  /** "China's exports", "China’s flake graphite exports", "Chile's total copper output": the exporter or producer before its flow. */
  private static final Pattern ORIGIN_AFTER = Pattern.compile(
      "(?i)^(?:['’]s)?\\s+(?:(?!(?:to|and|or|for|from|of|in|with|the|a|an)\\b)[a-z-]+\\s+){0,3}?" + TRADE + "\\b");
  private static final Pattern ORIGIN_BEFORE = Pattern.compile("(?i)\\b(?:from|by|out\\s+of)\\s+(?:the\\s+)?$");
  /** "imports from Chile and Argentina": the later members of a list after "from". */
  private static final Pattern ORIGIN_LIST_BEFORE = Pattern.compile(
      "\\b(?i:from)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*\\s*(?:,\\s*|\\s+and\\s+|,\\s+and\\s+))+$");
  /**
   * "the lithium imported by the USA came from Argentina": "by" after a verb of buying names the importer, not an origin
   * (devset/GUIDELINES.md "Places": a flow lists origin then destination).
   */
  private static final Pattern IMPORTER_BY = Pattern.compile(
      "(?i)\\b(?:imported|purchased|bought|consumed|received)\\s+(?:[a-z-]+ly\\s+)?by\\s+(?:the\\s+)?$");
  /** "the export destinations for Chile’s copper": the country whose goods go out is the origin. */
  private static final Pattern DESTINATIONS_FOR = Pattern.compile("(?i)\\bdestinations?\\s+(?:for|of)\\s+(?:the\\s+)?$");
  /** "China leads the export destinations", "China remains the dominant destination for": the subject is where goods go. */
  private static final Pattern DESTINATION_ROLE = Pattern.compile(
      "(?i)^\\s+(?:remains|remained|is|was|leads|led|tops|topped|became|becomes)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?destinations?\\b");
  private static final Pattern DESTINATION_BEFORE = Pattern.compile("(?i)\\b(?:to|into|for|towards|destined\\s+for|bound\\s+for)\\s+(?:the\\s+)?$");
  private static final Pattern DESTINATION_AFTER = Pattern.compile(
      "(?i)^(?:['’]s)?\\s+(?:[a-z-]+\\s+){0,6}?(?:imports?|imported|importing|buyers?|purchases?|purchased|bought|received|getting|got|took|demand)\\b");
  private static final Pattern SEGMENT_BREAK = Pattern.compile(
      ";|\\s[-–—]\\s|,\\s+(?:which|while|whereas|but|and|when)\\b|\\s+(?:while|whereas|after|amid|following|despite)\\s|,\\s+(?=according\\s+to)"
          // A side clause on a consequence or cause names other countries than the figure's: "dropped 4% to 25.9 million dry
          // metric tonnes, putting it behind Indonesia", "…, as Chinese-driven mining and processing projects take off",
          // "…, adding that the situation was due to … oversupply in China", "has doubled …, driven by surging Chinese demand".
          + "|,\\s+(?:putting|placing|leaving|making|adding|citing)\\s|,\\s+as\\s+(?!(?:well|of|much|many|high|low|little|long|far|a\\s+result|part|such)\\b)"
          + "|,\\s+(?:driven|helped|boosted|fuell?ed|buoyed|underpinned|spurred|hit|hurt|dragged)\\s+(?:down\\s+)?by\\s"
          + "|\\s+(?:due|owing|thanks)\\s+to\\s|\\s+because\\s+of\\s"
          // A ranking's tail names the partners after the figure's own: "China accounts for 70% of U.S. rare earth imports, followed by
          // Malaysia (13%), Japan (6%)", "Germany accounted for the largest share with 1,346 tonnes, followed by the USA, Vietnam".
          + "|,\\s+followed\\s+by\\s");

  /** Blocs that are places of their own: "imported to the EU" → EU (regions.tsv id → code). */
  private static final java.util.Map<String, String> BLOCS = java.util.Map.of("eu", "EU");

  private final Lexicon lexicon;
  private final PhraseMatcher<String> companies;
  private final PhraseMatcher<String> mines;
  private final PhraseMatcher<String> agencies;

  public PlaceResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
    java.util.Map<String, String> c = new java.util.LinkedHashMap<>();
    for (var row : org.claimgraph.lexicon.Tsv.read("companies.tsv")) c.putIfAbsent(row.get("form"), row.get("country"));
    this.companies = new PhraseMatcher<>(c);
    this.mines = MinePlaces.matcher();
    java.util.Map<String, String> a = new java.util.LinkedHashMap<>();
    for (var row : org.claimgraph.lexicon.Tsv.read("agencies.tsv")) a.putIfAbsent(row.get("form"), row.get("country"));
    this.agencies = new PhraseMatcher<>(a);
    this.companyRows = c;
  }

  private final java.util.Map<String, String> companyRows;

  private PlaceResolver(PlaceResolver base, java.util.Map<String, String> homes) {
    this.lexicon = base.lexicon;
    this.mines = base.mines;
    this.agencies = base.agencies;
    this.companyRows = new java.util.LinkedHashMap<>(base.companyRows);
    homes.forEach(this.companyRows::putIfAbsent);
    this.companies = new PhraseMatcher<>(this.companyRows);
  }

  /**
   * This resolver with the homes a page states for companies companies.tsv lacks ({@link StatedHomes}: "Vietnamese carmaker
   * VinFast", "Core Lithium (ASX: CXO)"); the lexicon's rows win. Itself when the page states no new one.
   */
  public PlaceResolver withHomes(java.util.Map<String, String> homes) {
    return companyRows.keySet().containsAll(homes.keySet()) ? this : new PlaceResolver(this, homes);
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
          + "|firms?|groups?|miners?|giants?|rivals?|makers?|manufacturers?|conglomerates?|brands?)\\b"
          // "Swedish market research firm EV-Volumes", "Norwegian energy consultancy Rystad Energy", "the British institution":
          // a named firm's home, however many words describe its trade (the firm's own figures get its country from companies.tsv).
          // Words of a trade, not of the sentence: "nickel from Indonesia by state company Antam" is Indonesia's (review6).
          + "|(?:\\s+(?!(?:by|in|into|to|from|of|for|at|on|with|and|or|as|than|via|after|before|while|but)\\b)\\p{Ll}[\\p{Ll}-]*){1,3}\\s+(?:firm|consultancy|researcher|tracker|agency|institution|company|group|maker|manufacturer|miner)\\s+\\p{Lu}"
          + "|\\s+(?:consultancy|researcher|tracker|institution)\\b)");

  private static final Pattern OFFICE_AFTER = Pattern.compile(
      "^(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+(?:Geological\\s+Survey|Association|Administration|Ministry|Department|Bureau|Agency|Council|Institute|Federation|Commission)\\b");
  /** An office named by its country's possessive too: "Australia’s Department of Industry", "the Australian Government’s Department". */
  private static final Pattern NATIONAL_OFFICE_AFTER = Pattern.compile(
      "^(?:['’]s)?(?:\\s+\\p{Lu}[\\p{L}-]*(?:['’]s)?){0,3}\\s+(?:Geological\\s+Survey|Administration|Ministry|Department|Bureau|Agency|Office|Commission)\\b");
  private static final Pattern BLOC_AS_ADJECTIVE = Pattern.compile("^\\s+(?:importers?|exporters?|members?|member\\s+states?|countries|country|buyers?|partners?)\\b");

  /** A text read by {@link #mentions}, with the lexicon it was read by and what was found. */
  private record Reading(Lexicon lexicon, String text, List<PhraseMatcher.Match<Lexicon.Country>> found) {}

  /** A thread's last two readings: the newer first. */
  private static final ThreadLocal<Reading[]> LAST_MENTIONS = ThreadLocal.withInitial(() -> new Reading[2]);

  /** The country mentions of a sentence, blocs (the EU) included. */
  public List<PhraseMatcher.Match<Lexicon.Country>> mentions(String sentence) {
    // The sentence loop and each of its figures' region tests ask about one sentence in turn, the page's country and its
    // projects about the whole text with the title read between: the last two readings are kept (perf36: 3% of the rules'
    // time). A new list each time, as a reading gives.
    Reading[] last = LAST_MENTIONS.get();
    for (Reading r : last) {
      if (r != null && r.lexicon() == lexicon && r.text().equals(sentence)) return new ArrayList<>(r.found());
    }
    List<PhraseMatcher.Match<Lexicon.Country>> out = readMentions(sentence);
    last[1] = last[0];
    last[0] = new Reading(lexicon, sentence, java.util.Collections.unmodifiableList(new ArrayList<>(out)));
    return out;
  }

  private List<PhraseMatcher.Match<Lexicon.Country>> readMentions(String sentence) {
    List<PhraseMatcher.Match<Lexicon.Country>> out = new ArrayList<>(lexicon.findCountries(sentence));
    out.removeIf(m -> NOT_A_PLACE_AFTER.matcher(sentence.substring(m.end())).find());
    // "the world's largest producer of rare earths outside China": a country left out is no place (ExcludedPlaces).
    out.removeIf(m -> ExcludedPlaces.leftOut(sentence, m.start()));
    // "According to the U.S. Geological Survey, China will dominate …": an office's country is no
    // place of the figure when the sentence names another ("… said the China Nonferrous Metals
    // Industry Association" alone still tells the country).
    List<PhraseMatcher.Match<Lexicon.Country>> offices = out.stream().filter(m -> OFFICE_AFTER.matcher(sentence.substring(m.end())).find()).toList();
    if (offices.size() < out.size()) out.removeAll(offices);
    // "According to the US Geological Survey, global lithium output reached 240,000 metric tons", "… stood at 485,000 tonnes
    // according to Australia’s Department of Industry": a world total's office names where the data come from, not a place.
    if (!out.isEmpty() && out.stream().allMatch(m -> NATIONAL_OFFICE_AFTER.matcher(sentence.substring(m.end())).find())
        && WorldPages.namesTheWorld(sentence)) {
      out.clear();
    }
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

  /** An international market or trade named in lower case ("international prices"); "International" opening a body's name is not. */
  private static final Pattern INTERNATIONAL = Pattern.compile("\\b(?:international|internationally)\\b");

  /**
   * Whether a figure whose sentence names no place is the article's country's: "Customs data show
   * that only 107 tons cleared customs in June" in an article about China's exports, "total sales
   * grew 19 per cent" in an article built on FADA's data (India). Not where the sentence names a
   * country, region, company or the world, nor for a price (a market's).
   */
  public boolean nationalCarry(String sentence, String measure, String country) {
    if (country == null) return false;
    // "the largest producer in Africa": a region ranking the subject is no place of the figure (RankedRegions).
    // … a region (the lexicon's "global" among them) only outside a cause or circumstance clause, as the world (worldScoped).
    if (!mentions(sentence).isEmpty() || !companyCountries(sentence).isEmpty()) return false;
    // "the second largest in the world after China", "even on an international scale": the world as a yardstick is no scope
    // (WorldYardsticks); read only for a sentence that names no country or company.
    String read = WorldYardsticks.without(WorldParagraphs.withoutCircumstances(sentence));
    if (!placeRegions(read).isEmpty()) return false;
    if (worldScopedRead(read) || REGION_WORDS.matcher(sentence).find()) return false;
    return measure == null || !"price".equals(MeasureParts.of(measure).flow());
  }

  /**
   * Whether a sentence naming no place names the world as its figures' scope ("12% of global output", "sold worldwide"), read
   * as {@link WorldParagraphs} reads a paragraph: not the world of a cause or circumstance clause ("exports saw a modest 11.3% gain
   * to 13.9 GWh amid slowing global demand", "Revenue was down 37%, reflecting weak global prices": CauseClauses), nor a body's
   * name ("in a speech at the International Conference on Mining and Resources", "World Bank"), nor a rank ("the world's
   * largest producer", WorldPages#namesTheWorld). Such a sentence on a national page is the page's country's.
   */
  static boolean worldScoped(String sentence) {
    return worldScopedRead(WorldParagraphs.withoutCircumstances(sentence));
  }

  /** {@link #worldScoped} of a sentence already read without its circumstances (and yardsticks). */
  private static boolean worldScopedRead(String read) {
    return WorldPages.namesTheWorld(read) || INTERNATIONAL.matcher(read).find();
  }

  /**
   * A country named by a description instead of its name: "The southern African nation exported
   * 100 kt", "the country exported 51.8 kt", "shipments from the island", "The project produced
   * 104 kt", "in which the country dropped 16 percentage points". Only before the figure in its
   * sentence, with no country named between the two.
   */
  private static final Pattern DESCRIBED = Pattern.compile(
      "\\b[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:country|nation|island|archipelago|kingdom|project|mine)\\b(?![-\\p{L}])");

  /**
   * The country a description before the figure stands for ("The southern African nation exported
   * 100 kt" after "Leading the way is Mozambique, which produces …" → MZ): the last country the
   * text names before the description, from the start of the previous paragraph on, that is no
   * destination ("82% of which went to China" is not the nation the next sentence describes).
   * Null when the sentence has no such description.
   *
   * @param sentenceStart the sentence's offset in {@code text}
   * @param from          the offset in {@code text} to look back to
   */
  public String described(String sentence, int start, String text, int sentenceStart, int from) {
    Matcher d = DESCRIBED.matcher(sentence.substring(0, start));
    int at = -1;
    while (d.find()) at = d.start();
    if (at < 0) return null;
    for (var m : mentions(sentence)) if (m.start() >= at && m.end() <= start) return null;
    String found = null;
    int listEnd = -1;
    String back = text.substring(from, sentenceStart + at);
    for (var m : mentions(back)) {
      String before = text.substring(Math.max(from, from + m.start() - 30), from + m.start());
      // "… which is exported to Malaysia, Switzerland, Singapore and Austria": every country of a destination list is one.
      boolean listed = listEnd >= 0 && LIST_LINK.matcher(text.substring(from + listEnd, from + m.start())).matches();
      // "As for Indonesia, the country’s … sales": a fronted topic is the country described, not a destination (FrontedTopics).
      if ((DESTINATION_BEFORE.matcher(before).find() || listed) && !FrontedTopics.fronted(back, m.start(), m.end())) {
        listEnd = m.end();
        continue;
      }
      listEnd = -1;
      if ("bloc".equals(m.value().type())) continue;
      found = m.value().code();
    }
    return found;
  }

  /**
   * The host country of the project or mine a description before the figure stands for ("the project", "The Ramu project"):
   * the country the page places that project in ({@link ProjectHosts}), not the last country named before it; null when the
   * description is of no placed project, or a country is named between it and the figure.
   */
  String describedProject(String sentence, int start, int sentenceStart, ProjectHosts hosts) {
    Matcher d = DESCRIBED.matcher(sentence.substring(0, start));
    int at = -1;
    int atEnd = -1;
    while (d.find()) {
      at = d.start();
      atEnd = d.end();
    }
    if (at < 0) return null;
    for (var m : mentions(sentence)) if (m.start() >= at && m.end() <= start) return null;
    return hosts.describedHost(sentence.substring(at, atEnd), sentenceStart + at);
  }

  /** What joins the items of a list of countries: ", ", " and ", ", and ", " or ". */
  private static final Pattern LIST_LINK = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s(?:and|or)\\s+)");

  private static final Pattern CAUSE_TO = Pattern.compile("(?i)\\b(?:due|owing|thanks|according|compared|relative)\\s+to\\s+$");

  /**
   * The countries the figure's clause marks as destinations, up to the next figure ("82% of which
   * went to China" → CN); not a cause ("partly due to Indonesia banning …").
   *
   * @param limit where the next figure of the sentence starts (or the sentence's length)
   */
  public List<String> destinations(String sentence, int start, int end, int limit, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    int[] seg = segment(sentence, start, end);
    List<String> out = new ArrayList<>();
    for (var m : mentions) {
      if (m.start() < seg[0] || m.end() > Math.min(seg[1], limit)) continue;
      String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
      if (CAUSE_TO.matcher(before).find()) continue;
      String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 60));
      boolean destination = !ORIGIN_BEFORE.matcher(before).find() && (DESTINATION_BEFORE.matcher(before).find()
          || DESTINATION_AFTER.matcher(after).find() && !ORIGIN_AFTER.matcher(after).find());
      if (destination && !out.contains(m.value().code())) out.add(m.value().code());
    }
    return out;
  }

  /**
   * The countries of the companies and mines a text names, in text order: "BYD sold 500,526 units" → [CN]; "Escondida … fell
   * 0.7%" → [CL] (a mine is no company reporting a result: {@link #companyResult} reads the companies only).
   */
  public List<String> companyCountries(String text) {
    return MinePlaces.withMines(companies.find(text), mines.find(text));
  }

  /** The home of the company its clause gives the figure at {@code at} to, among several before it ({@link RankedCompanies}), or null. */
  public String companyHolding(String sentence, int at) {
    return RankedCompanies.holder(sentence, at, segment(sentence, at, at)[0], companies.find(sentence));
  }

  /** The home countries of the companies a text names (companies.tsv and the page's stated homes), in text order. */
  public List<String> companyHomes(String text) {
    return companies.find(text).stream().map(PhraseMatcher.Match::value).toList();
  }

  /** The companies a text names (companies.tsv and the page's stated homes), valued by their home, in text order. */
  List<PhraseMatcher.Match<String>> companiesIn(String text) {
    return companies.find(text);
  }

  /** The mines a text names (mines.tsv), valued by their country. */
  List<PhraseMatcher.Match<String>> minesIn(String text) {
    return mines.find(text);
  }

  /**
   * The country of the company a headline is about: the first company it names ("Lynas
   * second-quarter sales revenue rises nearly 4%" → AU, "LG Energy's Q3 operating profit jumps
   * 34.1 pc on strong US demand" → KR); null when it names none.
   */
  public String titleCompany(String title) {
    if (title == null) return null;
    List<String> found = companyCountries(title);
    return found.isEmpty() ? null : found.get(0);
  }

  private static final Pattern HEADLINE_FLOW = Pattern.compile("(?i)\\b(?:exports?|shipments?|output|production)\\b");
  private static final Pattern HEADLINE_FLOW_BETWEEN = Pattern.compile("^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,3}$");

  /**
   * The one exporter or producer a headline names as such, the country nearest before its flow word
   * ("China, Indonesia drive Philippine nickel shipments" → PH: China and Indonesia are its buyers), else null.
   */
  public String headlineExporter(String title) {
    if (title == null) return null;
    Set<String> found = new LinkedHashSet<>();
    List<PhraseMatcher.Match<Lexicon.Country>> ms = mentions(title);
    Matcher flow = HEADLINE_FLOW.matcher(title);
    while (flow.find()) {
      PhraseMatcher.Match<Lexicon.Country> nearest = null;
      for (var m : ms) if (m.end() <= flow.start()) nearest = m;
      if (nearest != null && HEADLINE_FLOW_BETWEEN.matcher(title.substring(nearest.end(), flow.start())).matches()) found.add(nearest.value().code());
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /** What a company reports of itself: results, its prices, its share of a market. */
  private static final Pattern COMPANY_RESULT = Pattern.compile(
      "(?i)\\b(?:profits?|loss(?:es)?|revenues?|earnings|income|ebitda|sell(?:ing)?\\s+prices?|(?:market\\s+)?share)\\b");
  private static final Pattern OUTPUT_WORD = Pattern.compile("(?i)\\b(?:production|produced|output)\\b");
  private static final Pattern SHARE_WORD = Pattern.compile("(?i)\\bshares?\\b");
  private static final Pattern SALES_WORD = Pattern.compile("(?i)\\b(?:sales|sold)\\b");
  private static final Pattern POSSESSIVE = Pattern.compile("^['’]s\\b");

  /**
   * The place of a company's own result: its country, wherever it sold or earned it ("LG Energy
   * Solution …, said … its third-quarter operating profit likely jumped 34.1 per cent …, driven by
   * strong sales of energy storage systems (ESSs) in the United States" → KR; "Operating profit
   * excluding U.S. production subsidies was 235.8 billion won" in an article about LG Energy
   * Solution → KR; "Lynas noted a drop in its average selling price" → AU; "while LG Energy
   * Solution’s share fell to 10%" → KR). The company is the nearest one named before the figure in
   * its clause, else, in a sentence naming no company nor a country's own ("China's"), the
   * headline's. Sales are a result only in money ("Sales … fell 17.1 per cent to 5.69 trillion
   * won"): units sold are the market's ("Tesla's China-made EV sales"); output only where the
   * clause names no country. Null when the figure is no company result.
   *
   * @param money         whether the sentence states an amount of money
   * @param titleCompany  the country of the company the headline is about, or null
   */
  public List<String> companyResult(String sentence, int start, int end, boolean money, String titleCompany) {
    int[] seg = segment(sentence, start, end);
    String before = sentence.substring(seg[0], start);
    PhraseMatcher.Match<String> company = null;
    PhraseMatcher.Match<String> earlier = null;
    for (var c : companies.find(sentence)) {
      // "A Tesla-triggered price war": a company in a compound modifier is no subject.
      if (c.end() > start || sentence.startsWith("-", c.end())) continue;
      if (c.start() >= seg[0]) company = c;
      else earlier = c;
    }
    // "… of LG Energy Solution, said, "Revenue fell …, but revenue rose 2.4%"": the sentence's company, else the headline's.
    String subject = company != null ? company.value() : earlier != null ? earlier.value() : companies.find(sentence).isEmpty() ? titleCompany : null;
    if (subject == null) return null;
    String words = company != null ? sentence.substring(company.end(), start) : before;
    boolean countryInClause = false;
    boolean otherCountryInClause = false;
    for (var m : mentions(sentence)) {
      if (m.start() >= seg[0] && m.end() <= seg[1]) countryInClause = true;
      if (m.start() >= seg[0] && m.end() <= seg[1] && !m.value().code().equals(subject)) otherCountryInClause = true;
      // "China's rare earth export revenue": a country's own figure, not the headline company's.
      if (company == null && earlier == null && m.end() <= start && POSSESSIVE.matcher(sentence.substring(m.end())).find()) return null;
    }
    // A share is the company's only where its clause names it and no country ("its share of the country's EV market" in China is China's).
    boolean share = SHARE_WORD.matcher(words).find();
    boolean result = COMPANY_RESULT.matcher(words).find() && (!share || company != null && !countryInClause)
        || money && SALES_WORD.matcher(words).find()
        || !countryInClause && OUTPUT_WORD.matcher(words).find() && company != null
        // "The operation's average realised price … was $US3984 per tonne": its own price or cost, where no other country is named.
        || !otherCountryInClause && OwnPrices.stated(words);
    return result ? List.of(subject) : null;
  }

  private static final Pattern REGION_WORDS = Pattern.compile("(?i)\\bthe\\s+region\\b");

  /**
   * Whether the figure's clause is about a region, not a country: "Europe's demand rose 23 per
   * cent", "sales in North America falling 9 per cent", "Battery electric vehicle sales in the
   * region rose 7%" (the EU, a place of its own, excepted).
   */
  public boolean regionScoped(String sentence, int start, int end) {
    int[] seg = segment(sentence, start, end);
    // The sentence's places read once for both tests (perf36: each read was 1% of the rules' time).
    var mentions = mentions(sentence);
    var regions = placeRegions(sentence);
    if (regionNearestBefore(sentence, seg[0], start, mentions, regions)) return true;
    for (var m : mentions) if (m.start() >= seg[0] && m.end() <= seg[1]) return false;
    String clause = sentence.substring(seg[0], seg[1]);
    if (REGION_WORDS.matcher(clause).find() && !REGION_DESTINATION.matcher(clause).find()) return true;
    for (var r : regions) {
      if (r.start() < seg[0] || r.end() > seg[1]) continue;
      String id = r.value().id();
      if (!BLOCS.containsKey(id) && !id.equals("global") && !id.startsWith("rest-of") && !destination(sentence, r.start())) return true;
    }
    return false;
  }

  /**
   * The regions of a sentence that can be a figure's scope: not one ranking its subject ("Zimbabwe is the largest lithium producer
   * in Africa and exported 1.128 million tonnes": Zimbabwe's exports, {@link RankedRegions}).
   */
  private List<PhraseMatcher.Match<Lexicon.Region>> placeRegions(String sentence) {
    return RankedRegions.without(sentence, lexicon.findRegions(sentence));
  }

  /** "Outbound shipments to the ASEAN region": a region a flow goes to. */
  private static final Pattern REGION_DESTINATION = Pattern.compile("(?i)\\b(?:to|into)\\s+the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?region\\b");
  /** The words between "to" and a region it lists: "to Europe, excluding EU members, and Asia", "to the members of". */
  private static final Pattern TO_REGION = Pattern.compile(
      "(?i)\\b(?:to|into)\\s+(?!(?:a|an|about|around|some|nearly|over)\\b)((?:[^\\d.;:]*?))$");
  private static final Pattern NOT_A_LIST = Pattern.compile("(?i)\\b(?:in|at|by|from|with|than|while|(?<!members\\s)of)\\s");

  /**
   * Whether the region at {@code at} is where a flow goes ("German exports to South-East Asia", "Shipments to ASEAN
   * fell 1.3 percent", "those to Europe, excluding EU members, and Asia also surged 52.3%"): the exporter's figure,
   * the region going into the measure (devset/GUIDELINES.md: a region without a code goes into the measure).
   */
  private static boolean destination(String text, int at) {
    Matcher m = TO_REGION.matcher(text.substring(Math.max(0, at - 50), at));
    if (!m.find()) return false;
    return !NOT_A_LIST.matcher(m.group(1)).find() && !CAUSE_TO.matcher(text.substring(0, at - m.group(1).length())).find();
  }

  /**
   * Whether the place named last before the figure in its segment is a region or the world, not a
   * country or bloc: "followed by Europe with 2 million", "North America registered a more modest
   * 9%", "Global EV sales surged 29% …, led by China".
   */
  private boolean regionNearestBefore(String sentence, int from, int start, List<PhraseMatcher.Match<Lexicon.Country>> mentions,
      List<PhraseMatcher.Match<Lexicon.Region>> regions) {
    int country = -1;
    for (var m : mentions) if (m.start() >= from && m.end() <= start) country = Math.max(country, m.end());
    int region = -1;
    for (var r : regions) {
      if (r.start() < from || r.end() > start || BLOCS.containsKey(r.value().id()) || r.value().id().startsWith("rest-of")
          || destination(sentence, r.start())) continue;
      // "China dominates global tungsten production, contributing 80%": the world is what a country's share is of.
      // Only the world as the subject's scope counts ("Global EV sales"), not "as … around the globe".
      // "CATL extended its lead in global EV battery usage with a 38.1% share": a company's share of the world is the company's.
      boolean companyBefore = !companies.find(sentence.substring(from, r.start())).isEmpty();
      if (r.value().id().equals("global") && (country >= 0 || companyBefore || companyAfter(sentence, r.end(), start)
          || !r.text().toLowerCase(java.util.Locale.ROOT).startsWith("global"))) continue;
      region = Math.max(region, r.end());
    }
    return region > country;
  }

  /** "led by BYD", "those of Tesla", "where CATL is the leader", "BYD and Tesla": a company in an aside or a list's tail. */
  private static final Pattern ASIDE_CUE = Pattern.compile(
      "(?i)\\b(?:by|of|including|such\\s+as|like|where|than|among|from|besides|and|or)\\s+(?:the\\s+)?$");

  /**
   * Whether a company named between a world word and the figure holds the figure ("In the global market, CATL's battery
   * consumption nearly doubled to 23.0 GWh", "In a record global BEV market …, the leaders were Tesla, with 1,808,652"):
   * the world is the market it is in. Not a company in an aside ("Global EV sales, led by BYD and Tesla, rose 25%").
   */
  private boolean companyAfter(String sentence, int world, int start) {
    for (var c : companies.find(sentence)) {
      if (c.start() >= world && c.end() <= start && !ASIDE_CUE.matcher(sentence.substring(world, c.start())).find()) return true;
    }
    return false;
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
  /** "fob China", "CIF China", "ex-works China": a delivery term names the market. */
  private static final Pattern DELIVERY_TERM = Pattern.compile("(?i)\\b(?:fob|cif|cfr|ddp|ex-works|delivered)\\s+$");
  /**
   * "Prices in China reached", "cell prices in China dropping to", "The copper price in the United States rose", "the cost of
   * LFP battery cells in China has fallen": the market after the price word and what it prices.
   */
  private static final Pattern PRICE_IN = Pattern.compile(
      "(?i)\\b(?:prices?|costs?)\\s+(?:(?:of|for)\\s+(?:[\\p{L}-]+\\s+){1,3})?in\\s+(?:the\\s+)?$");
  /** "In China, LFP battery packs now cost $75/kWh": the market fronting the sentence. */
  private static final Pattern FRONTED_IN = Pattern.compile("(?i)^\\s*in\\s+(?:the\\s+)?$");
  private static final Pattern COMMA_AFTER = Pattern.compile("^\\s*,");
  /**
   * "Iron ore in Singapore declined 0.2% to US$100 a tonne" (The Edge), "Tungsten concentrates in China, for instance, climbed 26
   * per cent to about $20,400 per tonne" (Africa-Press), "Iron ore futures in Singapore fell as much as 4.4% to $US110.40 a ton"
   * (Yuen Seng): the market a sentence's subject, the priced goods, is placed in before the price.
   */
  private static final Pattern SUBJECT_IN = Pattern.compile("(?i)^\\s*(?:[\\p{L}-]+\\s+){1,3}in\\s+(?:the\\s+)?$");
  /** "$100.1/kWh in China": the market right after the price. */
  private static final Pattern RIGHT_AFTER_IN = Pattern.compile("^\\s+in\\s+$");
  private static final Pattern NEXT_IN_LIST = Pattern.compile("^(?:,\\s*|\\s+and\\s+)\\p{Lu}");
  private static final java.util.Map<String, String> CURRENCY_MARKETS = currencyMarkets();

  private static java.util.Map<String, String> currencyMarkets() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (var row : org.claimgraph.lexicon.Tsv.read("currency-markets.tsv")) out.put(row.get("currency"), row.get("country"));
    return java.util.Map.copyOf(out);
  }

  /**
   * The place of a price: the market a country names in the price's own noun phrase ("The
   * Platts-assessed cobalt hydroxide CIF China price" → CN, "Chinese domestic prices" → CN), a
   * delivery term ("$62,800-63,800/t fob China"), "prices in China", the price followed by "in
   * China" ("$100.1/kWh in China"); else the one market whose currency a commodity's price per tonne
   * or kilogram is quoted in ("RMB95,000/t", "492,500 yuan/ton" → CN; currency-markets.tsv), or a subsidy's rate is paid in
   * ("a demand incentive of ₹5,000 per kWh" → IN); none
   * for a price named without one ("LME cobalt prices", "the average NdPr market price", "$840 per
   * kilogram in Europe").
   *
   * @param end  the figure's end in the sentence
   * @param unit the figure's unit ("CNY/tonne"), or the unit of the price a change is of
   */
  public List<String> priceMarket(String sentence, int end, String unit, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    List<String> out = new ArrayList<>();
    for (var m : mentions) {
      String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
      // "cif China, Japan and Korea": a delivery term naming several markets is a regional assessment.
      if (DELIVERY_TERM.matcher(before).find() && NEXT_IN_LIST.matcher(sentence.substring(m.end())).find()) return List.of();
      boolean market = PRICE_WORD.matcher(sentence.substring(m.end())).find() || DELIVERY_TERM.matcher(before).find()
          || PRICE_IN.matcher(before).find() || m.start() >= end && RIGHT_AFTER_IN.matcher(sentence.substring(end, m.start())).matches()
          || m.end() < end && FRONTED_IN.matcher(sentence.substring(0, m.start())).matches() && COMMA_AFTER.matcher(sentence.substring(m.end())).find()
          || m.end() < end && SUBJECT_IN.matcher(sentence.substring(0, m.start())).matches();
      if (market && !out.contains(m.value().code())) out.add(m.value().code());
    }
    if (out.isEmpty() && unit != null && unit.contains("/") && lexicon.findRegions(sentence).isEmpty()
        && (perMass(unit.substring(unit.indexOf('/') + 1)) || SUBSIDY.matcher(sentence.substring(0, end)).find())) {
      String code = CURRENCY_MARKETS.get(unit.substring(0, unit.indexOf('/')));
      if (code != null) out.add(code);
    }
    return out;
  }

  /**
   * A subsidy named before a rate ("the demand incentive will be Rs 10,000 per kWh", "raised the incentives from Rs 10,000/kWh"):
   * the rate is the paying government's, placed by its currency even per kilowatt-hour (subsidy-nouns.tsv).
   */
  private static final Pattern SUBSIDY = Pattern.compile("(?i)\\b(?:" + String.join("|",
      org.claimgraph.lexicon.Tsv.read("subsidy-nouns.tsv").stream().map(r -> {
        String n = r.get("noun");
        return n.endsWith("y") ? n.substring(0, n.length() - 1) + "(?:y|ies)" : n + "s?";
      }).toList()) + ")\\b");

  /**
   * The one market that quotes money in the currency of {@code unit} ("CNY/Wh", "CNY" → CN; "INR" → IN;
   * currency-markets.tsv), else null (the dollar, the euro, units that are no money).
   */
  public static String currencyMarket(String unit) {
    if (unit == null) return null;
    int slash = unit.indexOf('/');
    return CURRENCY_MARKETS.get(slash < 0 ? unit : unit.substring(0, slash));
  }

  /**
   * Per tonne, kilogram, pound or metric ton unit (tungsten's "mtu"). Not per watt-hour: the annotators of fresh2 and
   * fresh3 disagree on whether a cell price in yuan names China (devset/gold/CORRECTIONS-fresh2.md, f2-e-07).
   */
  private static boolean perMass(String unit) {
    return "mtu".equals(unit) || "Mass".equals(org.claimgraph.lexicon.UnitTable.get().kind(unit));
  }

  /** Whether a unit is a price: money per quantity ("USD/tonne", "CNY/mtu", "AUD/kg", "USD/kWh"). */
  public static boolean isPrice(String unit) {
    if (unit == null || !unit.contains("/")) return false;
    // "RMB 30,000 yuan ($4,340) per vehicle" is a cap per thing, not a market price.
    var units = org.claimgraph.lexicon.UnitTable.get();
    String per = unit.substring(unit.indexOf('/') + 1);
    return "Currency".equals(units.kind(unit.substring(0, unit.indexOf('/')))) && !"Count".equals(units.kind(per));
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

  /** ", with …": an aside on how a total splits ("rose 28%, with China accounting for more than half"), up to its close. */
  private static final Pattern WITH_ASIDE = Pattern.compile(",\\s+with\\s+[^;)]*");

  /**
   * The mentions that may place a figure ending at {@code end}: a country named only in a ", with …" aside after it
   * describes a part of the figure ("increased by 330,000 worldwide in 2022, with almost 90% of this growth coming from
   * China"; "imports rose 60% …, with shipments from Indonesia jumping 82%"), not the figure. Figures inside the aside
   * keep every mention, and so do countries also named outside it.
   */
  List<PhraseMatcher.Match<Lexicon.Country>> beforeAside(String sentence, int end, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    Matcher aside = WITH_ASIDE.matcher(sentence);
    return aside.find(end) ? namedOutside(mentions, aside.start(), aside.end()) : mentions;
  }

  /**
   * The mentions of the countries named outside [{@code start}, {@code end}): a country named only inside the span is dropped,
   * one the sentence also names outside it stays as it was read ("exports to Japan and the US fell to zero, with exports to Japan
   * at 2,238 tonnes …").
   */
  static List<PhraseMatcher.Match<Lexicon.Country>> namedOutside(List<PhraseMatcher.Match<Lexicon.Country>> mentions, int start, int end) {
    Set<String> outside = new HashSet<>();
    for (var m : mentions) if (m.start() < start || m.start() >= end) outside.add(m.value().code());
    List<PhraseMatcher.Match<Lexicon.Country>> kept = new ArrayList<>();
    for (var m : mentions) if (outside.contains(m.value().code())) kept.add(m);
    return kept.size() == mentions.size() ? mentions : List.copyOf(kept);
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
   * 19.9%", "from China – 3,480 and Hong Kong – 256": a country right before the number is the figure's own.
   */
  private static final Pattern OWN_NUMBER_BETWEEN = Pattern.compile(
      "^(?:['’]s)?(?:\\s+with\\s+|\\s*\\(\\s*|\\s+[–—]\\s+|,?\\s+(?:contributing|accounting\\s+for|supplying|with\\s+a\\s+share\\s+of)\\s+)"
          + "(?:about\\s+|nearly\\s+|almost\\s+|around\\s+|over\\s+|more\\s+than\\s+|just\\s+)?$");

  /**
   * A country named right before its own number in a ranking of partners: "Japan, with 4,007 kilograms", "Madagascar (55%)",
   * "Germany ranked first, with 1,115 tons", "followed by the United States with 13%".
   */
  private static final Pattern PARTNER_NUMBER_BETWEEN = Pattern.compile(
      "^(?:,?\\s+with\\s+|\\s*\\(\\s*|\\s+[-–—]\\s+|,?\\s+(?:ranked|ranking|was|came|placed)\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
          + "\\s*,?\\s+with\\s+)(?:about\\s+|nearly\\s+|almost\\s+|around\\s+|over\\s+|more\\s+than\\s+|just\\s+)?$");

  /**
   * Whether {@code code} is named right before the figure starting at {@code start} as a partner with its own number in a
   * ranking ("Japan, with 4,007 kilograms", "The three largest origins are Madagascar (55%)", "followed by Malaysia (2.6%)",
   * a listed line "China - 983;").
   */
  public boolean rankedPartner(String sentence, int start, String code) {
    for (var m : mentions(sentence)) {
      if (!m.value().code().equals(code) || m.end() > start || start - m.end() > 40) continue;
      if (PARTNER_NUMBER_BETWEEN.matcher(sentence.substring(m.end(), start)).matches()) return true;
    }
    return false;
  }

  /** The ISO codes for the figure at sentence offsets {@code [start, end)}. */
  public List<String> resolve(String sentence, int start, int end, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    return resolve(sentence, start, end, -1, mentions);
  }

  /**
   * The ISO codes for the figure at sentence offsets {@code [start, end)}, one of a list of figures:
   * where one country alone is named between the figure before ({@code previousEnd}; 0 for the
   * first) and this one, it is this figure's partner, not the list's others ("Germany received
   * 392 kilograms, Japan 352 kilograms" → DE, JP; "with exports to Japan at 2,238 tonnes and
   * exports to the US at 280 tonnes" → JP, US); marked exporters stay. {@code previousEnd} -1:
   * no list.
   */
  public List<String> resolve(String sentence, int start, int end, int previousEnd, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
    List<String> all = resolveAll(sentence, start, end, mentions);
    if (previousEnd < 0 || all.size() < 2) return all;
    int from = Math.max(previousEnd, segment(sentence, start, end)[0]);
    Set<String> between = new LinkedHashSet<>();
    Set<String> origins = new LinkedHashSet<>();
    for (var m : mentions) {
      if (isOrigin(sentence, m)) origins.add(m.value().code());
      else if (m.start() >= from && m.end() <= start && !"bloc".equals(m.value().type())) between.add(m.value().code());
    }
    // "South Korea accounted for 30% of China's total exports, exhibiting … 122.3%": an exporter between is no partner.
    if (between.size() != 1 || origins.containsAll(between)) return all;
    String own = between.iterator().next();
    List<String> out = new ArrayList<>();
    for (String code : all) if (!code.equals(own) && origins.contains(code)) out.add(code);
    out.add(own);
    // "China accounted for 87.9 percent of Korea’s … imports, which amounted to US$3.676 billion": the importer stays.
    for (String code : ImporterPhrases.ofImports(sentence, end, mentions)) if (all.contains(code) && !out.contains(code)) out.add(code);
    return List.copyOf(out);
  }

  /** Whether a mention is marked as exporter: "from Chile", "China's exports", "China exported". */
  private static boolean isOrigin(String sentence, PhraseMatcher.Match<Lexicon.Country> m) {
    String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
    String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 60));
    if (ORIGIN_BEFORE.matcher(before).find() || possessiveOrigin(after)) return true;
    if (DESTINATION_BEFORE.matcher(before).find()) return false;
    return ORIGIN_AFTER.matcher(after).find() && !DESTINATION_AFTER.matcher(after).find();
  }

  private static final Pattern DESTINATION_NOUN = Pattern.compile("(?i)\\bdestinations?\\b");

  /** "’s flake graphite exports" after a country: its own flow, not a buyer's. */
  private static boolean possessiveOrigin(String after) {
    return POSSESSIVE.matcher(after).find() && ORIGIN_AFTER.matcher(after).find() && !DESTINATION_AFTER.matcher(after).find();
  }

  /**
   * Whether the one country of {@code codes} is marked as receiving in the sentence: named after "to" ("supplies to
   * Belgium"), or as the subject of a verb of receiving ("India received the largest volume of thermal coal").
   */
  public boolean markedDestination(String sentence, List<String> codes) {
    if (codes.size() != 1) return false;
    if (allDestinations(sentence, codes)) return true;
    Matcher noun = DESTINATION_NOUN.matcher(sentence);
    int listed = noun.find() ? noun.end() : Integer.MAX_VALUE;
    for (var m : mentions(sentence)) {
      if (!m.value().code().equals(codes.get(0))) continue;
      String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 60));
      if (DESTINATION_AFTER.matcher(after).find() && !ORIGIN_AFTER.matcher(after).find()) return true;
      // "Destinations for spherical graphite … include Japan at 1,567 tonnes", "the top export destinations are India, at 2.13 million mt"
      if (m.start() >= listed && !isOrigin(sentence, m)) return true;
    }
    return false;
  }

  /** Whether every one of {@code codes} is named after "to" (or "into", "for") in the sentence: "exports … to Japan and the US". */
  public boolean allDestinations(String sentence, List<String> codes) {
    Set<String> marked = new HashSet<>();
    for (var m : mentions(sentence)) {
      String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
      if (DESTINATION_BEFORE.matcher(before).find() && !CAUSE_TO.matcher(before).find()
          || ORIGIN_LIST_DESTINATION.matcher(sentence.substring(Math.max(0, m.start() - 60), m.start())).find()) {
        marked.add(m.value().code());
      }
    }
    return !codes.isEmpty() && marked.containsAll(codes);
  }

  /** "to Japan and the US": the later members of a list after "to". */
  private static final Pattern ORIGIN_LIST_DESTINATION = Pattern.compile(
      "\\b(?i:to)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*\\s*(?:,\\s*|\\s+and\\s+|,\\s+and\\s+))+(?:the\\s+)?$");

  private List<String> resolveAll(String sentence, int start, int end, List<PhraseMatcher.Match<Lexicon.Country>> mentions) {
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
      // … but where the figure's own clause names where its flow went, not another clause's destination ("Exports to the
      // European Union rose 39%, while shipments to Africa increased 134%"; still "went to Germany, which received 5,000 kg").
      boolean ownDestination = false;
      for (var r : lexicon.findRegions(sentence)) ownDestination |= r.start() >= seg[0] && r.end() <= seg[1] && destination(sentence, r.start());
      for (var m : mentions) {
        if (m.end() <= first[1] && !(ownDestination && DESTINATION_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find())) {
          scoped.add(m);
        }
      }
    }
    // "reached 3.11 million units, surpassing Germany": a country the figure is measured against is not its place
    scoped = RivalPlaces.of(sentence, start, end, scoped);
    Set<String> origins = new LinkedHashSet<>();
    Set<String> destinations = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (var m : scoped) {
      String code = m.value().code();
      String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
      String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 60));
      // "destinations for China’s flake graphite exports": the possessive exporter, whatever word comes before it.
      if (IMPORTER_BY.matcher(before).find() || DESTINATION_ROLE.matcher(after).find()) {
        destinations.add(code);
      } else if (ORIGIN_BEFORE.matcher(before).find() || possessiveOrigin(after) || DESTINATIONS_FOR.matcher(before).find()) {
        origins.add(code);
      } else if (DESTINATION_BEFORE.matcher(before).find() && !FrontedTopics.fronted(sentence, m.start(), m.end())) {
        destinations.add(code);
      } else if (DESTINATION_AFTER.matcher(after).find() && (!ORIGIN_AFTER.matcher(after).find() || ImporterPhrases.headsImports(after))) {
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
    Breaks breaks = Breaks.of(sentence);
    for (int i = 0; i < breaks.starts().length; i++) {
      if (breaks.ends()[i] <= start) left = breaks.ends()[i];
      else if (breaks.starts()[i] >= end) {
        right = breaks.starts()[i];
        break;
      }
    }
    return new int[] {left, right};
  }

  /** The clause breaks of a sentence, in text order: kept for the thread's last sentence, whose every figure asks. */
  private record Breaks(String sentence, int[] starts, int[] ends) {
    private static final ThreadLocal<Breaks> LAST = new ThreadLocal<>();

    static Breaks of(String sentence) {
      Breaks last = LAST.get();
      if (last != null && last.sentence.equals(sentence)) return last;
      List<int[]> found = new ArrayList<>();
      var m = SEGMENT_BREAK.matcher(sentence);
      while (m.find()) found.add(new int[] {m.start(), m.end()});
      Breaks b = new Breaks(sentence, found.stream().mapToInt(x -> x[0]).toArray(), found.stream().mapToInt(x -> x[1]).toArray());
      LAST.set(b);
      return b;
    }
  }
}
