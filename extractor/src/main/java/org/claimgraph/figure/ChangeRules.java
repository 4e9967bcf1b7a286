package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.Regexes;

/**
 * Decides whether a quantity is an amount, a change or a share, and for a change its direction
 * and basis, from the words around it in its clause.
 *
 * <pre>
 * "up 75.5% over June"                 → change, up, mom (period July)
 * "a 4.8% upsurge over the same period last year" → change, up, yoy
 * "fell 23.3% year-on-year"            → change, down, yoy
 * "accounted for 48.7% of all sales"   → share
 * "tariffs of 10%-25%"                 → amount
 * "more than seven times that of May"  → change, up, mom (period June)
 * </pre>
 */
public final class ChangeRules {

  /** The words of change ({@code change-words.tsv}) that move a figure up and down, as regex alternations. */
  private static final String UP = changeWords("up");
  private static final String DOWN = changeWords("down");
  /** Every word of change, either direction, as one regex alternation (plain words: the TSV holds no multi-word forms). */
  static final String ANY = UP + "|" + DOWN;
  /** A word of change anywhere ("increased", "drop"), as a whole word. */
  static final Pattern ANY_WORD = Pattern.compile("(?i)\\b(?:" + ANY + ")\\b");
  private static final Pattern UP_WORD = Pattern.compile("(?i)" + firstOf(UP) + "\\b(" + UP + ")\\b");
  private static final Pattern DOWN_WORD = Pattern.compile("(?i)" + firstOf(DOWN) + "\\b(" + DOWN + ")\\b");
  /** "grow an average of 34 percent a year", "grows an average annual rate of 2.2%": an average rate between verb and number (value9). */
  // "grow at an average annual rate of 1.7%", "at an annual average rate of 4.2%" (review9c): "at" with the rate, not alone
  private static final String AVERAGE_RATE = "(?:at\\s+)?an?\\s+(?:average(?:\\s+annual)?|annual\\s+average)(?:\\s+(?:growth\\s+)?rate)?(?:\\s+of)?";
  /** "grows an average annual rate of 2.2%": the rate named annual right before the number. */
  private static final Pattern ANNUAL_RATE_BEFORE = Pattern.compile(
      "(?i)\\bannual\\s+(?:[\\p{L}-]+\\s+)?(?:growth\\s+)?rate\\s+of\\s+(?:about\\s+|nearly\\s+|around\\s+|almost\\s+|some\\s+|over\\s+)?[\\d.,]+\\s*(?:%|pc|per\\s*cent|percent)$");
  /** "2.9 percent per year", "34 percent a year", "a 0.4% average annual rate": a yearly rate of change, each year against the one before. */
  private static final Pattern PER_YEAR_AFTER = Pattern.compile(
      "(?i)^\\s*(?:(?:a|per|each|every)\\s+year\\b(?![\\s-]+(?:earlier|ago|before|prior|previously)\\b)|per\\s+annum\\b|(?:average\\s+)?annual\\s+(?:growth\\s+)?rate\\b)");
  /** "a 2.4% annual rate", "annual growth rate": an annual rate named without "average" (review9c). */
  private static final Pattern PLAIN_ANNUAL_RATE_AFTER = Pattern.compile("(?i)^\\s*annual\\s+(?:growth\\s+)?rate\\b");
  private static final Pattern AVERAGE_BEFORE = Pattern.compile("(?i)\\baverage\\s+$");
  /** A quarter named in the sentence: "the second quarter", "Q2", "the April-June period", "from April through June". */
  private static final Pattern QUARTER_NAMED = Pattern.compile(
      "(?i)\\bquarter\\b|\\bQ[1-4]\\b|\\b(?:January|April|July|October)(?:\\s*[-–]\\s*|\\s+(?:to|through)\\s+)(?:March|June|September|December)\\b");
  /** Change words right before the number: "up 75.5%", "fell 23.3%", "an increase of 660%", "grew by 40%". */
  private static final Pattern CHANGE_BEFORE = Pattern.compile(
      // "made up just 7.2 per cent of new car registrations": a share, not a move up. (The word boundary is tested before the
      // look-behind, at the same position: the same matches, the look-behind only where a word starts.)
      "(?i)" + firstOf(ANY) + "\\b(?<!\\b(?:made|make|makes|making|take|takes|took|taken|taking)\\s)(" + UP + "|" + DOWN + ")(?:\\s+(?:by|of|to|ranging\\s+from|at\\s+an?|" + AVERAGE_RATE + "|nearly|about|almost|around|more\\s+than|over|some|roughly|just|only|a\\s+staggering|an\\s+estimated|a\\s+further|a\\s+mere"
          + "|a\\s+(?:more\\s+)?(?:sizeable|substantial|modest|significant|steep|sharp|notable|massive|whopping)|significantly|sharply))*\\s*$");
  /** "rose to 21%", "dropped to 5.78%": a percentage the change arrives at is a level, not the change. */
  private static final Pattern TO_LEVEL = Pattern.compile(
      "(?i)" + firstOf(ANY + "|reach|reached|hit") + "\\b(?:" + UP + "|" + DOWN + "|reach|reached|hit)\\s+to\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|just\\s+|over\\s+|some\\s+)?$");
  /** "a 124 per cent price increase", "China's 35% sales boost". */
  private static final Pattern CHANGE_NOUN_AFTER = Pattern.compile(
      "(?i)^\\s*\\)?\\s*(?:[\\p{L}-]+\\s+)?(?:increase|decrease|rise|drop|decline|gain|growth|jump|boost|augmentation|fall|reduction|surge|slump|dip)\\b");
  /**
   * "The year-on-year increase in this category was even stronger …, at 60.0%", "the rise in exports was 12%": the change
   * named as the subject and its rate stated after it (no other number or share between).
   */
  private static final Pattern CHANGE_SUBJECT_BEFORE = Pattern.compile(
      "(?i)\\b(?:increase|decrease|rise|growth|decline|drop|gain|fall|jump)(?:\\s+(?:in|of)\\b(?:(?!\\bshare\\b)[^%\\d.;()]){0,80}?)?"
          + "\\s+(?:was|were|is|are|stood\\s+at|came\\s+(?:in\\s+)?at|amounted\\s+to|at|of|(?:has\\s+|had\\s+)?reached)\\s+(?:about\\s+|nearly\\s+|around\\s+|almost\\s+|just\\s+)?$");
  private static final Pattern CHANGE_AFTER = Pattern.compile(
      "(?i)^\\s*(?:(?:yoy|y/y|mom|m/m|q/q|year[- ]on[- ]year|month[- ]on[- ]month|year[- ]over[- ]year|on[- ]year|annual|monthly|sequential)\\s+)?"
          + "(" + UP + "|" + DOWN + "|yoy|y/y|mom|m/m|q/q|qoq|year[- ]on[- ]year|month[- ]on[- ]month|year[- ]over[- ]year|from\\s+a\\s+year|from\\s+the\\s+same|on\\s+the\\s+year)\\b");
  private static final Pattern SHARE_AFTER = Pattern.compile(
      "(?i)^\\s*(?:of\\b|share\\b|market\\s+share|stake\\b|of\\s+the\\b|of\\s+all\\b|of\\s+total\\b|of\\s+global\\b|of\\s+world)");
  private static final Pattern SHARE_BEFORE = Pattern.compile(
      "(?i)\\b(account(?:s|ed|ing)?\\s+for|(?:made|make|makes|making|take|takes|took|taken|taking)\\s+up|represent(?:s|ed|ing)?|comprise[sd]?|constitut(?:es|ed|ing)"
          + "|share\\s+(?:of|was|is|at|to|reached|rose|fell)|(?:a|an|its|their)\\s+share|held|holds|controls?|controlled|supplie[sd]|produce[sd]|mined|refined|processed"
          + "|equivalent\\s+to|equal\\s+to|of\\s+which|of\\s+whom|account(?:s|ed|ing)?\\s+for\\s+[^.;%]{0,50}?\\bat)"
          // "made up just over half": two qualifiers
          + "(?:\\s+(?:about|nearly|almost|around|roughly|over|under|more\\s+than|less\\s+than|some|just|only|approximately|an\\s+estimated)){0,2}\\s*$");
  // YOY, MOM and QOQ open with a look-ahead for the first letters their alternatives can start with: tested before the
  // word boundary at each position of the text, it gives the same matches at less cost (lastStart runs them over whole texts).
  private static final Pattern YOY = Pattern.compile(
      "(?i)(?=[acdfijmnostvy])\\b(year[- ]on[- ]year|yoy|y/y|y-o-y|year[- ]over[- ]year|on[- ]year|(?:a|one|the)\\s+year\\s+(?:earlier|ago|before)|year[- ]ago"
          // "the same period" is a comparison only with a year after it or a comparison word before it:
          // "during the same period" refers back to the period just stated, and so does "over the same period" ("profits fell by
          // 57.44 percent over the same period", SamePeriodSpansTest): over a span, not over a base.
          // "on the same half-year period last year", "the same period last fiscal year"
          + "|(?:the\\s+)?(?:same|corresponding)\\s+(?:half[- ]year\\s+)?(?:period|month|quarter|time(?:frame)?)(?:\\s+(?:of|in|last|a))?"
          + "(?:\\s+(?:the\\s+)?(?:last|previous|prior|a)?\\s*(?:(?:fiscal|financial)\\s+)?year|\\s+(?:19|20)\\d{2})"
          + "|(?<=(?:from|than|to|with|versus|vs\\.?|against)\\s(?:the\\s)?)(?:same|corresponding)\\s+(?:period|month|quarter|time(?:frame)?)"
          + "|(?:from|over|than|compar(?:ed|ison)\\s+(?:to|with)|versus|vs\\.?)\\s+(?:last|a|the\\s+previous|the\\s+prior)\\s+year|annual(?:ly)?\\s+(?:basis|terms)|on\\s+an\\s+annual\\s+basis|on\\s+the\\s+year"
          // "an annual demand growth rate of 25 percent": one word may name what grows (value9)
          + "|(?:yearly|annual)\\s+(?:[\\p{L}-]+\\s+)?(?:declines?|decreases?|drops?|falls?|rises?|increases?|gains?|growth(?:\\s+rates?)?)|annually"
          // "compared to September of the previous year", "than in July last year": the same month a year before.
          + "|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+of)?\\s+(?:last|the\\s+previous|the\\s+prior)\\s+year"
          // "increased 65 percent over the last 12 months", "70% over the past year", "a price drop in twelve months" (value8)
          + "|(?:over|in|during)\\s+the\\s+(?:past|last|previous|preceding)\\s+(?:year|12\\s+months|twelve\\s+months)|in\\s+(?:12|twelve)\\s+months)\\b");
  /**
   * After a change: "fell 84pc to 267t from 1,720t last year", "compared to the first ten months last year",
   * "compared to last summer": a reference in last year (a quarter of last year is left to the periods).
   */
  private static final Pattern LAST_YEAR_REFERENCE = Pattern.compile(
      "(?i)\\b(?:from|(?<!\\b(?:more|less|fewer|rather)\\s)than|compar(?:ed|ison)\\s+(?:to|with)|versus|vs\\.?|against)\\s+(?:(?!quarter)[^;%]){0,40}?"
          + "\\b(?:last|the\\s+previous|the\\s+prior)\\s+(?:year|summer|winter|spring|autumn)\\b");
  /** "more than triple the level in the first half of last year", "almost double the previous year": a multiple of last year's. */
  private static final Pattern FACTOR_OF_LAST_YEAR = Pattern.compile(
      "(?i)^\\s+(?:the\\s+)?(?:level|amount|figure|number|total)?\\s*(?:in|of)?\\s*(?:the\\s+)?(?:first\\s+half\\s+of\\s+|same\\s+period\\s+of\\s+)?(?:previous|prior|last)\\s+year\\b");
  private static final Pattern FACTOR_OF_LAST_QUARTER = Pattern.compile(
      "(?i)^\\s+(?:that\\s+of\\s+)?(?:the\\s+)?(?:level\\s+(?:in|of)\\s+)?the\\s+(?:previous|prior|preceding)\\s+quarter\\b");
  /** The next percent of the clause: a basis written after it is its own ("up 0.09% from October and 31% from a year earlier"). */
  private static final Pattern NEXT_PERCENT = Pattern.compile("(?i)\\d[\\d.,]*\\s?(?:%|pc\\b|per\\s?cent|percent)");
  private static final Pattern MOM = Pattern.compile(
      // "on-month" as Yonhap writes it, beside YOY's "on-year"
      "(?i)(?=[acfmopstv])\\b(month[- ]on[- ]month|on-month(?!-)|mom|m/m|m-o-m|month[- ]over[- ]month|(?:a|the|one)\\s+month\\s+(?:earlier|ago|before)|(?:the\\s+)?(?:previous|prior|preceding)\\s+month|(?:from|than|over|on|against|versus|vs\\.?|compar(?:ed|ison)\\s+(?:to|with))\\s+(?:the\\s+)?last\\s+month|sequential(?:ly)?|on\\s+a\\s+monthly\\s+basis"
          // "the production and sales saw monthly declines, down 2.7% and 4%"
          + "|monthly\\s+(?:declines?|decreases?|drops?|falls?|rises?|increases?|gains?|growth))\\b");
  /**
   * "left the country last month, more than double the June level": before the figure, "last month" names the month
   * compared; after it ("saw a decline (-22.3%) last month") it is only the figure's own period.
   */
  private static final Pattern COMPARED_BEFORE = Pattern.compile("(?i)\\b(?:compar(?:ed|ison)\\s+(?:to|with)|in\\s+comparison\\s+(?:to|with)|relative\\s+to)\\b");
  private static final Pattern LAST_MONTH = Pattern.compile("(?i)\\blast\\s+month\\b");
  private static final Pattern QOQ = Pattern.compile(
      "(?i)(?=[acdfoqst])\\b(q/q|qoq|q-o-q|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|sequential(?:ly)?\\s+quarter"
          // "up by 2pc on the previous quarter", "more than double the previous quarter"
          + "|(?:from|than|on|over|against|compar(?:ed|ison)\\s+(?:to|with)|double|triple|twice)\\s+(?:that\\s+of\\s+)?(?:in\\s+)?the\\s+(?:previous|prior|preceding)\\s+quarter)\\b");
  /**
   * The previous quarter as the base, its level between ("up 166.8 percent from 195.6 billion won in the previous quarter",
   * "down by 7.23% from the 115,000 tonnes produced in the previous quarter", "from 5.7 trillion won, the previous quarter")
   * or as a possessive ("a 70 percent increase from last quarter's delivery of 14,402"); not the period of a change that
   * compares nothing ("following a 6.2 per cent gain in the previous quarter").
   */
  private static final Pattern PREVIOUS_QUARTER_BASE_AFTER = Pattern.compile(
      "(?i)^[^;%]{0,40}?\\b(?:from|than|over|against|versus|vs\\.?|compar(?:ed|ison)\\s+(?:to|with))\\s+"
          + "(?:(?:(?:the|a)\\s+)?[$€£¥]?\\d[^;%]{0,40}?(?:\\b(?:in|during)\\s+|,\\s*)(?:the\\s+)?(?:previous|prior|preceding)\\s+quarter\\b"
          + "|(?:the\\s+)?(?:previous|prior|preceding|last)\\s+quarter['’]s\\s)");
  /** "Compared with the previous quarter, the operating profit fell 27.3 percent": the comparison leads the clause. */
  private static final Pattern PREVIOUS_QUARTER_COMPARED_BEFORE = Pattern.compile(
      "(?i)\\b(?:compar(?:ed|ison)\\s+(?:to|with)|in\\s+comparison\\s+(?:to|with)|relative\\s+to|against)\\s+the\\s+(?:previous|prior|preceding)\\s+quarter\\b");
  private static final Pattern YEAR_SPAN = Pattern.compile("(?i)^[^.;]{0,40}?\\bbetween\\s+((?:19|20)\\d{2})\\s+and\\s+((?:19|20)\\d{2})\\b");
  /**
   * A comparison that names its reference: "from June", "compared to the first half", "than in 2024"; not "over the same period",
   * a span (SamePeriodSpansTest).
   */
  private static final Pattern VERSUS = Pattern.compile(
      "(?i)\\b(from|(?<!\\bto\\s)over(?!\\s+(?:the\\s+)?(?:same|corresponding)\\s+(?:period|month|quarter|time)\\b)|(?<!\\b(?:more|less|fewer)\\s)than|compar(?:ed|ison)\\s+(?:to|with)|versus|vs\\.?|since|between|against|relative\\s+to|that\\s+of)\\b");
  /**
   * "a remarkable ", "an impressive ", "a margin of ", "a total ", "a weaker than expected ": an article and one to three words
   * (and "of") between "by" and a change's size; they grade or frame the size, the verb before "by" still names the change.
   */
  private static final String BY_SIZE_WORDS = "an?\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:of\\s+)?";
  /** "by ", "by up to ", "by as much as ", "by a remarkable ": the preposition of a change's size, with its qualifiers, right before the number. */
  private static final Pattern BY_BEFORE = Pattern.compile(
      "(?i)\\bby\\s+(?:" + BY_SIZE_WORDS + ")?(?:(?:up\\s+to|as\\s+much\\s+as|about|around|nearly|almost|roughly|some|more\\s+than|over|just|only|approximately|an\\s+estimated)\\s+)*$");
  /**
   * "increased by a remarkable 53 per cent", "rising by an impressive 180%", "slid by a margin of 1.4%": "by" and words that
   * grade the size, right after its verb of change (review32a: a verb of change anywhere before made "Exports grew last year,
   * pushed by a record 95% utilization rate" a change); not a "by" that names an agent ({@code by-agents.tsv}: "followed by
   * an outlay of").
   */
  private static final Pattern BY_GRADED_SIZE = Pattern.compile(
      "(?i)" + firstOf(ANY) + "\\b(?:" + UP + "|" + DOWN + ")(?:\\s+\\p{L}+ly)?\\s+"
          + "(?<!\\b(?:" + Tsv.read("by-agents.tsv").stream().map(r -> r.get("form")).collect(Collectors.joining("|")) + ")\\s)\\bby\\s+"
          + BY_SIZE_WORDS + "$");
  /**
   * "growing at an impressive average rate of 33.5% annually", "rising at a compound annual rate of 30 percent", "dropped at an
   * annual pace of 4.2 percent": a verb of change and the rate it moves at, whatever words grade the rate.
   */
  private static final Pattern RATE_OF_CHANGE_BEFORE = Pattern.compile(
      "(?i)" + firstOf(ANY) + "\\b(?:" + UP + "|" + DOWN + ")\\s+at\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:rate|pace)\\s+of\\s+$");
  private static final Pattern COMPARATIVE_THAN = Pattern.compile("(?i)\\b(?:slower|faster|lower|higher|smaller|larger)\\s+than\\b");
  private static final Pattern CLAUSE_END = Pattern.compile(
      // "(?=[;:,.ab])": the alternatives' first characters, tested first (the same matches; clauseLeft runs over each prefix).
      "(?=[;:,.ab])[;:]|,\\s+(?:and|but|while|whereas|which|when)\\b|(?<!\\b\\p{Lu})\\.\\s|\\band\\s+(?=(?:up|down)\\b)|,\\s+(?=(?:up|down)\\b)|\\bbut\\b");

  /** The basis of a change against the previous quarter ("quarter on quarter", "from the previous quarter"). */
  static final String QUARTER_BASIS = "qoq";
  /**
   * A percent named as a rate of growth is a change: "a compound growth rate of 6.77%", "an annual growth rate of over 30 per
   * cent", "an annual demand growth rate of 25 percent", "with a year-on-year growth rate as high as 99.2%", "a compound annual
   * growth rate (CAGR) of 10.2%", "grow at a CAGR of 8.5%" (GrowthRatesTest).
   */
  private static final Pattern GROWTH_RATE_BEFORE = Pattern.compile(
      "(?i)\\b(?:(?:growth|decline)\\s+rates?(?:\\s*\\(\\s*CAGR\\s*\\))?|CAGR)\\s+(?:(?:of|was|is|at|reached|stood\\s+at)\\s+)?"
          + "(?:over\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|some\\s+|approximately\\s+|roughly\\s+)?$");
  /** "as much as 9.6% Compound annual growth rate (CAGR)", "at 12.5% CAGR through 2030": the rate named after the percent. */
  private static final Pattern COMPOUND_RATE_AFTER = Pattern.compile(
      "(?i)^\\s*(?:compound(?:ed)?\\s+(?:annual\\s+)?growth\\s+rate|CAGR)\\b");
  /** "a compound annual growth rate (CAGR) of 10.2%": a rate over a span, before an annual rate is read (soft: vs-period). */
  private static final Pattern COMPOUND_RATE_BEFORE = Pattern.compile(
      "(?i)\\b(?:compound(?:ed)?\\s+(?:annual\\s+)?growth\\s+rate(?:\\s*\\(\\s*CAGR\\s*\\))?|CAGR)\\s+(?:of|at|was|is|reached|stood\\s+at|as\\s+high\\s+as)\\s+"
          + "(?:over\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|some\\s+|approximately\\s+|roughly\\s+)?[\\d.,]+\\s*(?:%|pc|per\\s*cent|percent)$");
  private static final Pattern COMPOUND_RATE = Pattern.compile("(?i)\\b(?:compound(?:ed)?\\s+(?:annual\\s+)?growth\\s+rate|CAGR)\\b");
  private static final Pattern RATIO_BEFORE_BRACKET = Pattern.compile(
      "(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine|[1-9])\\s+(?:in|out\\s+of)\\s+(?:\\d+|ten|twenty|five|four|three|hundred)\\b[^.;%()]{0,40}\\(\\s*$");
  /** "25 percent below", "5.8 per cent behind", "10% above": a comparison whose reference follows. */
  private static final Pattern BELOW_AFTER = Pattern.compile("(?i)^\\s*(below|behind|above|ahead)\\b");
  /** "7,028 additional units", "500 more cars": a number of things added. */
  private static final Pattern ADDED_QUOTE = Pattern.compile("(?i)^[\\d.,]+(?:\\s+(?:thousand|million|billion))?\\s+(?:additional|extra)\\s");
  /** A change up to now from the start of the year or a named month: "so far this year", "since the start of the year". */
  private static final Pattern TO_DATE = Pattern.compile(
      "(?i)\\b(?:so\\s+far\\s+(?:this|in\\s+the)\\s+year|since\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the\\s+|this\\s+)?(?:year|January|February|March|April|May|June|July|August|September|October|November|December))\\b");
  /**
   * "year-to-date" or "YTD" right after the change ("up 38.35 percent year-to-date", "has risen 37.0% YTD": smoke18); not a
   * "Year to date," opening the sentence, whose "annual decline" is a year's.
   */
  private static final Pattern YTD_AFTER = Pattern.compile("(?i)^\\s*\\(?(?:year[- ]to[- ]date|ytd)\\b");
  /** "a year-on-year decline of 11.4%", "a year-over-year fall of 2.4 per cent": the basis named in the change noun. */
  private static final Pattern YOY_CHANGE_BEFORE = Pattern.compile(
      "(?i)\\b(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y/y|y-o-y)\\s+(?:increase|decrease|rise|drop|decline|gain|growth|fall|jump|slump|surge)\\s+of\\s+"
          + "(?:about\\s+|nearly\\s+|around\\s+|almost\\s+|some\\s+)?[\\d.,]+\\s*(?:%|pc|per\\s*cent|percent)$");

  /** "with a year-to-date increase of 19.7%": the change noun is dated to date. */
  private static final Pattern TO_DATE_CHANGE_BEFORE = Pattern.compile(
      "(?i)\\b(?:year[- ]to[- ]date|YTD)\\s+(?:increase|decrease|rise|drop|decline|gain|growth|fall)\\s+of\\s+(?:about\\s+|nearly\\s+|around\\s+)?[\\d.,]+\\s*(?:%|pc|per\\s*cent|percent)$");

  /**
   * The basis the words right after a number state, up to the end of its clause, or null: "… 17.6% so far this
   * year" → vs-period, "… 4% year-on-year" → yoy. For a number listed after a change ("fallen 41.9% and 17.6% …").
   */
  static String statedBasis(String sentence, int end) {
    String right = clauseRight(sentence, end);
    String window = right.length() > 60 ? right.substring(0, 60) : right;
    Matcher y = YOY.matcher(window);
    Matcher m = MOM.matcher(window);
    int ys = y.find() ? y.start() : Integer.MAX_VALUE;
    int ms = m.find() ? m.start() : Integer.MAX_VALUE;
    if (ys < Integer.MAX_VALUE && ys <= ms) return "yoy";
    if (ms < Integer.MAX_VALUE) return "mom";
    if (QOQ.matcher(window).find()) return QUARTER_BASIS;
    return TO_DATE.matcher(window).find() || YTD_AFTER.matcher(window).lookingAt() ? "vs-period" : null;
  }

  /** {@link Regexes#firstOf} of an alternation of plain words (change-words.tsv holds no multi-word forms). */
  private static String firstOf(String alternation) {
    return Regexes.firstOf(java.util.Arrays.asList(alternation.split("\\|")));
  }

  /** As {@code left} matching {@code (?is).*\bby\s*$} ("increased by "): the pattern runs only where the clause ends in "by". */
  private static boolean endsWithBy(String left) {
    return lastWordIs(left, "by") && Regexes.matches(left, "(?is).*\\bby\\s*$");
  }

  /** Whether {@code text} ends in {@code word} (any case) and white space only: what a pattern ending "word\s*$" needs. */
  private static boolean lastWordIs(String text, String word) {
    int end = text.length();
    while (end > 0 && isSpace(text.charAt(end - 1))) end--;
    return end >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length());
  }

  /** Regex {@code \s} (not Unicode white space): space, tab, new line, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String changeWords(String direction) {
    return Tsv.read("change-words.tsv").stream().filter(row -> row.get("direction").equals(direction)).map(row -> row.get("form"))
        .collect(Collectors.joining("|"));
  }

  /** "up" or "down" for a word of change ("grew", "boost", "fall"), else null. */
  static String directionWord(String word) {
    if (UP_WORD.matcher(word).matches()) return "up";
    return DOWN_WORD.matcher(word).matches() ? "down" : null;
  }

  /** Whether a word of change stands right before the end of {@code left} ("rose ", "an increase of "). */
  static boolean changeWordBefore(String left) {
    return CHANGE_BEFORE.matcher(clauseLeft(left, left.length())).find();
  }

  /** The classification of one quantity. */
  public record Change(Kind kind, String direction, String basis) {}

  /**
   * Classifies the quantity at {@code [start, end)} of {@code sentence} (sentence offsets).
   *
   * @param periods the sentence's time expressions
   * @param period  the period the figure is about, if known (to tell "from June" m/m from other comparisons)
   */
  public Change classify(String sentence, int start, int end, Quantity q, List<PeriodMention> periods, String period) {
    String left = clauseLeft(sentence, start);
    String right = clauseRight(sentence, end);
    String unit = q.unit();
    boolean percent = unit.equals("percent") || unit.equals("percentage-point");
    Kind kind;
    // Percentage points measure how far a share or rate moved: always a change ("0.5 percentage points slower than …").
    if (unit.equals("factor") || unit.equals("percentage-point") || q.signed() != '\0') {
      kind = Kind.CHANGE;
    } else if (percent && TO_LEVEL.matcher(left).find()) {
      kind = SHARE_AFTER.matcher(right).find() ? Kind.SHARE : Kind.AMOUNT;
    } else if (percent && (CHANGE_NOUN_AFTER.matcher(right).find() || CHANGE_SUBJECT_BEFORE.matcher(sentence.substring(0, start)).find()
        || ComparedChangeSubjects.before(sentence.substring(0, start)))) {
      kind = Kind.CHANGE;
    } else if ((endsWithBy(left) || BY_GRADED_SIZE.matcher(left).find())
        && (UP_WORD.matcher(left).find() || DOWN_WORD.matcher(left).find())) {
      kind = Kind.CHANGE; // "reduced supplies of heavy rare earths by 70%", "increased by a remarkable 53 per cent"
    } else if (percent && RATE_OF_CHANGE_BEFORE.matcher(left).find()) {
      kind = Kind.CHANGE; // "growing at an impressive average rate of 33.5% annually"
    } else if (CHANGE_BEFORE.matcher(left).find() || CHANGE_AFTER.matcher(right).find()) {
      kind = percent || endsWithBy(left) || lastWordIs(left, "of") && Regexes.matches(left, "(?is).*\\b(increase|decrease|rise|drop|decline|gain|growth|improvement)\\s+of\\s*$")
          || CHANGE_AFTER.matcher(right).find() && !percent && rightIsComparison(right) ? Kind.CHANGE : Kind.AMOUNT;
    } else if (percent && (SHARE_AFTER.matcher(right).find() || SHARE_BEFORE.matcher(left).find())) {
      kind = Kind.SHARE;
    } else if (percent && ComparedPercents.comparedWithTime(left, right)) {
      kind = Kind.CHANGE; // "This is + 166% compared to 2019": a percent compared with an earlier time (ComparedPercents)
    } else if (percent && Regexes.matches(right, "(?is)^\\s*(lower|higher|less|more|above|below)\\s+than\\b.*")) {
      kind = Kind.CHANGE;
    } else if (percent && RATIO_BEFORE_BRACKET.matcher(left).find()) {
      kind = Kind.SHARE; // "nearly one in ten new light vehicle sales (9.5 per cent)": the exact share of the ratio
    } else if (percent && (GROWTH_RATE_BEFORE.matcher(left).find() || BELOW_AFTER.matcher(right).find()
        || COMPOUND_RATE_AFTER.matcher(right).lookingAt())) {
      kind = Kind.CHANGE;
    } else if (percent && Regexes.matches(left, "(?is).*\\bcontribut(?:e|es|ed|ing)\\s+$") && Regexes.matches(right, "(?is)^\\s*(?:to|of)\\b.*")) {
      kind = Kind.SHARE; // "contributing 11.6 percent to its revenue"
    } else if (!percent && ADDED_QUOTE.matcher(sentence.substring(start)).lookingAt()) {
      kind = Kind.CHANGE; // "equivalent to 7,028 additional units"
    } else {
      kind = Kind.AMOUNT;
    }
    // "2,059 fewer than the same period last year", "a A$565 million boost": a difference without a verb of change (value8)
    String difference = kind == Kind.CHANGE || unit.equals("factor") ? null : Differences.direction(sentence, start, end, percent);
    if (difference != null) return new Change(Kind.CHANGE, difference, basis(sentence, start, end, right, periods, period));
    // "dropped 312 metric tons, or 4.9 percent, to 6,078 tons", "rose $120 to $6,040 a tonne": an amount moved to a level
    String moved = kind == Kind.AMOUNT && !percent && !unit.equals("factor") ? MovedAmounts.direction(sentence, start, end) : null;
    if (moved != null) return new Change(Kind.CHANGE, moved, basis(sentence, start, end, right, periods, period));
    // "grew in the following regions: Arequipa (179.6%), Ancash (14.9%)": a list's bracketed rates under one verb
    String listed = percent && kind == Kind.AMOUNT ? BracketedRates.direction(sentence, start, end, q.signed()) : null;
    if (listed != null) return new Change(Kind.CHANGE, listed, basis(sentence, start, end, right, periods, period));
    if (kind != Kind.CHANGE) return new Change(kind, null, null);
    String direction = direction(left, right, q);
    if (direction == null) direction = ComparedPercents.apartSign(left); // "+ 166%"
    if (direction == null && ADDED_QUOTE.matcher(sentence.substring(start)).lookingAt()) direction = "up";
    return new Change(kind, direction, basis(sentence, start, end, right, periods, period));
  }

  private static boolean rightIsComparison(String right) {
    return YOY.matcher(right).find() || MOM.matcher(right).find();
  }

  private static String direction(String left, String right, Quantity q) {
    if (q.signed() == '+') return "up";
    if (q.signed() == '-') return "down";
    if (q.unit().equals("factor")) return q.value() < 1 ? "down" : "up";
    Matcher below = BELOW_AFTER.matcher(right);
    if (below.find()) return Regexes.matches(below.group(1).toLowerCase(Locale.ROOT), "below|behind") ? "down" : "up";
    if (GROWTH_RATE_BEFORE.matcher(left).find()) return left.toLowerCase(Locale.ROOT).contains("decline") ? "down" : "up";
    if (COMPOUND_RATE_AFTER.matcher(right).lookingAt()) return "up";
    // "The growth rates were 0.5 percentage points, …, respectively, lower than the first half last year": the comparative says which way.
    Matcher comparative = COMPARATIVE_THAN.matcher(right);
    if (comparative.find() && comparative.start() < 60) {
      return Regexes.matches(comparative.group().toLowerCase(Locale.ROOT), "(?:lower|slower|smaller)\\b.*") ? "down" : "up";
    }
    Matcher rightUp = UP_WORD.matcher(right);
    Matcher rightDown = DOWN_WORD.matcher(right);
    int ru = rightUp.find() ? rightUp.start() : Integer.MAX_VALUE;
    int rd = rightDown.find() ? rightDown.start() : Integer.MAX_VALUE;
    // "reduce development costs for electric vehicles by 30 percent", "slashing the average price … by roughly 25%": the verb
    // that takes "by" is the change's, however far the nearest other cue
    Matcher by = BY_BEFORE.matcher(left);
    if (by.find()) {
      String verbs = left.substring(0, by.start());
      int bu = lastIndex(UP_WORD, verbs);
      int bd = lastIndex(DOWN_WORD, verbs);
      if (Math.max(bu, bd) >= 0) return bu > bd ? "up" : "down";
    }
    // The nearest cue wins: "down 38.1%" (left) before "an increase" further right.
    int lu = lastIndex(UP_WORD, left);
    int ld = lastIndex(DOWN_WORD, left);
    int leftBest = Math.max(lu, ld);
    int leftDistance = leftBest < 0 ? Integer.MAX_VALUE : left.length() - leftBest;
    int rightBest = Math.min(ru, rd);
    if (leftDistance <= 40 && leftDistance <= rightBest + 6) return lu > ld ? "up" : "down";
    if (rightBest != Integer.MAX_VALUE) return ru < rd ? "up" : "down";
    if (leftBest >= 0) return lu > ld ? "up" : "down";
    return null;
  }

  private static int lastIndex(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int last = -1;
    while (m.find()) last = m.start();
    return last;
  }

  private static String basis(String sentence, int start, int end, String right, List<PeriodMention> periods, String period) {
    String worded = wordedBasis(sentence, start, end, right, periods, period);
    // "rose from 304 in 2023 to 680 in 2024, a 124 percent increase": the ends of its span say what a change compares
    if (worded != null && !worded.equals("vs-period")) return worded;
    String spanned = SpanEndBases.basis(sentence, start, end, periods, worded == null);
    return spanned != null ? spanned : worded;
  }

  private static String wordedBasis(String sentence, int start, int end, String right, List<PeriodMention> periods, String period) {
    // Comparisons are stated after the number ("up 4.8% over year-ago exports") or just before it
    // ("year-on-year growth of 5%").
    String window = right.length() > 90 ? right.substring(0, 90) : right;
    Matcher next = NEXT_PERCENT.matcher(window);
    // … unless the basis is the list's ("rising by 2.5 percent and 3.0 percent month on month"): only a figure that names
    // its own reference before the next number ("0.09% from October and 31% …") stops there
    if (next.find() && next.start() > 0 && VERSUS.matcher(window.substring(0, next.start())).find()) window = window.substring(0, next.start());
    String before0 = sentence.substring(Math.max(0, end - 120), end);
    if (FACTOR_OF_LAST_YEAR.matcher(window).lookingAt()) return "yoy";
    // "a compound annual growth rate (CAGR) of 10.2%", "9.6% Compound annual growth rate": a rate over a span, not a year's
    if (COMPOUND_RATE_BEFORE.matcher(before0).find() || COMPOUND_RATE_AFTER.matcher(window).lookingAt()) return "vs-period";
    Matcher rateBefore = ANNUAL_RATE_BEFORE.matcher(before0);
    boolean annualRateBefore = rateBefore.find();
    if (PER_YEAR_AFTER.matcher(window).lookingAt() || annualRateBefore) {
      // "grew at a 2.4% annual rate in the second quarter": a quarter's pace scaled to a year, not against the year before
      boolean plainAnnualRate = PLAIN_ANNUAL_RATE_AFTER.matcher(window).lookingAt()
          || annualRateBefore && !AVERAGE_BEFORE.matcher(before0.substring(0, rateBefore.start())).find();
      if (!(plainAnnualRate && QUARTER_NAMED.matcher(sentence).find())) return "yoy";
    }
    // "a year-on-year decline of 11.4% (US$21 million less than in 2023)": the basis named in the change noun (value8)
    if (YOY_CHANGE_BEFORE.matcher(before0).find()) return "yoy";
    if (FACTOR_OF_LAST_QUARTER.matcher(window).lookingAt() || PREVIOUS_QUARTER_BASE_AFTER.matcher(window).find()) return QUARTER_BASIS;
    // "Over the period of 2020 to 2022, … a compound growth rate of 6.77%": a rate over a span
    if (COMPOUND_RATE.matcher(before0).find()) return "vs-period";
    Matcher yoy = YOY.matcher(window);
    Matcher mom = MOM.matcher(window);
    Matcher lastYear = LAST_YEAR_REFERENCE.matcher(window);
    int y = yoy.find() ? yoy.start() : lastYear.find() ? lastYear.start() : Integer.MAX_VALUE;
    int m = mom.find() ? mom.start() : Integer.MAX_VALUE;
    PeriodMention ref = null;
    for (PeriodMention p : periods) {
      // "from a 32.9% increase in the first quarter": a base's period written right after this figure is its own, not what it is compared with.
      if (p.basis() && p.start() >= end && OWN_PERIOD_AFTER.matcher(sentence.substring(end, p.start())).matches()) continue;
      // "rose 0.4% in September after declining 0.3% in August": the period of an earlier change, no base of this one (review9c)
      if (p.basis() && p.start() >= end && EARLIER_CHANGE_BETWEEN.matcher(sentence.substring(end, p.start())).find()) continue;
      // "compared to what was achieved in 2023": a base described by words, read only against a period of the change's own
      if (p.start() >= end && p.start() - end <= 60 && (p.basis() || isBaseFigurePeriod(sentence, end, p)
          || BracketedBases.base(sentence.substring(end, p.start())) || period != null && DescribedBases.between(sentence.substring(end, p.start())))) {
        ref = p;
        break;
      }
    }
    long r = ref == null ? Integer.MAX_VALUE : ref.start() - end;
    // "fell 3.9% on-week", "from 275,226 tonnes a week earlier", "a weekly decline of 6 percent": against the week before
    int w = WeeklyBases.weekAt(sentence.substring(Math.max(0, start - 60), start), window);
    if (w >= 0 && w <= y && w <= m) return "vs-period";
    if (y < Integer.MAX_VALUE && y <= m && y <= r + 20) return "yoy";
    if (m < Integer.MAX_VALUE && m <= r + 20) return "mom";
    // "have fallen 41.9% and 17.6% so far this year", "dropping 52% since the start of the year",
    // "with a year-to-date increase of 19.7%": a change from the year's start to now
    // "surged 56% in just one month", "fell by 11,000 yuan per tonne in the recent five days", "an 8 month 40-46% price drop":
    // a change over a stated span of time; a span of a year is the year before
    String overSpan = spanBasis(sentence.substring(0, start), window);
    if (overSpan != null) return overSpan;
    Matcher toDate = TO_DATE.matcher(window);
    if (toDate.find() && toDate.start() < 60 || YTD_AFTER.matcher(window).lookingAt() || TO_DATE_CHANGE_BEFORE.matcher(before0).find()
        || TO_DATE.matcher(clauseLeft(sentence, Math.max(0, end - 1))).find() && ref == null) {
      return "vs-period";
    }
    if (ref != null) return basisOf(ref, period, BracketedBases.withoutAside(sentence.substring(end, ref.start())));
    if (QOQ.matcher(window).find()) return QUARTER_BASIS; // quarter on quarter: the previous quarter
    Matcher span = YEAR_SPAN.matcher(window);
    if (span.find()) {
      // "tripled between 2018 and 2019" is y/y; "dropped 16 percentage points between 2019 and 2025" vs-period.
      return Integer.parseInt(span.group(2)) == Integer.parseInt(span.group(1)) + 1 ? "yoy" : "vs-period";
    }
    // "0.1 percentage point and 0.5 percentage points slower than the rises recorded in the first nine months":
    // a comparative names its own reference, whatever basis an earlier clause stated.
    Matcher comparative = COMPARATIVE_THAN.matcher(window);
    // … not one that names no time nor level ("49 per cent lower than for petrol models": TimelessComparisons)
    if (comparative.find() && comparative.start() < 50 && !TimelessComparisons.namesNoTime("than", window.substring(comparative.end()))) {
      return "vs-period";
    }
    String before = sentence.substring(Math.max(0, end - 120), end);
    if (YOY.matcher(before).find()) return "yoy";
    if (MOM.matcher(before).find() || LAST_MONTH.matcher(before).find()) return "mom";
    // "Compared to the first seven months of 2019, new registrations are 25 percent below": a named reference
    String left = clauseLeft(sentence, end);
    if (PREVIOUS_QUARTER_COMPARED_BEFORE.matcher(left).find()) return QUARTER_BASIS;
    if (COMPARED_BEFORE.matcher(left).find()) {
      String led = leadBasis(sentence, end, periods, period);
      return led != null ? led : "vs-period";
    }
    // "expected to double by 2030", "increase its manganese output threefold by 2019", "triple to at least 370 by 2024": a
    // change to a year's end compares with now, a span (ForecastSpansTest)
    if (BY_YEAR_AFTER.matcher(window).lookingAt()) return "vs-period";
    Matcher vs = VERSUS.matcher(window);
    // "up 581 percent from 207 metric tonnes": a base written as a bare level names no basis (BareBases).
    // "growth of just 5% according to data from Rho Motion", "to just over 140,000 units": a word that names no time compares
    // with no period (TimelessComparisons).
    if (vs.find() && vs.start() < 25) {
      String after = window.substring(vs.end());
      return vs.group(1).equalsIgnoreCase("from") && BareBases.bareAfterFrom(after) || TimelessComparisons.namesNoTime(vs.group(1), after)
          ? null : "vs-period";
    }
    return null;
  }

  /**
   * A year a change runs to, right after it, a level reached between: " by 2030", " in size by 2030", " to at least 370 by 2024";
   * not a clause or another number's change ("by 2030, sales rose 5%" is cut off at the comma).
   */
  private static final Pattern BY_YEAR_AFTER = Pattern.compile(
      "(?i)^(?:\\s+in\\s+size)?(?:\\s+to\\s+(?:(?:at\\s+least|about|around|nearly|almost|over|more\\s+than|some|roughly)\\s+)?[$€£¥]?\\d[\\d.,]*(?:\\s*[\\p{L}%]+){0,2})?"
          + "\\s+by\\s+(?:the\\s+end\\s+of\\s+)?(?:19|20)\\d{2}\\b(?!\\s*[-–/]|\\s*(?:tonnes|tons|units|t)\\b)");
  private static final String SPAN_COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";
  private static final String SPAN_UNIT = "(day|week|month|year)s?";
  /**
   * A span of time right after a change, before any other number: "in just one month", "in the recent 30 days", "over the
   * past two years", "within a year", "in the first two weeks of March"; not the months of a year ("in the first two months").
   */
  private static final Pattern SPAN_AFTER = Pattern.compile(
      "(?i)^[^\\d;%]{0,40}?\\b(?:in|within|over|during)\\s+(?:just\\s+|only\\s+|a\\s+mere\\s+|the\\s+space\\s+of\\s+)?"
          + "(?:the\\s+(?:past|last|recent|previous|preceding|(first))\\s+)?" + SPAN_COUNT + "[\\s-]+" + SPAN_UNIT + "\\b");
  /** "an 8 month 40-46% price drop", "a two-week 15% rally": the span written before the change. */
  private static final Pattern SPAN_BEFORE = Pattern.compile("(?i)\\b(?:a|an|the|its)\\s+()" + SPAN_COUNT + "[\\s-]+" + SPAN_UNIT + "\\s+$");

  /** The basis of a change over a span of time stated next to it: yoy for one year (or twelve months), else vs-period; null without one. */
  private static String spanBasis(String left, String window) {
    Matcher m = SPAN_AFTER.matcher(window);
    if (!m.lookingAt()) {
      m = SPAN_BEFORE.matcher(left.length() > 40 ? left.substring(left.length() - 40) : left);
      if (!m.find()) return null;
    }
    String count = lower(m.group(2));
    String unit = lower(m.group(3));
    if (m.group(1) != null && !m.group(1).isEmpty() && !unit.equals("day") && !unit.equals("week")) return null;
    boolean oneYear = unit.equals("year") && Regexes.matches(count, "a|an|one|1") || unit.equals("month") && Regexes.matches(count, "twelve|12");
    return oneYear ? "yoy" : "vs-period";
  }

  /**
   * The basis the words of {@code text} name last: "… in the same quarter the year before" → yoy, "from the previous quarter" →
   * qoq, "month-on-month" → mom; null when they name none.
   */
  static String statedSpan(String text) {
    int y = lastStart(YOY, text);
    int q = lastStart(QOQ, text);
    int m = lastStart(MOM, text);
    if (y < 0 && q < 0 && m < 0) return null;
    return q >= y && q >= m ? QUARTER_BASIS : y >= m ? "yoy" : "mom";
  }

  /**
   * The one span a sentence's words compare over, or null when they name none or more than one: "Compared to the same period
   * last year, this is an increase as well (plus nine percent)" → yoy; "up 90.4 percent from last year, … up 15.4 percent
   * month-on-month" → null (two spans); "so far this year" also names a span of its own (vs-period) → null.
   */
  static String onlyNamedSpan(String sentence) {
    boolean y = YOY.matcher(sentence).find() || LAST_YEAR_REFERENCE.matcher(sentence).find();
    boolean q = QOQ.matcher(sentence).find();
    boolean m = MOM.matcher(sentence).find();
    if (TO_DATE.matcher(sentence).find() || (y ? 1 : 0) + (q ? 1 : 0) + (m ? 1 : 0) != 1) return null;
    return y ? "yoy" : q ? QUARTER_BASIS : "mom";
  }

  /** Where a sentence's words name {@code basis} ({@link #onlyNamedSpan}'s words), as {start, end} pairs in text order. */
  static List<int[]> namedSpanCues(String sentence, String basis) {
    List<Pattern> patterns = switch (basis) {
      case "yoy" -> List.of(YOY, LAST_YEAR_REFERENCE);
      case "mom" -> List.of(MOM);
      default -> List.of(QOQ);
    };
    List<int[]> cues = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(sentence);
      while (m.find()) cues.add(new int[] {m.start(), m.end()});
    }
    cues.sort((a, b) -> Integer.compare(a[0], b[0]));
    return cues;
  }

  private static int lastStart(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int last = -1;
    while (m.find()) last = m.start();
    return last;
  }

  /**
   * The basis the reference a change names after it gives once the change's period is known: "bringing the
   * total output quota for the year to 270,000 tons, which is a 5.9% rise compared to 2023" (the year being
   * 2024) → yoy. Null when the clause names no reference period, or the period is unknown.
   *
   * @param end    the change's end in the sentence
   * @param period the change's settled period
   */
  static String referenceBasis(String sentence, int end, List<PeriodMention> periods, String period) {
    if (period == null) return null;
    String led = leadBasis(sentence, end, periods, period);
    if (led != null) return led;
    for (PeriodMention p : periods) {
      if (p.start() < end || p.start() - end > 60) continue;
      String between = sentence.substring(end, p.start());
      if (CLAUSE_END.matcher(between).find()) return null;
      if (p.basis() && OWN_PERIOD_AFTER.matcher(between).matches()) continue;
      if (p.basis() || isBaseFigurePeriod(sentence, end, p) || DescribedBases.between(between)) return basisOf(p, period, between);
    }
    return null;
  }

  /**
   * "Compared to September 2019, in October 2019 industrial production output fell by 2.3%": the basis a reference leading the
   * sentence gives against the figure's period; null without either.
   */
  private static String leadBasis(String sentence, int end, List<PeriodMention> periods, String period) {
    if (period == null) return null;
    Matcher lead = COMPARED_LEAD.matcher(sentence);
    if (!lead.lookingAt() || lead.end() >= end) return null;
    for (PeriodMention p : periods) {
      if (p.start() == lead.end()) return basisOf(p, period, lead.group());
    }
    return null;
  }

  /** A comparison that opens the sentence, before the period it names: "Compared to ", "In comparison with ". */
  private static final Pattern COMPARED_LEAD = Pattern.compile("(?i)\\s*(?:compar(?:ed|ison)\\s+(?:to|with)|in\\s+comparison\\s+(?:to|with)|relative\\s+to)\\s+");

  /** "following a revised 4.2% jump in ", "after declining 0.3% in ": an earlier change told after the current one. */
  private static final Pattern EARLIER_CHANGE_BETWEEN = Pattern.compile(
      "(?i)\\b(?:after|following)\\s+(?:a\\s+|an\\s+)?(?:(?:upwardly\\s+|downwardly\\s+)?(?:revised|adjusted)\\s+)?(?:\\p{L}+ing\\s+(?:by\\s+)?)?"
          + "[\\d.,]+\\s*-?\\s*(?:%|per\\s*cent|percent)");
  private static final Pattern OWN_PERIOD_AFTER = Pattern.compile("(?i)\\s*(?:\\p{L}+\\s+)?(?:in|during)\\s+(?:the\\s+)?");

  /** "a 157.5% increase from 1238 tons in May": the period of the figure compared with. */
  private static boolean isBaseFigurePeriod(String sentence, int end, PeriodMention p) {
    String between = sentence.substring(end, p.start());
    return Regexes.matches(between, "(?is).*\\b(?:from|compar(?:ed|ison)\\s+(?:to|with)|than|versus|vs\\.?)\\s+(?:a\\s+|the\\s+)?[\\d.,]+\\s*[\\p{L}%]*\\s+(?:in|for|during)\\s+(?:the\\s+)?$")
        || StatedBaseLevels.between(between);
  }

  /** "from June" for a July figure is m/m; "from July 2024" for July 2025 is y/y; anything else vs-period. */
  static String basisOf(PeriodMention ref, String period, String between) {
    if (BaseLevels.between(between)) return "vs-period";
    // "compared to sales recorded in March 2023" with no period of its own: a base described by words names no month before
    if (period == null && DescribedBases.between(between)) return "vs-period";
    // "2.7 times more than the total for all of 2021" for January–September 2022: a part of a year against a described year
    if (period != null && period.length() != 4 && ref.period().length() == 4 && DescribedBases.between(between)) return "vs-period";
    // "The year-to-date quota … totals 254,000 tons, which is a 4.2% increase compared to 2023" (January–August
    // 2024): months of a year compared with the year before name the same months of that year.
    if (period != null && period.contains("/") && ref.period().length() == 4 && period.length() == 15
        && period.substring(0, 4).equals(period.substring(8, 12)) && Integer.parseInt(ref.period()) + 1 == Integer.parseInt(period.substring(0, 4))
        && !Regexes.matches(between, "(?is).*(?:\\b(?:since|between)\\b|\\d).*") && !DescribedBases.between(between)) {
      return "yoy";
    }
    if (YearBases.yoy(ref, period, between)) return "yoy";
    if (period == null || period.contains("/") != ref.period().contains("/")) {
      // "soared 75% from June" with no period of its own: the month after June, compared with June.
      boolean fromMonth = Regexes.matches(between, "(?is).*\\b(from|over|compar(?:ed|ison)\\s+(?:to|with)|versus|vs\\.?|that\\s+of|than(?:\\s+in)?)\\s+(?:the\\s+)?$");
      // "a 0.77 percentage point decrease from 24.97 percent in August" with no period of its own: the month after.
      // "up 27% from October 2023", "a 25.9% decrease compared to May 2022": a month named with its year is the
      // same month a year before (the previous month goes without one)
      if (period == null && ref.month() > 0 && ref.month() < 12 && fromMonth && Regexes.matches(ref.text(), "(?s).*\\b(?:19|20)\\d\\d\\b.*")) return "yoy";
      return period == null && ref.month() > 0 && (fromMonth || ref.period().length() == 7 && !Regexes.matches(between, "(?is).*\\bsince\\b.*")) ? "mom" : "vs-period";
    }
    if (period.length() == 7 && ref.period().length() == 7) {
      java.time.YearMonth a = java.time.YearMonth.parse(period);
      java.time.YearMonth b = java.time.YearMonth.parse(ref.period());
      if (b.plusMonths(1).equals(a)) return "mom";
      if (b.plusYears(1).equals(a)) return "yoy";
      return "vs-period";
    }
    if (period.length() == 4 && ref.period().length() == 4) {
      return Integer.parseInt(ref.period()) + 1 == Integer.parseInt(period) ? "yoy" : "vs-period";
    }
    if (period.contains("/") && ref.period().contains("/")) {
      String[] a = period.split("/");
      String[] b = ref.period().split("/");
      // "Li Auto delivered 52,584 vehicles in the first quarter, … up 13.53 percent from the fourth quarter of last year"
      if (isQuarter(a) && isQuarter(b) && java.time.YearMonth.parse(b[0]).plusMonths(3).equals(java.time.YearMonth.parse(a[0]))) return QUARTER_BASIS;
      if (a[0].substring(5).equals(b[0].substring(5)) && a[1].substring(5).equals(b[1].substring(5))
          && Integer.parseInt(a[0].substring(0, 4)) == Integer.parseInt(b[0].substring(0, 4)) + 1) return "yoy";
    }
    return "vs-period";
  }

  /** "2025-01/2025-03": an interval of three months starting a calendar quarter. */
  private static boolean isQuarter(String[] interval) {
    if (interval[0].length() != 7 || interval[1].length() != 7) return false;
    java.time.YearMonth from = java.time.YearMonth.parse(interval[0]);
    return (from.getMonthValue() - 1) % 3 == 0 && from.plusMonths(2).equals(java.time.YearMonth.parse(interval[1]));
  }

  private static String clauseLeft(String s, int start) {
    String left = s.substring(0, start);
    int cut = -1;
    Matcher m = CLAUSE_END.matcher(left);
    while (m.find()) cut = m.end();
    return cut < 0 ? left : left.substring(cut);
  }

  private static String clauseRight(String s, int end) {
    String right = s.substring(end);
    Matcher m = CLAUSE_END.matcher(right);
    return m.find() ? right.substring(0, m.start()) : right;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
