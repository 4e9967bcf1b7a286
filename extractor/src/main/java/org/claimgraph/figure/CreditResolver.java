package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.article.Article;
import org.claimgraph.article.CreditLines;
import org.claimgraph.article.ImageCredits;
import org.claimgraph.article.Paragraph;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.PhraseMatcher;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.nlp.AnnotatedArticle;
import org.claimgraph.nlp.Sentence;
import org.claimgraph.nlp.Token;
import org.claimgraph.lexicon.Regexes;

/**
 * Whom an article credits for each of its figures, the way a careful reader decides it:
 *
 * <ol>
 *   <li>a figure inside a direct quote is the speaker's, also when the speaker is named in another
 *       sentence of the quote ("“…at 35%…”" after "…,” said Charles Lester, data manager at Rho Motion.");</li>
 *   <li>else the credit of its own sentence, named as the article names the source ("The data
 *       showed" → the association named before; "customs data" → the General Administration of
 *       Customs where the article names it; "he added" → the person named before); a phrase that
 *       names nobody ("According to reports", "global automobile experts") credits nobody;</li>
 *   <li>else the credit it continues: a data source's credit runs on over the following
 *       paragraphs until another credit is given (also one naming nobody), except into a sentence
 *       about another company ("Chinese rival BYD … saw deliveries …" after "CPCA data showed" on
 *       Tesla's sales); a person's indirect speech covers the rest of its paragraph
 *       and continuations ("Among them, …"); a credit for a measure keeps covering that measure;
 *       the lead's figures take the credit given in the paragraph right after it;</li>
 *   <li>else the article's own credit: an agency dateline ("BEIJING (Reuters) -", "(Bloomberg)
 *       --"), a "Source: …" line, a closing line ("The statistics come from the ACEA"), a news
 *       outlet credited in the lead of a rewrite ("According to a report by Bloomberg"), or, where
 *       the figures "were published by the respective companies", the company each sentence is about.</li>
 * </ol>
 *
 * <pre>{@code
 * List<Figure> credited = new CreditResolver(Lexicon.get()).resolve(annotated, figures);
 * }</pre>
 */
final class CreditResolver {

  /**
   * "the data", "The statistical office", "the London-based firm", "the association": a source named before;
   * "the US Geological Survey" is a name (its words are capitalized), no reference back.
   */
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "(?i)^(?:the|this|that|these|those|its|their)\\s+(?:same\\s+|latest\\s+|new\\s+)?(?:(?-i:\\p{Ll}[\\p{L}-]*|\\p{L}+-\\p{Ll}[\\p{L}-]*)\\s+){0,2}?"
          + "(report|analysis|data|figures|statistics|numbers|survey|study|outlook|agency|ministry|administration|document"
          + "|release|estimates?|note|research|article|company|group|association|office|firm|bureau|body|consultancy|tracker"
          + "|commission|committee|council|authority|institute|alliance|chamber|federation|automaker|carmaker|miner|producer|maker"
          + "|entity|entities|bodies|organi[sz]ations?)$");
  /**
   * "These figures from Eurostat suggest", "the latest data"; or a sentence that opens on the data without an article
   * ("Official data from the country’s Ministry of Mines and Geology, obtained by Reuters, underscores …", "Data from the
   * China Passenger Car Association showed …").
   */
  private static final Pattern DATA_REFERENCE = Pattern.compile(
      "(?i)(?:\\b(?:these|those|the|such)\\s+|^\\s*)(?:latest\\s+|new\\s+|official\\s+|preliminary\\s+)?(?:figures|data|numbers|statistics)\\b");
  private static final Pattern THIS_ACCORDING = Pattern.compile("(?i)^(?:this|that|these|those)\\s*,?\\s+(?:is\\s+)?according\\s+to\\b");
  private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:he|she)$");
  /** A one-word name of four to twelve letters, capitalized: "Statin", "STATIN". */
  private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}\\p{L}{3,11}");
  private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");
  /**
   * "Senior mining official", "The founder and CEO of … Li Auto": a person described, not named; "official" as a noun only
   * ("official figures", "the official INE statistics agency" describe records and bodies).
   */
  private static final Pattern DESCRIBED_PERSON = Pattern.compile(
      "(?i)^(?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:official(?!\\s+(?!(?:of|at|for|from|with|in|on|to|who|and)\\b)\\p{L})"
          + "|ceo|chief executive|founder(?:\\s+and\\s+ceo)?|chairman|chairwoman|president|minister|spokes(?:man|woman|person)|director(?: general)?)\\b(?-i:(?!\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}))");
  /** "Aug 20", "Dec. 3", "10 February", "May 17, 2023": the date of a dateline. */
  private static final String DATELINE_DATE = ",\\s+(?:\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{Lu}\\p{L}{2,8}\\.?)(?:,?\\s+\\d{4})?\\.?";
  /** "(Reuters)", "(dpa-AFX)": a name with a capital letter in brackets. */
  private static final String AGENCY = "\\((?<%s>(?=[^)]{0,30}\\p{Lu})\\p{L}[\\p{L}.&' -]{1,30})\\)";
  /**
   * A wire's dateline: "BEIJING (Reuters) -", "BEIJING, Aug 20 (Reuters) -", "(Bloomberg) --", "KUALA LUMPUR (dpa-AFX) -";
   * with a date the place may be written in mixed case and the dash may be missing, as agencies' own house styles
   * and republishers write it: "Beijing, 10 February (Argus) —", "Beijing, 10 February (Argus)" on a line of its own,
   * "Seoul, Oct 13 (IANS) LG Energy Solution …"; TASS's "MOSCOW, May 17. /TASS/.".
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:(?:[\\p{Lu}][\\p{Lu}/ .,'’-]{1,40}(?:" + DATELINE_DATE + ")?\\s*)?" + AGENCY.formatted("wire") + "\\s*(?:[-–—]{1,2}|:)"
          + "|(?:[\\p{Lu}][\\p{Lu}/ .,'’-]{1,40}|\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2})" + DATELINE_DATE + "\\s*"
          + AGENCY.formatted("dated") + "(?:\\s*(?:[-–—]{1,2}|:)|\\s*$|\\s+(?=\\p{Lu}))"
          + "|[\\p{Lu}][\\p{Lu} .'’-]{1,40}" + DATELINE_DATE + "\\s*/(?<slashed>\\p{Lu}{2,10})/)");
  /** The cue of a story's credit line ({@link CreditLines}). */
  private static final String CREDIT_LINE = "credit line";
  private static final Pattern INLINE_SOURCE = Pattern.compile("(?i)\\(\\s*sources?\\s*:\\s*([^()\\n]{2,60})\\)");
  /** "Reuters with additional editing by Jim Pollard", "(Reporting by …; Editing by …)" is no credit. */
  private static final Pattern WIRE_CLOSING = Pattern.compile("^(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)\\s+with\\s+additional\\s+(?:editing|reporting|writing)\\s+by\\b");
  private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^\\(?sources?\\s*:\\s*([^\\n]{2,80}?)\\)?\\.?$");
  /** "The statistics come from the ACEA – …", "The data are from Eurostat." */
  private static final Pattern CLOSING_CREDIT = Pattern.compile(
      "(?i)^(?:the|these|all)\\s+(?:statistics|data|figures|numbers)\\s+(?:come|comes|came|are|were)\\s+from\\s+(.+?)(?:\\s+[-–—]\\s.*|[,.].*)?$");
  /** "All figures were published … by the respective companies." */
  private static final Pattern BY_COMPANIES = Pattern.compile(
      "(?i)\\b(?:published|released|reported|announced)\\b[^.]*\\bby\\s+the\\s+(?:respective|individual)\\s+(?:companies|automakers|carmakers|makers|firms)\\b");
  /** A sentence that continues the one before it: "Among them, …", "Overall, …". */
  private static final Pattern CONTINUATION = Pattern.compile(
      "(?i)^(?:among them|of (?:this|that|these|them|the total)|in total|in all|in addition|additionally)\\b.*");
  private static final Pattern ORG_WORD = Pattern.compile(
      "\\b(?:Association|Agency|Ministry|Office|Bureau|Administration|Group|Council|Commission|Institute|Motion|Automotive"
          + "|Intelligence|Markets?|Research|Statistics|Survey|Customs|Corp|Inc|Ltd|Co|Holdings|Solutions|Partners|News|Times)\\b");

  private final Lexicon lexicon;
  private final AttributionFinder finder;
  private final PhraseMatcher<String> companies;
  private final Disclosures disclosures = Disclosures.get();

  CreditResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.finder = new AttributionFinder(lexicon);
    Map<String, String> forms = new LinkedHashMap<>();
    for (var row : Tsv.read("companies.tsv")) forms.putIfAbsent(row.get("form"), row.get("form"));
    this.companies = new PhraseMatcher<>(forms);
    this.researchBodies = lexicon.researchBodies();
  }

  /** Analysts and price reporters (organizations.tsv type research): a page they publish states their own assessments. */
  private final java.util.Set<String> researchBodies;

  /** How far a credit reaches. */
  private enum Reach {
    /** A data source or an organization: runs on over later paragraphs. */
    DATA,
    /** A person's indirect speech: the rest of its paragraph. */
    PERSON,
    /** A phrase naming nobody: stops what ran before. */
    NOBODY
  }

  /** A credit given in a sentence: the attribution as named, the words as written, its reach and where it is. */
  private record Credit(Attribution attribution, String written, Reach reach, int paragraph, String company) {}

  /** A direct quote's range in the article text and its speaker, if the text names one. */
  record Quote(int start, int end, Speaker speaker) {}

  /** The figures with their final credits, in the same order. */
  List<Figure> resolve(AnnotatedArticle annotated, List<Figure> figures) {
    Article article = annotated.article();
    String text = article.text();
    // The names this page calls news outlets (DescribedOutlets): passed down, not kept on the resolver, which ingests share
    // between threads (review32a: was a ThreadLocal).
    java.util.Set<String> outlets = DescribedOutlets.named(text);
    Map<String, String> acronyms = Credits.acronyms(article.text());
    // "energy storage systems (ESSs)", "mixed rare earth carbonate (MREC)": short forms of things, which own no document.
    java.util.Set<String> things = new java.util.HashSet<>();
    Matcher thing = THING_ACRONYM.matcher(article.text());
    while (thing.find()) things.add(thing.group(1));
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : quotes(article, TagReferents.people(annotated))) {
      // A quoted body by the name the article gives it ("The MGB" → "the Mines and Geosciences Bureau").
      String body = q.speaker() == null ? null : organizationSpeaker(q.speaker().name(), acronyms);
      // "the World Bank said": a body's name as the article writes it, with its article, as sources keep it.
      if (body != null && !body.isEmpty() && Character.isUpperCase(body.charAt(0)) && article.text().contains("the " + body)) body = "the " + body;
      quotes.add(body == null || body.isBlank() ? q : new Quote(q.start(), q.end(), new Speaker(body, null, null)));
    }
    Attribution articleCredit = articleCredit(article, acronyms);
    // With an article credit (a wire's dateline), another company's figures no sentence credits are the wire's. A credit line
    // ("Copyright Reuters, 2015", "- Mining Weekly") only covers what nothing else credits: the sources the text runs stay.
    boolean wireCredit = articleCredit != null && !CREDIT_LINE.equals(articleCredit.cue());
    // "All figures were published by the respective companies", "Li Auto, XPeng and Nio released their May delivery figures".
    boolean byCompanies = BY_COMPANIES.matcher(article.text()).find() || disclosures.companiesPublishTheirOwn(article.text());
    Matcher office = CUSTOMS_OFFICE.matcher(article.text());
    String customsOffice = office.find() ? office.group() : null;

    List<Credit> seen = new ArrayList<>();
    Map<String, Credit> ofMeasure = new HashMap<>();
    Credit running = null;
    // Whether the sentence that gave the running credit holds a direct quote or states figures: a quote's words end with the
    // quote, a speaker's sentence of figures with its paragraph (SpeechRuns).
    boolean runningClosed = false;
    // Whether the speaker running gave figures in his own paragraph (his sentence, the sentences his tag introduces there, or a
    // tag ending in a colon): only then is his the page's account over later paragraphs (SpeechRuns, round 36).
    boolean runningReported = false;
    // The paragraph that gave the running credit: a speaker's run re-stamps running's paragraph as it goes on, so his own paragraph
    // is kept here (review of round 36).
    int runningOrigin = -1;
    Credit lastData = null;
    Credit described = null;
    int sentencesSince = 0;
    Credit firstCredit = null;
    String lastCompany = null;
    // The company whose own document ("a stock filing", "its filing") a credit may name: the latest one the text names.
    String lastOwner = article.title() == null ? null : ownerOf(article.title());
    List<Integer> leadFigures = new ArrayList<>();
    // The standfirst and the lead: the first two body paragraphs that hold figures. A standfirst is one sentence; after a
    // first paragraph of several sentences the next paragraph is body, not lead (the first alone is the lead).
    List<Integer> leadParagraphs = new ArrayList<>();
    Map<Integer, Integer> sentencesOf = new HashMap<>();
    for (Sentence s : annotated.sentences()) sentencesOf.merge(paragraphOf(article, s.start()), 1, Integer::sum);
    // The page's first body paragraph: the lead opens the page (LeadParagraphs).
    int firstBody = 0;
    while (firstBody < article.paragraphs().size() && article.paragraphs().get(firstBody).kind() == Paragraph.Kind.HEADING) firstBody++;
    java.util.Set<Integer> figureParagraphs = new java.util.HashSet<>();
    for (Figure f : figures) figureParagraphs.add(paragraphOf(article, f.evidence().start()));
    int quiet = 0;
    // "…, the government said" then "…, the official INE statistics agency said": the vague official credit, the figures it
    // gave, and how many sentences ago; the public body named within the next two sentences is its source.
    Credit vague = null;
    int vagueSince = 0;
    List<Integer> vagueFigures = new ArrayList<>();
    boolean creditedParagraph = false;
    // A credit for a policy act ("the Namibian government announced an export ban"), given by a sentence of no figure: it covers
    // its own paragraph only (PolicyActs).
    Credit act = null;
    int actParagraph = -1;
    List<Attribution> result = new ArrayList<>();
    // The debug dump's record (ContextDump): the rule that chose each figure's credit, and what each sentence credits.
    List<String> rules = new ArrayList<>();
    List<String> runningAt = new ArrayList<>();
    List<Integer> figureSentences = new ArrayList<>();
    List<List<String>> sentenceCredits = new ArrayList<>();
    List<Integer> sentenceParagraphs = new ArrayList<>();
    List<Boolean> sentenceNames = new ArrayList<>();
    // The organizations and persons each sentence names, by their token runs ("Honda Vietnam", "NextSource Materials"), and the
    // reach of the credit running at each figure: whether a new actor in the figure's sentence stops a carried credit (round 35).
    List<List<String>> sentenceEntities = new ArrayList<>();
    List<String> runningReach = new ArrayList<>();
    // Each sentence's credits as written ("as per data", "according to reports"): which phrase named nobody.
    List<List<String>> sentenceWritten = new ArrayList<>();
    int next = 0;
    int lastParagraph = -1;
    for (Sentence s : annotated.sentences()) {
      int paragraph = paragraphOf(article, s.start());
      boolean heading = paragraph >= 0 && article.paragraphs().get(paragraph).kind() == Paragraph.Kind.HEADING;
      if (paragraph != lastParagraph && lastParagraph >= 0 && article.paragraphs().get(lastParagraph).kind() != Paragraph.Kind.HEADING) {
        // In an article with its own credit (a rewrite "…, Nikkei Asia reported"), two body paragraphs in a row with no
        // figure and no credit close the data section: its source runs no further, the article's credit takes over.
        quiet = figureParagraphs.contains(lastParagraph) || creditedParagraph ? 0 : quiet + 1;
        if (quiet >= 2 && wireCredit) {
          // The source of a measure still covers that measure ("For the first seven months, … exports totaled …").
          running = null;
          lastData = null;
        }
      }
      if (paragraph != lastParagraph) creditedParagraph = false;
      List<Credit> own = new ArrayList<>();
      // Owners of records ("Visible Alpha’s consensus forecast of") and agents of a figure's participle ("786,731 tonnes announced
      // by Bank of Zambia"): they credit their own figures only and run on to no other sentence.
      List<Credit> scoped = new ArrayList<>();
      List<int[]> sentenceFigures = new ArrayList<>();
      for (int i = next; i < figures.size() && figures.get(i).evidence().start() < s.end(); i++) {
        sentenceFigures.add(new int[] {figures.get(i).evidence().start() - s.start(), figures.get(i).evidence().end() - s.start()});
      }
      String owner = ownerOf(s, things);
      if (owner != null) lastOwner = owner;
      List<Credit> selfNamed = new ArrayList<>();
      // Where a back-reference may find the data's owner a lead named (AnnouncedOwners): this paragraph and the two before.
      int windowStart = paragraph < 0 ? s.start() : article.paragraphs().get(Math.max(0, paragraph - 2)).start();
      for (Attribution a : finder.find(s.text(), s.start())) {
        // "“The numbers today show that …,” commented ACEA Director General …": words inside a quote credit nobody.
        if (a.speaker() == null && insideQuote(quotes, a.start())) continue;
        Credit c = credit(a, s, paragraph, seen, acronyms, customsOffice, lastOwner, text, windowStart);
        if (c == null) continue;
        // "…, QazMonitor reports" on QazMonitor's page: the page's own voice names no source (SelfReports).
        if (c.reach() == Reach.DATA && SelfReports.namesPublisher(c.attribution().source(), article) && !researchBody(c.attribution().source())) {
          selfNamed.add(new Credit(a, c.written(), Reach.NOBODY, paragraph, c.company()));
          continue;
        }
        boolean ownFigures = OwnedRecords.CUE.equals(a.cue()) || ForecastRevisions.CUE.equals(a.cue()) || StatedPlans.CUE.equals(a.cue()) || PassiveAgents.attachedTo(s.text(), a.cue(), a.start() - s.start(), sentenceFigures) >= 0;
        (ownFigures ? scoped : own).add(c);
      }
      // The publisher alone ("…, Trend reports."): nobody, which stops what ran before; beside a named body ("the committee
      // said, Trend reports citing Uzdaily"), that body.
      if (own.isEmpty() && scoped.isEmpty()) own.addAll(selfNamed);
      if (ContextDump.CREDITS.on()) {
        List<String> names = new ArrayList<>();
        for (Credit c : own) names.add(c.reach() == Reach.NOBODY ? "" : c.attribution().display());
        for (Credit c : scoped) names.add(c.reach() == Reach.NOBODY ? "" : c.attribution().display());
        sentenceCredits.add(names);
        List<String> written = new ArrayList<>();
        for (Credit c : own) written.add(c.written());
        for (Credit c : scoped) written.add(c.written());
        sentenceWritten.add(written);
        sentenceParagraphs.add(paragraph);
        sentenceNames.add(s.tokens().stream().anyMatch(t -> t.isEntity("ORGANIZATION") || t.isEntity("PERSON")));
        sentenceEntities.add(entityRuns(s));
      }
      if (!own.isEmpty()) creditedParagraph = true;
      vagueSince++;
      Credit body = vague == null || vagueSince > 2 ? null : own.stream().filter(c -> namedPublicBody(c)).findFirst().orElse(null);
      if (body != null) {
        for (int i : vagueFigures) {
          result.set(i, body.attribution().carriedOver());
          if (ContextDump.CREDITS.on()) rules.set(i, "vague-body");
        }
        if (running == vague) {
          running = body;
          runningOrigin = body.paragraph();
        }
        final Credit named = body;
        final Credit stood = vague;
        ofMeasure.replaceAll((measure, c) -> c == stood ? named : c);
        vague = null;
      }
      Credit vagueHere = own.stream().filter(c -> VAGUE_OFFICIAL.matcher(c.written().strip()).matches()).findFirst().orElse(null);
      if (vagueHere != null) {
        vague = vagueHere;
        vagueSince = 0;
        vagueFigures.clear();
      }
      String company = companyOf(s.text());
      if (company != null) lastCompany = company;
      sentencesSince++;
      // A person's words cover the sentences that continue them ("Among them, …") and run on as SpeechRuns says (the rest of
      // the paragraph; later paragraphs while no data source ran before; a paragraph opening "He projected …"), then the data
      // source runs on; a phrase naming nobody stops the run for its paragraph.
      if (act != null && paragraph != actParagraph) {
        if (running == act) running = null;
        if (lastData == act) lastData = null;
        act = null;
      }
      if (running != null && running.reach() == Reach.PERSON && !CONTINUATION.matcher(s.text()).matches()) {
        // Whether the text credited another source before the speaker (that source, or the words naming nobody, ran first);
        // a direct quote's speaker counts as one too: his words end with the quote.
        final Credit speaker = running;
        boolean sourceBefore = seen.stream().anyMatch(c -> c.attribution().start() < speaker.attribution().start()
            && !nameOf(c.attribution()).equals(nameOf(speaker.attribution())));
        if (!SpeechRuns.continues(running.paragraph(), paragraph, sourceBefore || runningClosed, runningReported, paragraph != lastParagraph, s.text())) running = lastData;
        else if (running.paragraph() != paragraph) running = new Credit(running.attribution(), running.written(), running.reach(), paragraph, running.company());
      }
      if (running != null && running.reach() == Reach.NOBODY && paragraph != lastParagraph) running = lastData;
      boolean statesFigures = next < figures.size() && figures.get(next).evidence().start() < s.end();
      boolean worldShares = false;
      for (; next < figures.size() && figures.get(next).evidence().start() < s.end(); next++) {
        Figure f = figures.get(next);
        worldShares |= worldShare(f);
        if (leadParagraphs.size() < 2 && !heading && !leadParagraphs.contains(paragraph)
            && (leadParagraphs.isEmpty() || sentencesOf.get(leadParagraphs.get(0)) == 1)
            && LeadParagraphs.opens(leadParagraphs, paragraph, firstBody)) leadParagraphs.add(paragraph);
        Attribution a = null;
        Quote q = quoteOf(quotes, f);
        if (q != null && q.speaker() != null) {
          a = new Attribution(null, q.speaker(), "said", f.evidence().start(), f.evidence().start(), q.start() < s.start());
        }
        // A credit of this figure alone ("40 cents forecast by analysts": nobody) is its credit, and no measure's.
        Credit record = a != null || q != null ? null : scopedCredit(scoped, own, f, s, sentenceFigures);
        Credit mine = a != null ? null : record != null ? record : nearest(own, f, q != null, outlets);
        String rule = a != null ? "quote" : mine == null ? "none" : mine == record ? "scoped" : mine.reach() == Reach.NOBODY ? "own-nobody" : "own";
        if (ContextDump.CREDITS.on()) {
          figureSentences.add(sentenceCredits.size() - 1);
          runningAt.add(running == null || running.reach() == Reach.NOBODY ? null : running.attribution().display());
          runningReach.add(running == null ? null : running.reach().name());
        }
        String dataset = f.measure() == null ? null : Regexes.replaceFirst(f.measure(), " to rest of world$", "");
        if (a == null && mine != null) {
          a = mine.reach() == Reach.NOBODY ? null : mine.attribution();
          // "…, according to newly released figures": the lead's record names its source in the paragraph after it (UnnamedRecords).
          if (a == null && firstCredit == null && running == null && q == null && leadParagraphs.contains(paragraph) && UnnamedRecords.isRecord(mine.written())) {
            leadFigures.add(next);
          }
          if (dataset != null && mine.reach() != Reach.PERSON && mine != record) ofMeasure.put(dataset, mine);
        } else if (a == null && !heading && !worldShare(f)
            // "Shares tumbled 10 per cent": the market's figure continues no credit (SharePrices).
            && !SharePrices.moves(f.evidence().sentence(), f.evidence().start() - f.evidence().sentenceStart())
            // "The most-active lithium carbonate contract dropped 9% to 91,020 yuan": the futures market's price (FuturesPrices).
            && !((isPrice(f) || f.kind() == Kind.CHANGE) && FuturesPrices.quotes(f.evidence().sentence(), f.evidence().start() - f.evidence().sentenceStart()))
            // "Tin slipped $45 to $8,950" further down a report that named the LME: the market's price too.
            && !FuturesPrices.reportMove(article.text(), f.evidence().sentenceStart(), f.evidence().sentence(),
                f.evidence().start() - f.evidence().sentenceStart())) {
          // The source credited for the same measure first ("August shipments were still 31% lower" after
          // an SMM price: the customs data), else the credit that runs on.
          Credit carried = null;
          if (dataset != null && ofMeasure.containsKey(dataset) && !otherCompany(ofMeasure.get(dataset), company, s.text(), wireCredit || isCompany(ofMeasure.get(dataset).attribution().source()), article)) {
            carried = ofMeasure.get(dataset).reach() == Reach.NOBODY ? null : ofMeasure.get(dataset);
          } else if (running != null && running.reach() != Reach.NOBODY && !otherCompany(running, company, s.text(), wireCredit || isCompany(running.attribution().source()), article)) {
            carried = running;
          }
          // A policy's rate is no data of the record, data firm or company running on (RateCredits).
          // A company's statement compiles its results; a speaker's ("Anucha said") may be an official's, who keeps the rates he states.
          if (carried != null && compiledRate(f, figures, carried)) carried = null;
          // A record's credit (by the name it resolves to: "SMMT figures" is the SMMT's) runs over its data, not over an outlook after it (RecordOutlooks).
          if (carried != null && carried == running && RecordOutlooks.stops(carried.attribution().display(), s.text())) carried = null;
          // The writer's own arithmetic ("By our maths, …", "calculated as the difference …") is no datum of the source before it;
          // inside a direct quote "our estimates" are the speaker's, not the writer's.
          if (carried != null && q == null && WriterComputations.marks(s.text())) carried = null;
          // Who owns or runs an asset ("The Samruk-Kazyna State Fund owns 81.2% of Kazatomprom shares") is background, no datum of
          // the source before (OwnershipFacts).
          if (carried != null && q == null && OwnershipFacts.states(s.text())) carried = null;
          // A company's credit does not cover a sentence about a country or region ("China imports around 8 million metric tons
          // each year" after the miner's investment): the place's own figures, told by the writer (PlaceActors).
          if (carried != null && q == null && companyCredit(carried, seen) && !namesCompany(s.text(), carried) && PlaceActors.subject(s, nameOf(carried.attribution()))) carried = null;
          if (carried != null) {
            a = carried.attribution().carriedOver();
            rule = carried == running ? "running" : "measure";
            if (carried == running && carried.reach() == Reach.PERSON && runningOrigin == paragraph) runningReported = true;
          }
          else if (firstCredit == null && running == null && q == null && leadParagraphs.contains(paragraph)) leadFigures.add(next);
        }
        if (vague != null && (mine == vague || mine == null && a != null && a.start() == vague.attribution().start())) vagueFigures.add(result.size());
        if (a == null && byCompanies && q == null && !heading && (company != null || lastCompany != null)) {
          String c = company != null ? company : lastCompany;
          a = new Attribution(c, null, "published", f.evidence().start(), f.evidence().start(), company == null);
          rule = "companies";
        }
        result.add(a);
        if (ContextDump.CREDITS.on()) rules.add(rule);
      }
      // The writer's overview of the entries after it ("Here's a brief overview of the 10 countries …"), naming no source, stops the
      // credit running before it: the entries are the writer's (ListOverviews).
      if (own.isEmpty() && scoped.isEmpty() && ListOverviews.announces(s.text())) {
        running = null;
        lastData = null;
        ofMeasure.clear();
      }
      // "…the strategic pull on rare earth supply chains. This, according to news from X": the credit
      // covers what came before it in its paragraph, and runs no further.
      if (!own.isEmpty() && THIS_ACCORDING.matcher(s.text()).find()) {
        for (int i = result.size() - 1; i >= 0; i--) {
          if (paragraphOf(article, figures.get(i).evidence().start()) != paragraph) break;
          if (result.get(i) == null && own.get(0).reach() != Reach.NOBODY) {
            result.set(i, own.get(0).attribution().carriedOver());
            if (ContextDump.CREDITS.on()) rules.set(i, "this-according");
          }
        }
        seen.addAll(own);
        lastParagraph = paragraph;
        continue;
      }
      // An aside: a source credited for background shares of world supply ("China accounts for approximately 70% of global
      // mining, as reported by the U.S. Geological Survey"), or a forecaster's outlook told amid the statistics a data source
      // is running ("State copper commission Cochilco has forecast that Chile will produce 6 million tonnes"). It credits its
      // own sentence; the credit that ran before runs on after it, and the lead takes no credit from it.
      // Likewise an outlet retelling the source that runs ("…, the company said in a regulatory filing" … "Sales rose 89.9
      // percent to 7.64 trillion won, reports Yonhap news agency."): the outlet credits its sentence, the source runs on.
      boolean aside = !own.isEmpty() && own.stream().allMatch(c -> c.reach() == Reach.DATA)
          && (worldShares || running != null && running.reach() == Reach.DATA
              // (amid another forecaster's outlook, the next forecaster's runs on: "Rystad Energy sees …" then "Goldman Sachs sees …")
              && (!FORECAST.matcher(running.attribution().cue()).matches() && own.stream().allMatch(c -> FORECAST.matcher(c.attribution().cue()).matches())
                  || !isNewsOutlet(running.attribution().source()) && own.stream().allMatch(c -> retelling(c, text))));
      if (aside) {
        seen.addAll(own);
        lastParagraph = paragraph;
        continue;
      }
      if (!own.isEmpty()) {
        Credit last = own.get(own.size() - 1);
        // "…, the company said in a regulatory filing, reports Yonhap news agency": the company's figures run on, not the outlet's.
        if (retelling(last, text)) last = own.stream().filter(c -> !retelling(c, text)).reduce((a, b) -> b).orElse(last);
        // "…, according to figures published by the country's Ministry of Energy and Mines, state-run media Vientiane Times
        // reported": the ministry's figures run on, not the outlet's that relays them (DescribedOutlets). A wire of the lexicon keeps
        // its run ("The White House said …, according to The Guardian" then "Persons in the know informed the publication …":
        // the paper's report goes on, f2-e-09).
        if (last.reach() == Reach.DATA && describedOutlet(last.attribution().source(), outlets)) {
          last = own.stream().filter(c -> relayedSource(c, outlets)).reduce((a, b) -> b).orElse(last);
        }
        if (!last.attribution().cue().equals("-")) {
          running = last;
          runningOrigin = paragraph;
          // A tag that states no figure introduces the figures after it; a sentence of figures ("…, Chairman Maximo Pacheco said")
          // gives his own, and the page's figures after it are the writer's.
          // The page's lead relaying one person's statement ("Bayo Onanuga, Special Adviser …, confirms that …" as the page's first
          // credit): his account is the page's, and runs on over the later paragraphs like a tag's (LeadStatements).
          runningReported = statesFigures || SpeechRuns.introduces(s.text());
          runningClosed = QUOTE_MARK.matcher(s.text()).find()
              || statesFigures && !LeadStatements.relays(last.reach() == Reach.PERSON, firstCredit == null && seen.isEmpty(), leadParagraphs.contains(paragraph),
                  s.text().substring(Math.max(0, Math.min(s.text().length(), last.attribution().start() - s.start()))));
          if (!statesFigures && PolicyActs.tells(s.text())) {
            act = last;
            actParagraph = paragraph;
          }
        }
        boolean original = own.stream().anyMatch(c -> c.reach() == Reach.DATA && !retelling(c, text));
        boolean relayed = own.stream().anyMatch(c -> relayedSource(c, outlets));
        for (Credit c : own) {
          if (c.reach() == Reach.DATA && !(original && retelling(c, text)) && !(relayed && describedOutlet(c.attribution().source(), outlets))) lastData = c;
        }
        // A source named after "Reports now surfaced that …" covers the measures those reports stated.
        if (own.stream().anyMatch(c -> c.reach() == Reach.DATA)) ofMeasure.values().removeIf(c -> c.reach() == Reach.NOBODY);
        // "a senior mining official told parliament" … "ministry director general Bambang Suswantono said":
        // the description is the person named next.
        Credit named = own.stream().filter(c -> (c.reach() == Reach.PERSON || official(c)) && !described(c.written())).findFirst().orElse(null);
        if (described != null && named != null && sentencesSince <= 2) {
          // Figures outside the quote credit the person without making them its speaker.
          Attribution n = named.attribution();
          Attribution person = n.speaker() == null ? n.carriedOver() : new Attribution(n.speaker().name(), null, n.cue(), n.start(), n.end(), true);
          for (int i = 0; i < result.size(); i++) {
            if (result.get(i) != null && result.get(i).start() == described.attribution().start()) {
              result.set(i, person);
              if (ContextDump.CREDITS.on()) rules.set(i, "described");
            }
          }
          described = null;
        }
        Credit description = own.stream().filter(c -> c.reach() == Reach.PERSON && described(c.written())).findFirst().orElse(null);
        if (description != null) {
          described = description;
          sentencesSince = 0;
        }
        seen.addAll(own);
        if (firstCredit == null) {
          firstCredit = own.stream().filter(c -> c.reach() != Reach.NOBODY).findFirst().orElse(null);
          // The lead's figures take a data source's credit given later in the lead or in the paragraph right after
          // it; a company's report covers its own sentence only ("selling half a million vehicles. BYD reported …").
          // A company's own document (its filing) covers all its results, those stated before the credit included.
          // A company no list names is known by its statement's form ("the company noted", "Glencore said": CompanyStatements).
          if (firstCredit != null && firstCredit.reach() == Reach.DATA
              && (!isCompany(firstCredit.attribution().source()) && !companyStatement(firstCredit) || disclosures.isDocument(firstCredit.written()))) {
            for (int i : leadFigures) {
              int p = paragraphOf(article, figures.get(i).evidence().start());
              // In the credit's own paragraph only when its sentence is about the figures: it states one ("…, a 17.5% increase,
              // as reported by the General Administration of Customs") or names them ("These figures from Eurostat suggest").
              boolean aboutFigures = statesFigures || DATA_REFERENCE.matcher(s.text()).find();
              // A policy's rate in the lead is no datum of the record or company credited after it (RateCredits), as when carried.
              if ((p == paragraph - 1 || p == paragraph && aboutFigures) && result.get(i) == null && !compiledRate(figures.get(i), figures, firstCredit)) {
                result.set(i, firstCredit.attribution().carriedOver());
                if (ContextDump.CREDITS.on()) rules.set(i, "lead");
              }
            }
          }
          // A lead's record that names no source leaves the lead open to the credit of the paragraph after it.
          if (firstCredit == null && !own.stream().allMatch(c -> c.reach() == Reach.NOBODY && UnnamedRecords.isRecord(c.written()))) firstCredit = last;
        }
      }
      lastParagraph = paragraph;
    }
    for (; next < figures.size(); next++) {
      result.add(null);
      if (ContextDump.CREDITS.on()) {
        rules.add("none");
        runningAt.add(null);
        runningReach.add(null);
        figureSentences.add(-1);
      }
    }
    // A lead's amount a named speaker's quote states again is the speaker's (RestatedQuotes).
    for (int i : RestatedQuotes.credit(figures, result, f -> { Quote q = quoteOf(quotes, f); return q == null ? null : q.speaker(); })) {
      if (ContextDump.CREDITS.on()) rules.set(i, "restated");
    }

    // Read at the first uncredited price only: the publisher's name normalized cost 1% of the rules' time on every page (perf36).
    Attribution ownAssessment = null;
    boolean assessed = false;
    // A page whose body credits none of its figures, and no line credits the page: the source its headline names
    // (HeadlineSources, credit34a).
    Attribution headline = articleCredit == null && result.stream().allMatch(java.util.Objects::isNull) ? headlineCredit(article, acronyms) : null;
    // "quoted at 172,500 RMB/metric ton-degree, up 20.8% from the beginning of the year": the change of a price is a price figure.
    java.util.Set<Integer> priceSentences = new java.util.HashSet<>();
    for (Figure f : figures) if (isPrice(f)) priceSentences.add(f.evidence().sentenceStart());
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      Attribution a = result.get(i);
      boolean price = isPrice(f) || f.kind() == Kind.CHANGE && priceSentences.contains(f.evidence().sentenceStart());
      if (a == null && price && quoteOf(quotes, f) == null) {
        if (!assessed) {
          ownAssessment = ownAssessment(article);
          assessed = true;
        }
        if (ownAssessment != null) {
          a = ownAssessment;
          if (ContextDump.CREDITS.on()) rules.set(i, "own-assessment");
        }
      }
      if (a == null && articleCredit != null && quoteOf(quotes, f) == null) {
        a = articleCredit;
        if (ContextDump.CREDITS.on()) rules.set(i, "article");
      }
      if (a == null && headline != null && quoteOf(quotes, f) == null) {
        a = headline;
        if (ContextDump.CREDITS.on()) rules.set(i, "headline");
      }
      // One last step for every credit: a short form the page spells out is named in full, whichever rule chose it (credit29a).
      if (a != null && a.source() != null) {
        String full = Credits.fullName(a.source(), acronyms);
        if (!full.equals(a.source())) a = new Attribution(full, a.speaker(), a.cue(), a.start(), a.end(), a.carried(), a.via());
      }
      if (ContextDump.CREDITS.on()) {
        dump(article, f, a, rules.get(i), runningAt.get(i), figureSentences.get(i), quoteOf(quotes, f), articleCredit, sentenceCredits,
            sentenceParagraphs, sentenceNames, sentenceWritten, sentenceEntities, runningReach.get(i));
      }
      out.add(java.util.Objects.equals(a, f.attribution()) ? f : new Figure(f.quantity(), f.kind(), f.basis(), f.direction(),
          f.period(), f.measure(), f.place(), a, f.evidence(), f.fromLevel(), f.toLevel()));
    }
    return out;
  }

  /** The sentence's runs of ORGANIZATION and PERSON tokens, each as "TOKEN-INDEX:TYPE:WORDS" (the debug dump's). */
  private static List<String> entityRuns(Sentence s) {
    List<String> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String type = tokens.get(i).ner();
      if (!type.equals("ORGANIZATION") && !type.equals("PERSON")) continue;
      int j = i;
      StringBuilder words = new StringBuilder(tokens.get(i).word());
      while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(type)) words.append(' ').append(tokens.get(++j).word());
      out.add(i + ":" + type + ":" + words);
      i = j;
    }
    return out;
  }

  /** The source or speaker an attribution names ("" for neither). */
  private static String nameOf(Attribution a) {
    return a.source() != null ? a.source() : a.speaker() == null ? "" : a.speaker().name();
  }

  /**
   * One figure's line of the debug dump: the credit chosen and its rule, and the credits of its own sentence, the sentences
   * before and after it, its paragraph, the nearest earlier credit (with its distance and whether a sentence between names
   * an organization or a person), the page's credit and the open quote's speaker. A credit naming nobody is written "".
   */
  private static void dump(Article article, Figure f, Attribution chosen, String rule, String running, int sentence, Quote quote,
      Attribution articleCredit, List<List<String>> credits, List<Integer> paragraphs, List<Boolean> names, List<List<String>> written,
      List<List<String>> entities, String runningReach) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("doc", article.docName());
    line.put("quote", f.evidence().quote());
    line.put("sentence", f.evidence().sentence());
    line.put("kind", f.kind().label());
    line.put("measure", f.measure());
    line.put("unit", f.quantity().unit());
    line.put("period", f.period());
    line.put("sentence_index", sentence);
    int paragraph = sentence < 0 ? -1 : paragraphs.get(sentence);
    line.put("paragraph_index", paragraph);
    // As the figure's record states it (FigureRecord): the source, else the speaker's name.
    line.put("chosen", chosen == null ? null : chosen.source() != null ? chosen.source() : chosen.speaker().name());
    line.put("rule", rule);
    line.put("running", running);
    line.put("in_quote", quote != null);
    line.put("quote_speaker", quote == null || quote.speaker() == null ? null : quote.speaker().name());
    line.put("own", sentence < 0 ? List.of() : credits.get(sentence));
    line.put("own_written", sentence < 0 ? List.of() : written.get(sentence));
    line.put("prev", sentence <= 0 ? List.of() : credits.get(sentence - 1));
    line.put("prev_same_paragraph", sentence > 0 && paragraphs.get(sentence - 1) == paragraph);
    line.put("next", sentence < 0 || sentence + 1 >= credits.size() ? List.of() : credits.get(sentence + 1));
    line.put("next_same_paragraph", sentence >= 0 && sentence + 1 < credits.size() && paragraphs.get(sentence + 1) == paragraph);
    List<String> inParagraph = new ArrayList<>();
    for (int i = 0; i < credits.size(); i++) if (i != sentence && paragraphs.get(i) == paragraph) inParagraph.addAll(credits.get(i));
    line.put("paragraph", inParagraph);
    int before = sentence - 1;
    while (before >= 0 && credits.get(before).isEmpty()) before--;
    line.put("last_before", before < 0 ? List.of() : credits.get(before));
    line.put("last_before_written", before < 0 ? List.of() : written.get(before));
    line.put("last_before_sentences", before < 0 ? null : sentence - before);
    line.put("last_before_paragraphs", before < 0 ? null : paragraph - paragraphs.get(before));
    boolean between = false;
    for (int i = Math.max(0, before + 1); i < sentence; i++) between |= names.get(i);
    line.put("names_between", between);
    line.put("own_names", sentence >= 0 && names.get(sentence));
    line.put("article", articleCredit == null ? null : articleCredit.display());
    line.put("first_sentence_of_paragraph", sentence >= 0 && (sentence == 0 || paragraphs.get(sentence - 1) != paragraph));
    line.put("running_reach", runningReach);
    line.put("entities", sentence < 0 ? List.of() : entities.get(sentence));
    List<String> entitiesBetween = new ArrayList<>();
    for (int i = Math.max(0, before + 1); i < sentence; i++) entitiesBetween.addAll(entities.get(i));
    line.put("entities_between", entitiesBetween);
    ContextDump.CREDITS.write(line);
  }

  /**
   * "the government", "government figures", "official data", "the authorities": an official credit that names no body; the
   * guidelines normalize it to the body the article names ("customs data" → the General Administration of Customs).
   */
  private static final Pattern VAGUE_OFFICIAL = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:(?:latest|new|preliminary|official|government|state)\\s+)*(?:government|authorities|officials)"
          + "|^(?:the\\s+)?(?:(?:latest|new|preliminary)\\s+)*(?:official|government|state)\\s+(?:figures|data|statistics|numbers)"
          + "(?:\\s+(?:released|published|issued)(?:\\s+\\p{L}+)?)?$");
  private static final Pattern PUBLIC_BODY_NAME = Pattern.compile(
      "\\b(?:Institute|Ministry|Bureau|Office|Agency|Administration|Commission|Authority|Department|Statistics|Customs|Council|Board)\\b");

  /** "the National Bureau of Statistics (NBS)", "INE": a public body by its name, the source a vague official credit stands for. */
  private boolean namedPublicBody(Credit c) {
    String source = c.attribution().source();
    if (c.reach() != Reach.DATA || source == null || isNewsOutlet(source) || VAGUE_OFFICIAL.matcher(c.written().strip()).matches()) return false;
    String bare = Regexes.replaceFirst(source, "^(?:the|The)\\s+", "");
    return Character.isUpperCase(bare.charAt(0)) && (PUBLIC_BODY_NAME.matcher(bare).find() || Regexes.matches(bare, "\\p{Lu}{2,8}"));
  }

  /** A credit of one sentence, named and with its reach; back-references resolved against {@code seen}. */
  private Credit credit(Attribution a, Sentence s, int paragraph, List<Credit> seen, Map<String, String> acronyms, String customsOffice,
      String owner, String text, int windowStart) {
    String company = companyOf(s.text());
    if (a.speaker() != null) {
      // "“…,” the MGB said", "Lynas said in a statement": a body's statement runs on like its data, and names the body; an
      // analyst's quoted view ("said research agency BMI") covers its own words only, as a person's does.
      String body = organizationSpeaker(a.speaker().name(), acronyms);
      if (body != null && !researchBodies.contains(body)) return new Credit(new Attribution(body, null, a.cue(), a.start(), a.end(), a.carried()), a.speaker().name(), Reach.DATA, paragraph, company);
      // "Tengku Zafrul said … “range anxiety”": the full name the page gave before (FullNames).
      Speaker sp = a.speaker();
      String full = AttributionFinder.isPersonName(sp.name()) ? FullNames.of(sp.name(), text.substring(0, Math.min(text.length(), s.end()))) : null;
      Attribution person = full == null ? a : new Attribution(a.source(), new Speaker(full, sp.title(), sp.organization()), a.cue(), a.start(), a.end(), a.carried(), a.via());
      return new Credit(person, a.speaker().name(), Reach.PERSON, paragraph, company);
    }
    // "Prime Minister Chris Hipkins said the latest data", "Cox Automotive in a press launch final week": the words up to the name
    // (CreditSpans, credit32a).
    String written = CreditSpans.cut(a.source());
    // "Chart 1 shows", "Figures for June show": a record named by its place on the page or its time refers back (RecordReferences).
    String reference = RecordReferences.backReference(written);
    if (reference != null) written = reference;
    // "According to ministry", "a statement shared by the ministry": the back-reference "the ministry" (RelayedReferences).
    // "the Australian company": the company named before (RelayedReferences); only where the result is a reference read below.
    String relayed = RelayedReferences.reference(written, lexicon);
    if (relayed != null && BACK_REFERENCE.matcher(relayed).matches()) written = relayed;
    // "The country has also reported increases …": a place by its kind is what the figures are about, no source; the sentence
    // takes the credit it takes without it (PlaceSubjects, credit33a).
    if (PlaceSubjects.namesPlace(written)) return null;
    // "…, wrote the paper." after "the Gazeta Wyborcza daily has reported": the outlet the page named before (OutletReferences).
    if (OutletReferences.describesOutlet(written)) {
      Credit outlet = outletBefore(seen, text);
      if (outlet != null) return withPlace(outlet, a, paragraph, company);
    }
    // "…, mainly because of the timing of deliveries, it said": the body credited just before, else the company the text is about.
    if (written.equalsIgnoreCase("it")) {
      for (int i = seen.size() - 1; i >= 0; i--) {
        Credit e = seen.get(i);
        if (e.reach() == Reach.DATA && e.paragraph() >= paragraph - 1) return withPlace(e, a, paragraph, company);
      }
      if (owner != null) return new Credit(new Attribution(owner, null, a.cue(), a.start(), a.end(), true), written, Reach.DATA, paragraph, owner);
      return null;
    }
    // "according to a stock filing", "its filing showed": the company whose document it is.
    if (disclosures.isDocument(written)) {
      // "Graphite India Limited" as the text names it: the company as a credit names it (no legal form).
      String c = disclosures.owner(written) != null ? disclosures.owner(written) : owner == null ? null : Credits.normalize(owner, lexicon);
      if (c != null) return new Credit(new Attribution(c, null, a.cue(), a.start(), a.end(), a.carried()), written, Reach.DATA, paragraph, c);
    }
    // "Pakistan’s Federal Minister for Industries and Production said" after "According to Pakistan's Federal Minister for
    // Industries and Production, Rana Tanveer Hussain, …": a title written again without its name is the person who held it
    // when the page first wrote it (ApposedTitles, credit28a).
    if (ApposedTitles.titleAlone(written)) {
      String title = ApposedTitles.bare(written);
      for (int i = seen.size() - 1; i >= 0; i--) {
        Credit e = seen.get(i);
        String w = ApposedTitles.bare(e.written());
        if (w.length() > title.length() && w.startsWith(title + " ") && e.attribution().source() != null
            && !e.attribution().source().equals(e.written())) {
          return withPlace(e, a, paragraph, company);
        }
      }
    }
    String titleOnly = org.claimgraph.lexicon.Titles.get().definiteOffice(written);
    if (PRONOUN.matcher(written).matches() || titleOnly != null) {
      // "the minister said" after "Mines Minister Paul Kabuswe said": the person credited before with that office, else the
      // person credited last; never the office itself.
      if (titleOnly != null) {
        for (int i = seen.size() - 1; i >= 0; i--) {
          Credit e = seen.get(i);
          if (e.reach() == Reach.PERSON && e.written().toLowerCase(Locale.ROOT).contains(titleOnly)) return withPlace(e, a, paragraph, company);
        }
      }
      for (int i = seen.size() - 1; i >= 0; i--) {
        if (seen.get(i).reach() == Reach.PERSON || official(seen.get(i))) return withPlace(seen.get(i), a, paragraph, company);
      }
      return null;
    }
    // "…, the exchange said in a daily report" after "Nickel rose on the London Metal Exchange", "exchange data show": the body of
    // that kind credited before, else the one the page named last; with none, the words name nobody (KindReferences, credit35a).
    String kind = KindReferences.head(written);
    if (kind != null) {
      for (int i = seen.size() - 1; i >= 0; i--) {
        Credit e = seen.get(i);
        if (e.reach() == Reach.DATA && KindReferences.isOfKind(e.attribution().source(), kind)) return withPlace(e, a, paragraph, company);
      }
      String body = KindReferences.namedBefore(text, a.start(), kind);
      if (body != null) {
        String name = acronyms.getOrDefault(body, body);
        return new Credit(new Attribution(name, null, a.cue(), a.start(), a.end(), true), written, Reach.DATA, paragraph, company);
      }
      return new Credit(a, written, Reach.NOBODY, paragraph, company);
    }
    // "said the bureau of the Department of … (DENR)" after "the Mines and Geosciences Bureau (MGB) reported": the bureau credited
    // before, not the department it belongs to (KindReferences).
    String ofParent = KindReferences.withoutParent(written);
    if (ofParent != null && BACK_REFERENCE.matcher(ofParent).matches()) {
      String kindWord = ofParent.substring(ofParent.indexOf(' ') + 1);
      if (seen.stream().anyMatch(e -> e.reach() == Reach.DATA && e.written().toLowerCase(Locale.ROOT).contains(kindWord))) written = ofParent;
    }
    // "as per data", "According to statistics" inside a data story: the story's source of that record (BareRecords).
    String bareStem = BareRecords.stem(written);
    if (bareStem != null) {
      Credit nearest = null;
      for (int i = seen.size() - 1; i >= 0; i--) {
        Credit e = seen.get(i);
        // "According to reports, …" then "Data shows that …": a phrase naming nobody ended the story before (Observer).
        if (e.reach() == Reach.NOBODY) break;
        if (nearest == null) nearest = e;
        if (e.reach() == Reach.DATA && (BareRecords.holds(e.attribution().source(), bareStem) || BareRecords.holds(e.written(), bareStem))) {
          return withPlace(e, a, paragraph, company);
        }
      }
      if (nearest != null && nearest.reach() == Reach.DATA && nearest.paragraph() >= paragraph - 1) return withPlace(nearest, a, paragraph, company);
    }
    Matcher back = BACK_REFERENCE.matcher(written.strip());
    if (back.matches()) {
      String head = back.group(1).toLowerCase(Locale.ROOT);
      // "Xpeng shipped 30,500 vehicles …, the Guangzhou-based firm said": the company the sentence is about; "the company
      // said in a statement", "the automaker said": the company the text is about (a firm may be the research firm named before).
      // "VinFast Auto Ltd." named before "The company reported": the company as a credit names it (no legal form).
      String own = company != null ? company : owner == null ? null : Credits.normalize(owner, lexicon);
      // "The group said" after "the Electric Vehicle Association of the Philippines (EVAP) said": the name the page spells out.
      if (own != null) own = acronyms.getOrDefault(own, own);
      boolean ofCompany = Regexes.matches(head, "company|group|automaker|carmaker|miner|producer|maker");
      if (own != null && (ofCompany || company != null && head.equals("firm"))) {
        return new Credit(new Attribution(own, null, a.cue(), a.start(), a.end(), true), written, Reach.DATA, paragraph, own);
      }
      boolean any = Regexes.matches(head, "data|figures|statistics|numbers|estimates?|release|firm|company|group|body|consultancy|tracker");
      Credit fallback = null;
      for (int i = seen.size() - 1; i >= 0; i--) {
        Credit e = seen.get(i);
        if (e.reach() != Reach.DATA) continue;
        if (any || e.written().toLowerCase(Locale.ROOT).contains(head)) return withPlace(e, a, paragraph, company);
        if (fallback == null && !isNewsOutlet(e.attribution().source())) fallback = e;
      }
      // "The statistical office said" after "figures released by Eurostat": the body credited before.
      if (fallback != null) return withPlace(fallback, a, paragraph, company);
      // "According to the industry representative body" after a lead "Naamsa has finally released official sales figures" that
      // credits nothing: the body the lead names as the data's owner (AnnouncedOwners), within the two paragraphs before.
      String announced = AnnouncedOwners.owner(text, windowStart, s.start(), head);
      // "According to the ministry" after "The Ministry of Transport and Logistics will …": the one such body the page named.
      if (announced == null) announced = AnnouncedOwners.namedBefore(text, s.start(), head);
      if (announced != null) {
        String name = acronyms.getOrDefault(announced, announced);
        return new Credit(new Attribution(name, null, a.cue(), a.start(), a.end(), true), written, Reach.DATA, paragraph, company);
      }
      // "The price of manganese concentrates, the company says" after "Toronto-listed Meridian Mining placed its …": with no
      // company of the page and no source before, the company an earlier sentence of the window is about (RelayedReferences).
      if (ofCompany && own == null && windowStart >= 0 && windowStart < s.start()) {
        String subject = RelayedReferences.subjectBefore(text.substring(windowStart, s.start()), lexicon);
        if (subject != null) return new Credit(new Attribution(subject, null, a.cue(), a.start(), a.end(), true), written, Reach.DATA, paragraph, subject);
      }
      // "the industry body", "the entities" with no body before them name nobody (GUIDELINES attribution rule 4).
      if (AnnouncedOwners.anyBody(head)) return new Credit(a, written, Reach.NOBODY, paragraph, company);
      // "…, the Xinyu-based firm said" with no source credited before: the company the text is about.
      if (owner != null && head.equals("firm")) {
        return new Credit(new Attribution(owner, null, a.cue(), a.start(), a.end(), true), written, Reach.DATA, paragraph, owner);
      }
    }
    // "the clean energy market intelligence arm of media company Bloomberg said" after "BloombergNEF said", "the world’s largest
    // producer of rare earths outside China said" in a sentence on Lynas: the body described, where the text names one.
    DescribedBodies.Refers refers = DescribedBodies.get().refers(written, lexicon);
    // "figures released today by the largest new energy vehicle (NEV) maker in China": the words that name the source.
    // Normalized once: the name below is the same call (perf36).
    String normalized = refers == null ? Credits.normalize(written, lexicon, acronyms) : null;
    if (refers == null) refers = DescribedBodies.get().refers(normalized, lexicon);
    Credit describedBody = refers == null ? null : describedBody(refers, a, written, paragraph, seen, company, owner);
    if (describedBody != null) return describedBody;
    // "The local stock brokerage estimates", "the Australian company announced", "The audit revealed": a description of a body
    // the page names is that body's credit (DescribedReferences, credit30a).
    Credit referred = describedReference(a, s, written, paragraph, seen, acronyms, company, text);
    if (referred != null) return referred;
    // "Minister of Economy, Trade and Industry Ken Saito", "… Minister Tengku Datuk Seri Zafrul Abdul Aziz": an office, then a name
    // too long or after too long a remit for a title's split: the person named, no person described (FullNames).
    String longName = org.claimgraph.lexicon.Titles.get().split(written) == null ? FullNames.afterTitle(written) : null;
    if (longName == null && described(written)) return new Credit(a, written, Reach.PERSON, paragraph, company);
    if (Credits.namesNobody(written)) return new Credit(a, written, Reach.NOBODY, paragraph, company);
    // "According to Lester" after "Charles Lester, data manager at Rho Motion": the person named before.
    // "Mr Goddard said" after "Chief executive Mark Goddard said": the name after a courtesy title too.
    String family = org.claimgraph.lexicon.Titles.get().name(written);
    if (Regexes.matches(family, "\\p{Lu}[\\p{L}'’-]+")) {
      for (int i = seen.size() - 1; i >= 0; i--) {
        Credit e = seen.get(i);
        String name = e.attribution().speaker() != null ? e.attribution().speaker().name() : e.attribution().source();
        // Family name last ("Charles Lester" → Lester) or first ("Fu Bingfeng" → Fu); a one-word name ("Suhariyanto") itself.
        // ... or inside it ("Tengku Datuk Seri Zafrul Abdul Aziz" → Zafrul).
        if ((e.reach() == Reach.PERSON || official(e)) && name != null && (name.endsWith(" " + family) || name.startsWith(family + " ") || name.equals(family)
            || name.contains(" " + family + " "))) {
          return withPlace(e, a, paragraph, company);
        }
      }
    }
    String named = normalized != null ? normalized : Credits.normalize(written, lexicon, acronyms);
    // "The battery materials company is planning to invest" read alone: the description's kind words go and only the article is
    // left, which names nobody (credit36): a credit naming nobody, as Credits.namesNobody's are (review of round 36).
    if (Regexes.matches(named, "(?i)the|a|an")) return new Credit(a, written, Reach.NOBODY, paragraph, company);
    // "Tengku Zafrul said" after "… Minister Tengku Datuk Seri Zafrul Abdul Aziz": the full name the page gave before (FullNames).
    String fullName = AttributionFinder.isPersonName(family) ? FullNames.of(family, text.substring(0, Math.min(text.length(), s.end()))) : null;
    if (fullName != null) named = fullName;
    if (longName != null) named = longName;
    // "The final arbiter on national output Statin stated" after "reported Statistical Institute of Jamaica": a one-word short
    // form the page's body name spells with the first letters of its words (PrefixSpelling; capitals are SpelledNames' already).
    if (fullName == null && longName == null && ONE_WORD.matcher(named).matches() && lexicon.organizationNamed(named) == null) {
      String spelled = PrefixSpelling.longForm(text.substring(0, Math.min(text.length(), s.start())), named);
      if (spelled != null) named = spelled;
    }
    // "data from top metals consumer China": a country is no source (guidelines), the phrase names nobody.
    // "statistics from the former Thai Binh province – now part of Hung Yen province – show": a place named with its kind of
    // subdivision is no source either (PlaceKinds).
    if (Credits.isPlace(named) || PlaceKinds.names(named)) return new Credit(a, written, Reach.NOBODY, paragraph, company);
    // "Beijing's Li Auto": a company named with its home city or country is the company.
    Matcher home = HOME_POSSESSIVE.matcher(named);
    if (home.matches() && isCompany(home.group(1))) named = home.group(1);
    // "customs data" where the article names the customs office: that office.
    String office = namedOffice(named, seen, customsOffice);
    if (office != null) named = office;
    // "Market Intelligence data" after "according to S&P Global Market Intelligence": the name given in full.
    for (int i = seen.size() - 1; i >= 0 && Regexes.matches(named, "\\p{Lu}.*"); i--) {
      String full = seen.get(i).attribution().source();
      // "BMO" after "BMO Capital Markets": the short form of a name given in full before (SourcePhrases).
      if (seen.get(i).reach() == Reach.DATA && full != null && (full.endsWith(" " + named) || SourcePhrases.shortFor(named, full))) {
        named = full;
        break;
      }
    }
    Attribution na = named.equals(a.source()) ? a : new Attribution(named, null, a.cue(), a.start(), a.end(), a.carried());
    // An official credited as a source with the office ("according to Mines and Minerals Development Minister Paul Kabuswe")
    // gives the office's statistics: the credit runs on as a data source's does, and "he", "the minister", "Kabuswe" still
    // name him. What an official said ("Chairman Maximo Pacheco said") is a person's speech.
    boolean byOffice = org.claimgraph.lexicon.Titles.get().split(written) != null && !SPEECH_CUE.matcher(a.cue()).matches();
    // "chargepoint mapping provider Zap Map": a body by the kind the text calls it, though the tagger reads a person (BodyKinds).
    // "an investment Mr Musk said": a family name after a courtesy title is a person's.
    // A report's owner or title ("Resource Quarterly", ReportSubjects) is a source, never a person the tagger may read.
    boolean person = (isPerson(named, s) || SourcePhrases.courtesyName(written, named)) && !byOffice && !ReportSubjects.CUE.equals(a.cue()) && !CompanySubjects.endsWithLegalForm(written) && !BodyKinds.namesBody(written)
        // "the developers, Highlands Pacific, reported": a name set off after a body's description is the body (credit29b).
        && !AttributionFinder.describedAsBody(s.text(), a.start() - s.start());
    return new Credit(na, written, person ? Reach.PERSON : Reach.DATA, paragraph, company);
  }

  /**
   * The body a description stands for ({@link DescribedBodies}): a company's description the company its sentence names, else the
   * one the text last named; another body's the source credited last in its paragraph or the one before; else null (the words
   * stay as written: a sentence read alone names nobody to refer to).
   */
  private Credit describedBody(DescribedBodies.Refers refers, Attribution a, String written, int paragraph, List<Credit> seen, String company,
      String owner) {
    if (refers == DescribedBodies.Refers.COMPANY) {
      String own = company != null ? company : owner == null ? null : Credits.normalize(owner, lexicon);
      return own == null ? null : new Credit(new Attribution(own, null, a.cue(), a.start(), a.end(), true), written, Reach.DATA, paragraph, own);
    }
    for (int i = seen.size() - 1; i >= 0; i--) {
      Credit e = seen.get(i);
      if (e.paragraph() < paragraph - 1) break;
      if (e.reach() == Reach.DATA && e.attribution().source() != null && !isNewsOutlet(e.attribution().source())) {
        return withPlace(e, a, paragraph, company);
      }
    }
    return null;
  }

  private static final Pattern SPEECH_CUE = Pattern.compile(
      "said|says|say|told|added|noted|notes|note|stated|explained|wrote|claims|warned|announced|disclosed|revealed|indicated|said in a statement");

  /**
   * Whether {@code f} states a policy's rate that {@code c} cannot have compiled: a record, a data firm or a company's statement; a
   * speaker's ("Anucha said") may be an official's, who keeps the rates he states (RateCredits).
   */
  private boolean compiledRate(Figure f, List<Figure> figures, Credit c) {
    return RateCredits.rateAlone(f, figures) && RateCredits.compiler(c.written(), isCompany(c.attribution().source())
        || companyStatement(c) && !SPEECH_CUE.matcher(c.attribution().cue()).matches(), researchBody(c.attribution().source()));
  }

  /** A company's statement of itself by its form ({@link CompanyStatements}); an official, a known body or a place is none. */
  private boolean companyStatement(Credit c) {
    String source = c.attribution().source();
    if (CompanyStatements.listedCompany(source)) return true;
    boolean known = source == null || official(c) || knownPlaceOrBody(source) || researchBodies.contains(source) || Credits.isPlace(source);
    return CompanyStatements.of(c.written(), source, c.attribution().cue(), known);
  }

  /** A credit of an official credited with the office's title (see {@link #credit}): a person whose credit runs on like data. */
  private static boolean official(Credit c) {
    return c.reach() == Reach.DATA && c.attribution().source() != null && org.claimgraph.lexicon.Titles.get().split(c.written()) != null
        && !SPEECH_CUE.matcher(c.attribution().cue()).matches();
  }

  /**
   * The name of a quoted body ("The MGB" → "the Mines and Geosciences Bureau" where the article defines it, "Lynas"
   * → "Lynas"), or null when the speaker is a person ("Berry", "Charles Lester").
   */
  String organizationSpeaker(String name, Map<String, String> acronyms) {
    String bare = Regexes.replaceFirst(name, "^(?:the|The)\\s+", "");
    boolean body = !bare.equals(name) || ORG_WORD.matcher(bare).find() || Regexes.matches(bare, "\\p{Lu}[\\p{Lu}&]{1,8}") || acronyms.containsKey(bare)
        || isCompany(bare) || bare.contains(" ") && !AttributionFinder.isPersonName(bare);
    if (lexicon.organizations().whole(bare) != null) body = true;
    return body ? Credits.normalize(name, lexicon, acronyms) : null;
  }

  /**
   * The body a description credit refers to ({@link DescribedReferences}): the name the page described the same way before, the
   * one name before holding the head noun, the body credited last (a named body, not an outlet, not a description itself), else
   * the name the next sentence gives. Null when the credit is no description or none is found.
   */
  private Credit describedReference(Attribution a, Sentence s, String written, int paragraph, List<Credit> seen, Map<String, String> acronyms,
      String company, String text) {
    DescribedReferences.Description d = DescribedReferences.of(written, lexicon);
    if (d == null || text == null || s.start() > text.length()) return null;
    String before = text.substring(0, s.start());
    String name = DescribedReferences.echoed(before, d, lexicon);
    if (name == null) name = DescribedReferences.namedBefore(text, s.start(), d);
    if (name == null) {
      for (int i = seen.size() - 1; i >= 0; i--) {
        Credit e = seen.get(i);
        // A body credited before: not an outlet, not an official by a title ("State Minister in Charge of Mining").
        if (e.reach() != Reach.DATA || official(e) || isNewsOutlet(e.attribution().source())) continue;
        name = DescribedReferences.creditedBody(e.attribution().source(), e.written(), lexicon);
        if (name != null) break;
      }
    }
    if (name == null) name = DescribedReferences.following(text.substring(Math.min(text.length(), s.start())), d, lexicon);
    if (name == null) return null;
    name = acronyms.getOrDefault(name, name);
    return new Credit(new Attribution(name, null, a.cue(), a.start(), a.end(), true), written, Reach.DATA, paragraph, company);
  }

  /** "a senior mining official", "The founder and CEO of Chinese car manufacturing Li Auto": a person not named. */
  private static boolean described(String written) {
    // "Minister of State for Information and Broadcasting Farrukh Habib": a title before a name names the person.
    if (org.claimgraph.lexicon.Titles.get().split(written) != null) return false;
    // "director general of minerals and coal Tri Winarno": the office in lower case, then the name (SourcePhrases).
    if (AttributionFinder.isPersonName(SourcePhrases.cut(written, Lexicon.get()))) return false;
    String person = Regexes.replaceFirst(written, "\\s+(?:of|at|for|with|from)\\s.*$", "");
    return DESCRIBED_PERSON.matcher(written).find() && !Regexes.matches(person, "(?s).*\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+.*");
  }

  /**
   * The last credit before that names a news outlet: one of the lexicon, a web address, a name the page calls an outlet ({@link
   * DescribedOutlets}) or one credited with its outlet noun ("the Gazeta Wyborcza daily"); null if none.
   */
  private Credit outletBefore(List<Credit> seen, String text) {
    java.util.Set<String> outlets = null;
    for (int i = seen.size() - 1; i >= 0; i--) {
      Credit e = seen.get(i);
      String source = e.attribution().source();
      if (source == null || e.reach() == Reach.NOBODY) continue;
      if (outlets == null) outlets = DescribedOutlets.named(text);
      if (relayOutlet(source, outlets) || OutletReferences.writtenAsOutlet(e.written())) return e;
    }
    return null;
  }

  private static Credit withPlace(Credit e, Attribution a, int paragraph, String company) {
    Attribution at = e.attribution();
    // "He estimated …" after a quote of Cui Dongshu: his words, not a quote, so no speaker.
    String source = at.source() != null ? at.source() : at.speaker().name();
    return new Credit(new Attribution(source, null, a.cue(), a.start(), a.end(), true), e.written(), e.reach(), paragraph,
        company != null ? company : e.company());
  }

  /** "customs data", "China's customs": the named office an earlier credit gives for the same words. */
  private static String namedOffice(String named, List<Credit> seen, String customsOffice) {
    Matcher m = BARE_CUSTOMS.matcher(named);
    if (!m.matches()) return null;
    for (Credit e : seen) {
      String s = e.attribution().source();
      if (e.reach() == Reach.DATA && s != null && !s.equalsIgnoreCase(named) && CUSTOMS_OFFICE.matcher(s).find()) return s;
    }
    // Named later in the article ("customs data showed" … "according to the General Administration of Customs of China").
    return customsOffice;
  }

  private static final Pattern CUSTOMS_OFFICE = Pattern.compile(
      "(?:the\\s+)?General Administration of Customs(?:\\s+of\\s+(?:the\\s+People's\\s+Republic\\s+of\\s+)?China)?");


  /** A person's name ("Li Chao", "Bambang Suswantono"), not an organization ("Rho Motion", "Cox Automotive"). */
  private boolean isPerson(String source, Sentence s) {
    if (!AttributionFinder.isPersonName(source) || ORG_WORD.matcher(source).find()) return false;
    if (lexicon.organizations().whole(source) != null) return false;
    if (!companies.find(source).isEmpty()) return false;
    if (s.tokens().isEmpty()) return true;
    int at = s.text().indexOf(source);
    for (Token t : s.tokens()) {
      if (at >= 0 && t.start() - s.start() >= at && t.end() - s.start() <= at + source.length() && t.isEntity("PERSON")) return true;
    }
    return false;
  }

  /**
   * "China produces over 90% of the world’s processed rare earths": a general share of world
   * supply is background, not a figure of the data release credited before it.
   */
  private static boolean worldShare(Figure f) {
    return f.kind() == Kind.SHARE && WORLD.matcher(f.evidence().sentence()).find();
  }

  private static final Pattern WORLD = Pattern.compile(
      "(?i)\\b(?:world['’]s|of the world|(?:global|worldwide)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:production|supply|supplies|output|reserves|refining|mining|capacity|processing)"
          + "|(?:production|supply|supplies|output|reserves|refining|mining|capacity|processing)\\s+worldwide)\\b");

  /**
   * The credit of the sentence nearest the figure; inside a quote only a speaker's; the original
   * source before the outlet that reports it ("figures released by Eurostat …, reported Xinhua" → Eurostat).
   */
  private Credit nearest(List<Credit> own, Figure f, boolean inQuote, java.util.Set<String> outlets) {
    Credit best = null;
    int bestDistance = Integer.MAX_VALUE;
    // The source the outlet reports: a body, or a person named as saying it ("…, said the country’s minister of industry Agus
    // Gumiwang Kartasasmita according to CNN Indonesia").
    boolean original = own.stream().anyMatch(c -> relayedSource(c, outlets));
    String outlet = original ? own.stream().map(c -> c.attribution().source())
        .filter(x -> x != null && relayOutlet(x, outlets)).findFirst().orElse(null) : null;
    // "Citing figures from the Philippine Statistics Authority (PSA), the report said …": the cited source, via the reporter.
    // An outlet cited beside the source it relays is the via ("According to the Statistics Agency, …, Azernews reports, citing
    // Uza.uz": the agency's, via Uza.uz).
    Credit cited = inQuote ? null : own.stream().filter(c -> c.reach() == Reach.DATA && CITING.matcher(c.attribution().cue()).matches()
        && !(original && relayOutlet(c.attribution().source(), outlets))).findFirst().orElse(null);
    if (cited != null) {
      String via = own.stream().filter(c -> c != cited && c.reach() == Reach.DATA && c.attribution().source() != null
          && !c.attribution().source().equals(cited.attribution().source())).map(c -> c.attribution().source()).findFirst().orElse(null);
      return via == null ? cited : new Credit(cited.attribution().via(via), cited.written(), cited.reach(), cited.paragraph(), cited.company());
    }
    for (Credit c : own) {
      if (c.attribution().speaker() != null && !inQuote) continue;
      if (original && relayOutlet(c.attribution().source(), outlets)) continue;
      int distance = Math.abs(c.attribution().start() - f.evidence().start());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = c;
      }
    }
    // "…, showed the figures released by Eurostat, reported Xinhua": Eurostat's figures, via Xinhua.
    if (best != null && outlet != null && best.reach() == Reach.DATA) {
      best = new Credit(best.attribution().via(outlet), best.written(), best.reach(), best.paragraph(), best.company());
    }
    return best;
  }

  /**
   * The credit that names {@code f} alone: the agent of its participle ({@link PassiveAgents}), else the owner whose record
   * states it in the record's own clause ({@link OwnedRecords#covers}), the nearest before it, unless another credit of the
   * sentence stands between them; else null.
   */
  private static Credit scopedCredit(List<Credit> scoped, List<Credit> own, Figure f, Sentence s, List<int[]> sentenceFigures) {
    Credit best = null;
    int figure = f.evidence().start();
    for (Credit r : scoped) {
      Attribution a = r.attribution();
      // A record's owner, a forecast's reviser and a plan's owner cover the figures after them in their clause (OwnedRecords,
      // ForecastRevisions, StatedPlans).
      if (!OwnedRecords.CUE.equals(a.cue()) && !ForecastRevisions.CUE.equals(a.cue()) && !StatedPlans.CUE.equals(a.cue())) {
        if (PassiveAgents.attachedTo(s.text(), a.cue(), a.start() - s.start(), sentenceFigures) == figure - s.start()) return r;
        continue;
      }
      int end = a.end();
      if (!OwnedRecords.covers(s.text(), end - s.start(), figure - s.start())) continue;
      if (own.stream().anyMatch(c -> c.attribution().start() >= end && c.attribution().start() < figure)) continue;
      best = r;
    }
    return best;
  }

  /**
   * "Reuters reports", "…, reports BBC", "…, reports Trend referring to Reuters": a news outlet retelling what a source gave, in a
   * rewrite; the inverted credit at a sentence's end is an outlet's by its form.
   */
  private boolean retelling(Credit c, String text) {
    Attribution a = c.attribution();
    if (c.reach() != Reach.DATA || !RETELLING.matcher(a.cue()).matches() || a.source() == null) return false;
    return isNewsOutlet(a.source()) || a.start() > 0 && a.start() <= text.length() && INVERTED_REPORTS.matcher(text.substring(Math.max(0, a.start() - 12), a.start())).find();
  }

  private static final Pattern RETELLING = Pattern.compile("reports");
  private static final Pattern INVERTED_REPORTS = Pattern.compile(",\\s*reports\\s+$");

  /** Cues of an outlook, not of statistics: "has forecast", "expects", "predicts", "Goldman Sachs sees". */
  private static final Pattern FORECAST = Pattern.compile("forecasts?|predict(?:s|ed)|expects|projects|projected|sees");
  private static final Pattern THING_ACRONYM = Pattern.compile("\\b\\p{Ll}[\\p{L}-]*\\s+\\((\\p{Lu}{2,8})s?\\)");
  private static final Pattern CITING = Pattern.compile("citing(?:\\s.*)?|quoting");

  /**
   * A news outlet or wire of the lexicon by any of its forms, with or without its article: "the Financial Times", "The
   * Guardian" (whose name keeps the article), "the Wall Street Journal", "WSJ".
   */
  private boolean isNewsOutlet(String source) {
    if (source == null) return false;
    String s = source.strip();
    String bare = Regexes.replaceFirst(s, "^(?:the|The)\\s+", "");
    for (String form : List.of(s, bare, "The " + bare)) {
      if (lexicon.newsOutlets().contains(form)) return true;
      String known = lexicon.organizations().whole(form);
      if (known != null && lexicon.newsOutlets().contains(known)) return true;
    }
    return false;
  }

  /**
   * A news outlet of the lexicon, or one the page names as an outlet or by its web address ({@link DescribedOutlets}): beside the
   * source it relays in one sentence, the source is the credit and the outlet the via.
   */
  private boolean relayOutlet(String source, java.util.Set<String> outlets) {
    if (source == null) return false;
    String bare = Regexes.replaceFirst(source.strip(), "^(?:the|The)\\s+", "");
    return isNewsOutlet(source) || DescribedOutlets.webAddress(bare) || outlets.contains(bare);
  }

  /** An outlet only the page calls one ({@link DescribedOutlets}), not a wire of the lexicon. */
  private boolean describedOutlet(String source, java.util.Set<String> outlets) {
    return relayOutlet(source, outlets) && !isNewsOutlet(source);
  }

  /** A credit of a sentence that can be the source an outlet relays: a body's data, or a person's words as no quote's speaker. */
  private boolean relayedSource(Credit c, java.util.Set<String> outlets) {
    return (c.reach() == Reach.DATA || c.reach() == Reach.PERSON && c.attribution().speaker() == null)
        && c.attribution().source() != null && !relayOutlet(c.attribution().source(), outlets);
  }

  /** Whether the sentence is about another company than the one whose figures the credit gave. */
  private static boolean otherCompany(Credit c, String company, String sentence, boolean wireCredit, Article article) {
    // "Tesla has been CATL’s largest client …, contributing 11.6 percent to its revenue": a sentence that also names the
    // credited company is still about it.
    if (!wireCredit || company == null || c.company() == null || company.equals(c.company()) || sentence.contains(c.company())) return false;
    // "… the combined market share of three South Korean EV battery makers -- LG Chem Ltd., Samsung SDI Co. and SK Innovation
    // Co. -- …, according to data from market tracker SNE Research": a tracker's data on several companies covers each one
    // its paragraph names.
    return c.paragraph() < 0 || c.paragraph() >= article.paragraphs().size()
        || !article.paragraphText(article.paragraphs().get(c.paragraph())).contains(company);
  }


  /**
   * The company a sentence is about, for a company's own document: a company of companies.tsv, else a
   * name in the possessive that is no place or known body ("Tianqi's January-June net income" → Tianqi).
   */
  private String ownerOf(String sentence) {
    String c = companyOf(sentence);
    if (c != null) return c;
    Matcher m = POSSESSOR.matcher(sentence);
    while (m.find()) {
      String name = Regexes.replaceFirst(m.group(1), "^The\\s+", "");
      if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || knownPlaceOrBody(name)) continue;
      return name;
    }
    return null;
  }

  /** As {@link #ownerOf(String)}, else the first organization the sentence's tokens name ("Talison Lithium sold …") that is no known body. */
  private String ownerOf(Sentence s, java.util.Set<String> things) {
    String c = ownerOf(s.text());
    if (c != null) return c;
    StringBuilder run = new StringBuilder();
    for (Token t : s.tokens()) {
      if (t.isEntity("ORGANIZATION")) {
        if (run.length() > 0) run.append(' ');
        run.append(t.word());
      } else if (run.length() > 0) {
        String name = run.toString();
        if (ownerName(name, things)) return name;
        run.setLength(0);
      }
    }
    return run.length() > 0 && ownerName(run.toString(), things) ? run.toString() : null;
  }

  /** Whether an organization the tokens name can own a document: no known body, no thing counted, no currency ("KRW"). */
  private boolean ownerName(String name, java.util.Set<String> things) {
    return !knownPlaceOrBody(name) && !things.contains(name) && !CreditNames.namesNothing(name, lexicon);
  }

  private static final Pattern HOME_POSSESSIVE = Pattern.compile("^\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?['’]s\\s+(\\p{Lu}.*)$");
  private static final Pattern POSSESSOR = Pattern.compile("(?<![\\p{L}&.-])(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,2})['’]s?(?=\\s)");

  /** Bodies that are no company: "the Shenzhen Stock Exchange" a filing goes to, a ministry, an association. */
  private static final Pattern PUBLIC_BODY = Pattern.compile(
      "\\b(?:Exchange|Bourse|Ministry|Administration|Bureau|Agency|Association|Council|Authority|Government|Department|Office|Commission"
          + "|Court|Parliament|Congress|Senate|Bank|Institute|Federation|Alliance|Chamber|Customs|University|Survey|Statistics)\\b");

  /** A country, region, organization or news outlet of the lexicon: "China's", "the EU's", "Reuters'" own nothing a company files. */
  private boolean knownPlaceOrBody(String name) {
    if (PUBLIC_BODY.matcher(name).find()) return true;
    if (lexicon.countries().whole(name) != null || lexicon.regions().whole(name) != null) return true;
    if (lexicon.organizations().whole(name) != null) return true;
    return isNewsOutlet(name);
  }

  /** The first company the sentence names ("Chinese rival BYD …" → BYD), or null. */
  private String companyOf(String sentence) {
    var found = companies.find(sentence);
    return found.isEmpty() ? null : found.get(0).value();
  }

  /**
   * The credit the whole article gives, or null: a "Source: …" line or an inline "(source:
   * Reuters)", a closing "The statistics come from X" line, a wire's closing credit ("Reuters with
   * additional editing by …"), an agency dateline ("BEIJING (Reuters) -", "(Bloomberg) --"; not
   * the publisher's own), a wire in the byline, or a news outlet the lead credits ("According to a
   * report by Bloomberg", "Nikkei Asia reported").
   */
  private Attribution articleCredit(Article article, Map<String, String> acronyms) {
    for (Paragraph p : article.paragraphs()) {
      String text = article.paragraphText(p).strip();
      Matcher m = SOURCE_LINE.matcher(text);
      // "Source: Getty Images" credits a photo (ImageCredits, review26a).
      if (m.matches() && !ImageCredits.isLibrary(Regexes.replaceFirst(m.group(1), "\\s*(?:/|via\\s).*$", ""))) {
        // "Source: ACEA": as written, or the name the article itself gives the short form.
        String source = m.group(1).strip();
        return new Attribution(acronyms.getOrDefault(source, source), null, "source", p.start(), p.start() + text.length(), true);
      }
      m = CLOSING_CREDIT.matcher(text);
      if (m.matches()) {
        // "The numbers are from the National Registry … (Renavam), of the Ministry of Infrastructure, compiled by ABVE": the
        // compiler's record, not its input's (DataCredits, fresh5 call; credit33c).
        String compiler = DataCredits.compiler(text.substring(m.end(1)));
        String source = compiler != null ? compiler : m.group(1).strip();
        return new Attribution(Credits.normalize(source, lexicon, acronyms), null, "source", p.start(), p.start() + text.length(), true);
      }
      // "- Mining Weekly" closing the story, "Attribution: Reuters", "This post was sourced from IHS Maritime 360" (CreditLines).
      String credited = CreditLines.source(text, p == article.paragraphs().get(article.paragraphs().size() - 1));
      if (credited != null) {
        String named = Credits.normalize(credited, lexicon, acronyms);
        if (!samePublisher(named, article.publisher()) && (!CreditLines.needsOutlet(text) || isNewsOutlet(named))) {
          return new Attribution(named, null, CREDIT_LINE, p.start(), p.start() + text.length(), true);
        }
      }
      m = INLINE_SOURCE.matcher(text);
      if (m.find()) return new Attribution(m.group(1).strip(), null, "source", p.start() + m.start(1), p.start() + m.end(1), true);
      m = WIRE_CLOSING.matcher(text);
      if (m.find() && isNewsOutlet(Credits.normalize(m.group(1), lexicon))) {
        return new Attribution(Credits.normalize(m.group(1), lexicon), null, "source", p.start() + m.start(1), p.start() + m.end(1), true);
      }
    }
    int highlights = 0;
    for (Paragraph p : article.paragraphs()) {
      if (p.kind() == Paragraph.Kind.HEADING) continue;
      String text = article.paragraphText(p);
      Matcher m = DATELINE.matcher(text);
      String group = !m.find() ? null : m.group("wire") != null ? "wire" : m.group("dated") != null ? "dated" : "slashed";
      // A wire's own dateline credits the wire; another publisher's own ("(TMTPOST)") credits nobody.
      if (group != null && (isNewsOutlet(Credits.normalize(m.group(group).strip(), lexicon))
          || !samePublisher(m.group(group), article.publisher()))) {
        return new Attribution(m.group(group).strip(), null, "dateline", p.start() + m.start(group), p.start() + m.end(group), true);
      }
      // Highlight lines above the lead ("May exports up 35.9% y/y") come before a wire's dateline.
      if (!highlightLine(text) || ++highlights > 8) break;
    }
    for (String author : article.authors()) {
      String named = Credits.normalize(author.strip(), lexicon);
      if (isNewsOutlet(named) && !samePublisher(named, article.publisher())) return new Attribution(named, null, "byline", -1, -1, true);
    }
    // A rewrite framed by the outlet it retells: a news outlet credited in the lead paragraph, or retold ("…, reports BBC") in
    // the paragraph after it.
    int body = 0;
    for (Paragraph p : article.paragraphs()) {
      if (p.kind() == Paragraph.Kind.HEADING) continue;
      String text = article.paragraphText(p);
      for (Attribution a : finder.find(text, p.start())) {
        if (a.source() == null || OwnedRecords.CUE.equals(a.cue()) || body > 0 && !RETELLING.matcher(a.cue()).matches()) continue;
        // "…, as per the Financial Times, the EU plans …" after the lead's figures: that clause's credit only.
        if (body == 0 && !UpFrontCredits.frames(text, a.start() - p.start())) continue;
        String named = Credits.normalize(a.source(), lexicon, acronyms);
        if (isNewsOutlet(named) && !samePublisher(named, article.publisher())) {
          return new Attribution(named, null, a.cue(), a.start(), a.end(), true);
        }
      }
      if (++body >= 2) break;
    }
    return null;
  }

  /** The source the page's headline names (HeadlineSources), by the name the page or the lexicon gives it; never its publisher. */
  private Attribution headlineCredit(Article article, Map<String, String> acronyms) {
    String source = HeadlineSources.source(article.title(), lexicon);
    if (source == null) return null;
    String named = Credits.normalize(source, lexicon, acronyms);
    if (named == null || named.isBlank() || samePublisher(named, article.publisher()) || samePublisher(source, article.publisher())) return null;
    return new Attribution(named, null, "headline", -1, -1, true);
  }

  /**
   * A price reporter's or analyst's own page ("SMM News on June20: …" at SMM): the prices no sentence
   * credits are the publisher's own assessment; null for any other publisher.
   */
  private Attribution ownAssessment(Article article) {
    if (article.publisher() == null) return null;
    String named = Credits.normalize(article.publisher().strip(), lexicon);
    // "Argus Media", "Benchmark Source": the body's own site, by a form of the lexicon.
    for (var m : lexicon.organizations().find(named)) if (m.start() == 0 && m.end() == named.length()) named = m.value();
    return researchBodies.contains(named) ? new Attribution(named, null, "publisher", -1, -1, true) : null;
  }

  private static final Pattern BARE_CUSTOMS = Pattern.compile("(?i)^(?:(?:chinese|china[’']s|the)\\s+)?(customs)(?:\\s+(?:data|figures|statistics))?$");
  private static final Pattern NAME_SAID = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+),\\s+(?:stated|said|says|noted|told)\\b");
  private static final Pattern COMMA_NAME_SAID = Pattern.compile(",\\s+(\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+),\\s+(?:stated|said|says|noted|told)\\b");
  private static final Pattern PRICE_MEASURE = Pattern.compile("(?i)\\b(?:prices?|quotes?|quotations?|assessments?)\\b");
  private static final Pattern PER_CURRENCY = Pattern.compile("^\\p{Lu}{3}/.+");

  /** A price or its change: a measure of prices, or a currency per unit ("171,000 RMB/metric ton-degree"). */
  private static boolean isPrice(Figure f) {
    return f.measure() != null && PRICE_MEASURE.matcher(f.measure()).find() || PER_CURRENCY.matcher(f.quantity().unit()).matches();
  }

  /** An analyst or price reporter of organizations.tsv (type research), by any form the lexicon gives it ("Cox Automotive"). */
  private boolean researchBody(String source) {
    if (source == null) return false;
    String bare = Regexes.replaceFirst(source, "^(?:the|The)\\s+", "");
    for (var m : lexicon.organizations().find(bare)) if (m.start() == 0 && m.end() == bare.length()) return researchBodies.contains(m.value());
    return researchBodies.contains(bare);
  }

  /** A public body's words as a credit writes them, in any case: "the official INE statistics agency". */
  private static final Pattern WRITTEN_BODY = Pattern.compile(PUBLIC_BODY_NAME.pattern(), Pattern.CASE_INSENSITIVE);

  /**
   * A company's credit, by the list or by its statement's form; no public body's (the lexicon's places and bodies, "the official
   * INE statistics agency"), no office holder's ("the Laotian Deputy Minister of Energy and Mines"), no analyst's (an analyst's
   * data cover the places it reports on).
   */
  private boolean companyCredit(Credit c, List<Credit> seen) {
    String source = c.attribution().source();
    if (source == null || c.reach() != Reach.DATA || researchBodies.contains(source) || knownPlaceOrBody(Regexes.replaceFirst(source, "^(?:the|The)\\s+", ""))
        || notCompany(c.written())) return false;
    // "market analyst Roskill says …" then "Roskill said", "the Laotian Deputy Minister …" then "He specified": the page described
    // the source once.
    if (seen.stream().anyMatch(e -> source.equals(e.attribution().source()) && notCompany(e.written()))) return false;
    return isCompany(source) || companyStatement(c);
  }

  /** Whether a credit's words describe an office holder (a title's head word: "Deputy Minister"), a public body or an analyst. */
  private static boolean notCompany(String written) {
    var titles = org.claimgraph.lexicon.Titles.get();
    return java.util.Arrays.stream(written.split("\\s+")).anyMatch(titles::isHead) || WRITTEN_BODY.matcher(written).find() || PlaceActors.analyst(written);
  }

  /** Whether the sentence names the credited company itself (its name, or the company the credit's sentence was about). */
  private static boolean namesCompany(String sentence, Credit c) {
    String bare = Regexes.replaceFirst(c.attribution().source(), "^(?:the|The)\\s+", "");
    return sentence.contains(bare) || c.company() != null && sentence.contains(c.company());
  }

  /** A company of companies.tsv ("BYD", "Tesla"): its report covers its own figures. */
  private boolean isCompany(String source) {
    if (source == null) return false;
    String bare = Regexes.replaceFirst(source, "^(?:the|The)\\s+", "");
    for (var m : companies.find(bare)) if (m.start() == 0 && m.end() == bare.length()) return true;
    return false;
  }

  /** A short line with no sentence end: a highlight or key point above the lead. */
  private static boolean highlightLine(String text) {
    String t = text.strip();
    return t.length() <= 100 && !t.endsWith(".") && !DATELINE.matcher(t).find();
  }

  /** "(TMTPOST)" at TMTPost: a publisher's own dateline credits nobody else. */
  private static boolean samePublisher(String source, String publisher) {
    if (publisher == null) return false;
    String a = Regexes.replaceAll(source.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]", "");
    String b = Regexes.replaceAll(publisher.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]", "");
    return !a.isEmpty() && (a.equals(b) || b.startsWith(a) || a.startsWith(b));
  }

  /**
   * The direct quotes of the article, each with its speaker: named in a sentence of the quote
   * ("…,” said X) or right before or after it ("X said: “…”", "“….” he said" after "X, an analyst, said").
   * A paragraph that opens with a quote and names nobody goes on with the speaker of the quote that
   * ended the paragraph before (news style: one tag for several quoted paragraphs), also when the quote
   * runs over paragraphs without closing ("X said: “…" / "“…" / "“….”").
   */
  static List<Quote> quotes(Article article) {
    return quotes(article, List.of());
  }

  /** The quotes, and whom each is by; {@code people}: those the page names, whom a pronoun's or a title's tag refers to. */
  static List<Quote> quotes(Article article, List<TagReferents.Person> people) {
    List<Quote> out = new ArrayList<>();
    String text = article.text();
    List<Paragraph> ps = article.paragraphs();
    Speaker previous = null;
    Speaker lastNamed = null;
    int lastNamedParagraph = -10;
    for (int k = 0; k < ps.size(); k++) {
      Paragraph p = ps.get(k);
      String pt = QuoteMarks.readable(article.paragraphText(p));
      Speaker carried = previous != null && opensWithQuote(pt) ? previous : null;
      previous = null;
      QuoteMarks marks = QuoteMarks.of(pt);
      List<int[]> spans = new ArrayList<>(marks.closed());
      // "… 2,300 highly-skilled jobs", explained the Minister.": a closing mark whose opening mark the page left out, the quote
      // from the paragraph's start, kept only when a tag names its speaker (QuoteMarks).
      if (marks.orphan() >= 0) spans.add(0, new int[] {0, marks.orphan()});
      for (int[] q : spans) {
        int open = q[0];
        int i = q[1];
        boolean orphan = i == marks.orphan();
        int from = Math.max(0, open - 200);
        int to = Math.min(pt.length(), i + 160);
        // "…,” commented Tai Wong", "…,” Minister Parker highlighted": a tag with another verb of speech (QuoteTags).
        Speaker sp = QuoteTags.speaker(pt.substring(i + 1), i > 0 && pt.charAt(i - 1) == '.');
        if (sp == null) sp = AttributionFinder.speaker(pt.substring(from, to));
        if (sp == null) sp = speakerNearby(article, p, pt.substring(open, i + 1));
        if (sp == null && carried != null && pt.substring(0, open).isBlank()) sp = carried;
        // "“…,” he said" after a quote of a named speaker in the paragraphs just before.
        // "“…,” it added" after a quote of a body ("the MGB said"): the body.
        Matcher tag = PRONOUN_TAG.matcher(pt.substring(i + 1));
        if (sp == null && lastNamed != null && k - lastNamedParagraph <= 2 && tag.lookingAt()
            && (!tag.group(1).equalsIgnoreCase("it") || !AttributionFinder.isPersonName(lastNamed.name()))) sp = lastNamed;
        if (sp == null) sp = LeadInSpeakers.before(article, k, open, pt.substring(i + 1));
        // "…,” he posited.", "…,” the natural resources minister disclosed.": the person named speaking a few paragraphs up.
        if (sp == null) sp = TagReferents.of(article, people, k, open, pt.substring(i + 1));
        // "…63.7% (from 16.3 thousand to 26.7 thousand tons)\"," then "Ministry of Industry and Construction of Kazakhstan said.":
        // a quote that ends its paragraph takes the tag the page set as the next line (NextLineTags).
        if (sp == null && k + 1 < ps.size()) sp = NextLineTags.speaker(pt.substring(i + 1), article.paragraphText(ps.get(k + 1)));
        if (sp == null && orphan) continue;
        if (sp != null) sp = fullName(sp, text);
        if (sp != null) {
          lastNamed = sp;
          lastNamedParagraph = k;
        }
        previous = sp;
        out.add(new Quote(p.start() + open, p.start() + i + 1, sp));
      }
      int open = marks.unclosed();
      if (open >= 0 && k + 1 < ps.size() && opensWithQuote(article.paragraphText(ps.get(k + 1)))) {
        // "…, Dr Jake Whitehead said: “2024 has been …" with no closing mark: the quote goes on in the next paragraph.
        Speaker sp = carried != null && pt.substring(0, open).isBlank() ? carried : AttributionFinder.speaker(pt.substring(Math.max(0, open - 200)));
        // "Transport Minister David Parker said EV and hybrid registrations …" then "“Average carbon dioxide emissions …" / "“…":
        // the quote of several paragraphs is the person's speaking right before it, as a closed one is.
        if (sp == null) sp = LeadInSpeakers.before(article, k, open, "");
        if (sp != null) sp = fullName(sp, text);
        out.add(new Quote(p.start() + open, p.end(), sp));
        previous = sp;
      } else if (open >= 0) {
        // "Kabuswe said the increase … “The copper production has increased by 6.2 percent …" left open to the paragraph's end;
        // a last quoted paragraph left open goes on with the quote that ended the paragraph before.
        Speaker sp = carried != null && pt.substring(0, open).isBlank() ? carried : LeadInSpeakers.before(article, k, open, "");
        if (sp != null) out.add(new Quote(p.start() + open, p.end(), fullName(sp, text)));
      }
    }
    return TaggedNextQuotes.apply(article, out);
  }

  /** "…,” he said", "…,” he posited.", "…,” she mentioned during …": a pronoun's tag, any past verb where a tag ends (QuoteTags). */
  private static final Pattern PRONOUN_TAG = Pattern.compile("^\\s*,?\\s*(he|she|it)\\s+(?:(?:said|says|added|noted|explained|continued|told)\\b|(?:"
      + QuoteTags.PAST_VERB + ")" + QuoteTags.TAG_END + ")");

  private static boolean opensWithQuote(String paragraph) {
    String t = paragraph.strip();
    return !t.isEmpty() && (t.charAt(0) == '“' || t.charAt(0) == '"');
  }

  /**
   * A quoted fragment repeated in a later paragraph that names its speaker: the dek's "claims
   * quota issued at “…around 200Mt”" is Tri Winarno's, who "stated that … “…around 200Mt”".
   */
  private static Speaker speakerNearby(Article article, Paragraph p, String quote) {
    if (quote.length() < 8) return null;
    String text = article.text();
    int again = text.indexOf(quote, p.end());
    if (again < 0) return null;
    String before = text.substring(Math.max(0, again - 300), again);
    Matcher m = NAME_SAID.matcher(before);
    String name = null;
    while (m.find()) name = m.group(1);
    if (name == null) {
      m = COMMA_NAME_SAID.matcher(before);
      while (m.find()) name = m.group(1);
    }
    return name == null ? null : new Speaker(name, null, null);
  }

  /** "said Seba" after "Tony Seba, …": the full name the article gives. */
  private static Speaker fullName(Speaker sp, String text) {
    if (!sp.name().contains(" ")) {
      Matcher m = Regexes.get("\\b(\\p{Lu}[\\p{L}’'-]+\\s+" + Pattern.quote(sp.name()) + "(?:\\s+\\p{Lu}\\p{Ll}+(?=\\s+\\p{Ll}|,))?)\\b").matcher(text);
      if (m.find()) return new Speaker(m.group(1), sp.title(), sp.organization());
    }
    // "Seri Zafrul Abdul Aziz" (a tag read short), "Zafrul": the full name the page gives (FullNames).
    String full = AttributionFinder.isPersonName(sp.name()) || !sp.name().contains(" ") ? FullNames.of(sp.name(), text) : null;
    return full == null ? sp : new Speaker(full, sp.title(), sp.organization());
  }

  private static boolean insideQuote(List<Quote> quotes, int offset) {
    for (Quote q : quotes) if (q.start() < offset && offset < q.end()) return true;
    return false;
  }

  private static Quote quoteOf(List<Quote> quotes, Figure f) {
    for (Quote q : quotes) if (q.start() <= f.evidence().start() && f.evidence().end() <= q.end()) return q;
    return null;
  }

  private static int paragraphOf(Article article, int offset) {
    List<Paragraph> ps = article.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).start() <= offset && offset <= ps.get(i).end()) return i;
    }
    return -1;
  }
}
