package org.claimgraph.figure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.article.Article;
import org.claimgraph.article.Paragraph;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.nlp.AnnotatedArticle;
import org.claimgraph.nlp.Sentence;
import org.claimgraph.lexicon.Regexes;

/**
 * Extracts the figures of an annotated article: every number that quantifies something, with
 * what it measures, its period, countries and whom the article credits for it.
 *
 * <pre>{@code
 * List<Figure> figures = new FigureExtractor().extract(annotator.annotate(article));
 * }</pre>
 *
 * <p>Pure: reads no files, writes nothing, keeps no state between calls; thread-safe.
 */
public final class FigureExtractor {

  /** Flows whose places are their own (origin, destination, market), never a hosted holding's. */
  private static final java.util.Set<String> TRADE_FLOWS = java.util.Set.of("export", "import", "price");

  private static final java.util.Set<String> VEHICLE_NOUNS = java.util.Set.of("car", "delivery", "EV", "NEV", "automobile");
  private static final Pattern VEHICLE_CONTEXT = Pattern.compile(
      "(?i)\\b(NEVs?|vehicles?|cars?|EVs?|autos?|auto\\s+(?:production|sales|exports)|new energy vehicles?)\\b");

  private final Lexicon lexicon;
  private final QuantityFinder quantities;
  private final PeriodResolver periods = new PeriodResolver();
  private final ChangeRules changes = new ChangeRules();
  private final PlaceResolver places;
  private final MeasureResolver measures;
  private final CreditResolver credits;

  public FigureExtractor() {
    this(Lexicon.get());
  }

  public FigureExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.quantities = new QuantityFinder(lexicon);
    this.places = new PlaceResolver(lexicon);
    this.measures = new MeasureResolver(lexicon);
    this.credits = new CreditResolver(lexicon);
  }

  /** {@code base} reading one page, with the company homes the page states (StatedHomes). */
  private FigureExtractor(FigureExtractor base, PlaceResolver places) {
    this.lexicon = base.lexicon;
    this.quantities = base.quantities;
    this.places = places;
    this.measures = base.measures;
    this.credits = base.credits;
  }

  /** Whether {@code text} names a country, a company or a described country ("the country"), which a page's figures could belong to. */
  private boolean owner(String text) {
    return !places.mentions(text).isEmpty() || !places.companyCountries(text).isEmpty() || COUNTRY_DESCRIBED.matcher(text).find();
  }

  private static final Pattern COUNTRY_DESCRIBED = Pattern.compile("(?i)\\b(?:the|this|our)\\s+(?:country|nation)\\b");

  /** The unit the finder reads in a unit written alone ("Mt" → megatonne, "%" → percent), or null. */
  private String writtenUnit(String written) {
    for (String probe : List.of("1 " + written, "1" + written)) {
      List<Quantity> qs = quantities.find(probe, 0);
      if (qs.size() == 1 && qs.get(0).start() == 0 && qs.get(0).end() == probe.length() && !"count".equals(qs.get(0).unit())) {
        return qs.get(0).unit();
      }
    }
    return null;
  }

  /** The figures of {@code annotated}, in text order. */
  public List<Figure> extract(AnnotatedArticle annotated) {
    return extract(annotated, true);
  }

  /**
   * The figures of {@code annotated}, in text order; without {@code credit}, with no credit resolved: for a headline, whose
   * credits {@link TitleFigures} drops (the credit steps change only credits, and were 2% of the rules' time, perf36).
   */
  List<Figure> extract(AnnotatedArticle annotated, boolean credit) {
    Article article = annotated.article();
    String context = (article.title() == null ? "" : article.title() + "\n") + article.text();
    // "Vietnamese carmaker VinFast", "Core Lithium (ASX: CXO)": the page's own word on a company's home, where companies.tsv has none.
    PlaceResolver paged = places.withHomes(StatedHomes.of(context, lexicon));
    if (paged != places) return new FigureExtractor(this, paged).extract(annotated, credit);
    if (ContextDump.YEARS.on() && article.date() == null && PRESENT_SHIFT.get() == null) return dumpYears(annotated, context);
    PeriodResolver.Context ctx = PeriodResolver.context(article.date(), context);
    if (PRESENT_SHIFT.get() != null) ctx = ctx.shifted(PRESENT_SHIFT.get());
    String topic = measures.topic(article.title(), article.text());
    // An article whose headline is about a company ("Lynas second-quarter sales revenue rises nearly 4%")
    // is about the company's country unless the headline names a country ("Tesla's China-made EV sales …").
    String titleCompany = places.titleCompany(article.title());
    // … and one whose headline names the exporter ("China, Indonesia drive Philippine nickel shipments") is about the exporter.
    String headlineExporter = places.headlineExporter(article.title());
    // Each sentence's numbers, found once: the sentence loop reads them, and their currencies speak for the article's country.
    java.util.Map<Sentence, List<Quantity>> found = new java.util.IdentityHashMap<>();
    for (Sentence s : annotated.sentences()) found.put(s, quantities.find(s.text(), s.start()));
    String mainCountry = titleCompany != null && places.mentions(article.title()).isEmpty() ? titleCompany
        : headlineExporter != null ? headlineExporter : mainCountry(article.title(), article.text(), article.host(), found.values());
    // "The US$1.5 billion Ramu nickel cobalt mine, in Papua New Guinea, has loaded its maiden shipment": the projects the page
    // places in a country (ProjectHosts).
    ProjectHosts hosts = ProjectHosts.of(article.text(), places);
    // "Uganda and Rwanda lead East Africa in switch to electric cars": the page's country is one of two the headline joins alike,
    // no subject of the paragraphs about the other (TiedPages).
    boolean tiedPage = TiedPages.of(article.title(), mainCountry, places);
    // "Year | Indonesia Production (Mt) | … |" then "2010 | 0.23 | …": a table's cells carry the unit its header or caption states.
    TableUnits.fill(article.text(), annotated.sentences(), found, this::writtenUnit);
    // "the basic tariff … was fixed at Rs 23.57 per unit": a unit of electricity is a kWh.
    ElectricityUnits.fill(annotated.sentences(), found);
    // "… $34,500 per tonne. … that works out to about $30,500": a bare price after a price per unit is per that unit.
    CarriedPerUnits.fill(annotated.sentences(), found);
    // "80,000 tonnes of nickel matte a year", "an annual capacity of 80,000 tonnes": a mass per year written apart from its number.
    YearRates.fill(annotated.sentences(), found);
    // "an annual production of 506,000 tonnes …, with plans to double output to 1 million tonnes": compared with a rate, a rate.
    YearRateCarries.fill(annotated.sentences(), found);
    // "offered in five colours and two tones": a small count of "tones" is no mass.
    MisspeltTonnes.fill(annotated.sentences(), found);
    // "360 t (397 st)": "st" is a short ton only in a bracketed restatement, else a spaced ordinal ("the 21 st century").
    ShortTonSymbols.fill(annotated.sentences(), found);
    // "Nickel prices soared to a two-year peak at $US13,030": a base metal's bare dollar price is per tonne.
    // "fell from $16,500 MT in 2018": a price with its tonne after it and no "per" is per tonne.
    SpacedTonnes.fill(annotated.sentences(), found);
    MetalPrices.fill(annotated.sentences(), found);
    // A page naming no country but its site's (VinFast's results on vietnamnews.vn): its figures naming no place are the site's country's.
    // … and a page naming no country of its own whose lead is about one placed project carries the project's host to its figures
    // naming no place (its currency and fiscal year are not the host's for that).
    String leadHost = mainCountry != null ? null : leadHost(annotated, found, hosts);
    String carriedCountry = mainCountry != null ? mainCountry : leadHost != null ? leadHost
        : SiteCountry.of(article.host(), publisherCountry(article.publisher()), namedCountries(article.title(), annotated.sentences()));
    // "FY23", "last fiscal" by the convention of the article's country (India's April to March), else the calendar year.
    ctx = ctx.withFiscal(FiscalYears.of(fiscalCandidates(article, mainCountry), article.host(), context));
    // "the current financial year" on a page without a date: the fiscal year its text runs in ("the first quarter of FY22").
    if (article.date() == null) ctx = ctx.withFiscalNow(FiscalNow.of(context, ctx.fiscal()));
    String ledePeriod = LedePeriod.of(periods, article, ctx);
    // The flow an article is about ("China's Rare Earth Magnet Exports Hit Six-Month High" → export):
    // in an article about exports, "The US … getting 619 tons" is the exporter's flow to the US.
    String articleFlow = article.title() == null ? null : MeasureParts.of(article.title()).flow();
    // The importer of an article about imports ("Rare Earth Imports to EU Drop Nearly 30%"): its partners' figures flow to it.
    String importer = places.importer(leadSentences(article));
    TariffPlaces.Pair tariff = TariffPlaces.of(titleAndSentences(article.title(), annotated), places);
    // "China’s Rare Earth Imports from Myanmar Dry Up": the flow's two sides, for its figures that name one side or none.
    HeadlineFlows.Pair headlineFlow = HeadlineFlows.of(article.title(), places);
    // "Global sales of electric and plug-in hybrid vehicles surged 24 per cent": a page about the world carries no country.
    Sentence lede = annotated.sentences().stream().filter(s -> !found.get(s).isEmpty()).findFirst().orElse(null);
    String ledeBefore = lede == null ? null : lede.text().substring(0, Math.max(0, found.get(lede).get(0).start() - lede.start()));
    boolean worldPage = WorldPages.of(article.title(), ledeBefore, ledeBefore != null && !places.mentions(ledeBefore).isEmpty());
    if (!worldPage && lede != null) {
      // "SNE Research reports that in September some 15.7 GWh of EV battery shipment was counted globally"; a tracker's opening
      // "… the latest moves in EV registrations around the globe" before a lede naming no country: the world's page too.
      String opening = article.text().substring(0, Math.max(0, lede.start()));
      worldPage = WorldPages.ofOpening(opening, lede.text(), owner(opening), owner(lede.text()));
    }
    // "CMOC, which operates the Kisanfu and Tenke Fungurume mines in the DRC": the company's output is its mines' country's.
    java.util.Map<String, String> minesOf = MinerOutputs.of(annotated.sentences().stream().map(Sentence::text).toList(),
        places::companyHomes, places::minesIn, places);
    List<Figure> out = new ArrayList<>();
    boolean vehicleNews = VehicleCounts.vehicleNews(context);
    String lastPeriod = null;
    // Whether lastPeriod is only the page's month a sentence's "now" gave it: it runs on to a sentence reporting a move (NowCarry).
    boolean lastNowOnly = false;
    // The span the text last compared over (yoy, qoq, mom, vs-period): what a bare base ("to $9.14 billion from $9.01 billion") is of.
    String comparedSpan = null;
    boolean lastShares = false;
    String lastMeasure = null;
    String lastPeriodMeasure = null;
    List<String> lastPlace = List.of();
    // Whether the last figure's own sentence names its place (a place the text states, not one carried to it).
    boolean lastPlaceNamed = false;
    // The importer the last import figure named, and its paragraph: "Imports from China" after "the EU will reduce … imports".
    String runningImporter = null;
    int runningImporterParagraph = -1;
    java.util.Map<String, String> originOfMeasure = new java.util.HashMap<>();
    // The figures placed as prices (a market's) or by a description of a country: no exporter or article country is added to them later.
    java.util.Set<Integer> keptPlaces = new java.util.HashSet<>();
    // The share-price moves dated by their trading day: no period of the results or sales around them (TradingDays).
    java.util.Set<Integer> tradingDays = new java.util.HashSet<>();
    int lastParagraph = -1;
    // The period a list's intro states for its items (ListIntros), the intro's paragraph, and whether its items are headed
    // sections ("China" under "Let's see how the Big EV Markets fared so far, in 2024:"): then a heading does not end the list.
    String listPeriod = null;
    int listParagraph = -1;
    boolean listHeaded = false;
    UnmarkedPercents percents = new UnmarkedPercents();
    // Where lastPeriod was set (a change stating no period continues it within two paragraphs), and the dated figures so far
    // (read only by the context dump, ContextDump).
    int lastPeriodParagraph = -1;
    int lastPeriodSentence = -1;
    List<ContextDump.Dated> datedSoFar = ContextDump.PERIODS.on() ? new ArrayList<>() : null;
    for (Sentence s : annotated.sentences()) {
      int paragraph = paragraphOf(article, s.start());
      boolean heading = paragraph >= 0 && article.paragraphs().get(paragraph).kind() == Paragraph.Kind.HEADING;
      // Periods are the dearest rule to read (a score of patterns per sentence): read once, and only in a sentence that
      // has quantities or reports data.
      List<Quantity> candidates = found.get(s);
      List<PeriodMention> sentencePeriods = candidates.isEmpty() ? null : periods.find(s.text(), ctx);
      List<Quantity> qs = candidates.isEmpty() ? List.of() : NotFigures.keep(candidates, s.text(), s.start(), sentencePeriods);
      if (listPeriod != null && paragraph != listParagraph) {
        if (paragraph == listParagraph + 1 && heading) listHeaded = true;
        else if (heading && !listHeaded) listPeriod = null;
      }
      if (qs.isEmpty() && !heading && ListIntros.opens(s.text())) {
        // "2023 imports by item and percent change year-on-year:": the list after it is of that year; an intro naming no time
        // ends the list before it.
        listPeriod = ListIntros.period(s.text(), periods.find(s.text(), lastPeriod == null ? ctx : ctx.withDataMonth(monthOf(lastPeriod))));
        listParagraph = paragraph;
        listHeaded = false;
        if (listPeriod != null) {
          lastPeriod = listPeriod;
          lastNowOnly = false;
          lastParagraph = paragraph;
          lastPeriodParagraph = paragraph;
          lastPeriodSentence = s.index();
        }
        continue;
      }
      if (qs.isEmpty()) {
        // "… grew strongly during the first 10 months of 2025, according to data released yesterday."
        // dates what the next sentences report ("… during the mentioned period").
        if (!heading && (REPORTED.matcher(s.text()).find() || DATA_WORDS.matcher(s.text()).find())) {
          // Only what the data cover: a span, or a month data are reported in; not when something was imposed ("The DRC
          // government imposed a suspension on cobalt exports in February 2025").
          boolean event = !REPORTED.matcher(s.text()).find() && POLICY_EVENT.matcher(s.text()).find();
          List<PeriodMention> stated = (sentencePeriods != null ? sentencePeriods : periods.find(s.text(), ctx)).stream()
              .filter(p -> !p.basis() && p.period().length() > 4 && !(event && !p.period().contains("/"))).toList();
          if (!stated.isEmpty()) {
            String newest = newest(List.of(), stated);
            // "The association noted that the market maintained a strong growth trend during October" after January–October
            // figures: a remark on the span's last month, not a new period for "the mentioned period" after it.
            if (!lastMonthOf(newest, lastPeriod)) {
              lastPeriod = newest;
              lastNowOnly = false;
              lastPeriodParagraph = paragraph;
              lastPeriodSentence = s.index();
            }
            lastParagraph = paragraph;
          }
        }
        continue;
      }
      List<PeriodMention> pms = lastPeriod == null ? sentencePeriods : periods.find(s.text(), ctx.withDataMonth(monthOf(lastPeriod)));
      // A paragraph after the list that states a period of its own ("In 2024, exports increased by 6%") has left the list.
      String listed = listPeriod;
      if (listed != null && paragraph != listParagraph && pms.stream().anyMatch(p -> !p.basis() && !p.period().equals(listed))) listPeriod = null;
      var countryMentions = places.mentions(s.text());
      // The sentence's country codes, listed once per sentence rather than once per figure (perf35).
      List<String> mentionedCodes = countryMentions.stream().map(m -> m.value().code()).toList();
      // "Spain is evaluating cuts … Currently, customers can receive up to €7,000": a sentence naming no country is about the
      // one its paragraph names before it, over the page's (ParagraphSubjects).
      String ownBefore = paragraph >= 0 ? article.text().substring(article.paragraphs().get(paragraph).start(), s.start()) : "";
      String paragraphSubject = countryMentions.isEmpty() && paragraph >= 0 ? ParagraphSubjects.of(ownBefore, places, lexicon) : null;
      // "According to Heycar, electric car sales grew worldwide by 40% in 2022. Every one out of ten cars sold had an electric motor."
      // on a Kazakh page: a sentence naming no country after its paragraph has named the world is the world's (WorldParagraphs).
      // … and one opening a paragraph after a paragraph about the world, its own text before it naming no place ("Instead, the
      // global market for hybrid cars grew drastically in 2021 …" ¶ "More than 799,000 gasoline-powered passenger cars were sold").
      boolean worldParagraph = paragraphSubject == null && countryMentions.isEmpty() && paragraph >= 0
          && WorldParagraphs.scopes(ownBefore, paragraph == 0 ? null
              : article.text().substring(article.paragraphs().get(paragraph - 1).start(), article.paragraphs().get(paragraph - 1).end()),
              s.text(), places);
      boolean worldHere = worldParagraph || worldPage && paragraphSubject == null;
      // "Uganda’s state-owned Kiira Motors Corporation has … built … a solar electric bus." ¶ "The buses can cover a distance of
      // 300km" on a page weighing Uganda and Rwanda alike: the subject of the paragraphs before, not the tie's winner (TiedPages).
      if (tiedPage && paragraphSubject == null && countryMentions.isEmpty() && !worldParagraph && paragraph > 0
          && places.mentions(ownBefore).isEmpty()) {
        paragraphSubject = TiedPages.carried(article.text(), article.paragraphs(), paragraph, places, lexicon);
      }
      String sentenceCountry = worldParagraph ? null : paragraphSubject != null ? paragraphSubject : mainCountry;
      boolean money = qs.stream().anyMatch(o -> "Currency".equals(org.claimgraph.lexicon.UnitTable.get().kind(o.unit())));
      List<Figure> sentenceFigures = new ArrayList<>();
      // "5,705,699 in China, 2,153,266 in Europe and 1,177,442 in the U.S.": each figure of such a list has its own market.
      MarketLists.Owned markets = MarketLists.of(s.text(), qs.stream().map(o -> new int[] {o.start() - s.start(), o.end() - s.start()}).toList(),
          countryMentions, lexicon.findRegions(s.text()));
      // "(H1 2024: 451,824 tonnes)", "(…, with 2020 global revenue of $9.3 billion)": a time in an aside with a figure dates that alone.
      List<BracketedTimes.Aside> asides = BracketedTimes.withFigures(s.text(),
          qs.stream().map(o -> new int[] {o.start() - s.start(), o.end() - s.start()}).toList());
      for (Quantity q : qs) {
        int rs = q.start() - s.start();
        int re = q.end() - s.start();
        List<PeriodMention> ownPms = BracketedTimes.outside(pms, asides, rs, re);
        String period = periodOf(ownPms, rs, re, qs, s.start(), s.text());
        // "From 2024 to 2032, … expand from US$3.74 billion to US$8.14 billion": each level its end of the span.
        period = SpanLevels.period(s.text(), rs, re, period);
        // "totaled 257,726 and 265,475 in January and February respectively": each figure its own listed period.
        period = RespectivePeriods.period(s.text(), rs, sameUnit(qs, q, s.start()), pms, period);
        ChangeRules.Change change = changes.classify(s.text(), rs, re, q, pms, period);
        // "Tesla shares fell 4.2% in after-hours trading", "… fell 5.6per cent on Tuesday after … a wider loss for the first half":
        // the trading day's month, not the period of the results named as the cause (a market share "shares" is not one).
        String trading = change.kind() == Kind.SHARE ? null : TradingDays.month(s.text(), rs, re, q.unit(), pms, ctx);
        if (trading != null) {
          period = trading;
          tradingDays.add(q.start());
        }
        if (period == null && "mom".equals(change.basis())) period = nextMonthOfReference(pms, re);
        if (period == null && "yoy".equals(change.basis())) period = yearAfterReference(pms);
        if (period == null) period = PeriodResolver.monthOfDayAfter(s.text().substring(re), ctx);
        if (period == null) {
          // "As of June 20, … was quoted at 172,500 RMB/mtu, up 20.8% from the beginning of the year".
          period = PeriodResolver.monthOfDayBefore(s.text().substring(0, rs), ctx);
          if (period != null && change.kind() == Kind.CHANGE && FROM_YEAR_START.matcher(s.text().substring(re)).find()) period = yearToDate(period);
        }
        // "On January 9, data … showed that the average spot price … fell … to 492,500 yuan/ton", "dropped to 199,000 yuan per ton
        // Wednesday": a price or a day's trading the sentence states a day for is that day's month, before any period around it.
        if (period == null) period = PeriodResolver.monthOfFrontedDay(s.text().substring(0, rs), ctx);
        if (period == null) period = PeriodResolver.monthOfLevelWeekday(s.text().substring(0, rs), s.text().substring(re), article.text(), ctx);
        // "Prices have gained 18% since February": a change up to now, the article's month.
        if (period == null && change.kind() == Kind.CHANGE && article.date() != null && SINCE.matcher(s.text().substring(re)).find()) {
          period = YearMonth.from(article.date()).toString();
        }
        if (ANNUAL_TARGET_BEFORE.matcher(s.text().substring(0, rs)).find() && (period == null || period.length() > 4)) {
          int year = ctx.articleDate() != null ? ctx.articleDate().getYear() : ctx.fallbackYear();
          if (year > 0) period = Integer.toString(year);
        }
        // "fall short of the 22% share of sales required by the … Zero Emission Vehicle Mandate" after "rose by 10.8% in August":
        // a yearly rule's target is the year's, not the month the sentence reports.
        if (MandateTargets.isTarget(s.text(), rs, re)) {
          String year = MandateTargets.year(period, ctx.articleDate() != null ? ctx.articleDate().getYear() : ctx.fallbackYear());
          if (year != null) period = year;
        }
        if (period == null && change.kind() != Kind.SHARE) period = onlyPeriodOfSentence(ownPms, re, qs, s.start(), s.text());
        String measure = measures.resolve(s.text(), rs, re, change.kind(), topic);
        Quantity quantity = upgradeUnit(q, measure, s.text(), vehicleNews);
        boolean regional = places.regionScoped(s.text(), rs, re);
        int previousEnd = qs.size() < 2 ? -1 : qs.stream().filter(o -> o.end() <= q.start()).mapToInt(o -> o.end() - s.start()).max().orElse(0);
        var ownMentions = CauseClauses.before(s.text(), re, places.beforeAside(s.text(), re, countryMentions));
        List<String> place = regional ? List.of() : places.resolve(s.text(), rs, re, previousEnd, ownMentions);
        // "42 electric cars were imported from Germany, 16 from the UAE": each item takes its own partner, not the list.
        if (!regional && qs.size() > 1) {
          int[] starts = qs.stream().mapToInt(o -> o.start() - s.start()).toArray();
          int[] ends = qs.stream().mapToInt(o -> o.end() - s.start()).toArray();
          List<TrailingPartners.Partner> partners = TrailingPartners.listed(s.text(), starts, ends, ownMentions);
          place = TrailingPartners.apply(place, partners.get(qs.indexOf(q)), partners, s.text(), ownMentions);
        }
        if (!regional) place = places.respective(s.text(), rs, sameUnit(qs, q, s.start()), ownMentions, place);
        // "InstaVolt, Tesla, … installed 839 chargers" on a UK page: counted in the market, not at the company's home.
        String market = place.isEmpty() && !regional && !money ? MarketCounts.market(s.text(), s.index(), quantity.unit(), out, places, lexicon) : null;
        if (market != null) place = List.of(market);
        if (place.isEmpty() && !regional) place = subjectPlace(s.text(), rs, sentenceCountry, measure, money);
        // A page about the world's market: a figure naming no place is the world's, not its most named country's.
        if (!regional) place = withImpliedOrigin(place, measure, place.isEmpty() && worldHere ? null : sentenceCountry, s.text(), articleFlow, importer);
        // "The southern African nation exported 100 kt, 82% of which went to China" → MZ, CN.
        // "The Ramu project, located 75km southwest of … Madang, contains … 143 million tonnes": the project's host, also over the
        // home of a company running it (its output at a placed mine is the mine's country's, MinerOutputs).
        String host = places.describedProject(s.text(), rs, s.start(), hosts);
        String described = host != null ? host
            : places.described(s.text(), rs, article.text(), s.start(), paragraphStart(article, paragraph - 1, s.start()));
        if (described != null) {
          List<String> p = new ArrayList<>(List.of(described));
          int next = qs.stream().filter(o -> o.start() >= q.end()).mapToInt(o -> o.start() - s.start()).findFirst().orElse(s.text().length());
          for (String c : places.destinations(s.text(), rs, re, next, countryMentions)) if (!p.contains(c)) p.add(c);
          place = List.copyOf(p);
          keptPlaces.add(q.start());
        }
        List<String> own = regional ? null : places.companyResult(s.text(), rs, re, money, titleCompany);
        if (own != null && host == null) place = own;
        // A price is a market's: only a country its own noun phrase names ("CIF China price").
        String priceUnit = PlaceResolver.isPrice(quantity.unit()) ? quantity.unit() : change.kind() == Kind.CHANGE ? priceChanged(qs, q, s) : null;
        // … not a tariff per kWh ("Rs23.57 per unit"): a regulated rate is its page's country's, as a plain amount would be
        boolean powerTariff = ElectricityUnits.isTariff(quantity.unit(), s.text());
        if (own == null && !powerTariff && (priceUnit != null || measure != null && "price".equals(MeasureParts.of(measure).flow())
            && (quantity.unit().contains("/") || change.kind() == Kind.CHANGE && measure.endsWith("price")))) {
          place = places.priceMarket(s.text(), re, priceUnit, countryMentions);
          // "The average export price for graphite … stood at $456 per ton" on a page about China's exports: China's.
          if (place.isEmpty() && !regional) {
            place = TradePrices.place(s.text(), worldHere ? null : sentenceCountry, countryMentions, !lexicon.findRegions(s.text()).isEmpty());
          }
          keptPlaces.add(q.start());
        }
        // … not a flow's: "exports to Japan at 2,238 tonnes and exports to the US at 280 tonnes" keep their exporter.
        String flowOf = measure == null ? null : MeasureParts.of(measure).flow();
        if (own == null && markets.applies() && !"export".equals(flowOf) && !"import".equals(flowOf)) {
          place = MarketLists.apply(markets, rs, place, countryMentions);
          keptPlaces.add(q.start());
        }
        // "… says demand this year could increase by more than 10%" on a page about Congo: the world market's, no country's.
        if (own == null && !regional && WorldMarkets.of(s.text(), rs, measure, namesPlace(s.text(), countryMentions))) {
          place = List.of();
          keptPlaces.add(q.start());
        }
        measure = importer != null ? measure : asFlow(measure, place);
        Evidence evidence = new Evidence(article.text().substring(q.start(), q.end()), q.start(), q.end(), s.text(),
            s.start(), s.end(), s.index());
        sentenceFigures.add(new Figure(quantity, change.kind(), change.basis(), change.direction(), period, measure,
            place, null, evidence));
      }
      sentenceFigures = KindRules.settle(sentenceFigures, s.text(), s.start());
      sentenceFigures = ShareMoves.settle(sentenceFigures, s.text(), s.start());
      sentenceFigures = percents.settle(sentenceFigures, s.text());
      sentenceFigures = ListedChangeDirections.settle(sentenceFigures, s.text());
      // after the list readers: "and the value by 19% ($101 million)" is a change only once its verb is carried over
      sentenceFigures = ByRestatedChanges.settle(sentenceFigures, s.text(), s.start());
      sentenceFigures = ComparisonLinks.link(sentenceFigures, s.text(), s.start(), article.date());
      sentenceFigures = restatedPlaces(sentenceFigures, s);
      sentenceFigures = ConvertedQualifiers.carry(sentenceFigures, s.text(), s.start());
      sentenceFigures = PriceChanges.placed(sentenceFigures, keptPlaces);
      // The running period is the sentence's own, not an aside's: figures and times inside asides with figures are left out.
      List<PeriodMention> runningPms = BracketedTimes.outside(pms, asides, -1, -1);
      String sentencePeriod = newest(outsideAsides(withoutTradingDays(sentenceFigures, tradingDays), asides), runningPms);
      // A figure without a period of its own takes the period of the figure before it in the
      // sentence ("soared 75% from June, attaining 5,577 t"), else of the previous sentence in
      // the paragraph, or of the previous paragraph when the sentence refers back to it ("The
      // outpouring marks a 5.7% YoY rise").
      boolean refersBack = BACK_REFERENCE.matcher(s.text()).find() || SAME_PERIOD.matcher(s.text()).find();
      boolean sameParagraph = paragraph == lastParagraph;
      // Wire copy puts every sentence in a paragraph of its own: a sentence reporting data in the
      // past tense right after a dated one continues its period ("Sales in China jumped 28 per
      // cent to 1.11 million units" after "… surged 24 per cent in June").
      // … or in the present of the report ("Refined raw copper output stands at 327.3 thousand tons", PresentReports).
      boolean reports = lastParagraph >= 0 && paragraph - lastParagraph <= 2
          && (REPORTED.matcher(s.text()).find() || PresentReports.continues(s.text()));
      // "Of these, 24,859 were plug-ins" a paragraph after October's registrations: the parts of a figure are of its period (Breakdowns).
      boolean breakdown = lastParagraph >= 0 && paragraph - lastParagraph <= 2 && Breakdowns.opens(s.text());
      // "The Chinese produce around 55 kt/yr" after "It now stands around US$15.50": a "now" dates its own sentence (NowCarry).
      String carriedPeriod = lastNowOnly && !NowCarry.continues(s.text()) ? null : lastPeriod;
      String running = sameParagraph || refersBack || reports || breakdown ? carriedPeriod : null;
      // "In FY17, 27,888 … were sold, and in FY22 …" in a story about FY23: a look back before the lede's period dates its
      // own paragraph; the next paragraph reports the lede's period again.
      if (running != null && !sameParagraph && ledePeriod != null && wholeYear(running) && endsBefore(running, ledePeriod)) running = ledePeriod;
      // "The firm expects another US$3 fall in 2025." then "… the figure dropped below US$97": a forecast's year runs on to no report.
      running = ForecastCarry.running(running, s.text(), ctx.articleDate() != null ? ctx.articleDate().getYear() : ctx.fallbackYear(),
          REPORTED.matcher(s.text()).find());
      boolean yearToDate = YEAR_TO_DATE.matcher(s.text()).find();
      if (paragraph != lastParagraph && !refersBack) lastMeasure = null;
      String sentenceMeasure = sentenceFigures.stream().map(Figure::measure).filter(m -> m != null).findFirst().orElse(null);
      java.util.Map<Integer, String> settled = new java.util.HashMap<>();
      // The period of the sentence's figure before, where it is no comparison base (YearBackSpans reads a level set a year back from it).
      String lastLevelPeriod = null;
      String sentenceRunning = null;
      // Figures of this sentence counted since a month (SinceMonths): their index in out → their span.
      java.util.Map<Integer, String> sinceSpans = new java.util.TreeMap<>();
      List<String> rankedBefore = null;
      for (Figure f : sentenceFigures) {
        // A share of a market or of world supply is not dated by the sentences around it.
        // … except by a figure before it in its own sentence ("jumped 28 per cent to 1.11 million units, or 60 per cent of the worldwide total").
        // A share of world supply stated as a standing fact ("Indonesia, now producing over half of the world’s nickel", "a country
        // that produces more than 70% of the metal globally") has no period, not even one its sentence states for something else.
        boolean worldShare = f.kind() == Kind.SHARE && isWorldShare(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start());
        String period = worldShare ? null : f.period() != null ? f.period()
            : f.kind() == Kind.SHARE && !sameParagraph && sentenceRunning == null ? null
            : f.kind() == Kind.SHARE && sentenceRunning != null ? sentenceRunning : running;
        // "By destination country, exports to Germany grew by 27.9%": the same quantity as before keeps its period.
        if (period == null && f.kind() != Kind.SHARE && carriedPeriod != null && sameFlow(f.measure(), lastPeriodMeasure)) {
          period = carriedPeriod;
        }
        if (f.period() == null && yearToDate && period != null) period = yearToDate(period);
        // A comparison base's period ("from 3,120 t a year earlier") is not the sentence's.
        boolean isBase = sentenceFigures.stream().anyMatch(o -> o.fromLevel() != null && o.fromLevel().start() == f.evidence().start())
            || ComparisonLinks.comparedWith(sentenceFigures, f, s.text(), s.start()) != null;
        if (isBase) {
          String base = basePeriod(f, sentenceFigures, settled, s);
          if (base != null) period = base;
          int bs = f.evidence().start() - s.start();
          // … not a revision ("increased its annual sales forecast from 3.6 million units to 4 million"): two levels of one span, as read.
          if (BareBases.bare(s.text(), bs, f.evidence().end() - s.start()) && !BareBases.revision(s.text())) {
            String stated = ChangeRules.statedSpan(s.text().substring(0, bs));
            period = BareBases.periodOf(referenceOf(f, sentenceFigures, settled, s, running), stated != null ? stated : comparedSpan);
          }
          // "From 2024 to 2032, … expand from US$3.74 billion to …": the span's first year, not a base read off the level reached.
          String spanStart = SpanLevels.period(s.text(), bs, f.evidence().end() - s.start(), null);
          if (spanStart != null) period = spanStart;
        }
        // "Japan's Panasonic was fourth with a 7 percent share" after "… ranked second in the
        // January-September period with a 15.8 percent share": a ranking of shares continues its period.
        if (period == null && f.kind() == Kind.SHARE && lastShares && paragraph - lastParagraph <= 2 && RANKED.matcher(s.text()).find()) {
          period = lastPeriod;
        }
        // "A year earlier, flows reached 153t." after June's 20t: the period before, a year back.
        if (f.period() == null && !isBase && lastPeriod != null && YEAR_EARLIER_LEAD.matcher(s.text()).find()) {
          String back = ComparisonLinks.shift(lastPeriod, -12);
          if (back != null) period = back;
        }
        // "This was up from 32,721 for the same month in 2021." after September 2022's 38,116; "For the same period last year,
        // this was 125,141": a base whose level is in the sentence before takes that level's period in the year it names.
        if (!isBase && f.kind() != Kind.CHANGE && lastPeriod != null && lastPeriod.length() > 4) {
          String own = sameSpanBefore(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), lastPeriod,
              sentenceFigures.indexOf(f) == 0, f.period());
          if (own != null) period = own;
        }
        // "66,364 t, down 13.5%" under "2023 imports by item …:": the list's period.
        if (period == null && !isBase && !worldShare && listPeriod != null) period = listPeriod;
        // A datum reported without a period takes the lede's, or the lede span's last month where the text stated that month just
        // before ("598 … in November" ¶ "The most popular electric car … (344 units)" in a January–November story): the figure
        // it breaks down (NearerPeriods).
        if (period == null && !isBase && ledePeriod != null && LedePeriod.dates(s.text(), runningPms)) {
          period = NearerPeriods.of(ledePeriod, lastPeriod, lastPeriodParagraph, paragraph);
        }
        // "BMW topped the list with a market share of 21 percent." a paragraph after the first half's sales: that span (SalesShares).
        if (period == null && f.kind() == Kind.SHARE && !worldShare && !isBase && lastPeriod != null && lastPeriodParagraph >= 0
            && paragraph - lastPeriodParagraph <= 1 && SalesShares.of(s.text())) {
          period = lastPeriod;
        }
        // "… spot price at $6.50-8 per kg cif China on Thursday": a level on a weekday is that week's.
        if (period == null && !isBase) period = PeriodResolver.monthOfWeekdayAfter(s.text().substring(f.evidence().end() - s.start()), article.text(), ctx);
        // "the cost of germanium has risen by 52% to $2,280 per kilogram", "There are now 122 EV models": the state at the
        // time of writing, the page's month (or, without a date, the year the text is about); not a share of world supply.
        // On a dated page, a forecast after the figure ("currently has 500 …, but … will be needed by 2030") leaves it the present's.
        String present = ctx.articleDate() != null ? StatesNow.part(s.text(), f.evidence().end() - s.start()) : s.text();
        if (period == null && !isBase && PeriodResolver.statesThePresent(present) && !(f.kind() == Kind.SHARE && GLOBAL_SCOPE.matcher(s.text()).find())) {
          period = ctx.articleDate() != null ? YearMonth.from(ctx.articleDate()).toString() : ctx.fallbackYear() > 0 ? Integer.toString(ctx.fallbackYear()) : null;
        }
        // "rose to 4,593 t, up from 4,103 t in 2018": a figure compared with a base year, stating no time of its own, is of the year
        // after; a reading, not a time the sentence states, so it runs on to no figure after it ("… when the share was only 7%").
        // The reading beats a whole year the sentence does not state (a running year, the undated page's present): a figure
        // compared with 2020 is of a year after 2020, not of 2022 ("a 75.6% increase over 2020" after a paragraph on 2022).
        // Without a date the page's present is the year its text is about; a sentence read alone (one sentence) has none.
        int presentYear = ctx.articleDate() != null ? ctx.articleDate().getYear() : annotated.sentences().size() > 1 ? ctx.fallbackYear() : 0;
        // … not where the sentence states the present ("EVs now represent 9.5 per cent, a 150 per cent increase on 2022": now's).
        boolean overrides = period != null && f.period() == null && period.length() == 4 && !PeriodResolver.statesThePresent(present);
        String afterBase = (period == null || overrides) && !isBase
            && !isComparisonBase(s.text(), f.evidence().start() - s.start())
            ? BaseTimes.yearAfter(pms, presentYear, s.text(), f.evidence().start() - s.start()) : null;
        if (afterBase != null) period = afterBase;
        // "compared to a mere 1.3% last year" after "a 5.4% share for the year to date": the same span a year back.
        String yearBack = isBase ? period : YearBackSpans.period(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(),
            f.kind(), period, lastLevelPeriod, running);
        // "rose 326.64% from a year ago, when some 1,764 EVs were sold": the clause's level is the reported span a year back.
        if (!isBase) yearBack = YearBackClauses.period(s.text(), f.evidence().start() - s.start(), f.kind(), yearBack,
            lastLevelPeriod != null ? lastLevelPeriod : running);
        boolean setBack = yearBack != null && !yearBack.equals(period);
        if (setBack) period = yearBack;
        // "So far this year … registrations total 175,615": January to the latest month the text reports, not the whole year (YearToDateLevels).
        if (!setBack) {
          List<String> latest = new ArrayList<>();
          for (Figure o : sentenceFigures) latest.add(o.period());
          latest.addAll(java.util.Arrays.asList(lastLevelPeriod, running, lastPeriod, ledePeriod));
          period = YearToDateLevels.period(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), period, isBase, latest,
              ctx.articleDate());
        }
        // "accelerating from a 32.9 per cent rise in first-quarter profit, while revenue was up 8.3 per cent": a base's period runs on to nothing.
        boolean comparisonBase = isBase || setBack || isComparisonBase(s.text(), f.evidence().start() - s.start());
        boolean tradingDay = tradingDays.contains(f.evidence().start());
        // "Monthly sales are now exceeding 9,000 cars" after May's 100,000 mark: a state now is the page's month, not a span gone by.
        if (f.period() == null && !comparisonBase && !tradingDay) period = StatesNow.period(s.text(), f.evidence().end() - s.start(), period, ctx.articleDate());
        // "plans to boost production more than fourfold over the next five years" on a page of 2005: the horizon's end, 2010.
        if (f.period() == null && !comparisonBase && !tradingDay) {
          String horizon = HorizonYears.year(s.text(), f.evidence().end() - s.start(), ctx.articleDate());
          if (horizon != null) period = horizon;
        }
        if (f.period() != null && !comparisonBase && !tradingDay) running = f.period();
        if (period != null && !comparisonBase && f.kind() != Kind.SHARE && !tradingDay && afterBase == null) sentenceRunning = period;
        // "The outpouring marks a 5.7% YoY rise": the measure of the figure it refers back to.
        String measure = f.measure() != null ? f.measure() : sentenceMeasure != null ? sentenceMeasure : lastMeasure;
        List<String> place = f.place();
        // "In comparison, 2024 saw an increase of 4% on the previous year." after cobalt demand: the world market's still.
        boolean world = f.measure() == null && f.place().isEmpty()
            && WorldMarkets.of(s.text(), f.evidence().start() - s.start(), measure, namesPlace(s.text(), countryMentions));
        // "Among them, public charging facilities totaled 3.05 million units", "This represents a
        // 28.7% decrease": a sentence referring back, naming no country, is about the same place; not one naming the world ("This
        // decline is set against a global average price of $95/kWh" after China's cell prices).
        if (!world && PLACE_BACK.matcher(s.text()).find() && countryMentions.isEmpty() && !lastPlace.isEmpty() && !WorldPages.namesTheWorld(s.text())
            && (lastPlace.containsAll(place) || lastPlaceNamed && carriedOnly(place, sentenceCountry, s.text())) && !places.regionScoped(s.text(), 0, 0)) {
          place = lastPlace;
        }
        boolean regional = places.regionScoped(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start());
        boolean price = keptPlaces.contains(f.evidence().start()) || world;
        if (f.measure() == null && measure != null && !regional && !price) {
          place = withImpliedOrigin(place, measure, place.isEmpty() && worldHere ? null : sentenceCountry, s.text(), articleFlow, importer);
          measure = importer != null ? measure : asFlow(measure, place);
        }
        // "40% (226,000 tons) of the ore went to Bulgaria" on a page about Armenia's copper exports: AM → BG, with no measure to carry it.
        if (measure == null && !regional && !price) {
          place = DestinationFlows.apply(place, sentenceCountry, articleFlow, s.text(), countryMentions);
        }
        // "Germany ranked first, with 1,115 tons, a 3% year-on-year decrease", "The three largest origins are Madagascar (55%)" on a
        // page whose headline names one country's exports (imports): a partner with its own number in a ranking, and the figures
        // after it in its sentence, are the other side of the page's flow. (Not `price`: a market list such as "Madagascar (55%),
        // Nigeria (25%)" is kept from the page's country, not from the flow's partner.)
        // A measure naming only the product ("China came second with 655 cars" after Georgia's car imports) names no flow either.
        if ((measure == null || MeasureParts.of(measure).flow() == null) && !world && !PlaceResolver.isPrice(f.quantity().unit())
            && !regional && place.size() == 1
            && mainCountry != null && !place.contains(mainCountry) && ("export".equals(articleFlow) || "import".equals(articleFlow))
            && !GLOBAL_SCOPE.matcher(s.text()).find()
            && (place.equals(rankedBefore) || places.rankedPartner(s.text(), f.evidence().start() - s.start(), place.get(0)))) {
          rankedBefore = place;
          place = "export".equals(articleFlow) ? List.of(mainCountry, place.get(0)) : List.of(place.get(0), mainCountry);
        }
        // "Shipments to the United States remained low at 300 tonnes" after "China's graphite
        // exports rose …": the flow keeps the exporter stated for the same measure.
        // Not in a ranking of the world's exporters ("China was the leading exporter …, followed by the United States (US$ 1.50
        // trillion, 9 per cent)"): a country with its own number there is an exporter of its own, not the leader's partner.
        if (!price && measure != null && FLOW.matcher(measure).find() && place.size() == 1 && originOfMeasure.containsKey(measure)
            && !place.get(0).equals(originOfMeasure.get(measure)) && (mainCountry == null || !place.contains(mainCountry))
            && (paragraphSubject == null || !place.contains(paragraphSubject))
            && !(GLOBAL_SCOPE.matcher(s.text()).find() && places.rankedPartner(s.text(), f.evidence().start() - s.start(), place.get(0)))) {
          place = List.of(originOfMeasure.get(measure), place.get(0));
        }
        if (measure != null && !place.isEmpty() && (place.size() > 1 || f.place().size() == 1 && place == f.place())) {
          originOfMeasure.putIfAbsent(measure, place.get(0));
        }
        // "Imports from China will face a steeper decline of 24%" after "the EU will reduce artificial graphite imports": the EU's.
        if (!price && !regional && importer == null && paragraph - runningImporterParagraph <= 1) {
          place = RunningImporters.apply(place, measure, s.text(), runningImporter, places);
        }
        String namedImporter = price || regional ? null : RunningImporters.importerOf(place, measure, s.text(), places);
        if (namedImporter != null) {
          runningImporter = namedImporter;
          runningImporterParagraph = paragraph;
        }
        place = TariffPlaces.apply(place, s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.quantity().unit(), tariff, places);
        // "BMW topped the list with a market share of 21 percent" on a Turkish page: a carmaker's share of the page's market.
        if (!regional && !price) {
          place = MakerShares.ofMarket(place, f.kind(), s.text(), f.evidence().start() - s.start(), worldParagraph ? null : carriedCountry, !countryMentions.isEmpty(),
              places.companyHomes(s.text()));
        }
        String carried = paragraphSubject != null ? paragraphSubject : carriedCountry;
        // "the average transaction price for new EVs in September was $56,328": a car's price is its market's, not an exchange's.
        boolean retail = !world && VehiclePrices.retail(measure, f.quantity().unit(), s.text(), lexicon);
        if (place.isEmpty() && !regional && (!price || retail) && !worldHere
            && places.nationalCarry(s.text(), retail ? null : measure, carried)) place = List.of(carried);
        // … also where the sentence's measure is settled only now ("82,432 units of various Tesla EVs were sold").
        if (f.measure() == null && !price && !regional && soldInMarket(s.text(), measure, money, sentenceCountry)) place = List.of(sentenceCountry);
        if (!price && !regional) {
          place = MinerOutputs.apply(place, measure, minesOf, s.text(), minesOf.isEmpty() ? List.of() : places.companyHomes(s.text()),
              !countryMentions.isEmpty());
        }
        // "Ganfeng's acquisition of a 40% stake in the project from Australia's Leo Lithium" on a page about Mali's Goulamina: a
        // foreign holder's stake, investment or plant output is the host's (HostedHoldings).
        String flow = measure == null ? null : MeasureParts.of(measure).flow();
        // The cheap tests first: the host and the sentence's companies are read only for a clause that names a holding.
        if (!price && !regional && !world && (flow == null || !TRADE_FLOWS.contains(flow)) && HostedHoldings.applies(place, s.text())) {
          // The host: the one country the page places the sentence's projects in, else the page's, else its national site's.
          String projectHost = hosts.hostNamedIn(s.text());
          String holdingHost = projectHost != null ? projectHost : carried != null ? carried : SiteCountry.domain(article.host());
          place = HostedHoldings.apply(place, holdingHost, s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(),
              countryMentions, places.companiesIn(s.text()));
        }
        // "Mozambique, Madagascar, and Tanzania together hold 69 million tonnes": a joint figure of several places is no one country's.
        place = JointPlaces.apply(place, s.text(), f.evidence().start() - s.start(), countryMentions, lexicon.findRegions(s.text()));
        // "LME copper stocks dropped to 157,950 tonnes" on a page about Chinese buying: an exchange's stocks and prices are its market's.
        place = ExchangePlaces.apply(place, s.text(), f.evidence().start() - s.start(), this::owner);
        // "6-9kg of manganese is used per ton of steel" on a South African page: what a material goes into is no country's.
        if (countryMentions.isEmpty() && lexicon.findRegions(s.text()).isEmpty() && places.companyCountries(s.text()).isEmpty()) {
          place = MaterialUses.apply(place, s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(),
              f.quantity().unit(), lexicon);
        }
        // "500,000 tonnes of non-Indonesian supply" on a page about Indonesia: a country left out is not carried to the figure.
        place = ExcludedPlaces.apply(place, ExcludedPlaces.leftOutCodes(s.text(), lexicon.findCountries(s.text())), places.companyHomes(s.text()));
        // "only 23 tons of rare earth compounds were imported last month" on a page headed "China’s Rare Earth Imports from Myanmar":
        // the headline's pair, exporter first.
        if (!price && !regional && !world) {
          place = HeadlineFlows.apply(place, headlineFlow, measure, s.text(), mentionedCodes, places);
        }
        // "In terms of prices, gold prices went up by 3.17 percent" a paragraph after the half year's output: a change is a movement
        // over a span; stating none, it continues the span the text reports, whatever its verb or measure (chosen by leave-one-set-out
        // over the development splits; a level or a share stating none is not dated so).
        if (period == null && f.kind() == Kind.CHANGE && !comparisonBase && !tradingDay && carriedPeriod != null && lastPeriodParagraph >= 0
            && paragraph - lastPeriodParagraph <= 2) {
          period = carriedPeriod;
        }
        // "a 25% tariff on imported cars in April", "a range of up to 295 kilometers": a standing rate or a specification has no period.
        if (StandingRates.undated(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.quantity().unit(), f.kind())) period = null;
        // "the expiration of the $7,500 federal tax credit" after October's sales: an incentive's rate stating no period has none.
        if (f.period() == null && IncentiveRates.standing(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.quantity(), f.kind())) {
          period = null;
        }
        // "will have an annual production capacity of around 60,000 tonnes", "plans to invest $650 million": a plant's capacity or a
        // plan's spending stating no period has none.
        // "it will be able to produce up to 450,000 electric vehicles a year", "can accommodate more than 80 passengers": likewise.
        if (f.period() == null && (PlantPlans.undated(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.quantity(),
            f.kind(), pms) || OutputPotentials.undated(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.quantity(),
            f.kind(), pms))) {
          period = null;
        }
        // "the $1.4 billion Rajo Inca project", "the $87 billion industry": money sizing a project has no period, not even its sentence's.
        if (ProjectSizes.undated(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.quantity(), f.kind(), pms)) {
          period = null;
        }
        // "has 30 percent of the world's uranium reserves", "reserves are 21,000,000 MT": a reserve is a general fact, no period unless
        // its sentence ties one to it ("as of 2024").
        if (StandingReserves.undated(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.quantity(), f.kind(), pms)) {
          period = null;
        }
        // "a 35% stake in the mine", "the 66 percent stakeholder", "holds nearly a third of COMILOG": an ownership stake stating no time
        // has none.
        if (f.period() == null && OwnedStakes.undated(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.quantity(),
            f.kind(), pms)) {
          period = null;
        }
        // "It is expected to produce 15.6 million tonnes", "aims to set up 3,000 charging stations": a prospect in a sentence stating
        // no time takes no period from the text around it (a horizon, "within two years", is a time it states).
        // … but a forecast's year runs on to its parts (the parts of "the 6,616,750 units expected to be sold" in 2030), and to a
        // move forecast ("Imports from China will rise by 64%, climbing to 35,000 tons" after the 2024 forecast): a carried period
        // after the page's present year, or in a sentence stating a change, is kept.
        if (period != null && f.period() == null && !comparisonBase && sentenceFigures.stream().noneMatch(o -> o.kind() == Kind.CHANGE)
            && !(presentYear > 0 && period.length() >= 4
            && Integer.parseInt(period.substring(0, 4)) > presentYear) && UndatedProspects.undated(s.text(), f.evidence().start() - s.start(), pms)
            && HorizonYears.year(s.text(), f.evidence().end() - s.start(), ctx.articleDate()) == null) {
          period = null;
        }
        // "Terrafame's goal is to start in 2020 a factory that produces approximately 150,000 tonnes … per year": the year of a plan's
        // start is not its amounts'.
        if (period != null && period.equals(f.period()) && !comparisonBase
            && PlannedStarts.undated(s.text(), f.evidence().end() - s.start(), f.kind(), pms)) {
          period = null;
        }
        // "sold … in the last 11 months" (4 March 2024): 2023-04/2024-02; undated, no period (TrailingMonths).
        if (!isBase) {
          period = TrailingMonths.period(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.kind(), f.period(), pms,
              period, ctx.articleDate());
        }
        // "exports … fell by about 17 per cent as of July", "By the end of June, … a 71% market share": January to that month.
        if (!isBase) period = CumulativeSpans.yearToMonth(s.text(), period);
        // "have dropped by nearly 33% since July 2021", "EV and hybrid registrations accounted for more than 53% … since July": that
        // month to the figure's. Set once the sentence is done, so that the text runs on with the month, not the span.
        String since = isBase ? period : SinceMonths.period(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(),
            f.kind(), f.basis(), f.quantity().unit(), period, ctx.articleDate());
        if (since != null && !since.equals(period)) sinceSpans.put(out.size(), since);
        // "At the end of 2022, there were approximately 2,600 public charging stations": a level at a year's end is its December,
        // a base too ("rose from 264 at the end of 2023 to 537 at the end of 2024"). Set once the sentence is done, as a span
        // since a month is: the text runs on with the year ("The number of newly installed charging points was over 1,200").
        String yearEnd = YearEndStocks.month(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.kind(), period,
            article.date());
        if (yearEnd != null && !yearEnd.equals(period) && !sinceSpans.containsKey(out.size())) sinceSpans.put(out.size(), yearEnd);
        // "between 2016 and 2019, 55% of the lithium imported by the USA came from Argentina": a level or share its clause sets in
        // a span of years is the span. Set once the sentence is done, so that the text runs on with the span's newer year.
        String yearSpan = isBase ? period : YearSpans.period(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(),
            f.kind(), period);
        // "(2017-2023)", "2019-22" read as their first year; "a compound annual rate of 30 percent between 2022 and 2028": spans.
        if (!isBase && (yearSpan == null || yearSpan.equals(period))) yearSpan = RangeYears.period(s.text(), f.kind(), period);
        if (!isBase && (yearSpan == null || yearSpan.equals(period))) {
          yearSpan = AnnualRateSpans.period(s.text(), f.evidence().start() - s.start(), f.evidence().end() - s.start(), f.kind(), period,
              ctx.articleDate() != null ? ctx.articleDate().getYear() : ctx.fallbackYear());
        }
        if (yearSpan != null && !yearSpan.equals(period)) sinceSpans.put(out.size(), yearSpan);
        settled.put(f.evidence().start(), period);
        // … only from the figure right before it: "up from 77.8 per cent in Q1 and 58.8 per cent last year" lists bases of their own
        // periods, and "last year" is the whole year.
        lastLevelPeriod = comparisonBase ? null : period;
        // "China led with 5.5 million units" after EV sales: the settled measure tells what was counted.
        Quantity quantity = f.quantity().unit().equals("count") && f.measure() == null && measure != null
            ? upgradeUnit(f.quantity(), measure, s.text(), vehicleNews) : f.quantity();
        // "which is a 5.9% rise compared to 2023" in a sentence about 2024's quota: the reference read against the
        // period settled only now (the next year's, month's or quarter's is y/y, m/m, q/q, not vs-period).
        String basis = f.basis();
        if (f.kind() == Kind.CHANGE && "vs-period".equals(basis) && f.period() == null && period != null) {
          String stated = ChangeRules.referenceBasis(s.text(), f.evidence().end() - s.start(), pms, period);
          if (stated != null && !"vs-period".equals(stated)) basis = stated;
        }
        out.add(new Figure(quantity, f.kind(), basis, f.direction(), period, measure, place, null,
            f.evidence(), f.fromLevel(), f.toLevel()));
        if (datedSoFar != null) {
          dump(article, ctx, s, paragraph, f, period, measure, new String[] {running, lastPeriod, ledePeriod, listPeriod},
              new int[] {lastPeriodParagraph, lastPeriodSentence}, new boolean[] {sameParagraph, refersBack, reports, isBase, worldShare},
              pms, datedSoFar);
          if (period != null && !comparisonBase) datedSoFar.add(new ContextDump.Dated(period, measure, paragraph, s.index()));
        }
        if (measure != null) lastMeasure = measure;
        // … a place referred back to stays as stated ("Its share … increased to 4 percent versus 2 percent a year ago").
        lastPlaceNamed = place.equals(lastPlace) && lastPlaceNamed || mentionedCodes.containsAll(place);
        lastPlace = place;
        if (period != null && measure != null) lastPeriodMeasure = measure;
      }
      // The newest of the periods the sentence's figures settled on ("shipments rose about 17.5%" in
      // September, "but nine-month exports totaled …": the next sentence continues September).
      // "… up 7.3% over the same period last year, while that of goods imports rose 8.2%": once the bases are settled, a basis
      // stated once holds for the changes coordinated with it.
      List<Figure> carried = CoordinatedBases.carry(out.subList(out.size() - sentenceFigures.size(), out.size()), s.text(), s.start());
      // "rose by CNY3,000 (USD413)", "decreased by 69.9 billion won (-12.3%)": a bracketed restatement is the same change
      carried = RestatedChanges.carry(carried, s.text(), s.start());
      // "fell by 16% in June, 37% in July, and … 69% in August, compared to the same period the previous year": the list's basis
      carried = TrailingListBases.carry(carried, s.text(), s.start());
      // "aluminum edging 0.1% lower to $1,796 a tonne": a change tied to a price is the price's market's, also where that is none
      carried = TiedPriceChanges.carry(carried, s.text(), s.start());
      // "Compared to the same period last year, this is an increase as well (plus nine percent)": the one span a sentence names
      carried = SentenceNamedBases.carry(carried, s.text(), s.start());
      for (int k = 0; k < carried.size(); k++) out.set(out.size() - carried.size() + k, carried.get(k));
      String settledPeriod = newest(outsideAsides(withoutTradingDays(out.subList(out.size() - sentenceFigures.size(), out.size()), tradingDays), asides), runningPms);
      if (settledPeriod != null) sentencePeriod = settledPeriod;
      String stated = comparedSpan(out.subList(out.size() - sentenceFigures.size(), out.size()), s.text());
      if (stated != null) comparedSpan = stated;
      String dated = sentencePeriod;
      lastShares = out.subList(out.size() - sentenceFigures.size(), out.size()).stream()
          .anyMatch(f -> f.kind() == Kind.SHARE && dated != null && dated.equals(f.period()));
      // "In April alone, 1.5 million EVs were sold" within January–April: an aside; the text goes on about the span.
      boolean aside = ALONE.matcher(s.text()).find() && lastMonthOf(sentencePeriod, lastPeriod);
      if (sentencePeriod != null && !aside && !TargetYears.decadeForecast(s.text())) {
        lastNowOnly = NowCarry.nowOnly(sentencePeriod, s.text(), runningPms.stream().anyMatch(p -> !p.basis()), ctx.articleDate());
        lastPeriod = sentencePeriod;
        lastPeriodParagraph = paragraph;
        lastPeriodSentence = s.index();
      }
      sinceSpans.forEach((index, span) -> out.set(index, out.get(index).withPeriod(span)));
      lastParagraph = paragraph;
    }
    // "between January and December 2025": a January–December span is the year (CalendarYears).
    out.replaceAll(f -> CalendarYears.isWholeYear(f.period()) ? f.withPeriod(f.period().substring(0, 4)) : f);
    // "Minister", "Vice President" as a credit: the holder the page names beside the title (TitleHolders); "14 500 South
    // Africans" employed count workers (DemonymCounts).
    List<Figure> signed = LocalSigns.apply(LocalDollar.apply(TimeRates.apply(MoneyPerThing.apply(BareCounts.apply(DemonymCounts.apply(out), vehicleNews))), LocalDollar.currencyOf(article, mainCountry), LocalDollar.home(mainCountry)), article, mainCountry);
    // The credits' debug dump still sees a headline's figures.
    if (!credit && !ContextDump.CREDITS.on()) return signed;
    return OneSpeakerTitle.apply(TitleHolders.apply(credits.resolve(annotated, signed), article.text()));
  }

  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(?:will|would|could|expected|expects|forecasts?|projected|projects|plans?|aims?|targets?|estimated|estimates|by\\s+20\\d\\d)\\b");
  private static final Pattern PRESENT = Pattern.compile("(?i)\\b(?:is|are|has|have|now|currently|remains?|accounts?\\s+for|holds?)\\b");

  /** The present-year shift of the extraction running in this thread (PresentYearDump's what-if), or null. */
  private static final ThreadLocal<Integer> PRESENT_SHIFT = new ThreadLocal<>();

  /** Extracts the page with its present one year earlier, as chosen and one later, and dumps them (PresentYearDump). */
  private List<Figure> dumpYears(AnnotatedArticle annotated, String context) {
    List<List<Figure>> byShift = new ArrayList<>();
    for (int shift = -1; shift <= 1; shift++) {
      PRESENT_SHIFT.set(shift);
      try {
        byShift.add(extract(annotated));
      } finally {
        PRESENT_SHIFT.remove();
      }
    }
    Article article = annotated.article();
    PresentYearDump.write(article, context, PeriodResolver.context(null, context), byShift);
    return byShift.get(1);
  }

  /** One figure's line in the context dump: the period chosen and the candidates around it (see ContextDump). */
  private static void dump(Article article, PeriodResolver.Context ctx, Sentence s, int paragraph, Figure f, String period, String measure,
      String[] carried, int[] lastAt, boolean[] flags, List<PeriodMention> pms, List<ContextDump.Dated> datedSoFar) {
    var d = ContextDump.fields();
    d.put("doc", article.docName());
    d.put("quote", f.evidence().quote());
    d.put("value", f.quantity().value());
    d.put("sent", s.index());
    d.put("para", paragraph);
    d.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
    d.put("basis", f.basis());
    d.put("period", period);
    d.put("own", f.period());
    d.put("running", carried[0]);
    d.put("last", carried[1]);
    d.put("lastPara", lastAt[0] < 0 ? null : paragraph - lastAt[0]);
    d.put("lastSent", lastAt[1] < 0 ? null : s.index() - lastAt[1]);
    d.put("lede", carried[2]);
    d.put("list", carried[3]);
    d.put("dated", ctx.articleDate() != null);
    d.put("present", ctx.articleDate() != null ? YearMonth.from(ctx.articleDate()).toString() : ctx.fallbackYear() > 0 ? Integer.toString(ctx.fallbackYear()) : null);
    d.put("sameParagraph", flags[0]);
    d.put("refersBack", flags[1]);
    d.put("reports", flags[2]);
    d.put("base", flags[3]);
    d.put("worldShare", flags[4]);
    d.put("statesPresent", PeriodResolver.statesThePresent(s.text()));
    d.put("future", FUTURE.matcher(s.text()).find());
    d.put("presentTense", PRESENT.matcher(s.text()).find());
    d.put("reported", REPORTED.matcher(s.text()).find());
    d.put("quoted", Regexes.matches(s.text(), "(?s).*[\"\u201c\u201d].*"));
    d.put("mentions", pms.stream().filter(p -> !p.basis()).count());
    d.put("baseMentions", pms.stream().filter(PeriodMention::basis).count());
    d.put("measure", measure);
    ContextDump.Dated prev = datedSoFar.isEmpty() ? null : datedSoFar.get(datedSoFar.size() - 1);
    d.put("prevFig", prev == null ? null : prev.period());
    d.put("prevFigPara", prev == null ? null : paragraph - prev.paragraph());
    d.put("prevFigSent", prev == null ? null : s.index() - prev.sentence());
    ContextDump.Dated same = null;
    for (int i = datedSoFar.size() - 1; i >= 0 && same == null; i--) if (sameFlow(measure, datedSoFar.get(i).measure())) same = datedSoFar.get(i);
    d.put("sameMeasure", same == null ? null : same.period());
    d.put("sameMeasurePara", same == null ? null : paragraph - same.paragraph());
    d.put("firstDated", datedSoFar.isEmpty() ? null : datedSoFar.get(0).period());
    d.put("sentence", s.text());
    ContextDump.PERIODS.write(d);
  }

  private static final Pattern SAME_SPAN_LEAD = Pattern.compile(
      "(?i)^(?:for|in|during|over)\\s+the\\s+(?:same|corresponding)\\s+(?:period|month|quarter|time(?:frame)?)\\s+(?:(?:of\\s+)?last\\s+year|a\\s+year\\s+(?:earlier|ago)|(?:of|in)\\s+(?:19|20)\\d{2})\\s*,");
  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\b(?:from|than|compar(?:ed|ison)\\s+(?:to|with)|against|versus)\\s+(?:about\\s+|around\\s+|nearly\\s+|some\\s+)?$");

  /**
   * The period of a figure that is the base of a level stated in the sentence before ({@code previous}'s period), where its
   * own sentence names the base's span ("up from 32,721 for the same month in 2021", "For the same period last year, this
   * was 125,141", the sentence's first figure, whatever period the rest of its sentence states): {@code previous} moved to
   * that year. Null otherwise.
   */
  private static String sameSpanBefore(String sentence, int start, int end, String previous, boolean first, String own) {
    String after = sentence.substring(end);
    boolean base = FROM_BEFORE.matcher(sentence.substring(0, start)).find() && (own == null || own.length() == 4);
    if (first && SAME_SPAN_LEAD.matcher(sentence).find() && start > sentence.indexOf(',')) {
      String lead = sentence.substring(0, sentence.indexOf(',') + 1);
      // The lead read as what follows the base: "the same period last year" / "of 2021".
      return ComparisonLinks.basePeriod(null, previous, " " + Regexes.replaceFirst(lead, "(?i)^(?:for|in|during|over)\\s+", "in "), null);
    }
    if (!base || !ComparisonLinks.namesSameSpan(after)) return null;
    return ComparisonLinks.basePeriod(null, previous, after, null);
  }

  /**
   * The period of a comparison base once the periods of the sentence's other figures are
   * settled: "3,236 tonnes during this period, a 77.66% decrease from 14,483 tonnes recorded in
   * the same timeframe in 2023" → the 14,483 t is 2023-01/2023-02 when "this period" is
   * January–February 2024. Null when the level it is compared with has no period yet.
   */
  private static String basePeriod(Figure base, List<Figure> sentenceFigures, java.util.Map<Integer, String> settled, Sentence s) {
    String after = s.text().substring(base.evidence().end() - s.start());
    for (Figure c : sentenceFigures) {
      if (c.fromLevel() == null || c.fromLevel().start() != base.evidence().start()) continue;
      String reference = c.toLevel() != null ? settled.get(c.toLevel().start()) : null;
      if (reference == null) reference = settled.get(c.evidence().start());
      return reference == null ? null : ComparisonLinks.basePeriod(base.period(), reference, after, c.basis());
    }
    Figure level = ComparisonLinks.comparedWith(sentenceFigures, base, s.text(), s.start());
    String reference = level == null ? null : settled.get(level.evidence().start());
    return reference == null ? null : ComparisonLinks.basePeriod(base.period(), reference, after, level.basis());
  }

  /**
   * The period of what a bare base is compared with: the level its change runs to, else the change, else the level it is
   * compared with; settled, else (coming later in the sentence) its own period or the running one. Null when unknown.
   */
  private static String referenceOf(Figure base, List<Figure> sentenceFigures, java.util.Map<Integer, String> settled, Sentence s, String running) {
    Figure change = sentenceFigures.stream().filter(c -> c.fromLevel() != null && c.fromLevel().start() == base.evidence().start()).findFirst().orElse(null);
    Figure to = change == null ? ComparisonLinks.comparedWith(sentenceFigures, base, s.text(), s.start())
        : change.toLevel() == null ? change
        : sentenceFigures.stream().filter(o -> o.evidence().start() == change.toLevel().start()).findFirst().orElse(change);
    if (to == null) return null;
    if (to.evidence().start() < base.evidence().start()) return settled.get(to.evidence().start());
    return to.period() != null ? to.period() : running;
  }

  /** The span a sentence's figures compared over (the last change's basis), else the one its words name ({@link ChangeRules#statedSpan}). */
  private static String comparedSpan(List<Figure> figures, String sentence) {
    String span = null;
    for (Figure f : figures) if (f.kind() == Kind.CHANGE && f.basis() != null) span = f.basis();
    return span != null ? span : ChangeRules.statedSpan(sentence);
  }

  private static final Pattern RESTATES = Pattern.compile(
      "(?i)^\\s*(?:of\\s+(?:the\\s+|all\\s+)?[\\p{L}’' ]{0,50}?)?(?:,\\s*or|\\(|,\\s*or\\s+about)\\s*(?:about\\s+|nearly\\s+|some\\s+)?$");

  /**
   * A figure restating the one before it in other units keeps its place: "accounting for 46.3% of
   * the total weight of imports, or 6 000 tonnes", "46.3% of all imports (6,000 tonnes)".
   */
  private static List<Figure> restatedPlaces(List<Figure> figures, Sentence s) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 1; i < out.size(); i++) {
      Figure prev = out.get(i - 1);
      Figure f = out.get(i);
      if (prev.place().isEmpty() || prev.place().equals(f.place()) || prev.evidence().end() > f.evidence().start()) continue;
      String between = s.text().substring(prev.evidence().end() - s.start(), f.evidence().start() - s.start());
      if (!RESTATES.matcher(between).matches()) continue;
      out.set(i, new Figure(f.quantity(), f.kind(), f.basis(), f.direction(), f.period(), f.measure(), prev.place(), f.attribution(),
          f.evidence(), f.fromLevel(), f.toLevel()));
    }
    return out;
  }

  private static List<String> titleAndSentences(String title, AnnotatedArticle annotated) {
    List<String> out = new ArrayList<>();
    if (title != null) out.add(title);
    for (Sentence s : annotated.sentences()) out.add(s.text());
    return out;
  }

  /** The title and the first two sentences of the text (paragraph starts), where an article says what it is about. */
  /** Whose fiscal year an article's "FY23" is: the companies its headline and lead name, its country, the countries they name. */
  private List<String> fiscalCandidates(Article article, String mainCountry) {
    String lead = (article.title() == null ? "" : article.title() + "\n")
        + (article.paragraphs().isEmpty() ? "" : article.paragraphText(article.paragraphs().get(0)));
    List<String> out = new ArrayList<>(places.companyCountries(lead));
    // A country the page never names, shown only by its currency or bodies ("Rs 7.32 billion" read as India's rupee), yields
    // to another country's signs of its fiscal year: Nepal's press writes "Rs" too, and "Shrawan" (FiscalYears).
    // Only another country's signs: India's own ("crore") confirm it. Cheap test first: namesCountry scans the whole page.
    String signed = mainCountry == null ? null : FiscalYears.signed(article.host(), article.text());
    if (mainCountry != null && (signed == null || signed.equals(mainCountry) || namesCountry(article, mainCountry))) {
      out.add(mainCountry);
    }
    // Every country form, also "a Japanese company" and "U.S.-based", which name no place of a figure.
    for (var m : lexicon.findCountries(lead)) out.add(m.value().code());
    return out;
  }

  /** Whether the headline or text of {@code article} names the country {@code code}. */
  private boolean namesCountry(Article article, String code) {
    if (article.title() != null && places.mentions(article.title()).stream().anyMatch(m -> code.equals(m.value().code()))) return true;
    return places.mentions(article.text()).stream().anyMatch(m -> code.equals(m.value().code()));
  }

  private static List<String> leadSentences(Article article) {
    List<String> out = new ArrayList<>();
    if (article.title() != null) out.add(article.title());
    for (String sentence : article.text().split("(?<=[.!?])\\s+|\\n+")) {
      if (out.size() >= 3) break;
      if (!sentence.isBlank() && !sentence.equals(article.title())) out.add(sentence);
    }
    return out;
  }

  /**
   * The period a sentence is about, for the sentences after it: the newest of its figures' and
   * its own (non-comparison) periods — "the September decline followed a seven-month high of
   * 6,146 tonnes in August" is about September.
   */
  private static String newest(List<Figure> figures, List<PeriodMention> pms) {
    java.util.Set<Integer> bases = new java.util.HashSet<>();
    figures.forEach(f -> { if (f.fromLevel() != null) bases.add(f.fromLevel().start()); });
    String best = null;
    List<String> candidates = new ArrayList<>();
    figures.stream().filter(f -> !bases.contains(f.evidence().start()) && !isComparisonBase(f.evidence().sentence(),
        f.evidence().start() - f.evidence().sentenceStart())).forEach(f -> candidates.add(f.period()));
    pms.stream().filter(p -> !p.basis()).forEach(p -> candidates.add(p.period()));
    for (String p : candidates) {
      if (p == null) continue;
      if (best == null || endOf(p).compareTo(endOf(best)) > 0) best = p;
    }
    return best;
  }

  /** The figures outside the asides that hold figures of their own (BracketedTimes): only those date the sentences after. */
  private static List<Figure> outsideAsides(List<Figure> figures, List<BracketedTimes.Aside> asides) {
    return asides.isEmpty() ? figures : figures.stream().filter(f -> !BracketedTimes.inside(asides,
        f.evidence().start() - f.evidence().sentenceStart(), f.evidence().end() - f.evidence().sentenceStart())).toList();
  }

  /** The figures not dated by a share-price move's trading day: those date no other figure. */
  private static List<Figure> withoutTradingDays(List<Figure> figures, java.util.Set<Integer> tradingDays) {
    return tradingDays.isEmpty() ? figures : figures.stream().filter(f -> !tradingDays.contains(f.evidence().start())).toList();
  }

  /** A calendar or fiscal year: "2019", "2021-04/2022-03". */
  private static boolean wholeYear(String period) {
    if (period.length() == 4) return true;
    if (!Regexes.matches(period, "\\d{4}-\\d{2}/\\d{4}-\\d{2}")) return false;
    YearMonth a = YearMonth.parse(period.substring(0, 7));
    return a.plusMonths(11).equals(YearMonth.parse(period.substring(8)));
  }

  /** Whether {@code period} ends before {@code other} starts: "2021-04/2022-03" before "2022-04/2023-03", "2019" before "2024-01". */
  private static boolean endsBefore(String period, String other) {
    String end = period.contains("/") ? period.substring(period.indexOf('/') + 1) : period;
    String start = other.contains("/") ? other.substring(0, other.indexOf('/')) : other;
    if (end.length() == 4) end += "-12";
    if (start.length() == 4) start += "-01";
    return end.length() == 7 && start.length() == 7 && end.compareTo(start) < 0;
  }

  /** "2025-01/2025-07" → "2025-07"; a year sorts before its months ("2025" → "2025-00"). */
  private static String endOf(String period) {
    String end = period.contains("/") ? period.substring(period.indexOf('/') + 1) : period;
    return end.length() == 4 ? end + "-00" : end;
  }

  /** Two measures of the same flow and material (see {@link MeasureParts}). */
  private static boolean sameFlow(String a, String b) {
    if (a == null || b == null) return false;
    MeasureParts x = MeasureParts.of(a);
    return x.flow() != null && x.sameQuantity(MeasureParts.of(b));
  }

  /** The figure's own period: the nearest non-comparison time expression, not one that belongs to another number. */
  private static String periodOf(List<PeriodMention> pms, int rs, int re, List<Quantity> qs, int base, String sentence) {
    PeriodMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PeriodMention p : pms) {
      // A comparison's reference period is not the figure's, except for the base figure it is written right after ("from 24.97 percent in August").
      // "58 percent more than FY22's 7,26,861 units", "than last year's 1.2 million": a base period owned by the number after it.
      // "since 2010, when the average was around US$1,474/kWh": the time a when-clause is about owns its figures (WhenClauses).
      boolean owner = p.end() <= rs && (POSSESSIVE_OWNER.matcher(sentence.substring(p.end(), rs)).matches() || WhenClauses.owns(sentence, p.end(), rs));
      if (owner) {
        best = p;
        break;
      }
      if (p.basis() && !(p.start() >= re && (p.start() - re <= 4 || attached(sentence.substring(re, p.start()))
          || CHANGE_ATTACHED.matcher(sentence.substring(re, p.start())).matches()) && isComparisonBase(sentence, rs))
          && !(p.start() >= re && BaseTimes.owns(sentence, rs, p.start()))) continue;
      if (belongsToAnother(p, rs, qs, base, sentence)) continue;
      if (p.start() >= re && anotherBetween(re, p.start(), qs, base, sentence)) continue;
      if (p.start() >= re && p.start() - re > 60) continue; // far to the right is another clause's
      // "shipments rose about 17.5%, but nine-month exports totaled …": the period of the next clause.
      if (p.start() >= re && CLAUSE_BREAK.matcher(sentence.substring(re, p.start())).find()) continue;
      int distance = p.end() <= rs ? rs - p.end() : (p.start() - re) + 15; // prefer the left: "In July, … hit 619 mt"
      // "… 589 tons in August": a period right after the number is its own.
      if (p.start() >= re && attached(sentence.substring(re, p.start()))) distance = 0;
      // "following an adjusted 1.2 percent on-month fall in September": the earlier change's own month.
      if (p.basis() && p.start() >= re && CHANGE_ATTACHED.matcher(sentence.substring(re, p.start())).matches()) distance = 0;
      // "and 50.89 percent year-to-date": written right after the number.
      if (p.start() >= re && sentence.substring(re, p.start()).isBlank()) distance = 0;
      if (distance < 0) distance = 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = p;
      }
    }
    // "In 2018, … $1,237, dropping to $1,115 in 2019": a later period that another number owns, or that heads a clause of its
    // own, leaves the figure to the sentence's fronted period (FrontedPeriods).
    if (best != null && best.start() >= re && !ownAfter(sentence.substring(re, best.start()))) {
      PeriodMention front = FrontedPeriods.fronted(sentence, pms, rs);
      if (front != null && (ownedByNumberBetween(best, re, qs, base, sentence) || FrontedPeriods.headsClause(sentence, best))) best = front;
    }
    return best == null ? null : best.period();
  }

  /** Whether a time this text after a number is the number's own: "589 tons in August", "… 2.1 million by 2030", "50.89 percent year-to-date". */
  private static boolean ownAfter(String between) {
    return between.isBlank() || attached(between);
  }

  private static final Pattern RUNS_TO = Pattern.compile("(?i)\\s*(?:to|at)\\s+(?:\\p{L}+\\s+){0,2}");

  /** Whether another number stands between offset {@code from} and the time {@code p}, with the time its own ("$1,115 in 2019"). */
  private static boolean ownedByNumberBetween(PeriodMention p, int from, List<Quantity> qs, int base, String sentence) {
    for (Quantity other : qs) {
      int os = other.start() - base;
      int oe = other.end() - base;
      // … not the level the figure itself runs to: "more than doubled to 4,500 units in the fiscal year 2023/24" is that year's change.
      if (os >= from && oe <= p.start() && ownAfter(sentence.substring(oe, p.start())) && !RUNS_TO.matcher(sentence.substring(from, os)).matches()) return true;
    }
    return false;
  }

  /**
   * "a 157.5% increase from 1238 tons in May": a time expression right after a number that is
   * the base of a comparison is that number's, not the period of the others.
   */
  private static boolean belongsToAnother(PeriodMention p, int rs, List<Quantity> qs, int base, String sentence) {
    for (Quantity other : qs) {
      int oe = other.end() - base;
      int os = other.start() - base;
      if (os == rs) continue;
      boolean right = p.start() >= oe && (p.start() - oe <= 4 || attached(sentence.substring(oe, p.start())));
      if (right && isComparisonBase(sentence, os)) return true;
    }
    return false;
  }

  /** The last month of a period: "2025-08-01/2025-08-10" → 2025-08; a year → null. */
  private static YearMonth monthOf(String period) {
    String end = period.contains("/") ? period.substring(period.indexOf('/') + 1) : period;
    return end.length() >= 7 ? YearMonth.parse(end.substring(0, 7)) : null;
  }

  /** "year-to-date" in a text about July 2025 (or January–July 2025) is 2025-01/2025-07. */
  private static String yearToDate(String period) {
    String last = period.contains("/") ? period.substring(period.indexOf('/') + 1) : period;
    if (last.length() < 7) return period;
    last = last.substring(0, 7);
    return last.substring(0, 4) + "-01/" + last;
  }

  /**
   * Whether another number lies between offsets {@code from} and {@code to} with the expression
   * right after it ("an 18.9% dip in the first half"): the expression is that number's.
   */
  private static boolean anotherBetween(int from, int to, List<Quantity> qs, int base, String sentence) {
    for (Quantity other : qs) {
      int os = other.start() - base;
      int oe = other.end() - base;
      // "from a 32.9% increase in the first quarter": a change noun may stand between the base and its period.
      boolean attached = to - oe <= 12 || attached(sentence.substring(oe, to));
      if (os >= from && oe <= to && attached && isComparisonBase(sentence, os)) return true;
    }
    return false;
  }

  /**
   * "from an 18.9% dip", "than 1,238 t", "compared with 46 mt", "after rising 6.2%": the number is
   * what another is compared with (or what came before it).
   */
  private static boolean isComparisonBase(String sentence, int start) {
    if (BaseLevels.before(sentence, start)) return true;
    return COMPARISON_BEFORE.matcher(sentence.substring(Math.max(0, start - 24), start)).matches();
  }

  private static final Pattern COMPARISON_BEFORE = Pattern.compile(
      "(?is).*\\b(?:from|than|compar(?:ed|ison)\\s+(?:to|with)|versus|vs\\.?|against|(?:after|following)\\s+(?:a\\s+|an\\s+)?"
          + "(?:(?:upwardly\\s+|downwardly\\s+)?(?:revised|adjusted)\\s+)?(?:\\p{L}+ing\\s+(?:by\\s+)?)?)\\s*(?:a\\s+|an\\s+|the\\s+)?$");

  private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)[;:]|,\\s+(?:but|while|whereas|and\\s+(?:the|its|their))\\b|\\s[-–—]\\s");
  private static final Pattern SINCE = Pattern.compile("(?i)^\\s*(?:\\p{L}+\\s+){0,2}since\\s+(?:the\\s+(?:beginning|start)\\s+of\\s+)?"
      + "(?:January|February|March|April|May|June|July|August|September|October|November|December|the\\s+year|this\\s+year)\\b");
  /**
   * "FY22's 7,26,861 units", "the June level of 4,260 kilograms", "the 2023 average of 1,400", "in 2024 ($318/MTU)", "2023's tally
   * of 336 units": what lies between a period and the number after it that owns it, also where the period is a comparison's base.
   */
  private static final Pattern POSSESSIVE_OWNER = Pattern.compile("(?:['’]s\\s+(?:(?:level|average|total|figure|volume|tally|count|output|sales)\\s+of\\s+)?|\\s+(?:level|average|total|figure|volume)\\s+of\\s+|\\s*\\(\\s*)"
      + "(?:(?:about|around|nearly|almost|some|just|only|over|roughly)\\s+)?[$€£¥₹]?");
  /** "… 589 tons in August", "300,000 tonnes of LCE in 2020": what lies between a number and the period that is its own. */
  private static final Pattern ATTACHED = Pattern.compile("(?i)\\s*(?:of\\s+(?:[\\p{L}()-]+\\s+){1,3})?(?:\\p{L}+\\s+)?(?:in|for|during|of)\\s+(?:the\\s+)?");
  /** Whether {@code between} (from a number's end to a time) makes the time the number's own: "589 tons in August", "537 at the end of 2024" ({@link PointTimes}). */
  private static boolean attached(String between) {
    return ATTACHED.matcher(between).matches() || PointTimes.attached(between);
  }
  /** "following a revised 2.7 percent on-month fall in September": a change's tag and noun between it and its own period. */
  private static final Pattern CHANGE_ATTACHED = Pattern.compile(
      "(?i)\\s*(?:(?:on|year|month)[- ](?:on[- ])?(?:year|month)\\s+)?(?:increase|rise|gain|growth|jump|decline|drop|fall|decrease|dip)\\s+(?:in|during)\\s+(?:the\\s+)?");
  /** "during the same period", "in the mentioned period": the period of the sentence before (not "the same period last year"). */
  private static final Pattern SAME_PERIOD = Pattern.compile(
      "(?i)\\b(?:(?:the|that)\\s+(?:same|mentioned|said|above|aforementioned)|this|that)\\s+(?:period|month|quarter|time(?:frame)?|span)\\b"
          + "(?!\\s*(?:,\\s*)?(?:of|in|last|a\\s+year|the\\s+previous|one\\s+year|(?:19|20)\\d\\d))");
  private static final Pattern YEAR_TO_DATE = Pattern.compile("(?i)year[- ]to[- ]date|\\bYTD\\b|so far this year");
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "^(?:This|That|These|Those|Such|It|Its|The\\s+(?:outpouring|increase|rise|surge|jump|decline|drop|fall|figure|figures|number|total"
          + "|data|report|rebound|recovery|growth|gain|slump|shipments|volume|level|tally))\\b");
  /** Verbs that report a datum in the past tense: "jumped", "totaled", "were sold", "posted growth". */
  private static final Pattern REPORTED = Pattern.compile(
      "(?i)\\b(?:rose|fell|jumped|surged|soared|climbed|dropped|declined|increased|decreased|grew|slumped|plunged|plummeted|skidded"
          + "|slid|dipped|tumbled|totall?ed|reached|amounted|stood|hit|posted|recorded|registered|sold|delivered|exported|imported"
          + "|shipped|produced|installed|(?:was|were)\\s+(?:sold|delivered|exported|imported|shipped|produced|installed|issued|approved|down|up))\\b");
  /**
   * A sentence about data: "according to data released yesterday", "a significant decline in graphite exports",
   * a results lede ("net profit growth picked up in the second quarter").
   */
  private static final Pattern DATA_WORDS = Pattern.compile(
      "(?i)\\b(?:data|figures|statistics|numbers|exports|imports|sales|production|output|shipments|deliveries|installations"
          + "|(?:net\\s+|operating\\s+)?(?:profits?|revenues?|earnings|income))\\b");
  private static final Pattern YEAR_EARLIER_LEAD = Pattern.compile("(?i)^(?:a|one)\\s+year\\s+(?:earlier|ago|before)\\s*,");
  /**
   * "its revised annual sales target of 4 million vehicles", "full-year revenue target from \"growth of 5–10%", "increased its
   * annual sales forecast from 3.6 million units to 4 million" (a decimal point is no clause's end): a whole year's.
   */
  private static final Pattern ANNUAL_TARGET_BEFORE = Pattern.compile(
      "(?i)\\b(?:annual|full[- ]year|yearly|year-end)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:target|forecast|guidance|goal|projection|outlook)s?\\s+(?:of|from|to|at)\\b(?:[^.;,]|(?<=\\d)[.,](?=\\d)){0,30}$");
  private static final Pattern FROM_YEAR_START = Pattern.compile("(?i)^\\s*(?:from|since)\\s+the\\s+(?:beginning|start)\\s+of\\s+the\\s+year\\b");
  /** A place in a ranking: "was second with", "ranked third", "came fourth", "followed by". */
  private static final Pattern RANKED = Pattern.compile(
      "(?i)\\b(?:(?:was|were|ranked|came|placed|finished|took)\\s+(?:the\\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
          + "|\\d{1,2}(?:st|nd|rd|th))\\b|followed\\s+by\\b)");
  /** How often a page names a country itself to be about it (a headline mention counts twice). */
  private static final int NAMED_COUNTRY_MENTIONS = 3;
  private static final Pattern PLACE_BACK = Pattern.compile(
      "^(?:Among\\s+(?:them|these|those)|Of\\s+(?:these|them|this|those|which)|This|That|These|Those|It|Its)\\b");
  private static final Pattern LAST_YEAR_END = Pattern.compile("(?i)\\b(?:last|previous|prior)\\s+year$");
  private static final Pattern FLOW = Pattern.compile("\\b(exports|imports)$");
  private static final Pattern GLOBAL_SCOPE = Pattern.compile(
      "(?i)\\b(global|globally|world|world's|worldwide|international|internationally)\\b");

  /**
   * Where the sentence names no exporter, a trade flow or economic quantity is the article's main
   * country's: "The US tracked with a 75.5% MoM jump, getting 619 tons" in an article about
   * China's exports is CN → US. Global figures ("global sales of NEVs") stay without one.
   */
  private List<String> withImpliedOrigin(List<String> place, String measure, String main, String sentence, String articleFlow,
      String importer) {
    // "China was the largest partner for imports …, accounting for 46.3%" in an article about the EU's imports: CN → EU.
    if (importer != null && measure != null && "import".equals(MeasureParts.of(measure).flow()) && place.size() <= 1
        && !place.contains(importer)) {
      return place.isEmpty() ? List.of(importer) : List.of(place.get(0), importer);
    }
    if (main == null || measure == null || place.contains(main)) return place;
    // "the second largest in the world", "even on an international scale": the world as a yardstick is no scope (WorldYardsticks).
    if (GLOBAL_SCOPE.matcher(sentence).find() && GLOBAL_SCOPE.matcher(WorldYardsticks.without(sentence)).find()) return place;
    MeasureParts parts = MeasureParts.of(measure);
    // "Total exports of spherical graphite to Japan and the US fell to zero": the exporter of several destinations.
    if (place.size() > 1) {
      if (!"export".equals(parts.flow()) || !places.allDestinations(sentence, place)) return place;
      List<String> out = new ArrayList<>(List.of(main));
      out.addAll(place);
      return out;
    }
    // Prices are a market's, not a country's.
    if ("price".equals(parts.flow())) return place;
    // "The imports from Chile amounted to 20,300 tonnes" in an article about China: CL → CN;
    // "The EU imported 12,900 tonnes" stays the EU's.
    if ("import".equals(parts.flow())) {
      if (place.size() == 1 && places.markedOrigin(sentence, place.get(0))) return List.of(place.get(0), main);
      // "The imports more than doubled" in an article about the EU's imports: the EU's.
      if (place.isEmpty() && "import".equals(articleFlow)) return List.of(main);
      if (!"export".equals(articleFlow)) return place;
    }
    // "5 500 tonnes … were exported from the EU": the exporter is stated.
    if ("export".equals(parts.flow()) && place.size() == 1 && places.markedOrigin(sentence, place.get(0))) return place;
    // "The United States was the top buyer, accounting for 29% of August’s shipments": a share of the exports is a flow too.
    boolean flow = FLOW.matcher(measure).find() || place.size() == 1 && "export".equals(parts.flow());
    // "Deliveries to Japan and the Netherlands were 1,908t and 1,504t", "India received the largest volume of thermal coal at
    // 1.53 million mt" in an article about one country's exports: the destination the sentence marks receives its exports.
    if (!flow && "export".equals(articleFlow) && places.markedDestination(sentence, place)) flow = true;
    if (!flow && !place.isEmpty()) return place;
    List<String> out = new ArrayList<>();
    out.add(main);
    out.addAll(place);
    return out;
  }

  /**
   * The place of a sentence that names no country: the country of a company it names ("BYD saw
   * sales reach 502,657" → CN), or the article's country where the subject refers to it ("the
   * world's largest rare earth magnet supplier", "the country", "the Asian nation").
   */
  private List<String> subjectPlace(String sentence, int at, String main, String measure, boolean money) {
    // "Holden’s sales reported a steep 5.8% decline", "82,432 units of various Tesla EVs were sold" in an article
    // about one country's market: what a carmaker sold or registered there is the market's, not its home's.
    if (soldInMarket(sentence, measure, money, main)) return List.of(main);
    // The company before the figure is its subject; one after it ("exceeding Tesla’s $25.2 billion") only without a subject.
    // "CMOC’s fourth quarter quota stands at 6,650 tonnes, while Glencore was allocated 3,925 tonnes" in an article about
    // Congo's quotas: a quota is the country's that sets it, not the home of the company it is granted to.
    if (main != null && QUOTA.matcher(sentence).find()) return List.of(main);
    List<String> before = places.companyCountries(sentence.substring(0, at));
    // "BYD (16%), LG (14%), Panasonic (8%)", "…, while BYD achieved 595,413 units": the company its clause gives the figure to.
    String holder = before.size() > 1 ? places.companyHolding(sentence, at) : null;
    if (!before.isEmpty()) return List.of(holder != null ? holder : before.get(0));
    if (main != null && SUBJECT_CARRY.matcher(sentence).find()) return List.of(main);
    List<String> companies = places.companyCountries(sentence);
    if (!companies.isEmpty()) return List.of(companies.get(0));
    return List.of();
  }

  /**
   * Whether {@code place} is only the page's (or paragraph's) country carried to a sentence that names no country nor company:
   * "Its share of total cars sold increased to 4 percent" after "As for Indonesia, … 11,943 units" on a page mostly about
   * Malaysia refers back to Indonesia's figure, over the country the page carries — where that figure's sentence names its
   * place ("The country hosts … 3% of global production. It has … 26mn tonnes": a place carried to the figure before, right
   * or wrong, is not carried on over the page's).
   */
  private boolean carriedOnly(List<String> place, String sentenceCountry, String sentence) {
    return sentenceCountry != null && place.equals(List.of(sentenceCountry)) && places.companyCountries(sentence).isEmpty();
  }

  /** Whether a sentence names a country or a company, whose figures are theirs. */
  private boolean namesPlace(String sentence, List<PhraseMatcher.Match<Lexicon.Country>> countryMentions) {
    return !countryMentions.isEmpty() || !places.companyCountries(sentence).isEmpty();
  }

  /** Whether a carmaker's units sold or registered, in a sentence naming no country, are the article's market's. */
  private boolean soldInMarket(String sentence, String measure, boolean money, String main) {
    MeasureParts parts = MeasureParts.of(measure);
    String flow = parts.flow();
    // "The top five brands registered were led by Toyota (843)": a measure naming no flow takes the sentence's sale (MarketSales).
    return main != null && !money && ("sales".equals(flow) || "registrations".equals(flow) || MarketSales.soldBySentence(sentence, parts))
        && !places.companyCountries(sentence).isEmpty() && places.mentions(sentence).isEmpty()
        && !GLOBAL_SCOPE.matcher(MarketSales.withoutMakerScope(sentence)).find();
  }

  private static final Pattern TO_PRICE = Pattern.compile("(?i)^\\s*,?\\s*(?:to|from|at)\\s+(?:about\\s+|around\\s+|nearly\\s+|some\\s+)?$");

  /** The unit of the price a change leads to: "has risen by 52% to $2,280 per kilogram" → USD/kg; else null. */
  private static String priceChanged(List<Quantity> qs, Quantity q, Sentence s) {
    for (Quantity o : qs) {
      if (o.start() < q.end()) continue;
      boolean adjacent = TO_PRICE.matcher(s.text().substring(q.end() - s.start(), o.start() - s.start())).matches();
      return adjacent && PlaceResolver.isPrice(o.unit()) ? o.unit() : null;
    }
    return null;
  }

  /** The sentence offsets of the quantities of {@code q}'s unit, in text order (for "respectively" lists). */
  private static List<Integer> sameUnit(List<Quantity> qs, Quantity q, int base) {
    List<Integer> out = new ArrayList<>();
    for (Quantity o : qs) if (o.unit().equals(q.unit())) out.add(o.start() - base);
    return out;
  }

  private static final Pattern QUOTA = Pattern.compile("(?i)\\b(?:quotas?|allocated|allocations?|allotted)\\b");
  private static final Pattern SUBJECT_CARRY = Pattern.compile(
      "(?i)\\bthe\\s+(?:world['’]s\\s+(?:largest|biggest|top|leading|no\\.\\s*1|second[- ]largest|main|dominant)\\s+(?:[\\p{L}-]+\\s+){0,4}?"
          + "(?:supplier|producer|exporter|importer|consumer|market|miner|refiner|processor|economy|manufacturer|maker)"
          + "|country|nation|bloc|asian\\s+(?:nation|giant|country)|people['’]s\\s+republic|(?:car|auto)maker|company)\\b");

  /**
   * A flow between two countries is named from the exporter's side: "US imports from China" is CN
   * → US exports. Not in an article about one importer's statistics (the EU's imports keep their
   * name: devset/GUIDELINES.md, "Places").
   */
  private static String asFlow(String measure, List<String> place) {
    if (measure == null || place.size() < 2) return measure;
    return Regexes.replaceFirst(Regexes.replaceFirst(measure, "\\bimports$", "exports"), "\\bsupply$", "exports");
  }

  /**
   * The country an article is about: the one it mentions most, at least three times; a mention in
   * the headline counts twice ("China August rare earth exports fall 3.4% on month" and two
   * mentions in the text make China the subject "the world's largest producer" refers to). An
   * article naming only one country, at least twice (its national body counts), is about it.
   */
  /** The host of the one project the first sentence with a figure names, or null (ProjectHosts). */
  private static String leadHost(AnnotatedArticle annotated, java.util.Map<Sentence, List<Quantity>> found, ProjectHosts hosts) {
    if (hosts.hosts().isEmpty()) return null;
    for (Sentence s : annotated.sentences()) if (!found.get(s).isEmpty()) return hosts.hostNamedIn(s.text());
    return null;
  }

  /**
   * "export of 30 000 tonnes of lithium concentrate to mainland China", "63% of all exports go to Chinese organizations": a
   * country named where something is sent is a buyer, a flow's other end, and does not count towards the page's own country
   * (the page about Namibia's or Kazakhstan's exports names China more often than itself). Not "imports to Uzbekistan", "coming
   * to Canada", "according to" (DestinationFlows.sentBefore).
   */
  private static final Pattern PARTNER_BEFORE = Pattern.compile("(?i)\\b(?:to|into|towards|destined\\s+for|bound\\s+for)\\s+(?:the\\s+)?(?:mainland\\s+)?$");

  private static final Pattern NOT_PARTNER_TO = Pattern.compile("(?i)\\b(?:according|due|owing|thanks|compared|relative|close|next|similar|equal)\\s+to\\s+(?:the\\s+)?$");

  private static boolean partnerMention(String text, int at) {
    String near = text.substring(Math.max(0, at - 30), at);
    if (!PARTNER_BEFORE.matcher(near).find() || NOT_PARTNER_TO.matcher(near).find()) return false;
    String before = text.substring(Math.max(0, at - 80), at);
    int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
    return DestinationFlows.sentBefore(before.substring(stop + 1));
  }

  /** "demand for iron ore from China", "imports from China": a source or a seller, not the page's subject (SoleCountry). */
  private static final Pattern SOURCE_FROM = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?$");
  /**
   * "the Korea Customs Service (KTS)", "China Passenger Car Association": a country that opens a body's name names the body,
   * not the page's subject (SoleCountry); a capitalized word right after it carries the name on.
   */
  private static final Pattern NAME_GOES_ON = Pattern.compile("^[ \\t]+\\p{Lu}\\p{Ll}");

  private String mainCountry(String title, String text, String host, java.util.Collection<List<Quantity>> sentenceQuantities) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    // What only a national page shows: a state of the country, its national body, its own currency.
    java.util.Set<String> national = new java.util.HashSet<>();
    // The countries the page names itself (not only as a company's home).
    java.util.Set<String> named = new java.util.HashSet<>();
    // The countries named by a name, not only by an adjective ("Chinese demand") (SoleCountry).
    java.util.Set<String> byName = new java.util.HashSet<>();
    for (var m : places.mentions(text)) {
      named.add(m.value().code());
      if (!"adjective".equals(m.value().type()) && !"demonym".equals(m.value().type())
          && !SOURCE_FROM.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
          && !NAME_GOES_ON.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()) byName.add(m.value().code());
      if (partnerMention(text, m.start())) continue;
      counts.merge(m.value().code(), 1, Integer::sum);
      if ("subdivision".equals(m.value().type())) national.add(m.value().code());
    }
    var titleMentions = title == null ? null : places.mentions(title);
    if (titleMentions != null) for (var m : titleMentions) {
      counts.merge(m.value().code(), 2, Integer::sum);
      named.add(m.value().code());
      if (!"adjective".equals(m.value().type()) && !"demonym".equals(m.value().type())) byName.add(m.value().code());
    }
    // A company's home speaks for the article's country only where the headline names none: "DRC prepares first CMOC
    // cobalt export under new quota system" is about Congo, however often it names the Chinese miner; and only where the
    // text names no country itself often enough ("sold 504 electric vehicles in Türkiye" ×3 beats BMW, Mercedes-Benz, Porsche).
    boolean namesItsCountry = counts.values().stream().anyMatch(c -> c >= NAMED_COUNTRY_MENTIONS);
    String market = null;
    if ((titleMentions == null || titleMentions.isEmpty()) && !namesItsCountry) {
      // … and only where its companies share one home: makers of several homes are a market's roll call, and the one country
      // such a page names is their market (MakerRollCalls).
      List<String> homes = places.companyCountries(text);
      market = MakerRollCalls.market(named, homes);
      for (String code : MakerRollCalls.votes(homes)) counts.merge(code, 1, Integer::sum);
    }
    // "the Federal Motor Transport Authority (KBA)", "FADA said": a national body's data are its country's.
    for (String code : places.agencyCountries(text)) {
      counts.merge(code, 1, Integer::sum);
      national.add(code);
    }
    // "prices … dropping towards RMB 0.3/Wh", "340,000 yuan / ton": money in a currency only one market quotes
    // in speaks of that market, once however many amounts the text states.
    // … and "Rs"/"rupees", read as INR until the page's country is known, for the one rupee country the page names (SignVotes).
    java.util.Set<String> pageCountries = new java.util.HashSet<>(named);
    String siteDomain = SiteCountry.domain(host);
    if (siteDomain != null) pageCountries.add(siteDomain);
    java.util.function.Supplier<String> signed = SignVotes.once(() -> FiscalYears.signed(host, text));
    java.util.Set<String> currencies = new java.util.TreeSet<>();
    for (List<Quantity> qs : sentenceQuantities) {
      for (Quantity q : qs) {
        if (PlaceResolver.currencyMarket(q.unit()) == null) continue;
        String quote = q.start() >= 0 && q.end() <= text.length() && q.start() < q.end() ? text.substring(q.start(), q.end()) : "";
        String code = SignVotes.of(quote, q.unit(), pageCountries, signed);
        if (code != null) currencies.add(code);
      }
    }
    for (String code : currencies) counts.merge(code, 1, Integer::sum);
    national.addAll(currencies);
    String best = null;
    int bestCount = 2;
    java.util.Set<String> headline = new java.util.HashSet<>();
    if (titleMentions != null) for (var m : titleMentions) headline.add(m.value().code());
    for (var e : new java.util.TreeMap<>(counts).entrySet()) {
      // "China Cobalt Imports/Exports - 2012" and three mentions of Belgium as a buyer: a tie goes to the headline's country.
      if (e.getValue() > bestCount || best != null && e.getValue() == bestCount && headline.contains(e.getKey()) && !headline.contains(best)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    // "The UK new car market …, said … the Society of Motor Manufacturers and Traders": a national
    // report names its country once or twice, itself or through its agency, and no other country.
    if (best == null && counts.size() == 1 && counts.values().iterator().next() >= 2) best = counts.keySet().iterator().next();
    // "the average EV price in the U.S. was $55,544", "Cyprus' Road Transport Department received 984 applications": a
    // national page often names its country once, in its lead, and no other country anywhere (not as a buyer, not in the
    // headline, not as a company's home); the one country it names is its country (SoleCountry).
    if (best == null) best = SoleCountry.of(counts, named, byName, title, text);
    // A national page that never names its country ("across the country", "the Centre", "Rs 1,100 crore", "Greater
    // London"): the one country whose state, national body or currency the page shows, where it names no other
    // country (a company's home, "InstaVolt, Tesla, bp pulse", names none) and no other counts as much.
    if (best == null) {
      String top = aheadOfOthers(counts, national);
      named.addAll(national);
      if (top != null && named.equals(java.util.Set.of(top))) best = top;
    }
    return best != null ? best : market;
  }

  /**
   * The one country a publisher's name names ("Cyprus Today" → CY, "Philippine Daily Inquirer" → PH), null where it names
   * none or several ("Embassy of Tajikistan in Germany"), or a region ("South China Sea Studies" names no country).
   */
  private String publisherCountry(String publisher) {
    if (publisher == null) return null;
    java.util.Set<String> codes = new java.util.TreeSet<>();
    for (var m : places.mentions(publisher)) if (!"bloc".equals(m.value().type())) codes.add(m.value().code());
    return codes.size() == 1 ? codes.iterator().next() : null;
  }

  /**
   * The codes of the countries the headline and each sentence name, once per mention, read sentence by sentence: an office of
   * the page's country ("new data from the NZ Transport Agency shows") counts where its own sentence names no other country,
   * whatever other countries the rest of the page names.
   */
  private List<String> namedCountries(String title, List<Sentence> sentences) {
    List<String> out = new ArrayList<>();
    if (title != null) for (var m : places.mentions(title)) out.add(m.value().code());
    for (Sentence s : sentences) {
      // "The Chinese Sinomine Group invested …" on newziana.co.zw: a company's home speaks for no country of the page (HostedHoldings).
      var companies = places.companiesIn(s.text());
      for (var m : places.mentions(s.text())) if (!HostedHoldings.namesHome(m, s.text(), companies)) out.add(m.value().code());
    }
    return out;
  }

  /** The country of {@code national} counted more often than any other country, or null. */
  private static String aheadOfOthers(java.util.Map<String, Integer> counts, java.util.Set<String> national) {
    String top = null;
    int most = 0;
    boolean tie = false;
    for (var e : counts.entrySet()) {
      if (e.getValue() > most) {
        top = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most) {
        tie = true;
      }
    }
    return top != null && !tie && national.contains(top) ? top : null;
  }

  /**
   * The one period a sentence states, for its figures too far from it to claim it: "the overall
   * outputs in the country rose 11.1% YoY to 2.599 million units and sales up 6.9% to 2.505 million
   * units in October" is all October, not the year-to-date of the sentence before. Not across a
   * clause break ("rose about 17.5%, but nine-month exports totaled …"), not before the figure ("In
   * 2025, global sales … exceeded 30 million, each requiring 2-5 kg"), not for shares, not a bare
   * year, nor when the sentence states several periods.
   */
  private static String onlyPeriodOfSentence(List<PeriodMention> pms, int re, List<Quantity> qs, int base, String sentence) {
    List<PeriodMention> own = pms.stream().filter(p -> !p.basis()).toList();
    if (own.isEmpty() || own.stream().map(PeriodMention::period).distinct().count() > 1) return null;
    PeriodMention p = own.get(0);
    // Only a month or span stated after the figure, not across a clause break, not a comparison base's
    // ("still down 15% …, improving from an 18.9% dip in the first half"), not a bare year ("… earlier this year").
    if (p.period().length() == 4 || p.start() < re || CLAUSE_BREAK.matcher(sentence.substring(re, p.start())).find()) return null;
    if (anotherBetween(re, p.start(), qs, base, sentence)) return null;
    return p.period();
  }

  /** What a government or company did: "imposed a suspension on cobalt exports in February 2025", "lifted the ban". */
  private static final Pattern POLICY_EVENT = Pattern.compile(
      "(?i)\\b(?:imposed|introduced|suspended|banned|lifted|signed|launched|announced|enacted|approved|expire[sd]?|took\\s+effect)\\b");
  private static final Pattern ALONE = Pattern.compile("(?i)\\b(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|month|quarter)\\s+alone\\b");

  /** Whether {@code month} is the last month of the span {@code span} ("2025-10" of "2025-01/2025-10"). */
  private static boolean lastMonthOf(String month, String span) {
    return month != null && span != null && month.length() == 7 && span.contains("/") && span.endsWith("/" + month);
  }

  /** "of the world’s", "globally", "of global cobalt supply": the whole world's. */
  private static final Pattern WORLD_AFTER = Pattern.compile(
      "(?i)^\\s*(?:of\\s+(?:the\\s+)?(?:world['’]s|world|global)\\b|(?:of\\s+)?(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:globally|worldwide)\\b)");
  /** A standing fact in the present: "produces", "accounts for", "controls", "now producing". */
  private static final Pattern STANDING = Pattern.compile(
      "(?i)\\b(?:produces|accounts|supplies|controls|dominates|holds|makes\\s+up|represents|is|are|now|currently)\\b");

  /** A share of what the whole world produces or uses, stated in the present tense of its clause. */
  private static boolean isWorldShare(String sentence, int start, int end) {
    String after = sentence.substring(end);
    String before = sentence.substring(Math.max(0, start - 60), start);
    before = before.substring(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
    return WORLD_AFTER.matcher(after).find() && STANDING.matcher(before).find();
  }

  /** "soared nearly 75% from June" with no stated period is about the month after June. */
  private static String nextMonthOfReference(List<PeriodMention> pms, int re) {
    for (PeriodMention p : pms) {
      if (p.basis() && p.start() >= re && p.month() > 0 && p.period().length() == 7) {
        return YearMonth.parse(p.period()).plusMonths(1).toString();
      }
    }
    return null;
  }

  /** "when compared to September of the previous year, there was a 17.5% increase": a y/y change of the month a year after its base. */
  private static String yearAfterReference(List<PeriodMention> pms) {
    for (PeriodMention p : pms) {
      if (p.basis() && p.month() > 0 && p.period().length() == 7 && LAST_YEAR_END.matcher(p.text()).find()) return YearMonth.parse(p.period()).plusYears(1).toString();
      // "increased by 73 percent compared to the first ten months last year": the same months a year later.
      if (p.basis() && p.period().contains("/") && LAST_YEAR_END.matcher(p.text()).find()) return ComparisonLinks.shift(p.period(), 12);
    }
    return null;
  }

  /** A bare count of vehicles ("1.243 million units" of NEVs) is in vehicles. */
  private static Quantity upgradeUnit(Quantity q, String measure, String sentence, boolean vehicleNews) {
    // "70 electric buses", "10,002,636 sales" of cars, "90 units a month" (VehicleCounts)
    String counted = VehicleCounts.unit(q.unit(), vehicleNews);
    if (!counted.equals(q.unit())) q = q.withUnit(counted);
    // "82,432 cars", "23,917 deliveries" of an automaker: counted vehicles.
    if (VEHICLE_NOUNS.contains(q.unit())) return q.withUnit("vehicle");
    if (!q.unit().equals("count")) return q;
    boolean vehicles = measure != null ? VEHICLE_CONTEXT.matcher(measure).find() : VEHICLE_CONTEXT.matcher(sentence).find();
    return vehicles ? q.withUnit("vehicle") : q;
  }

  /** The start of paragraph {@code index}, or {@code fallback} when there is none. */
  private static int paragraphStart(Article article, int index, int fallback) {
    List<Paragraph> ps = article.paragraphs();
    if (index >= 0 && index < ps.size()) return ps.get(index).start();
    return index < 0 && !ps.isEmpty() ? Math.min(ps.get(0).start(), fallback) : fallback;
  }

  private static int paragraphOf(Article article, int offset) {
    List<Paragraph> ps = article.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).start() <= offset && offset <= ps.get(i).end()) return i;
    }
    return -1;
  }

  /** The lexicon this extractor uses. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** The country mentions of a text, for entity listings. */
  public List<PhraseMatcher.Match<Lexicon.Country>> countries(String text) {
    return places.mentions(text);
  }
}
