package org.claimgraph.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * What each year a page without a date states is to the page's present ({@link Role}), so that months and "last year" are
 * not resolved against a year that is not it (GUIDELINES: without a date, against the years the text itself states,
 * never a default). Not the present:
 *
 * <ul>
 *   <li>a year a plan, forecast, cap or target is for, however far its future word stands before it in the sentence
 *       ("The specialist projects that prices will stabilise and reach an average of US$20.800 per tonne between 2025
 *       and 2027", "will strive to ensure that the country reaches the 1 million metric tonnes … in 2025", "is set to
 *       cap annual cobalt exports at 96,600 tonnes from 2026");</li>
 *   <li>the start of a measure ("government policies banning nickel exports from January 1, 2020");</li>
 *   <li>the year a project is to start up or be completed ("the large copper and gold mines expected to startup in 2016",
 *       "now expected to kick off production in 2027"): the present is earlier, by how much the text does not say, so such a
 *       year dates nothing, not even a page that states no other;</li>
 *   <li>the year a ban or deadline is named by ("the 2030 ban on new petrol cars", "its 2030 deadline"): when a measure
 *       starts, which a page written years before states as often as one written that year, so it dates nothing either;</li>
 *   <li>a car's model year ("the average trade-in value for a 2011 Nissan Leaf", {@link ModelYears}): it names a product sold
 *       and resold years after it, so it dates nothing;</li>
 *   <li>a year the text only looks back to ("even compared to the pre-crisis year 2019", "for the first time since 2019", "the
 *       highest level since 2018"), a founding year among them ("The company was founded in 2007 by …"): the present is later,
 *       by how much the text does not say.</li>
 * </ul>
 */
final class PresentYear {

  private PresentYear() {}

  /**
   * A future, plan or cap word of the year's clause: what follows it is what is planned or forecast. The progressive is the same
   * forecast ("GM is expecting to reach profitability … by 2025", "we're expecting to get there between 2025 and 2030",
   * "analysts forecasting a compound annual growth rate of 9.2 percent to 2030").
   */
  private static final Pattern FUTURE = Pattern.compile(
      "(?:\\b(?:will|would|shall|could|might|should)\\b|(?-i:\\bmay\\b)|\\b(?:is|are|was|were)\\s+(?:set|due|expected|scheduled|slated|poised)\\s+to\\b"
          + "|\\b(?:plans?|planned|planning|aims?|aiming|projects|projected|projecting|forecasts?|forecasted|forecasting|predicts?|predicted"
          + "|predicting|expects?|expected|expecting|anticipates?|anticipated|anticipating|intends?|intending|envisages?|hopes?|seeks?|strive"
          + "|ensure|estimates?\\s+that|provisions?\\s+for)\\b)",
      Pattern.CASE_INSENSITIVE);
  /** A past-tense report between the future word and the year ends the forecast: "expected to rise after it grew 5% in 2024". */
  private static final Pattern REPORT = Pattern.compile(
      "(?i)\\b(?:rose|fell|grew|jumped|dropped|declined|increased|decreased|reached|totall?ed|stood|recorded|reported|was|were|had|came)\\b");
  /** "banning nickel exports from January 1, 2020", "a ban that takes effect from 2025": when a measure starts. */
  private static final Pattern MEASURE_START = Pattern.compile(
      "(?i)\\b(?:ban(?:s|ned|ning)?|halt(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|moratorium|suspension|takes?\\s+effect|effective|in\\s+force)\\b"
          + "[^.;]{0,60}?\\b(?:from|starting|as\\s+of|beginning|on)\\s+(?:(?:\\p{L}+\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:\\p{L}+\\s+)?)?$");
  /** The forms of {@code role} in present-year-cues.tsv, as an alternation. */
  private static String cues(String role) {
    return String.join("|", Tsv.read("present-year-cues.tsv").stream().filter(r -> r.get("role").equals(role))
        .map(r -> Pattern.quote(r.get("form"))).toList());
  }

  /**
   * "since the carmaker went public in ", "since production began in ": an event the look back runs from, named (in at most four
   * words and its verb, present-year-cues.tsv's event verbs) before its year.
   */
  private static final String SINCE_EVENT = "(?:the\\s+)?\\p{L}+(?:\\s+\\p{L}+){0,3}\\s+(?:" + cues("event-verb") + ")\\b[^.;,]{0,30}?\\s+in\\s+";
  /**
   * "its goal of producing 500,000 cars annually in ", "a target of 1 million tonnes in ": a plan noun (present-year-cues.tsv);
   * not one a past verb says was met or missed ("exceeded its target of 1 million tonnes in 2023": a year of data).
   */
  private static final Pattern PLAN_NOUN = Pattern.compile("(?i)(?<!\\b(?:" + cues("outcome-verb") + ")\\s(?:its|their|the|a|an|his|her|our)\\s)"
      + "\\b(?:" + cues("plan-noun") + ")s?\\s+(?:of|to|for)\\b");
  /**
   * "for the first time since 2019", "the highest level since 2018", "a record since 2016", "the best month since 2019" (best
   * and worst are superlatives without -est): a record's look back spans years; a
   * state that began "since 2023" is recent and stays a lower bound of the present (read as the next year).
   */
  private static final Pattern SINCE = Pattern.compile(
      "(?i)(?:\\bfirst\\s+time|\\b(?!(?:inter|requ|w|prot|t|r|gu|harv|inv|mod|hon|sugg|cont|arr)est\\b)\\p{L}{2,}est\\b|\\bmost\\b|\\bleast\\b|\\bbest\\b|\\bworst\\b|\\brecord\\b)[^.;]{0,60}\\bsince\\s+(?:at\\s+least\\s+)?"
          + "(?:(?:the\\s+)?(?:start|beginning|end|middle)\\s+of\\s+|" + SINCE_EVENT + ")?$");
  /**
   * "expected to startup in ", "due to start operations in ", "to kick off production in ", "will begin to be processed in ",
   * "following completion of the project in ": a project's start or completion right before the year.
   */
  private static final Pattern START_UP = Pattern.compile(
      "(?i)(?:\\bstart[- ]?up|\\bstart(?:ing)?\\s+(?:operations|production|producing|commercial\\s+production)"
          + "|\\b(?:kick|kicking)\\s+off\\s+production|\\bbegin(?:ning)?\\s+(?:operations|production|producing|to\\s+be\\s+processed)"
          + "|\\bcome\\s+(?:on\\s*stream|on\\s*line)|\\bcommissioning|\\bcompletion\\s+of\\s+the\\s+(?:project|mine|plant|expansion))"
          + "\\s+(?:in|by)\\s+$");
  /** "the 2030 ban", "its 2030 deadline", "the 2035 phase-out": a measure named by the year it starts. */
  private static final Pattern MEASURE_NAMED_AFTER = Pattern.compile("(?i)^\\s+(?:ban|deadline|phase-?out|cut-?off)\\b");
  /** A future word after the year in its sentence: "Following completion of the project in 2017, the plant will have …". */
  private static final Pattern FUTURE_AFTER = Pattern.compile("(?i)^[^.;]{0,60}\\b(?:will|would|is\\s+to|are\\s+to)\\b");

  /** "with annual limits of 96,600 tons in 2026 and 2027": the years a cap holds for. */
  private static final Pattern CAP = Pattern.compile("(?i)\\b(?:limits?|caps?|quotas?|ceilings?|maximum)\\s+of\\s+[^.;]{0,40}\\b(?:in|for)\\s+(?:(?:19|20)\\d{2}\\s*(?:and|to|-|–)\\s*)?$");
  private static final Pattern START_BEFORE = Pattern.compile("(?i)\\b(?:from|starting|beginning)\\s+$");
  /**
   * "The company was founded in 2007 by …", "Established in 2007 with …", "set up in 1967", "founded by … in 2003", "since its
   * founding in 2003": a founding year, which a page of any later year states alike.
   */
  private static final Pattern FOUNDED = Pattern.compile(
      "(?i)\\b(?:(?:founded|established|incorporated|set\\s+up)(?:\\s+by\\s+[^,.;]{1,60}?)?|founding)\\s+in\\s+$");
  /** "the pre-crisis year 2019", "pre-pandemic levels of 2019", "its 2019 pre-Covid level": a reference year. */
  private static final Pattern REFERENCE_BEFORE = Pattern.compile(
      "(?i)(?=p)\\bpre-?\\s?\\p{L}+\\s+(?:years?|levels?|peaks?|highs?|times?)\\s+(?:of\\s+|in\\s+)?$"); // "(?=p)" first: the same matches
  private static final Pattern REFERENCE_AFTER = Pattern.compile("(?i)^\\s+pre-?\\s?\\p{L}+\\s+(?:years?|levels?|peaks?|highs?)\\b");

  /** What a year stated on a page without a date is to the page's present. */
  enum Role {
    /** Possibly the present: the newest such year is taken. */
    PRESENT,
    /** What a plan, forecast or measure is for: the present is no later; the earliest is taken when nothing else is stated. */
    PLANNED,
    /** A year the text looks back to: the present is later, by how much the text does not say. */
    LOOKED_BACK,
    /** When a project is to start up or be completed, a ban named by its year starts, or a car's model year: no present can be read from it. */
    MILESTONE
  }

  /** The role of the year at {@code [start, end)} of {@code text}. */
  static Role of(String text, int start, int end) {
    return of(text, start, end, false);
  }

  /** … where {@code compared} tells that the year is a comparison's base, which a plan states as a level all the same. */
  static Role of(String text, int start, int end, boolean compared) {
    String clause = sentenceBefore(text, start);
    String after = text.substring(end, Math.min(text.length(), end + 30));
    if (SINCE.matcher(clause).find() || REFERENCE_BEFORE.matcher(clause).find() || REFERENCE_AFTER.matcher(after).find()
        || FOUNDED.matcher(clause).find()) {
      return Role.LOOKED_BACK;
    }
    // "is set to cap annual cobalt exports at 96,600 tonnes from 2026": a start, not a base; "will hit 900,000 tonnes by 2025,
    // compared with 300,000 tonnes in 2020": the base is a level the text states.
    boolean base = compared && !START_BEFORE.matcher(clause).find();
    if (MEASURE_NAMED_AFTER.matcher(after).find()) return Role.MILESTONE;
    // "2022 Tesla Model 3 pricing starts at $23,498": a model year names a product, sold before and after that year.
    if (ModelYears.named(text.substring(Math.max(0, start - 20), start), after)) return Role.MILESTONE;
    if (START_UP.matcher(clause).find() && (futureFor(clause) || FUTURE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 80))).find())) {
      return Role.MILESTONE;
    }
    if (!base && (futureFor(clause) || cueFor(PLAN_NOUN, clause) || MEASURE_START.matcher(clause).find() || CAP.matcher(clause).find())) {
      return Role.PLANNED;
    }
    return Role.PRESENT;
  }

  /** Whether {@code text} has a future, plan or cap word ({@link #FUTURE}): "would mark", "is expected to", "aiming to". */
  static boolean forecasts(String text) {
    return FUTURE.matcher(text).find();
  }

  /** Whether {@code after}, the text right after a year, makes the year a measure's name: "… ban", "… deadline". */
  static boolean namesMeasure(String after) {
    return MEASURE_NAMED_AFTER.matcher(after).find();
  }

  /** A future word at most 100 characters before the year, with no past-tense report of data between them. */
  private static boolean futureFor(String clause) {
    return cueFor(FUTURE, clause);
  }

  /** The last match of {@code cue} at most 100 characters before the year, with no past-tense report of data between them. */
  private static boolean cueFor(Pattern cue, String clause) {
    var m = cue.matcher(clause);
    int last = -1;
    while (m.find()) last = m.end();
    return last >= 0 && clause.length() - last <= 100 && !REPORT.matcher(clause.substring(last)).find();
  }

  /** A sentence that opens by setting itself against the one before: "In comparison, …", "By comparison, …", "In contrast, …". */
  private static final Pattern CONTRAST_OPENING = Pattern.compile("^\\s*[\"“]?(?:In|By)\\s+(?:comparison|contrast),");
  private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}])(?:19|20)\\d{2}(?![\\p{N}])");

  /**
   * Whether the year at {@code start} is stated in a sentence that opens by setting itself against the one before, which states
   * no year and nothing is forecast: the year is the one the text's own figures are compared with, so the text is of a later
   * one ("… already hit 29,715 units … In comparison, the total volume of EV registration was just around 24,000 for the
   * entire 2024": 2025). Not when the sentence before names a year ("Germany sold 500,000 in 2023. In contrast, France …
   * in 2023" sets two countries side by side in one year).
   */
  static boolean contrasted(String text, int start) {
    String clause = sentenceBefore(text, start);
    if (!CONTRAST_OPENING.matcher(clause).find() || FUTURE.matcher(sentenceAround(text, start)).find()) return false;
    int opening = start - clause.length();
    while (opening > 0 && Character.isWhitespace(text.charAt(opening - 1))) opening--;
    if (opening == 0) return false;
    String previous = sentenceBefore(text, opening);
    return !previous.isBlank() && !YEAR.matcher(previous).find();
  }

  /** The text of the year's sentence before it (at most 200 characters): from the last sentence end or line break. */
  private static String sentenceBefore(String text, int start) {
    int from = Math.max(0, start - 200);
    String before = text.substring(from, start);
    int cut = Math.max(before.lastIndexOf('\n'), Math.max(lastSentenceEnd(before), -1));
    return before.substring(cut + 1);
  }

  /** The last ". ", "! " or "? " followed by a capital, quote or digit: a sentence end ("US$20.800" is none). */
  private static int lastSentenceEnd(String s) {
    for (int i = s.length() - 3; i >= 0; i--) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ') {
        char n = s.charAt(i + 2);
        if (Character.isUpperCase(n) || n == '“' || n == '"') return i + 1;
      }
    }
    return -1;
  }

  /** A month's name (the capitalized names PeriodResolver reads), with the month's number found by PeriodResolver.month. */
  private static final Pattern MONTH_NAME = Pattern.compile("\\b(" + PeriodResolver.MONTH + ")(?![\\p{L}])(?!,?\\s+(?:of\\s+)?(?:19|20)\\d{2})");

  /**
   * Whether the month-and-year at {@code monthStart}, the base of a comparison ("from March 2022", "compared to 737 in October
   * 2022"), is the same month a year before the text's: its clause reports that month without a year ("March was a particularly
   * strong month …, with a remarkable 93% increase in sales from March 2022": March 2023) or no month at all ("up 1.2 percent
   * compared with August 2021"); not when it reports another month ("rose in May, up 5% from April 2024").
   */
  static boolean yearAgoMonth(String text, int monthStart, int month) {
    Matcher m = MONTH_NAME.matcher(sentenceBefore(text, monthStart));
    boolean other = false;
    while (m.find()) {
      if (PeriodResolver.month(m.group(1)) == month) return true;
      other = true;
    }
    return !other;
  }

  /** "in 2015" of a clause reporting it in the simple past: "registered in", "produced in", "declined in", "was … in". */
  private static final Pattern IN_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])in\\s+((?:19|20)\\d{2})(?![\\p{N}%])");
  /** A lower-case -ed verb, not "United", "Limited" (names) nor "hundred", "speed", "exceed" (no past tense). */
  private static final Pattern SIMPLE_PAST = Pattern.compile(
      "(?i)\\b(?:was|were|sold|grew|rose|fell|made|saw|hit)\\b|\\b(?!hundred\\b)(?-i:\\p{Ll}{2,}[\\p{Ll}&&[^e]]ed)\\b");
  /** "have been released in 2018", "has risen in 2024": the present perfect reports the present year. */
  private static final Pattern PERFECT = Pattern.compile("(?i)\\b(?:has|have|'ve)\\s+(?:\\p{L}+\\s+)?(?:been\\s+)?\\p{L}+(?:ed|en|wn)\\b");
  /** A figure of the running year's sentence: "have fallen 20% to US$115 per kWh this year" (not "at the start of this year … the 20 land ports"). */
  private static final Pattern RUNNING_FIGURE = Pattern.compile(
      "(?i)\\d\\s*(?:%|per\\s*cent\\b|percent\\b)|[$€£¥]\\s?\\d|\\d\\s*(?:tonnes|tons|units|vehicles|million|billion)\\b");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\"“])|\\n");

  /** The sentence around {@code at}: from the last sentence end or line break before it to the next one after it. */
  private static String sentenceAround(String text, int at) {
    int end = text.length();
    java.util.regex.Matcher e = SENTENCE_END.matcher(text);
    if (e.find(at)) end = e.start();
    return sentenceBefore(text, at) + text.substring(at, end);
  }

  /**
   * The year still running, named as such ("so far" alone need not be about a year: "talks have so far failed"), or a part of
   * it run so far that names no year: "copper production in the first six months of the year grew by more than 13.5 percent",
   * "soared by more than twofold during the first half of the year compared to the full-year figure in 2022".
   */
  private static final Pattern THIS_YEAR =
      // "(?=[cfty])": the alternatives' first letters, tested before the word boundary (the same matches, at less cost).
      Pattern.compile("(?i)(?=[cfty])(?:\\bthis\\s+year\\b|\\byear[- ]to[- ]date\\b|\\bcurrent\\s+year\\b"
          + "|\\bfirst\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months|half|quarter)\\s+of\\s+the\\s+year\\b)");

  /** The text speaks of a year still running: "this year", "so far", "year to date". */
  private static final Pattern RUNNING_YEAR = Pattern.compile("(?i)\\bthis\\s+year\\b|\\bso\\s+far\\b|\\byear[- ]to[- ]date\\b|\\bcurrent\\s+year\\b");

  /**
   * The text's newest year {@code latest} when the text reports it as a year gone by, else 0: a page without a date that states
   * "the number of new electric vehicles registered in 2015 was up by 64 per cent" and "17 266 new electric vehicles were
   * registered last year" is written in 2016, and its "last year" is 2015. Only where some sentence reports that year in the
   * simple past ("registered in 2015", "imports … declined in 2020", "just 600 tons produced in 2023"), none
   * in the present perfect ("quotas have been released in 2018"), nothing plans or forecasts it, and the text never speaks of a
   * running year ("this year", "so far").
   */
  static int reportedYear(String text, int latest) {
    Matcher running = RUNNING_YEAR.matcher(text);
    while (running.find()) if (RUNNING_FIGURE.matcher(sentenceAround(text, running.start())).find()) return 0;
    return reportsAsGoneBy(text, latest, false) ? latest : 0;
  }

  /**
   * The year after {@code latest}, the text's newest year, when the text reports that year as gone by and also speaks of a
   * running year in a sentence that does not name it, else 0: "Chinese lithium carbonate output grew 67 per cent in 2022" and
   * "The lithium price has fallen a quarter this year" are written in 2023, whose "this year" is 2023 and "last year" 2022.
   * Not "rose 20% so far in 2018" (the reported year is the running one).
   */
  static int runningYearAfter(String text, int latest) {
    String year = Integer.toString(latest);
    Matcher running = THIS_YEAR.matcher(text);
    boolean after = false;
    while (running.find()) {
      if (sentenceAround(text, running.start()).contains(year)) return 0;
      after = true;
    }
    return after && reportsAsGoneBy(text, latest, true) ? latest + 1 : 0;
  }

  /**
   * Whether some sentence reports {@code latest} in the simple past, none in the present perfect, and nothing plans it;
   * {@code strictly}: not a sentence with a future word either ("in 2019 will be 13-13.5 thousand tonnes, taking into account the
   * announced plans").
   */
  private static boolean reportsAsGoneBy(String text, int latest, boolean strictly) {
    boolean past = false;
    Matcher m = IN_YEAR.matcher(text);
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) != latest) continue;
      // "has reported that the number … registered in 2015": the reported clause, not the verb of saying.
      String clause = Regexes.replaceFirst(sentenceAround(text, m.start()), "(?is)^.*\\bthat\\s+(?=.*\\bin\\s+" + latest + ")", "");
      if (PERFECT.matcher(clause).find() || of(text, m.start(1), m.end(1)) != Role.PRESENT) return false;
      if (SIMPLE_PAST.matcher(clause).find() && !(strictly && FUTURE.matcher(clause).find())) past = true;
    }
    return past;
  }
}
