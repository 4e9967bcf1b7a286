package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Titles;
import org.claimgraph.lexicon.Regexes;

/**
 * Finds whom a sentence credits: a source after a cue ("according to a Platts analysis of
 * customs data", "As per the General Administration of Customs", "citing Reuters", "data from
 * the IEA"), a source before a reporting verb ("customs data showed", "The China Association of
 * Automobile Manufacturers noted"), or a quoted speaker ("…," said David Merriman, a research
 * director at Project Blue).
 *
 * <p>References back to an earlier source ("according to the analysis", "the report also
 * mentioned") are resolved by {@link #resolve} against the sources seen earlier in the article.
 */
public final class AttributionFinder {

  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]+|de|van|von|da|del|bin|al-\\p{L}+)){0,3}";
  /** "…," said David Merriman, a research director at Project Blue, a metals consultancy, in an email. */
  private static final Pattern SAID_NAME = Pattern.compile(
      "(?:said|says|told\\s+\\w+|added|noted|explained|wrote|stated|" + StatementVerbs.ALTERNATION + ")\\s+(?:(?:the\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}(?=\\p{Lu}))?"
          // "…,” EU trade chief Valdis Dombrovskis said on Thursday": a day or a month after the verb is when, not who (not May,
          // which may name a person).
          + "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September"
          + "|October|November|December)\\b)(" + NAME + ")"
          + "(?:,\\s+(?:the\\s+|a\\s+|an\\s+)?([^,.;]{3,90}?)(?:\\s+(?:at|of|for|with)\\s+([^,.;]{2,80}))?)?(?=[,.;]|\\s+(?:on|in|at|to|during|via)\\s|$)");
  /** "Berry said", "David Merriman, a research director at Project Blue, said". */
  private static final Pattern NAME_SAID = Pattern.compile(
      "(" + NAME + ")(?:,\\s+(?:the\\s+|a\\s+|an\\s+)?([^,.;]{3,90}?)(?:\\s+(?:at|of|for|with)\\s+([^,.;]{2,80}))?(?:,\\s+(?:the|a|an)\\s+[^,.;]{3,90})?,)?"
          + "\\s+(?:(?:also|further|later)\\s+)?(?:said|says|told|added|noted|explained|wrote|stated|" + StatementVerbs.ALTERNATION + ")\\b");
  /**
   * "Bambang Suswantono, the ESDM’s Director General of Mineral and Coal, reported on Tuesday.": a person named with his office
   * set off by commas, then a verb of reporting that "said" does not cover; the tag of the figures that follow (SpeechRuns).
   * The office opens with an article or a capital ("The Ministry of Heavy Industries, in its recent notification, announced"
   * is a body's act, no person's).
   */
  private static final Pattern NAME_REPORTED = Pattern.compile(
      "(" + NAME + "),\\s+(?:(?:the|a|an)\\s+|(?=\\p{Lu}))([^,.;]{3,90}?)(?:\\s+(?:at|of|for|with)\\s+([^,.;]{2,80}))?,"
          + "\\s+(?:(?:also|further|later)\\s+)?(?:reported|announced|revealed|disclosed|projected)\\b");
  /**
   * Every reporting verb of TITLE_NAME_SAID (ApposedTitles), NAME_SAID, NAME_REPORTED, DESCRIPTION_NAME and ORG_APPOSITION, after
   * the white space each of them needs before it: a sentence none of them can match lacks it.
   */
  private static final Pattern VERB_AFTER_SPACE = Pattern.compile("\\s(?:said|says|told|added|noted|explained|wrote|stated|announced"
      + "|reported|revealed|disclosed|projected|" + StatementVerbs.ALTERNATION + ")\\b");
  private static final Pattern QUOTE = Pattern.compile("[\"“”]");
  /**
   * "…, said the China Nonferrous Metals Industry Association." (reported speech, no quote marks); "…, reports BBC.", "…, reports
   * Yonhap news agency.": a rewrite's inverted credit of the outlet it retells; "…, said the minister X according to CNN
   * Indonesia": the speaker, up to the outlet that reports him.
   */
  private static final Pattern SAID_SOURCE = Pattern.compile(
      ",\\s*(said|says|reported|reports|estimated|noted|added|wrote)\\s+((?:the|a|an)\\s+(?:[^,.;\"“”]|\\.(?=\\p{L})){2,80}?|\\p{Lu}(?:[^,.;\"“”]|\\.(?=\\p{L})){1,80}?)(?=\\s*(?:[,;]|\\.(?!\\p{L})|$|\\s+on\\s|\\s+in\\s+a\\s|\\s+according\\s+to\\s))");
  /**
   * "Eurostat, the EU statistical office, reported", "Contemporary Amperex Technology, the world’s biggest maker of
   * electric car batteries, reported", "LG Energy Solution, the battery affiliate of LG Group, said": a name, its
   * description between commas, then the reporting verb.
   */
  private static final Pattern ORG_APPOSITION = Pattern.compile(
      "(?<![\\p{L}-])(" + NAME + "),\\s+((?:the|a|an|its|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*['’]s?)\\s+[^,.;\"“”]{2,90}?\\s\\p{Ll}[\\p{L}-]*"
          // "LG Energy Solution, the battery affiliate of LG Group, said": a description may end in the group or place it
          // belongs to, as a person's does ("Evan Hartley, an analyst at Benchmark, said": NAME_SAID).
          + "(?:\\s+(?:of|at|for|in|within|under)\\s+(?:the\\s+)?" + NAME + ")?),\\s+"
          + "(?:(?:also|further|later|has|had)\\s+)?(said|says|reported|announced|stated|noted|added|" + StatementVerbs.ALTERNATION + ")\\b");
  /**
   * "the developers, Highlands Pacific, reported", "the director-general of customs, Heru Pambudi, said": a description opening a
   * clause (an article, up to six words, a lower-case head and perhaps "of" a thing), then the name between commas, then the
   * reporting verb.
   */
  private static final Pattern DESCRIPTION_NAME = Pattern.compile(
      "(?:^|(?<=[,;]\\s))(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\\s+((?:[\\p{L}\\d][\\p{L}\\d’'-]*\\s+){0,4}\\p{Ll}[\\p{L}’'-]*"
          + "(?:\\s+(?:of|for|at|in)\\s+(?:the\\s+)?\\p{Ll}[\\p{L}-]*){0,2}),\\s+"
          + "((?:the\\s+)?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:(?:of|and|for|de)\\s+)?\\p{Lu}[\\p{L}&.'’-]*){0,7}(?:\\s+\\(\\p{Lu}[\\p{Lu}&]{1,8}\\))?),\\s+"
          + "(?:(?:also|has|had|later)\\s+)?(said|says|reported|announced|stated|noted|added|revealed|disclosed|" + StatementVerbs.ALTERNATION + ")\\b");
  /**
   * Whether the name starting at {@code nameStart} of {@code sentence} is set off after a description of a body ("the developers,
   * Highlands Pacific, reported"): a body then, whatever its words look like; after a person's office or occupation ("the
   * director-general of customs, Heru Pambudi, said") a person.
   */
  static boolean describedAsBody(String sentence, int nameStart) {
    Matcher m = DESCRIPTION_NAME.matcher(sentence);
    while (m.find()) {
      if (m.start(2) != nameStart) continue;
      String description = Regexes.replaceFirst(m.group(1), "\\s+(?:of|for|at|in)\\s.*$", "");
      String head = description.substring(description.lastIndexOf(' ') + 1);
      String capitalized = Character.toUpperCase(head.charAt(0)) + head.substring(1);
      return !Titles.get().isHead(capitalized) && !Titles.get().isHead(head) && !PERSON_HEAD.matcher(head).matches();
    }
    return false;
  }

  /**
   * Heads of a person's description besides the title lexicon's offices ("director-general", "spokesman", "executive", "lead
   * author", "industry expert"): person-description-heads.tsv, after an optional hyphenated prefix.
   */
  private static final Pattern PERSON_HEAD = Pattern.compile("(?i)(?:[\\p{L}]+-)?(?:" + String.join("|",
      org.claimgraph.lexicon.Tsv.read("person-description-heads.tsv").stream().map(r -> Pattern.quote(r.get("word"))).toList()) + ")");

  /** ", the Society of Motor Manufacturers and Traders." after a description: the name, up to the clause end. */
  private static final Pattern APPOSED_NAME = Pattern.compile(
      ",\\s+((?:the\\s+)?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}&.'’-]*|of|and|for|de|the)){0,8})(?=\\s*(?:[,.;]|$))");
  private static final Pattern CLAUSE_STOP = Pattern.compile(
      "[,;:!?](?:\\s|$)|(?<!\\b\\p{Lu})\\.(?:\\s|$)|\\s+(?:which|that|who|show|showed|shows|said|says|states?|stated|noted|also|confirm|confirms|confirmed|indicates?|indicated|reveals?|revealed|suggests?|suggested)\\b|\\s+[-–—]\\s|$");
  private static final Pattern TRAILING_TIME = Pattern.compile(
      "(?i)\\s+(?:on|in|as of|released|published|issued)\\s+(?:(?:the\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|this|early|late|mid)(?:(?!\\s(?:by|from)\\s)[^,;])*|\\d{4})$");
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "(?i)^(?:the|this|that|these|those|its|their)\\s+(?:same\\s+)?(report|analysis|data|figures|statistics|survey|study|outlook|agency|ministry|administration|customs|document|release|estimates?|note|research|article|company|group|association)$");
  private static final Pattern SUBJECT_START = Pattern.compile(
      "(?i)^(?:but|and|so|yet|meanwhile|however|also|overall|separately|in addition|moreover|still|further|furthermore|recently|earlier|now|then|this|that|as)\\s*,?\\s+");

  private final Lexicon lexicon;
  private final List<Lexicon.Cue> before;
  private final List<Lexicon.Cue> after;

  public AttributionFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.before = lexicon.cues().stream().filter(Lexicon.Cue::sourceFollows)
        .sorted((a, b) -> b.cue().length() - a.cue().length()).toList();
    this.after = lexicon.cues().stream().filter(c -> !c.sourceFollows())
        .sorted((a, b) -> b.cue().length() - a.cue().length()).toList();
  }

  /**
   * The attributions stated in {@code sentence} (first character at article offset {@code base}),
   * in text order. A quoted speaker comes with the source it speaks for when the text names one.
   */
  public List<Attribution> find(String sentence, int base) {
    // The credits' lead test reads the first two body paragraphs, the sentence loop then each sentence: a one-sentence
    // paragraph is the same reading, kept from the last four of the thread (perf36). A new list each time, as a reading gives.
    Recent recent = RECENT.get();
    List<Attribution> known = recent.of(this, sentence, base);
    if (known != null) return new ArrayList<>(known);
    List<Attribution> out = read(sentence, base);
    recent.put(this, sentence, base, java.util.Collections.unmodifiableList(new ArrayList<>(out)));
    return out;
  }

  /** The readings of the last four texts a thread's finders looked at (a ring). */
  private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

  private static final class Recent {
    private record Reading(AttributionFinder finder, String text, int base, List<Attribution> found) {}

    private final Reading[] readings = new Reading[4];
    private int next;

    List<Attribution> of(AttributionFinder finder, String text, int base) {
      for (Reading r : readings) if (r != null && r.finder() == finder && r.base() == base && r.text().equals(text)) return r.found();
      return null;
    }

    void put(AttributionFinder finder, String text, int base, List<Attribution> found) {
      readings[next] = new Reading(finder, text, base, found);
      next = (next + 1) % readings.length;
    }
  }

  /** The attributions of {@link #find}, read anew. */
  private List<Attribution> read(String sentence, int base) {
    // "Korea's Ministry of Trade, Industry and Energy": the commas of a body's name end no clause (same offsets).
    // "plunged to zero，customs data showed": a full-width comma ends a clause as a comma does (same offsets).
    String masked = CommaNames.mask(WidePunctuation.narrow(sentence));
    List<Attribution> found = findMasked(masked, base);
    if (masked.equals(sentence)) return found;
    List<Attribution> out = new ArrayList<>(found.size());
    for (Attribution a : found) {
      Speaker sp = a.speaker() == null ? null
          : new Speaker(CommaNames.unmask(a.speaker().name()), CommaNames.unmask(a.speaker().title()), CommaNames.unmask(a.speaker().organization()));
      out.add(new Attribution(CommaNames.unmask(a.source()), sp, a.cue(), a.start(), a.end(), a.carried(), a.via()));
    }
    return out;
  }

  private List<Attribution> findMasked(String sentence, int base) {
    List<Attribution> out = new ArrayList<>();
    Speaker speaker = speaker(sentence);
    if (speaker != null) {
      int at = sentence.indexOf(speaker.name());
      out.add(new Attribution(null, speaker, "said", base + at, base + at + speaker.name().length(), false));
    }
    // One method per kind of credit: each is compiled on its own, not the whole of this as one large unit.
    List<int[]> personSpans = new ArrayList<>();
    if (speaker == null) addSaid(sentence, base, out, personSpans);
    // "Analysts surveyed by FactSet estimate", "A survey … by trade journal electrifying.com and road user group AA found": the
    // author of the group or record credits what it found (AuthoredSubjects); nothing else in that subject is a credit.
    List<int[]> authoredSpans = new ArrayList<>();
    for (AuthoredSubjects.Authored a : AuthoredSubjects.find(sentence)) {
      if (overlaps(out, base + a.start())) continue;
      out.add(new Attribution(a.author(), null, "found", base + a.start(), base + a.end(), false));
      authoredSpans.add(new int[] {base + a.subjectStart(), base + a.verbEnd(), base + a.start()});
    }
    // "Glencore also revised its zinc production forecast by 85,000 tonnes": the forecast is the named subject's (ForecastRevisions).
    for (ForecastRevisions.Revision r : ForecastRevisions.find(sentence)) {
      if (overlaps(out, base + r.start()) || !Credits.couldName(r.subject())) continue;
      out.add(new Attribution(r.subject(), null, ForecastRevisions.CUE, base + r.start(), base + r.end(), false));
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    // "data coming from the Malaysian Automotive Association", "statistics for October from the Information Council for Road
    // Traffic": a record and its source a few words apart (RecordLinks); first, so that a credit around it ("according to the
    // official figures now published by X") gives way to it.
    for (RecordLinks.Linked l : RecordLinks.find(sentence)) {
      if (overlaps(out, base + l.start())) continue;
      out.add(new Attribution(l.source(), null, RecordLinks.CUE, base + l.start(), base + l.end(), false));
    }
    // "The Electric Vehicle Council's annual State of Electric Vehicles report has been released, finding that …": the report's
    // owner, a data source whose credit runs on (ReportSubjects); first, so that the subject as a whole gives way to it.
    for (Attribution r : ReportSubjects.find(sentence, base)) if (!overlaps(out, r.start())) out.add(r);
    addSourcesAfterCues(sentence, lower, base, out);
    addSubjectsBeforeCues(sentence, lower, base, speaker, personSpans, out);
    // "The Platts-assessed … price": the assessing body credits the figure.
    Matcher assessed = ASSESSED.matcher(sentence);
    while (assessed.find()) {
      if (overlaps(out, base + assessed.start(1))) continue;
      out.add(new Attribution(assessed.group(1), null, "assessed", base + assessed.start(1), base + assessed.end(1), false));
    }
    // "figures released Tuesday by Eurostat"
    Matcher released = RELEASED_BY.matcher(sentence);
    while (released.find()) {
      String source = sourceAfter(sentence, released.end());
      if (source == null || overlaps(out, base + released.end()) || !Credits.couldName(source)) continue;
      out.add(new Attribution(source, null, "released by", base + released.end(), base + released.end() + source.length(), false));
    }
    // "Zapmap has published new statistics", "the … Alliance released the latest data, showing": the record's publisher;
    // "compiled data based on data from the GACC": the compiler's, not its input's (DataCredits).
    for (DataCredits.Published p : DataCredits.published(sentence)) {
      int[] span = subjectOf(sentence, p.verb());
      if (span == null || overlaps(out, base + span[0])) continue;
      int from = span[0] + DataCredits.nameStart(sentence.substring(span[0], span[1]));
      String source = sentence.substring(from, span[1]);
      if (!Credits.couldName(source)) continue;
      out.removeIf(a -> a.start() >= base + p.verb() && a.start() < base + p.chainEnd());
      out.add(new Attribution(source, null, p.cue(), base + from, base + span[1], false));
    }
    // "Chinese electric car maker BYD Co Ltd posted a 203.6% rise in first-half profit": a company posting its own results
    // (CompanyResults); "Chile posted a trade surplus" is no company's. Only where nothing else in the sentence credits it: "The
    // company had posted a net profit of Rs 1,362 crore …, Hindalco Industries said in a filing" is the tag's.
    for (int verb : out.isEmpty() ? CompanyResults.verbs(sentence) : List.<Integer>of()) {
      int[] span = subjectOf(sentence, verb);
      if (span == null || overlaps(out, base + span[0])) continue;
      String subject = sentence.substring(span[0], span[1]);
      if (!CompanyResults.company(subject) || !Credits.couldName(subject)) continue;
      out.add(new Attribution(subject, null, CompanyResults.CUE, base + span[0], base + span[1], false));
    }
    // "The Government of Indonesia plans to have around 13 million electric motorbikes": a body's own plan, where nothing else
    // in the sentence credits it (StatedPlans).
    if (out.isEmpty()) addStatedPlans(sentence, base, out);
    // "China supplies over 80% of global tungsten - USGS": a highlight's closing credit.
    Matcher dash = DASH_CREDIT.matcher(sentence);
    if (dash.find() && !lexicon.organizations().find(dash.group(1)).isEmpty()) {
      out.add(new Attribution(dash.group(1), null, "-", base + dash.start(1), base + dash.end(1), false));
    }
    // "Benchmark’s Cathode and Anode indices have fallen 41.9%": a named body's own record (OwnedRecords).
    for (Attribution owned : OwnedRecords.find(sentence, base, lexicon)) if (!overlaps(out, owned.start())) out.add(owned);
    // The author's subject goes first, so that "A survey by Blind", which a verb after it also picks up, does not outlive and
    // then swallow its author ("A survey by workplace chat app Blind shows" → Blind).
    out.removeIf(a -> authoredSpans.stream().anyMatch(sp -> a.start() != sp[2] && sp[0] <= a.start() && a.start() < sp[1]));
    // "The registration statistics for October from the Information Council … show": the linked source, not the whole record.
    out.removeIf(b -> !RecordLinks.CUE.equals(b.cue()) && out.stream().anyMatch(a -> a != b && RecordLinks.CUE.equals(a.cue())
        && b.start() <= a.start() && a.end() <= b.end()));
    // "Reuters’ calculations based on CPCA data show": the outer credit, not "CPCA data" inside it.
    out.removeIf(a -> out.stream().anyMatch(b -> b != a && b.start() <= a.start() && a.end() <= b.end()
        && (b.end() - b.start()) > (a.end() - a.start())));
    // "the Automobile Dealers Association (ZDS) said, based on data from the PZPM …": the input of the credit before it, no credit
    // of its own, so that the sayer's credit is the one that runs on (DataCredits' chain; credit33c).
    out.removeIf(a -> "based on".equals(a.cue()) && out.stream().anyMatch(b -> b != a && b.end() <= a.start()
        && INPUT_AFTER_CREDIT.matcher(sentence.substring(b.end() - base, a.start() - base)).matches()));
    List<Attribution> named = new ArrayList<>(out.size());
    for (Attribution a : out) {
      Attribution n = named(a);
      if (n != null) named.add(n);
    }
    named.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return named;
  }

  /**
   * The credit cut to the name it holds ("In January Musk" → Musk, "the January data" → the data), or null when its words name
   * nothing ("KRW", "Co", "Vietnam's"): no credit then, so one given before runs on (CreditNames).
   */
  private Attribution named(Attribution a) {
    String source = a.source();
    if (source == null) return a;
    int at = CreditNames.nameStart(source);
    if (at < 0) return null;
    String name = CreditNames.withoutTime(source.substring(at));
    if (CreditNames.namesNothing(name, lexicon)) return null;
    return name.equals(source) ? a : new Attribution(name, a.speaker(), a.cue(), a.start() + at, a.end(), a.carried(), a.via());
  }

  /** "The Ethiopian government set a 2030 goal of …", "the Ghana Chamber of Mines projected that …": the plan's owner (StatedPlans). */
  private static void addStatedPlans(String sentence, int base, List<Attribution> out) {
    for (int verb : StatedPlans.verbs(sentence)) {
      int[] span = subjectOf(sentence, verb);
      if (span == null || overlaps(out, base + span[0])) continue;
      int from = span[0] + StatedPlans.ownerStart(sentence.substring(span[0], span[1]));
      int to = span[1];
      int[] apposed = StatedPlans.apposedName(sentence, from, to);
      if (apposed != null) {
        from = apposed[0];
        to = apposed[1];
      }
      String subject = sentence.substring(from, to);
      if (!StatedPlans.owner(subject, sentence.substring(0, from).isBlank()) || !Credits.couldName(subject)) continue;
      out.add(new Attribution(subject, null, StatedPlans.CUE, base + from, base + to, false));
    }
  }

  /** "Berry said", "LG Energy Solution Limited, South Korea's leading battery maker, said", "…, said the China … Association." */
  private static void addSaid(String sentence, int base, List<Attribution> out, List<int[]> personSpans) {
    // The five patterns below end in a reporting verb after a space: a sentence without one is not read by them (the same
    // credits; each tries lazy spans of up to 90 characters at every position of the sentence).
    if (VERB_AFTER_SPACE.matcher(sentence).find()) addNamedThenVerb(sentence, base, out, personSpans);
    // "Joan Félix Benitez, Evergo’s senior superintendent of innovation, estimates that …": the person, not his office (ApposedSpeakers).
    for (ApposedSpeakers.Apposed p : ApposedSpeakers.find(sentence)) {
      if (overlaps(out, base + p.start())) continue;
      personSpans.add(new int[] {p.start(), p.verbEnd()});
      out.add(new Attribution(p.name(), null, "said", base + p.start(), base + p.end(), false));
    }
    Matcher said = SAID_SOURCE.matcher(sentence);
    while (said.find()) {
      String source = said.group(2).strip();
      if (Regexes.matches(source, "(?i)(he|she|they|it|we|i|that|this)") || overlaps(out, base + said.start(2))) continue;
      // "…, said Sun. that", "…, said Tuesday": when it was said, not who.
      if (WEEKDAY.matcher(source).matches()) continue;
      // "…, noted a 150% increase in sales": what was said, not who (SourcePhrases).
      if (SourcePhrases.saidObject(source)) continue;
      int start = said.start(2);
      // "said the car makers’ body, the Society of Motor Manufacturers and Traders": the name the description gives.
      Matcher named = APPOSED_NAME.matcher(sentence).region(said.end(2), sentence.length());
      if (!Regexes.matches(source, "(?s).*\\p{Lu}.*") && named.lookingAt()) {
        source = Regexes.replaceFirst(named.group(1), "(?<=\\p{Ll}{2})\\.$", "");
        start = named.start(1);
      }
      out.add(new Attribution(source, null, said.group(1), base + start, base + start + source.length(), false));
    }
  }

  /** The part of {@link #addSaid} whose patterns name someone and then the verb ("Berry said", "…, Cochilco, said"). */
  private static void addNamedThenVerb(String sentence, int base, List<Attribution> out, List<int[]> personSpans) {
    // "Mines and Mining Development Minister, Winston Chitando, said": the holder of a title set off by commas (ApposedTitles).
    Matcher titled = ApposedTitles.TITLE_NAME_SAID.matcher(sentence);
    while (titled.find()) {
      String title = titled.group(1).strip();
      String name = titled.group(2);
      if (!ApposedTitles.titleAlone(title) || !isPersonName(name) || Credits.isPlace(name)) continue;
      personSpans.add(new int[] {titled.start(1), titled.end()});
      int from = titled.start(1) + titled.group(1).indexOf(title);
      out.add(new Attribution(ApposedTitles.titled(title, name), null, "said", base + from, base + titled.end(2), false));
    }
    for (Pattern said : List.of(NAME_SAID, NAME_REPORTED)) {
      Matcher person = said.matcher(sentence);
      while (person.find()) {
        String name = person.group(1);
        if (!isPersonName(name) || person.group(2) == null || said == NAME_REPORTED && overlaps(out, base + person.start(1))) continue;
        personSpans.add(new int[] {person.start(), person.end()});
        out.add(new Attribution(name, null, "said", base + person.start(1), base + person.end(1), false));
      }
    }
    // "…, the developers, Highlands Pacific, reported yesterday", "the Chilean copper commission, Cochilco, said": the name set off
    // by commas after the description it stands for (credit29b); the verb's subject is the name, the description names no one.
    Matcher described = DESCRIPTION_NAME.matcher(sentence);
    while (described.find()) {
      String name = Regexes.replaceFirst(described.group(2), "^the\\s+", "");
      if (!Credits.couldName(name) || Credits.isPlace(name) || overlaps(out, base + described.start(2))) continue;
      personSpans.add(new int[] {described.start(), described.end()});
      out.add(new Attribution(described.group(2), null, described.group(3), base + described.start(2), base + described.end(2), false));
    }
    // "LG Energy Solution Limited, South Korea's leading battery maker, said": the body, not its description.
    Matcher apposed = ORG_APPOSITION.matcher(sentence);
    while (apposed.find()) {
      String name = apposed.group(1);
      if (isPersonName(name) || !Credits.couldName(name) || overlaps(out, base + apposed.start(1))) continue;
      personSpans.add(new int[] {apposed.start(), apposed.end()});
      out.add(new Attribution(name, null, apposed.group(3), base + apposed.start(1), base + apposed.end(1), false));
    }
  }

  /** "according to a Platts analysis", "citing Reuters", "data from the IEA": the source after a cue. */
  private void addSourcesAfterCues(String sentence, String lower, int base, List<Attribution> out) {
    List<int[]> cueSpans = new ArrayList<>();
    for (Lexicon.Cue cue : before) {
      int from = 0;
      for (int i; (i = indexOfWord(lower, cue.cue(), from)) >= 0; from = i + cue.cue().length()) {
        int at = i;
        // "according to" inside "according to data from": the longer cue already gave the source.
        if (cueSpans.stream().anyMatch(c -> c[0] <= at && at < c[1])) continue;
        // "will vary according to importers", "can vary based on where …": "in accordance with", no credit.
        if ((cue.cue().startsWith("according to") || cue.cue().equals("based on")) && ACCORDANCE.matcher(lower.substring(0, i)).find()) {
          Matcher stop = CLAUSE_STOP.matcher(sentence);
          cueSpans.add(new int[] {i, stop.find(i + cue.cue().length()) ? stop.start() : sentence.length()});
          continue;
        }
        cueSpans.add(new int[] {i, i + cue.cue().length()});
        int s = i + cue.cue().length();
        while (s < sentence.length() && sentence.charAt(s) == ' ') s++;
        String source = sourceAfter(sentence, s);
        if (source == null || overlaps(out, base + s) || !Credits.couldName(source)) continue;
        // "(according to calendar adjusted data at constant prices)", "based on working-day adjusted data": how the figures
        // were computed, not who gives them.
        if (METHOD.matcher(source).lookingAt()) continue;
        // "per cent", "per tonne", "per annum (Mtpa)": "per" credits a source only before a name or a determiner ("per their own
        // reports"), a whole word ("annum" is no "an").
        if (cue.cue().equals("per") && !Regexes.matches(source, "^(?:(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?|[Dd]ata|[Oo]fficial)\\b|\\p{Lu}).*")) continue;
        // "USD 15,368.50 per MT", "$98 per kWh": "per" after an amount is a rate, never a credit.
        if (cue.cue().equals("per") && AMOUNT_BEFORE.matcher(lower.substring(0, i)).find()) continue;
        // "8,000 kg of copper per MW", "a subsidy per kWh": "per" before a unit is a rate, never a credit (credit28c); but a unit's
        // form opening a longer name ("per EV Volumes", "per Vehicle Portal") is the name's first word (review28b).
        if (cue.cue().equals("per") && unitAlone(source)) continue;
        // "based on current EV policy in Australia": an assumption, not a source ("based on customs data" is one).
        if (cue.cue().equals("based on") && !Credits.namesASource(source, lexicon)) continue;
        // "Almost 90 percent of CATL’s revenue comes from making …", "lithium comes from hard rock": where a thing comes from,
        // an origin; only a record comes from its source ("The statistics come from the ACEA").
        if (ORIGIN.matcher(cue.cue()).matches() && !recordBefore(sentence, i)) continue;
        // "according to the minister of Mines, Winston Chitando": the title set off by commas before its holder reads as the title
        // written straight before the name ("Mines Minister Paul Kabuswe"), whose credit is the person.
        int end = s + source.length();
        String holder = ApposedTitles.holder(source, sentence, end);
        if (holder != null) {
          Matcher held = ApposedTitles.HOLDER.matcher(sentence).region(end, sentence.length());
          if (held.lookingAt()) end = held.start(1) + holder.length();
          source = ApposedTitles.titled(source, holder);
        }
        out.add(new Attribution(source, null, cue.cue(), base + s, base + end, false));
      }
    }
  }

  /** "customs data showed", "The China Association of Automobile Manufacturers noted": the subject before a cue. */
  private void addSubjectsBeforeCues(String sentence, String lower, int base, Speaker speaker, List<int[]> personSpans,
      List<Attribution> out) {
    for (Lexicon.Cue cue : after) {
      int from = 0;
      for (int i; (i = indexOfWord(lower, cue.cue(), from)) >= 0; from = i + cue.cue().length()) {
        int verb = i;
        if (personSpans.stream().anyMatch(c -> c[0] <= verb && verb < c[1])) continue;
        int[] span = subjectOf(sentence, i);
        if (span == null || overlaps(out, base + span[0])) continue;
        // "According to Lester, Rho Motion anticipates …": what the opening credit tells, not a credit of its own.
        if (OPENING_CREDIT.matcher(sentence.substring(0, span[0])).matches()) continue;
        String source = sentence.substring(span[0], span[1]);
        if (source.equalsIgnoreCase("it")) {
          // "…, it said": a body's words; "it showed", "it expects" are no credit.
          if (SPEECH.matcher(cue.cue()).matches()) out.add(new Attribution(source, null, cue.cue(), base + span[0], base + span[1], false));
          continue;
        }
        // "In that year WBMS estimates that …": a subject after an opening phrase of time is the name it ends in (CreditNames).
        if (!Credits.couldName(source) && !couldNameAfterOpening(source)) continue;
        // "the global grid-scale BESS market added 12.7 GWh", "The country added 4 GW of solar capacity": what the subject
        // added is the figure, not words it added (smoke18).
        if (ADDS.matcher(cue.cue()).matches() && AMOUNT_AFTER.matcher(sentence.substring(i + cue.cue().length())).lookingAt()) continue;
        // "September sees EV sales jump 20%", "Copper sees its biggest weekly gain": a time or a market that sees a move
        // undergoes it; only a forecaster's "sees" is an outlook (review9c).
        if (UNDERGOES.matcher(cue.cue()).matches() && undergoes(source)) continue;
        // "CATL's battery materials and recycling business showed a 26.42 per cent increase": it had the increase; data, a
        // report or a filing show figures ("customs data showed", "its filing showed").
        if (SHOW.matcher(cue.cue()).matches() && !Credits.isRecord(source)) continue;
        // "The Federal Government’s December Resource Quarterly report has confirmed …": a record states nothing with a verb of
        // statement; its credit is read where the page names it (StatementVerbs).
        if (StatementVerbs.isStatementVerb(cue.cue()) && Credits.isRecord(source)) continue;
        // "Sales underlined the trend, rising 12%", "Demand highlighted the shift", "Copper prices confirmed …": a measure or a market
        // that a move befalls states nothing; only a speaker or a body does (review30a).
        if (StatementVerbs.isStatementVerb(cue.cue()) && befalls(source)) continue;
        if (speaker != null && source.contains(speaker.name())) continue;
        out.add(new Attribution(source, null, cue.cue(), base + span[0], base + span[1], false));
      }
    }
  }

  /** Whether the name after an opening prepositional phrase ("In that year WBMS" → WBMS) could name a source. */
  private static boolean couldNameAfterOpening(String subject) {
    int at = CreditNames.nameStart(subject);
    return at > 0 && Credits.couldName(subject.substring(at));
  }

  private static final Pattern SHOW = Pattern.compile("show|shows|showed");
  private static final Pattern ADDS = Pattern.compile("added|adds");
  /** An amount as the object of a verb: "12.7 GWh", "a further 4 GW", "about $2 billion", "35% more". */
  private static final Pattern AMOUNT_AFTER = Pattern.compile(
      "\\s+(?:(?:a|an|another|some|about|around|nearly|almost|roughly|over|just|only|up\\s+to|more\\s+than|a\\s+further|an\\s+additional|a\\s+record|a\\s+net|a\\s+tidy)\\s+)?[$€£¥]?\\d");
  /** Cues that name a source only after a record ("The data come from Eurostat"), else an origin ("comes from hard rock"). */
  private static final Pattern ORIGIN = Pattern.compile("comes? from");

  /** Whether the subject before the cue at {@code cue} is a record: "The statistics", "The data", "These figures". */
  private static boolean recordBefore(String sentence, int cue) {
    int[] span = subjectBefore(sentence, cue);
    return span != null && Credits.isRecord(sentence.substring(span[0], span[1]));
  }

  /** "According to Lester, ": a sentence opened by its credit, up to the subject that follows it. */
  private static final Pattern OPENING_CREDIT = Pattern.compile("(?i)\\s*according\\s+to\\s+[^,;:]{2,80},\\s*");
  /** Cues that also mean "undergoes": "September sees EV sales jump 20%". */
  private static final Pattern UNDERGOES = Pattern.compile("sees");
  /** A time, or a market or its price, as a subject: "September", "The third quarter", "The lithium market", "Copper prices". */
  private static final Pattern TIME_OR_MARKET = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:(?:first|second|third|fourth|last|past|latest)\\s+)?(?:" + PeriodResolver.MONTH + "|quarter|half|year|week|month|Q[1-4]|H[12])$"
          + "|\\b(?:market|markets|prices?|sector|industry)$");

  /**
   * Whether a subject is a measure, a time or a market, with a lower-case head ("Sales", "Demand", "Copper prices", "The lithium
   * market"; a word at the sentence's head read lower case): what a move befalls, no speaker. Not a name that ends in such a word
   * ("Confederation of Indian Industry"), nor a company named for a material ("Lithium Americas").
   */
  private static boolean befalls(String subject) {
    String s = subject.strip();
    if (s.isEmpty()) return false;
    s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
    String[] words = s.split("\\s+");
    if (!Character.isLowerCase(words[words.length - 1].charAt(0))) return false;
    return Credits.measureHead(s) || TIME_OR_MARKET.matcher(s).find();
  }

  /** Whether a subject of "sees" undergoes what follows: a time, a market or a mineral, which no organization names. */
  private boolean undergoes(String subject) {
    if (!lexicon.organizations().find(subject).isEmpty()) return false;
    return TIME_OR_MARKET.matcher(subject.strip()).find() || !lexicon.materials().find(subject).isEmpty();
  }
  private static final Pattern METHOD = Pattern.compile(
      "(?i)^(?:the\\s+|both\\s+)?(?:seasonally|calendar|working[- ]day|crude|raw|unadjusted|adjusted)\\b[\\p{L} -]*?\\b(?:data|figures|series|indices)\\b"
          + "(?!\\s+(?:from|by|of|compiled|released|published|issued)\\b)|^(?-i:[\\p{Ll} -]*)\\bat\\s+(?:constant|current)\\s+prices$");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday");
  private static final Pattern SPEECH = Pattern.compile("said|says|added|noted|stated|explained|said in a statement");
  private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?:\\d|%|\\b(?:million|billion|trillion|thousand|hundred|mn|bn|m|k))\\s*$");
  private static final Pattern ACCORDANCE = Pattern.compile(
      "\\b(?:vary|varies|varied|varying|differ|differs|differed|depending|adjusted|ranked|sorted|graded|classified|tailored|set|calculated)\\s+$");
  private static final Pattern ASSESSED = Pattern.compile("\\b(\\p{Lu}[\\p{L}&]+)-(?:assessed|compiled|calculated)\\b");
  private static final Pattern RELEASED_BY = Pattern.compile(
      "(?i)\\b(?:data|figures|statistics|numbers)\\s+(?:released|published|issued|compiled)\\s+(?:on\\s+)?(?:\\p{Lu}\\p{L}+|today|yesterday)\\s+by\\s+");
  private static final Pattern DASH_CREDIT = Pattern.compile("\\s[-–—]\\s+(\\p{Lu}[\\p{L}&.]{1,30}(?:\\s+\\p{Lu}[\\p{L}&.]+){0,3})\\.?$");

  /**
   * Resolves a back-reference ("the analysis", "the report") to the latest earlier source whose
   * words include the same head noun; other attributions are returned as they are.
   */
  public static Attribution resolve(Attribution a, List<Attribution> earlier) {
    if (a.source() == null) return a;
    Matcher m = BACK_REFERENCE.matcher(a.source());
    if (!m.matches()) return a;
    String head = m.group(1).toLowerCase(Locale.ROOT);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Attribution e = earlier.get(i);
      if (e.source() != null && !BACK_REFERENCE.matcher(e.source()).matches()
          && e.source().toLowerCase(Locale.ROOT).contains(head)) {
        return new Attribution(e.source(), e.speaker(), a.cue(), a.start(), a.end(), true);
      }
    }
    return a;
  }

  /** The speaker of a direct quote in the sentence, or null. */
  static Speaker speaker(String sentence) {
    if (!QUOTE.matcher(sentence).find()) return null;
    // Full-width punctuation as its ASCII form (WidePunctuation), names' commas masked.
    String masked = CommaNames.mask(WidePunctuation.narrow(sentence));
    if (!masked.equals(sentence)) {
      Speaker sp = named(speakerMasked(masked));
      return sp == null ? null
          : new Speaker(CommaNames.unmask(sp.name()), CommaNames.unmask(sp.title()), CommaNames.unmask(sp.organization()));
    }
    return named(speakerMasked(sentence));
  }

  /**
   * "Kabuswe said the increase …", "Elon Musk added that …": the person a sentence with no quote mark says is speaking, or
   * null. A direct quote opened right after it that no tag credits is theirs (LeadInSpeakers).
   */
  static Speaker leadIn(String sentence) {
    if (QUOTE.matcher(sentence).find()) return null;
    Matcher m = LEAD_IN.matcher(sentence);
    if (!m.find()) return null;
    // "President of the Ghana Chamber of Mines, Joshua Mortoti, said …": the name read is the office's last word, the person the
    // name set off after it (OfficeHolders).
    String holder = OfficeHolders.apposed(sentence, m.start(1), m.group(1), m.group(2));
    Speaker sp = named(speakerOf(holder != null ? holder : m.group(1), null, null));
    // The name alone: the person's title is the one the article's tags give ("Minister Professor" of a name run is none),
    // and a second title would list each of the person's figures twice in the store (OneSpeakerTitle).
    return sp == null || ORG_WORD.matcher(sp.name()).find() ? null : new Speaker(sp.name(), null, null);
  }

  /** A name, perhaps its description between commas, then a verb of speech. */
  private static final Pattern LEAD_IN = Pattern.compile(
      "(?<![\\p{L}])(" + NAME + ")(?:,\\s+([^,.;]{3,120}),)?\\s+(?:(?:also|further|later)\\s+)?(?:said|says|added|noted|explained|stated|announced|told)\\b");

  /** The speaker cut to the name ("In January Musk" → Musk), or null when the words name nobody ("Co" of "… and Co. said"). */
  private static Speaker named(Speaker sp) {
    if (sp == null) return null;
    int at = CreditNames.nameStart(sp.name());
    if (at < 0 || CreditNames.namesNothing(sp.name().substring(at), Lexicon.get())) return null;
    return at == 0 ? sp : new Speaker(sp.name().substring(at), sp.title(), sp.organization());
  }

  private static Speaker speakerMasked(String sentence) {
    Matcher m = SAID_NAME.matcher(sentence);
    if (m.find()) return speakerOf(m.group(1), m.group(2), m.group(3));
    m = NAME_SAID.matcher(sentence);
    while (m.find()) {
      String name = m.group(1);
      // "“… after the EU said it will impose tariffs …,” EU trade chief Valdis Dombrovskis said": words inside the quote are
      // what is said, not who says it.
      if (Regexes.matches(name, "(?i)(he|she|they|it|we|i)") || insideQuote(sentence, m.start(1))) continue;
      // "President of the Ghana Chamber of Mines, Joshua Mortoti, said": the office's last word is no speaker; the person set off
      // after it is (OfficeHolders).
      String holder = m.group(3) == null ? OfficeHolders.apposed(sentence, m.start(1), name, m.group(2)) : null;
      if (holder != null) return speakerOf(holder, null, null);
      return speakerOf(name, m.group(2), m.group(3));
    }
    m = NAME_HAS_SAID.matcher(sentence);
    if (m.find() && isPersonName(m.group(1))) return speakerOf(m.group(1), m.group(2), null);
    return null;
  }

  /**
   * Whether {@code at} lies between an opening and a closing quotation mark of the sentence; a quote opened in an earlier
   * sentence (an unpaired mark) counts as none.
   */
  private static boolean insideQuote(String sentence, int at) {
    int curly = 0;
    int straight = 0;
    for (int i = 0; i < at; i++) {
      char c = sentence.charAt(i);
      if (c == '“') curly++;
      else if (c == '”') curly = Math.max(0, curly - 1);
      else if (c == '"') straight++;
    }
    boolean closedAfter = sentence.indexOf('”', at) >= 0;
    long straightAll = sentence.chars().filter(c -> c == '"').count();
    return curly > 0 && closedAfter || straight % 2 == 1 && straightAll % 2 == 0;
  }

  /** "Sarah Kiely, Director of the ABS’ Transport Statistics has said that “…”": the title's closing comma left out. */
  private static final Pattern NAME_HAS_SAID = Pattern.compile(
      "(" + NAME + "),\\s+([^,.;\"“”]{3,90}?)\\s+(?:has|had)\\s+(?:said|stated|told\\s+\\w+)\\b");

  /** "Li Chao", "Bambang Suswantono": two to four capitalized words, none a word of an organization's name. */
  /**
   * Whether a phrase after "per" is a unit with no name after it ("MW", "MW of rated capacity"): a capitalized word after the
   * unit's form makes it a name's first word ("EV Volumes", "Vehicle Portal", both credits of the devset's gold).
   */
  private boolean unitAlone(String source) {
    String[] words = source.strip().split("\\s+");
    return lexicon.unit(words[0]) != null && (words.length == 1 || !Character.isUpperCase(words[1].codePointAt(0)));
  }

  static boolean isPersonName(String name) {
    return Regexes.matches(name, "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|de|van|von|da|del|bin)){1,3}") && !ORG_WORD.matcher(name).find();
  }

  /** Whether {@code name} holds a word of an organization's name ("Association", "Ministry", "Group"), which no person's has. */
  static boolean hasBodyWord(String name) {
    return ORG_WORD.matcher(name).find();
  }

  private static final Pattern ORG_WORD = Pattern.compile(
      "\\b(?:Association|Agency|Ministry|Office|Bureau|Administration|Group|Council|Commission|Institute|Motion|Automotive"
          + "|Intelligence|Markets?|Research|Resources|Energy|Minerals|Statistics|Survey|Customs|Corp|Inc|Ltd|Co|Holdings|Solutions"
          + "|Partners|News|Times|Metals|Mining|Materials|Department|Government|Exchange|Bank|Fund|Union|Alliance|Federation|Motors)\\b");

  private static Speaker speakerOf(String name, String title, String org) {
    name = Regexes.replaceFirst(Regexes.replaceFirst(name, "\\.$", ""), "^(?:Dr|Mr|Ms|Mrs|Prof)\\.?\\s+(?=\\p{Lu})", "");
    // "Vice President Lee Chang-sil", "Mines and Minerals Development Minister Paul Kabuswe": the title is no part of the
    // name; it is the speaker's title where no apposition gives one.
    Titles.Titled titled = Titles.get().split(name);
    if (titled != null) {
      name = titled.name();
      if (title == null) title = titled.title();
    }
    if (Regexes.matches(name, "(?i)(he|she|they|it|we|i|the|a|an)")) return null;
    // "the Ministry of Energy and Mineral Resources, Tri Winarno, stated": the person is the apposition.
    if (title != null && ORG_WORD.matcher(name).find() && isPersonName(title.strip())) return new Speaker(title.strip(), null, name.strip());
    String t = title == null ? null : Regexes.replaceFirst(title, "^(?:the|a|an)\\s+", "").strip();
    String o = org == null ? null : org.strip();
    if (t != null && Regexes.matches(t, "(?i).*\\b(in|on)\\s+an?\\s+(email|interview|statement|note).*")) t = null;
    return new Speaker(name.strip(), t == null || t.isEmpty() ? null : t, o == null || o.isEmpty() ? null : o);
  }

  private static final Pattern PUBLIC_BODY = Pattern.compile(
      "\\b(?:Ministry|Administration|Association|Bureau|Commission|Department|Agency|Council|Authority|Institute)\\b");

  /** The source phrase starting at {@code s}: up to the clause end, without a trailing date. */
  private static String sourceAfter(String sentence, int s) {
    if (s >= sentence.length()) return null;
    Matcher stop = CLAUSE_STOP.matcher(sentence);
    int end = stop.find(s) ? stop.start() : sentence.length();
    // Keep "(CNRE)" after a name, which the comma rule would otherwise never see.
    String source = sentence.substring(s, end).strip();
    // "the Mexican Automotive Industry Association (AMIA for its acronym in Spanish)": the bracket is the short form alone.
    source = ExplainedShortForms.bare(source);
    source = TRAILING_TIME.matcher(source).replaceFirst("");
    source = Regexes.replaceAll(source, "[\"“”]+$", "").strip();
    // "tracked by the LME climbed 114 metric tons": the source ends before its clause's verb.
    source = SourceVerbs.cut(source);
    // "a circular jointly issued by the Ministry of Natural Resources and Ministry of Industry and Information Technology":
    // a long phrase is a clause unless it names public bodies.
    int words = source.split("\\s+").length;
    if (source.length() < 2 || words > (PUBLIC_BODY.matcher(source).find() ? 20 : 14)) return null;
    if (!Character.isLetter(source.charAt(0))) return null;
    return source;
  }

  /** The subject before a verb, read over an aside between them ("The Cobalt Institute, which …, says"; SubjectAsides). */
  private static int[] subjectOf(String sentence, int verb) {
    int aside = SubjectAsides.asideBefore(sentence, verb);
    return subjectBefore(sentence, aside >= 0 ? aside : verb);
  }

  /** The noun phrase right before a reporting verb: from the clause start to the verb. */
  private static int[] subjectBefore(String sentence, int verb) {
    int start = verb;
    while (start > 0) {
      char c = sentence.charAt(start - 1);
      // "the European Union (EU) claims": a short form in brackets is part of the subject.
      if (c == ')' && (ACRONYM_BEFORE.matcher(sentence.substring(0, start)).find() || TICKER_BEFORE.matcher(sentence.substring(0, start)).find()
          || CompanySubjects.tickerBefore(sentence.substring(0, start)))) {
        start = sentence.lastIndexOf('(', start - 1);
        continue;
      }
      // "the U.S. Geological Survey": the dots of an abbreviation end no clause.
      boolean abbreviation = c == '.' && start >= 2 && Character.isUpperCase(sentence.charAt(start - 2))
          && (start < 3 || !Character.isLetter(sentence.charAt(start - 3)))
          // "Shanghai Nonferrous.com’s quotation": a dot inside a word (a web address) ends no clause.
          || c == '.' && start < sentence.length() && Character.isLetter(sentence.charAt(start))
          // "VinFast Auto Ltd. has announced": a legal form's dot.
          || c == '.' && CompanySubjects.legalFormDot(sentence, start - 1);
      if (c == ',' || c == ';' || c == ':' || c == '"' || c == '“' || c == '”' || c == '(' || c == '.' && !abbreviation) break;
      // "ISLAMABAD (Dunya News) - Minister … has said": a dash between spaces ends the clause, as a comma does.
      if ((c == '-' || c == '–' || c == '—') && start >= 2 && sentence.charAt(start - 2) == ' ' && start < sentence.length()
          && sentence.charAt(start) == ' ') break;
      start--;
    }
    String raw = sentence.substring(start, verb);
    String trimmed = raw.strip();
    if (trimmed.isEmpty()) return null;
    int lead = start + raw.indexOf(trimmed);
    Matcher sm = SUBJECT_START.matcher(trimmed);
    if (sm.find()) {
      lead += sm.end();
      trimmed = trimmed.substring(sm.end());
    }
    // "… share price after the miner reported": the subject of the clause the conjunction opens.
    int opened = CompanySubjects.clauseStart(trimmed);
    if (opened > 0) {
      lead += opened;
      trimmed = trimmed.substring(opened);
    }
    // "that"-clauses: "The report also mentioned that China accounts …" → subject ends before "that".
    // "The Minister has also announced": every auxiliary and adverb before the verb.
    trimmed = Regexes.replaceFirst(trimmed, "(?i)(?:\\s+(?:also|has|have|had|previously|recently|earlier|further|even|now))+$", "");
    // "Argus today assessed", "Australia’s Lynas Rare Earths on Friday reported": when is no part of who.
    trimmed = Regexes.replaceFirst(trimmed, "(?i)\\s+(?:today|yesterday|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this\\s+week|last\\s+week)$", "");
    // "Krishan Pal Gurjar in a written reply in Lok Sabha said", "the IEA which advises … said": the aside is no part of who.
    trimmed = SubjectAsides.withoutTrailingAside(trimmed);
    String[] words = trimmed.split("\\s+");
    // A long subject is a clause, unless it is an organization's name ("The Strategic Mineral Market
    // Supervision and Control Authority of the Democratic Republic of Congo announced …").
    long capitalized = java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.charAt(0))).count();
    if (trimmed.isEmpty() || words.length > (capitalized * 2 >= words.length ? 16 : 10)) return null;
    // "he added", "she said" are kept: the resolver gives them the person named before.
    // "it said" is kept too: the resolver gives it the body named before ("…, it added" after "the MGB said").
    if (Regexes.matches(trimmed, "(?i)(they|we|i|you|this|that|which|who)")) return null;
    if (!Character.isLetter(trimmed.charAt(0))) return null;
    return new int[] {lead, lead + trimmed.length()};
  }

  /** Between a credit and a "based on" source: only the credit's verb and a comma (" said, based on "). */
  private static final Pattern INPUT_AFTER_CREDIT = Pattern.compile(
      "^\\s*\\)?\\s*(?:(?:said|says|reported|reports|estimated|estimates|calculated|calculates|wrote|writes)\\s*)?,\\s*based\\s+on\\s*$");
  /** "Lynas Rare Earths Ltd (ASX:LYC)", "MP Materials (NYSE: MP)": an exchange ticker after a name is part of the subject. */
  static final Pattern TICKER_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}.-]*\\s+\\(\\s*\\p{Lu}{2,8}(?:[-.]\\p{Lu}{1,3})?\\s*:\\s*[\\p{Lu}\\d.]{1,8}\\s*\\)$");
  private static final Pattern ACRONYM_BEFORE = Pattern.compile("\\b\\p{Lu}[\\p{L}-]*\\s+\\(\\p{Lu}[\\p{Lu}&.-]{1,9}\\)$");

  private static boolean overlaps(List<Attribution> found, int start) {
    for (Attribution a : found) if (a.start() <= start && start < a.end()) return true;
    return false;
  }

  /** Letters, digits and hyphens: "value-added" holds no cue "added". */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-';
  }

  private static int indexOfWord(String lower, String word, int from) {
    int i = lower.indexOf(word, from);
    while (i >= 0) {
      boolean leftOk = i == 0 || !isWordChar(lower.charAt(i - 1));
      int e = i + word.length();
      boolean rightOk = e >= lower.length() || !isWordChar(lower.charAt(e));
      if (leftOk && rightOk) return i;
      i = lower.indexOf(word, i + 1);
    }
    return -1;
  }
}
