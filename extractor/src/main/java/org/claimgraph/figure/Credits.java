package org.claimgraph.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.Titles;
import org.claimgraph.lexicon.Regexes;

/**
 * Credits as a reader names them: the named source behind the words that introduce it, and no
 * source at all for phrases that name nobody.
 *
 * <pre>
 * "data from the General Administration of Customs"          → "the General Administration of Customs"
 * "the China Association of Automobile Manufacturers (CAAM)" → "the China Association of Automobile Manufacturers"
 * "CAAM data"                                                 → "China Association of Automobile Manufacturers"
 * "government body Cochilco"                                  → "Cochilco"
 * "reports", "the data", "data released Friday", "traders"   → nobody ({@link #namesNobody})
 * "Wall Street analysts", "The Street"                        → nobody (the market, no body)
 * "which was in line with"                                    → nobody (a relative clause)
 * </pre>
 */
public final class Credits {

  /**
   * When a record came out, as news writes it between the record and its publisher: "a report Wednesday from", "data released
   * last month by", "figures published earlier this week by" (credit11).
   */
  private static final String WHEN = "(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday"
      + "|(?:(?:earlier|later)\\s+)?(?:this|last|in\\s+the)\\s+(?:week|month|year)|earlier|recently";
  private static final Pattern INTRO = Pattern.compile(
      "(?i)^(?:(?:a|an|new|the|latest|official|preliminary|monthly|weekly|annual|recent)\\s+)*(?:trade\\s+)?"
          + "(?:data|figures|statistics|numbers|information|estimates|calculations|report|news|notice|circular|announcement|notification|statement)\\s+"
          + "(?:(?:" + WHEN + ")\\s+(?=from\\s|by\\s))?"
          + "(?:from|by|of|(?:(?:jointly|recently|also)\\s+)?(?:released|published|provided|issued|compiled|furnished)"
          // "information released to Stuff by the Ministry of Transport": the outlet it was given to is no part of who (credit29a).
          + "(?:\\s+(?:" + WHEN + "|(?:on\\s+)?\\p{Lu}\\p{L}+|to\\s+(?-i:\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,2})))?\\s+(?:by|from)"
          // "the data on total registered vehicles maintained by the Road Transport Department": what the record is on, then its keeper.
          + "|(?:on|about)\\s+(?:[\\p{L}-]+\\s+){1,6}?(?:released|published|provided|issued|compiled|maintained|collected|kept)\\s+by"
          + "|come\\s+from)\\s+");
  /** The kinds of body of body-nouns.tsv ("firm", "provider", "agency"), plain words, as a regex alternation. */
  static final String BODY_NOUNS = String.join("|", Tsv.read("body-nouns.tsv").stream().map(r -> r.get("noun")).toList());
  /**
   * "EV research firm Rho Motion", "the market research firm Rho Motion", "South Korean research institution SNE Research",
   * "financial data and analytics firm FactSet", "Norway-based independent energy research and business intelligence company Rystad
   * Energy": up to seven words describing the body, ending in a kind of body
   * (body-nouns.tsv, singular or plural), then the name.
   */
  private static final Pattern BODY_NAME = Pattern.compile(
      "^(?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+(?:['’]s)?\\s+){0,7}(?:" + BODY_NOUNS + ")s?\\s+(\\p{Lu}.*)$");
  private static final Pattern NAME_IN_DESCRIPTION = Pattern.compile(
      "^(?:[Tt]he\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}(\\p{Lu}[\\p{Lu}&]{1,7})\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}"
          + "(?:agency|office|bureau|institute|commission|authority|ministry|body|regulator)$");
  /** "(ASX:LYC)", "(NYSE: MP)", and Hong Kong's numbered "(1800.HK)". */
  private static final Pattern TICKER = Pattern.compile("\\s*\\(\\s*(?:\\p{Lu}{2,8}(?:[-.]\\p{Lu}{1,3})?\\s*:\\s*[\\p{Lu}\\d.]{1,8}|\\d{3,6}\\.\\p{Lu}{1,2})\\s*\\)$");
  /** "Ltd", "Limited", "Inc.", "Corp", "PLC", "Co., Ltd." after a name of at least two words. */
  private static final Pattern LEGAL_FORM = Pattern.compile(
      "(?<=\\p{L}\\s\\p{Lu}[\\p{L}&.'’-]{0,40}),?\\s+(?:Co\\.,?\\s+)?(?:Ltd\\.?|Limited|Inc\\.?|Incorporated|Corp\\.?|Corporation|PLC|plc|LLC|AG|S\\.A\\.|N\\.V\\.)$");
  /** The rest of a bracket opened before the phrase: "IANS) " in "IANS) Kolkata-based Graphite India". */
  private static final Pattern CUT_BRACKET = Pattern.compile("^[^()]{1,40}\\)\\s+(?=\\S)");
  private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}&.-]{1,9})\\)$");
  private static final Pattern TRAILING_DATA = Pattern.compile(
      "(?i)\\s+(?:trade\\s+)?(?:data|figures|statistics|numbers)(?:\\s+\\(opens in a new tab\\))?$");
  private static final Pattern NOBODY = Pattern.compile(
      "(?i)^(?:(?:the|some|these|those|new|latest|official|recent|media|news|local|industry|market|other|several|many|preliminary"
          // "Current data shows", "Initial reports indicated": when the data came is no name of who gives it.
          + "|current|initial|early|fresh|provisional|revised|updated|further|additional|available)\\s+)*"
          + "(?:reports?|records|data|figures|statistics|numbers|estimates|forecasts|analysts|sources|experts|observers|traders|officials"
          + "|insiders|watchers|market\\s+watchers|people|participants|economists|calculations|it|they|research|studies|surveys?"
          + "|makers|(?:car|auto|ev)?makers|companies|manufacturers|producers|firms|\\p{Lu}{1,5}\\)\\s+makers)"
          + "(?:\\s+(?:released|published|showed?|shown|available|compiled)(?:\\s+\\p{L}+)?)?$");
  private static final Pattern OWN_WORK = Pattern.compile(
      "^(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,4})(?:['’]s?)\\s+(?:own\\s+)?(?:calculations|analysis|tally|estimates?|survey|review|count|quotations?|assessments?)\\b.*$");
  private static final Pattern RELEASED_BY_NAME = Pattern.compile(
      "(?i)^(?:statistics|data|figures|numbers)\\s+(?:that\\s+)?(?:the\\s+)?(?-i:(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*)*))\\s+(?:released|published|issued|compiled|put out)\\b.*$");
  private static final Pattern RELEASED_WHEN = Pattern.compile(
      "(?i)\\s+(?:(?:released|published|issued|out)(?:\\s+(?:earlier|later)(?:\\s+in\\s+the)?)?(?:\\s+(?:on|this|last|early|late))?\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
          + "|today|yesterday|week|month|morning|afternoon|evening)|released|published|issued)$");
  private static final Pattern RELATIVE = Pattern.compile("(?i)^(?:which|that|who|whose|as)\\b.*");
  /** A person's name, then where the person works: "Berkan Bayram from TEHAD", "Kwasi Ampofo of Bloomberg NEF". */
  private static final Pattern PERSON_EMPLOYER = Pattern.compile("^(\\p{Lu}[^,;()]*?)\\s+(?:from|of|at)\\s+(?:the\\s+)?\\p{Lu}[^,;]*$");
  /**
   * "government body Cochilco", "research agency BMI", "Chile state copper commission Cochilco", "the country's state copper
   * commission Cochilco",
   * "The national copper commission Cochilco": lower-case descriptors (after an article or one
   * capitalized word of origin) before a name; "Ministry of Commerce" is a name, not "Commerce".
   */
  private static final Pattern DESCRIPTOR_NAME = Pattern.compile(
      "^(?:(?:[Tt]he|[Aa]n?)\\s+|\\p{Lu}\\p{Ll}+\\s+(?!(?:of|for|and|de|the|on|in|at|to|from)\\s))?(?:\\p{Ll}[\\p{L}-]*(?:['’]s)?\\s+){1,4}(\\p{Lu}[\\p{L}&.’'-]*(?:\\s+(?:\\p{Lu}[\\p{L}&.’'-]*|of|for|and|de))*)$");

  private static final Pattern SHORT_FORM_REPORT = Pattern.compile(
      "^(?:(?:[Tt]he|[Aa]n?)\\s+)?(\\p{Lu}[\\p{Lu}&]{1,8})(?:['’]s?)?\\s+(?:(?:latest|new|monthly|annual|quarterly|own)\\s+)?(?:report|survey|study|analysis|estimates?|release|statement)$");
  /**
   * "An AMIA report published by the national statistics agency Inegi": a record named with its owner, then the body that
   * published or relayed it; the owner's record (credit29b; GUIDELINES: the data owner over the body that relays it).
   */
  private static final Pattern RELAYED_RECORD = Pattern.compile(
      "^((?:[Tt]he|[Aa]n?)\\s+(?:\\p{Lu}[\\p{L}&.-]*\\s+){1,6}(?:(?:latest|new|monthly|annual|quarterly)\\s+)?(?:report|survey|study|data|figures|statistics))"
          + "\\s+(?:published|released|issued|distributed|relayed|carried)\\s+(?:by|through|via)\\s+\\S.*$");
  private static final Pattern BASED_NAME = Pattern.compile(
      "^(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}.]*(?:[\\s,]+\\p{Lu}[\\p{L}.]*){0,2}-(?:based|headquartered|listed|registered)\\s+(?=\\p{Lu})");
  private static final Pattern OWNER_REPORT = Pattern.compile(
      "^((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}&.-]*|of|for|and)){0,6})(?:\\s+\\(\\p{Lu}[\\p{Lu}&]{1,8}\\))?['’]s?\\s+(?:\\(\\p{Lu}[\\p{Lu}&]{1,8}\\)\\s+)?"
          + "(?:[\\p{L}-]+\\s+|\\([^()]{1,60}\\)\\s+){0,6}(?i:report|outlook|survey|study|review|index|tracker|analysis|forecast|assessment|measurement)"
          + "(?:\\s+(?:for|on|about)\\s+[^,;]+)?$");
  /**
   * "the most recent US Geological Survey report on the metal", "a new International Energy Agency (IEA) report": a known
   * body's report named without a possessive is the body's, as "the IEA's report" is ({@link #OWNER_REPORT}); "a Platts
   * analysis of customs data" (what was analysed) stays as written.
   */
  private static final Pattern BODY_REPORT = Pattern.compile(
      "^(?:[Tt]he|[Aa]n?)\\s+(?:(?:most\\s+)?(?:recent|latest|new|annual|monthly|quarterly|first|last)\\s+)*"
          + "(\\p{Lu}[\\p{L}&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}&.-]*|of|for|and)){0,6})(?:\\s+\\(\\p{Lu}[\\p{Lu}&]{1,8}\\))?\\s+"
          + "(?:report|survey|study|analysis|outlook|assessment|review|forecast)(?:\\s+(?:on|about|for)\\s+[^,;]+)?"
          // "An AMIA report published by the national statistics agency Inegi": the report's author, not its publisher (credit29a).
          + "(?:\\s+(?:published|released|issued|distributed|circulated)\\s+(?:by|through|via)\\s+[^,;]+)?$");

  /**
   * "BNEF analysts", "The UBS team", "the Bloomberg analyst consensus", "Panasonic's financial documents", "USGS study for 2016",
   * "China's official Xinhua news agency": a body's own people or records after its name (body-tails.tsv) credit the body
   * (credit13). Up to two lower-case words on either side of the name ("official", "financial", "analyst"); a place's
   * possessive before it ("China's"); a year the record is for after it.
   */
  private static final Pattern NAME_THEN_TAIL = Pattern.compile(
      "^(?:(?:[Tt]he|An?|Some|Most|Several|Many|Other|Two|Three|Four|Five)\\s+)?(?:(?<place>\\p{Lu}[\\p{L}.-]*)['’]s\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}"
          + "(?<name>\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3})(?:['’]s?)?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(?:"
          + String.join("|", Tsv.read("body-tails.tsv").stream().map(r -> Pattern.quote(r.get("words"))).toList())
          + ")(?:\\s+for\\s+(?:the\\s+year\\s+)?\\d{4})?$");

  private static final Pattern POSSESSIVE_BEFORE_TAIL = Pattern.compile("['’]s?\\s");
  // Three capitals at least: "EV analysts" or "AI researchers" name a field, not a body.
  private static final Pattern SHORT_FORM = Pattern.compile("\\p{Lu}[\\p{Lu}&]{2,}|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*");

  /**
   * The name of {@link #NAME_THEN_TAIL} where it names a body, else null: no place, a place only before its possessive; one
   * word only as a possessive, a short form ("UBS", "BloombergNEF") or a body of the lexicon, so that "Independent analysts"
   * or "Top analysts" at a sentence's start name nobody new; nothing for a group that names nobody ("Some Chinese analysts").
   */
  private static String nameBeforeTail(String s, Lexicon lexicon) {
    Matcher m = NAME_THEN_TAIL.matcher(s);
    if (!m.matches() || namesNobody(s)) return null;
    if (m.group("place") != null && !isPlace(m.group("place"), lexicon)) return null;
    String name = m.group("name");
    if (isPlace(name, lexicon)) return null;
    boolean oneWord = !name.contains(" ");
    boolean possessive = POSSESSIVE_BEFORE_TAIL.matcher(s.substring(m.end("name"))).lookingAt();
    if (oneWord && !possessive && !SHORT_FORM.matcher(name).matches() && !isOrganization(name, lexicon)) return null;
    return name;
  }

  /** "China", "the EU": a country or region alone, which is no source ("data from top metals consumer China"). */
  static boolean isPlace(String name) {
    return isPlace(Regexes.replaceFirst(name.strip(), "^(?:the|The)\\s+", ""), Lexicon.get());
  }

  private static boolean isPlace(String name, Lexicon lexicon) {
    for (var m : lexicon.countries().find(name)) if (m.start() == 0 && m.end() == name.length()) return true;
    for (var m : lexicon.regions().find(name)) if (m.start() == 0 && m.end() == name.length()) return true;
    return false;
  }

  private static boolean isOrganization(String name, Lexicon lexicon) {
    for (var m : lexicon.organizations().find(name)) if (m.start() == 0 && m.end() == name.length()) return true;
    return false;
  }

  private static final Pattern DEFINED_ACRONYM = Pattern.compile(
      "((?:the\\s+)?\\p{Lu}[\\p{L}'’&.-]*(?:\\s+(?:of|for|and|de|\\p{Lu}[\\p{L}'’&.-]*)){1,8})\\s+\\((\\p{Lu}[\\p{Lu}&]{1,8})\\)");

  private Credits() {}

  /**
   * The short forms a text defines: "the China Passenger Car Association (CPCA)" → CPCA → that name; the long form its
   * initials spell first (ShortForms: "the International Council on Clean Transportation (ICCT)"), else the capitalized
   * words before the bracket.
   */
  public static java.util.Map<String, String> acronyms(String text) {
    // "(AMIA for its acronym in Spanish)" defines AMIA as "(AMIA)" does (ExplainedShortForms).
    text = ExplainedShortForms.bare(text);
    java.util.Map<String, String> out = ShortForms.defined(text);
    Matcher m = DEFINED_ACRONYM.matcher(text);
    while (m.find()) out.putIfAbsent(m.group(2), m.group(1));
    // "The ABS" on a page that names "the Australian Bureau of Statistics" without a bracket (SpelledNames).
    SpelledNames.of(text).forEach(out::putIfAbsent);
    // "the Society of the Irish Motor Industry (Simi)": one capitalized word in brackets (LooseShortForms).
    LooseShortForms.defined(text).forEach(out::putIfAbsent);
    // "ABVE (Brazilian Electric Vehicle Association)": the short form first, its full name in brackets (LeadingShortForms).
    LeadingShortForms.defined(text).forEach(out::putIfAbsent);
    return out;
  }

  private static final Pattern NOT_A_NOUN_PHRASE = Pattern.compile(
      "(?i)\\b(?:have|has|had|been|is|are|was|were|will|would|could|can|may|might|when|where|while|it|they|we)\\b|(?<=\\S\\s)(?:he|she)\\b|^(?:(?-i:\\p{Ll}+ing)|with|when|after|as|while|if|because|before|since|by|for|to|in|on|at|of|from|despite|amid)\\b");
  /** A share of people as a subject: a number, percent or fraction (qualified), "N in M", "majorities", with what of. */
  private static final Pattern SHARE_OF_PEOPLE = Pattern.compile(
      "(?i)(?:only\\s+|just\\s+)?(?:(?:more|less|fewer)\\s+than|nearly|almost|about|around|approximately|roughly|some|over|under|up\\s+to|at\\s+least)?\\s*"
          + "(?:(?:a\\s+|one\\s+)?(?:\\d[\\d.,]*\\s*(?:%|percent|per\\s+cent)?|(?:one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:half|halves|thirds?|quarters?|fourths?|fifths?|tenths?)"
          + "|half|third|quarter|fourth|fifth|(?:a\\s+)?(?:large\\s+|slim\\s+|clear\\s+|vast\\s+)?majority|majorities|minority)(?:\\s+of\\s+[^,;]{1,60})?"
          + "|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)"
          + "(?:\\s+(?:of\\s+)?[^,;]{1,60})?)");
  private static final Pattern COMPANY_REFERENCE = Pattern.compile("(?i)(?:the|this)\\s+(?-i:(?:\\p{Ll}[\\p{L}-]*\\s+){0,2})(?:miner|automaker|carmaker|producer|maker|group)");
  private static final Pattern BODY_REFERENCE = Pattern.compile(
      "(?i)(?:the|this|these|both)\\s+(?-i:(?:\\p{Ll}[\\p{L}-]*\\s+){0,2})(?:" + AnnouncedOwners.BODY_HEADS + ")");
  private static final Pattern SOURCE_NOUN = Pattern.compile(
      "(?i)\\b(?:data|figures|statistics|numbers|customs|reports?|survey|study|analysis|estimates?|ministry|bureau|office|agency"
          + "|association|government|officials?|analysts?|traders?|experts?|sources?|research|researchers?|observers?|insiders?|executives?"
          + "|economists?|spokes(?:man|woman|person)|calculations|forecasts?|consultancy|firm|company"
          // "the central bank said in a report": the bank that keeps a country's money and its statistics (credit13).
          + "|central\\s+bank)\\b");

  /**
   * Whether a phrase before a reporting verb or after "according to" could name a source at all:
   * a noun phrase with a name or a word for a source ("customs data", "Rho Motion", "analysts"), not
   * "falling short of" (estimates), "Rates have been tweaked twice", "national security" (citing)
   * or "with the refining capacities share" (estimated).
   */
  public static boolean couldName(String source) {
    if (source == null) return false;
    String s = source.strip();
    if (Regexes.matches(s, "(?i)he|she")) return true;
    // "a stock filing", "its filing", "a statement on its third-quarter results": the company's own document.
    if (Disclosures.get().isDocument(s)) return true;
    if (s.isEmpty() || NOT_A_NOUN_PHRASE.matcher(s).find()) return false;
    // "More than two-thirds said", "Only 60 percent of overall drivers said", "Majorities say": a share of the people
    // asked says it, and the figure is theirs to report, not a source's.
    if (SHARE_OF_PEOPLE.matcher(s).matches()) return false;
    // "According to" before "reports": a phrase ending in a preposition is no noun phrase.
    if (ENDS_IN_FUNCTION_WORD.matcher(s).find()) return false;
    // "The Chinese automaker increased its annual sales": a clause (a possessive after its subject), not a name.
    if (INNER_POSSESSIVE.matcher(s).find()) return false;
    if (measureHead(s)) return false;
    if (SOURCE_NOUN.matcher(s).find()) return true;
    // "In his reply, the minister said": a person of the text by office (CreditResolver finds whom it names).
    if (Titles.get().definiteOffice(s) != null) return true;
    // "after the miner reported": the company the text is about, as "the company" is (CreditResolver's back-reference).
    if (COMPANY_REFERENCE.matcher(s).matches()) return true;
    // "According to the industry representative body", "the entities said": a body named before (CreditResolver's back-reference).
    if (BODY_REFERENCE.matcher(s).matches()) return true;
    // "the exchange said", "exchange data show": a body named before by its kind (KindReferences).
    if (KindReferences.couldName(s)) return true;
    // "…, Kazinform cites energyprom.kz", "motorcyclesdata.com said in a new report": a web address written in lower case names
    // the site that publishes the figures (credit33d).
    if (DescribedOutlets.webAddress(s)) return true;
    if (!Regexes.matches(s, "(?s).*\\p{Lu}.*")) return false;
    // A country alone is not a source ("China announced export controls").
    String bare = Regexes.replaceFirst(s, "^(?:the|The)\\s+", "");
    for (var m : Lexicon.get().countries().find(bare)) if (m.start() == 0 && m.end() == bare.length()) return false;
    for (var m : Lexicon.get().regions().find(bare)) if (m.start() == 0 && m.end() == bare.length()) return false;
    return true;
  }

  /** "customs data", "Statistics the CPCA released on Wednesday", "Data furnished by SIAM": a record among the subject's words. */
  private static final Pattern RECORD_WORD = Pattern.compile(
      "(?i)\\b(?:data|figures|statistics|numbers|survey|surveys|report|reports|study|analysis|calculations|estimates|records|index|poll"
          + "|results|documents?|tally|count|table|chart|release|statement|filing|filings|quotations?|assessments?)\\b");

  /** Whether a subject is something that shows figures (data, a report, a filing), not a business that has them. */
  public static boolean isRecord(String subject) {
    String s = subject.strip();
    return RECORD_WORD.matcher(s).find() || Disclosures.get().isDocument(s);
  }

  private static final Pattern MODELLING = Pattern.compile("(?i)\\b(?:modell?ing|models?|projections?|scenarios?\\s+by)\\b");

  /** Whether a phrase names a source: a word for one ("customs data", "an analysis") or a body of the lexicon. */
  public static boolean namesASource(String phrase, Lexicon lexicon) {
    if (SOURCE_NOUN.matcher(phrase).find() || MODELLING.matcher(phrase).find() || Disclosures.get().isDocument(phrase)) return true;
    return !lexicon.organizations().find(phrase).isEmpty();
  }

  private static final Pattern ENDS_IN_FUNCTION_WORD = Pattern.compile(
      "(?i)\\s*\\b(?:to|of|by|from|on|in|at|for|with|and|or|the|a|an)$");
  private static final Pattern INNER_POSSESSIVE = Pattern.compile("(?i)\\S\\s+(?:its|their|his|her|our)\\s");

  /**
   * "Germanium shipments also showed signs of recovery", "China's exports showed": a subject whose
   * head is a lower-case measure word (a flow of measure-parts.tsv) is what the sentence reports, not who.
   */
  static boolean measureHead(String s) {
    String[] words = s.split("\\s+");
    String head = words[words.length - 1];
    if (head.isEmpty() || !Character.isLowerCase(head.charAt(0)) || Regexes.matches(head, ".*(?:ed|ing)$") || head.equals("per")) return false;
    MeasureParts parts = MeasureParts.of(head);
    return parts.flow() != null;
  }

  private static final java.util.Set<String> NOBODY_HEADS = java.util.Set.of("report", "reports", "data", "figures", "statistics",
      "numbers", "estimates", "forecasts", "analyst", "analysts", "source", "sources", "expert", "experts", "observer", "observers",
      "trader", "traders", "insider", "insiders", "watchers", "people", "participants", "economist", "economists", "calculations",
      "research", "studies", "survey", "surveys", "makers", "carmakers", "automakers", "companies", "manufacturers", "producers",
      "firms", "importers", "exporters", "buyers", "sellers", "investors", "executives", "officials");

  /**
   * "global automobile experts", "Other Chinese automakers", "a minor metal trader": a head noun
   * for nobody in particular after lower-case words and country adjectives only.
   */
  private static boolean unnamedGroup(String s) {
    String[] words = s.split("\\s+");
    if (words.length < 2 || words.length > 6) return false;
    if (!NOBODY_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return false;
    for (int i = 0; i < words.length - 1; i++) {
      String w = words[i];
      if (w.equals("customs") || w.equals("government") || w.equals("official")) return false;
      if (Character.isLowerCase(w.charAt(0)) || i == 0 && Regexes.matches(w, "(?i)the|a|an|other|some|several|many|these|those|global|local")) continue;
      boolean adjective = false;
      for (var m : Lexicon.get().countries().find(w)) if (m.start() == 0 && m.end() == w.length()) adjective = true;
      if (!adjective) return false;
    }
    return true;
  }

  private static final Pattern MEMBER_OF = Pattern.compile("(?i)^(?:one|some|several|many|most|two|three)\\s+of\\s+(.+)$");

  /** "an industry association", "a research firm": a body not named. */
  private static final Pattern INDEFINITE = Pattern.compile("^(?:a|an|one)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}\\p{Ll}[\\p{L}-]*$");

  /**
   * "One source", "Four industry sources", "Sources familiar with the discussion", "Local media", "Media", "government sources":
   * unnamed informants and the press in general; a source at a named body ("a source at Tenke Fungurume Mining") is still
   * nobody named.
   */
  private static final Pattern UNNAMED_INFORMANT = Pattern.compile(
      "(?i)^(?:(?:a|an|one|two|three|four|five|several|some|many|other|another|the|these|those|multiple|various)\\s+)?"
          + "(?<adjective>\\p{L}[\\p{L}-]*\\s+)?(?:(?-i:\\p{Ll}[\\p{L}-]*)\\s+)?(?:sources?|media|insiders?|people|persons?)"
          + "(?:\\s+(?:familiar\\s+with|close\\s+to|with\\s+knowledge\\s+of|briefed\\s+on|at|in|from|who)\\b.*)?$");

  /** "local", "State", "Chinese", "government": a word that qualifies informants without naming them ("Argus Media" names a body). */
  private static boolean unnamedAdjective(String word) {
    if (word == null) return true;
    String w = word.strip();
    if (Character.isLowerCase(w.charAt(0)) || Regexes.matches(w, "(?i)local|state|social|foreign|western|official|industry|government|mainstream"
        + "|international|national|regional|trade|market|company|military|diplomatic|senior|several|multiple|two|three|four|five")) return true;
    for (var m : Lexicon.get().countries().find(w)) if (m.start() == 0 && m.end() == w.length()) return true;
    return false;
  }

  /**
   * "Wall Street", "The Street", "Wall Street analysts", "the Street's consensus", "most Wall Street economists": a market named
   * by where it trades (market-places.tsv), alone or with lower-case words for its people or records; "Wall Street Journal"
   * names a body.
   */
  private static final Pattern MARKET = Pattern.compile("^(?:(?i:the|most|many|some|several|other)\\s+)?(?:"
      + String.join("|", Tsv.read("market-places.tsv").stream().map(r -> Pattern.quote(r.get("name")).replace(" ", "\\E\\s+\\Q")).toList())
      + ")(?:['’]s?)?(?:\\s+\\p{Ll}[\\p{L}-]*){0,3}$");

  /** Whether {@code phrase} names a market by where it trades, which is no body ("Wall Street analysts", "The Street"). */
  static boolean namesTheMarket(String phrase) {
    return MARKET.matcher(phrase.strip()).matches();
  }

  /** Whether a credited phrase names nobody: "reports", "the data", "data released Friday", a relative clause. */
  public static boolean namesNobody(String source) {
    if (source == null) return true;
    String s = source.strip();
    if (namesTheMarket(s)) return true;
    Matcher informant = UNNAMED_INFORMANT.matcher(s);
    if (informant.matches() && unnamedAdjective(informant.group("adjective"))) return true;
    // "One of the German traders", "some of the analysts": a member of a group that names nobody names nobody.
    Matcher member = MEMBER_OF.matcher(s);
    if (member.matches() && namesNobody(member.group(1))) return true;
    return s.isEmpty() || NOBODY.matcher(s).matches() || RELATIVE.matcher(s).matches() || unnamedGroup(s) || INDEFINITE.matcher(s).matches()
        || !s.chars().anyMatch(Character::isLetter) || UnnamedPeople.namesNobody(s)
        // "Estimated figures for the end of 2021", "a copy of the draft seen Friday in Kigali": a record with no owner (credit32a).
        || CreditSpans.namesNobody(s);
  }

  /** The named source of a credited phrase (see the class comment); the phrase itself when nothing applies. */
  public static String normalize(String source, Lexicon lexicon) {
    return normalize(source, lexicon, java.util.Map.of());
  }

  private static final Pattern ACRONYM_BEFORE_DATA = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}&.-]{1,9})\\)(?=\\s+(?:trade\\s+)?(?:data|figures|statistics|numbers)$)");
  private static final Pattern WHEN_AFTER_NAME = Pattern.compile("(?<=[\\p{L})])\\s+(?:yesterday|today|(?:(?:earlier|later)\\s+)?(?:last|this)\\s+(?:week|month|year)|earlier\\s+in\\s+the\\s+(?:week|month|year))$");
  private static final Pattern NEWS_AGENCY_AFTER_NAME = Pattern.compile("^(\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*)*)\\s+(?:news\\s+agency|news\\s+service|newswire|wire\\s+service)$");

  /**
   * As {@link #normalize(String, Lexicon)}, with the short forms the article itself defines
   * ("the China Passenger Car Association (CPCA)" makes "the CPCA" that association).
   */
  public static String normalize(String source, Lexicon lexicon, java.util.Map<String, String> acronyms) {
    if (source == null) return null;
    String s = source.strip();
    // An unbalanced parenthesis is left over from "(CPCA)" cut at the clause end.
    if (s.endsWith(")") && !s.contains("(")) s = s.substring(0, s.length() - 1).strip();
    if (s.startsWith("(") && !s.contains(")")) s = s.substring(1).strip();
    // "IANS) Kolkata-based Graphite India": the end of a bracket the clause start cut ("Mumbai, Aug 1 (IANS) …") is no part of the name.
    s = CUT_BRACKET.matcher(s).replaceFirst("");
    // "Fenabrave (National Federation of Motor Vehicle Distributors)": the full name the bracket gives (LeadingShortForms).
    String leading = LeadingShortForms.fullName(Regexes.replaceFirst(s, "^(?:the|The)\\s+", ""));
    if (leading != null) s = leading;
    // "Lynas Rare Earths Ltd (ASX:LYC)": the exchange ticker and the legal form are no part of whom a reader credits.
    s = TICKER.matcher(s).replaceFirst("");
    s = LEGAL_FORM.matcher(s).replaceFirst("");
    // "Reuters’ calculations based on CPCA data": the calculations are the named body's own.
    Matcher own = OWN_WORK.matcher(s);
    if (own.matches()) s = own.group(1);
    s = ACRONYM_BEFORE_DATA.matcher(s).replaceFirst("");
    // "Statistics the CPCA released on Wednesday" → the CPCA; "Xinhua news agency" → Xinhua.
    Matcher released = RELEASED_BY_NAME.matcher(s);
    if (released.matches()) s = released.group(1);
    // "Customs data released on Thursday", "a statement from the Ministry … yesterday": when it came out is no part of who.
    s = RELEASED_WHEN.matcher(s).replaceFirst("");
    // "An AMIA report published by the national statistics agency Inegi": the owner's report, not its publisher (RELAYED_RECORD).
    Matcher relayed = RELAYED_RECORD.matcher(s);
    if (relayed.matches()) s = relayed.group(1);
    // "a press release issued by the National Institute of Statistics", "General Administration of Customs data": the issuer.
    s = IssuerPhrases.issuer(s);
    // "the latest Minerals Commodity Summaries published by the United States Geological Survey", "the Tesla Employment
    // Forecast": a titled document's issuer or owner (TitledRecords, credit33c).
    String titled = TitledRecords.owner(s, lexicon, acronyms);
    if (titled != null) s = titled;
    // "statistics released by the CCFA earlier this month": when is no part of who (credit11).
    s = WHEN_AFTER_NAME.matcher(s).replaceFirst("");
    // "The FCAI monthly figures", "the government’s Vahan portal", "China’s state-run newspaper Global Times": the name inside.
    s = SourcePhrases.cut(s, lexicon);
    // "the state-run Petra news agency", "a Newsroom analysis of pre-election sales trends": the name the description gives.
    s = DescribedNames.cut(s, lexicon);
    // "the Electric Vehicle Council's State of EVs report", "The IEA’s new Global EV Outlook report": the body's.
    Matcher ownReport = OWNER_REPORT.matcher(s);
    if (ownReport.matches() && !isPlace(Regexes.replaceFirst(ownReport.group(1), "^(?:the|The)\\s+", ""), lexicon)) s = ownReport.group(1);
    Matcher bodyReport = BODY_REPORT.matcher(s);
    if (bodyReport.matches() && (isOrganization(bodyReport.group(1), lexicon) || acronyms.containsKey(bodyReport.group(1)))) s = bodyReport.group(1);
    String tailed = nameBeforeTail(s, lexicon);
    if (tailed != null) s = tailed;
    s = NEWS_AGENCY_AFTER_NAME.matcher(s).replaceFirst("$1");
    Matcher intro = INTRO.matcher(s);
    if (intro.find() && intro.end() < s.length()) s = s.substring(intro.end());
    // "CAAM data", "new Eurostat trade data": the data of a name; "customs data" and "an analysis of customs data" stay.
    Matcher data = TRAILING_DATA.matcher(s);
    if (data.find() && !Regexes.matches(s.substring(0, data.start()), "(?s).*\\b(?:of|from|on)\\s+\\S+$")) {
      String rest = s.substring(0, data.start());
      String last = rest.substring(rest.lastIndexOf(' ') + 1);
      // "CAAM data" → CAAM; "Customs data" stays (customs is an office's common name, not a name).
      if (!last.isEmpty() && Character.isUpperCase(last.charAt(0)) && !Regexes.matches(rest, "(?i)(?:the\\s+)?(?:chinese\\s+|china['’]s\\s+)?customs")) s = rest;
    }
    s = ACRONYM_AFTER.matcher(s).replaceFirst("");
    if (s.endsWith(")") && !s.contains("(")) s = s.substring(0, s.length() - 1).strip();
    // "the FADA report", "the IEA's survey": the report of a short form is the body's.
    Matcher report = SHORT_FORM_REPORT.matcher(s);
    if (report.matches() && (acronyms.containsKey(report.group(1)) || isOrganization(report.group(1), lexicon))) s = report.group(1);
    // "Guangzhou-based XPeng", "Shenzhen-listed Tianqi Lithium": where it sits is no part of the name.
    s = BASED_NAME.matcher(s).replaceFirst("");
    // "Kwasi Ampofo of Bloomberg NEF", "Trader Aaron Jerome from Lipmann Walton and Co.": the person, not the employer.
    // Not a body's name with "of" in it: "The Society of Motor Manufacturers and Traders", "Argentina's Secretary of Mining".
    Matcher employer = PERSON_EMPLOYER.matcher(s);
    if (employer.matches() && AttributionFinder.isPersonName(Titles.get().name(employer.group(1)))
        && !Regexes.matches(employer.group(1), "(?s)(?:The|A|An)\\s.*|.*['’]s\\b.*") && !isPlace(employer.group(1), lexicon)
        && !Titles.get().endsInTitle(employer.group(1))) {
      s = employer.group(1);
    }
    // "Mining Minister Louis Watum Kabamba", "Mines and Minerals Development Minister Paul Kabuswe", "Dr Jake Whitehead":
    // the person, without the title (titles.tsv, occupations.tsv).
    s = Titles.get().name(s);
    String bare = Regexes.replaceFirst(s, "^(?:the|The)\\s+", "");
    if (acronyms.containsKey(bare)) return acronyms.get(bare);
    // "EVAP and Department of Energy": each side by the name the page spells out (ConjoinedNames).
    String pair = ConjoinedNames.expand(s, acronyms);
    if (!pair.equals(s)) return pair;
    Matcher body = BODY_NAME.matcher(s);
    if (body.matches()) s = body.group(1);
    // "the official INE statistics agency", "the state Cochilco copper commission": the short name inside the description.
    // Not "the EU statistics office", "the UK statistics office": a place in the description is no name of the body.
    Matcher inner = NAME_IN_DESCRIPTION.matcher(s);
    if (inner.matches() && !isPlace(inner.group(1))) s = inner.group(1);
    // An organization written by its short form ("CAAM", "IEA") is named in full.
    for (var m : lexicon.organizations().find(bare)) {
      if (m.start() == 0 && m.end() == bare.length() && m.text().equals(m.text().toUpperCase(Locale.ROOT))) return m.value();
    }
    for (var m : lexicon.organizations().find(s)) {
      if (m.start() == 0 && m.end() == s.length() && m.text().equals(m.text().toUpperCase(Locale.ROOT))) return m.value();
    }
    Matcher d = DESCRIPTOR_NAME.matcher(s);
    // "an investment Mr Musk": a title the description left before the name goes too.
    if (d.matches() && !Regexes.matches(s, "^(?:[Tt]he|[Aa]n?)\\s+\\p{Lu}.*")) s = Titles.get().name(d.group(1)); // no (?i): it would make \p{Lu} match any letter
    // "a representative of the AMMC": the short form a description left is named as the page spells it out (credit29a).
    return fullName(s.strip(), acronyms);
  }

  /**
   * The page's full name of a credit written by a short form the page defines or spells ("AMMC" → "Almalyk Mining and
   * Metallurgical Combine", "STATIN" → "The Statistical Institute of Jamaica"), else the credit itself (credit29a).
   */
  public static String fullName(String credit, java.util.Map<String, String> acronyms) {
    if (credit == null || acronyms.isEmpty()) return credit;
    String bare = Regexes.replaceFirst(credit.strip(), "^(?:the|The)\\s+", "");
    String full = acronyms.get(bare);
    if (full == null || bare.isEmpty()) return credit;
    // "Sociedad Química y Minera de Chile (SQM)" read as "Minera de Chile" by the capitalized words before the bracket: a long
    // form that does not open with the short form's first letter is no spelling of it, and the credit stays as written.
    String longBare = Regexes.replaceFirst(full.strip(), "^(?:the|The|THE)\\s+", "");
    if (longBare.isEmpty() || Character.toUpperCase(longBare.charAt(0)) != Character.toUpperCase(bare.charAt(0))) return credit;
    return full;
  }
}
