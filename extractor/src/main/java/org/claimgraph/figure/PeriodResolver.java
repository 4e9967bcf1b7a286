package org.claimgraph.figure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.Regexes;

/**
 * Finds time expressions in a sentence and resolves them to ISO periods, using the article's
 * date (or, without one, the latest year the article mentions) for months written without a
 * year and for relative expressions.
 *
 * <pre>
 * "In July, Chinese exports …"            → 2025-07 (article of 2025-08-21)
 * "From January to July 2025"             → 2025-01/2025-07
 * "In the first half of 2025"             → 2025-01/2025-06
 * "the first three quarters of 2025"      → 2025-01/2025-09
 * "the January-October period this year"  → 2025-01/2025-10
 * "nine-month exports totaled …"          → 2025-01/2025-09 (not "a seven-month high")
 * "same period in 2024" on a page without a date → the text is about 2025
 * "From August 1 to 10"                   → 2025-08-01/2025-08-10
 * "the three months that ended in September" → 2024-07/2024-09
 * "year-to-date" (data month July 2025)   → 2025-01/2025-07
 * "last month" (article of 2025-08-21)    → 2025-07
 * "… up 75.5% over June"                  → 2025-06, marked as the basis of a comparison
 * </pre>
 */
public final class PeriodResolver {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
      Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));
  /**
   * A month's name or abbreviation, capitalized (also read by {@link CumulativeSpans}). Written by first letters, full name
   * before abbreviation, behind a look-ahead at the first letter: the matches, in the order tried, of the plain list of
   * names and abbreviations, which a score of patterns tried name by name at every position of every sentence.
   */
  static final String MONTH = "(?=[JFMASOND])(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?"
      + "|Sep(?:tember|t)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  /** The twelve months' full names only, as alternatives without a group (credit and record phrases write them in full). */
  static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
  private static final String YEAR = "(?:19|20)\\d{2}";
  /** Between a month and its year: a space, or a comma as Indian releases write it ("December, 2022", "29 November, 2023"). */
  private static final String COMMA_YEAR = ",?\\s+";
  /** … or "of", as American writers put it ("Compared with July of 2022", "since December of 2014"): the month's own year. */
  private static final String OF_YEAR = ",?\\s+(?:of\\s+)?";
  private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?(?!\\d)";
  /** "mid-July": the month, from its middle. */
  private static final String MID = "(?:\\b(?i:mid)-?\\s?)?";
  /** Period of a mention that is a calendar day: kept so nothing else claims its words, then dropped. */
  private static final String DAY_MARKER = "day";

  /**
   * "from March to May", "between mid-July 2024 and mid-June 2025", "during mid-September and mid-October": months from one
   * to another, each touched as a whole (Nepal's press counts its months from mid-month to mid-month).
   */
  private static final Pattern MONTH_RANGE = Pattern.compile(
      "(?:(?i:from|between)\\s+)?" + MID + "(" + MONTH + ")(?:" + COMMA_YEAR + "(" + YEAR + "))?\\s*(?:to|through|until|and|[-–—])\\s*" + MID + "(" + MONTH + ")(?:" + OF_YEAR + "(" + YEAR + "))?"
          + "(?:(?i:\\s+period)?(?i:\\s+of)?\\s+(?i:(this|last|the\\s+current|the\\s+previous)\\s+year))?");
  /** A year written after a part of the year ends there: "the fourth quarter 2023", not the digits of a longer number. */
  private static final String NO_DIGIT_AFTER = "(?!\\d|[.,]\\d)";
  /** What stands between "Q2"/"H1" and its year: a space or nothing ("Q2 2025", "Q22025"), or a slash ("Q2/2025", as Vietnamese and other press write it). */
  private static final String YEAR_AFTER_PART = "(?:\\s*|\\s?[/-]\\s?|\\s+of\\s+)";
  /**
   * "the first half of 2025", "H1 2025", "1H", and "the first semester of 2022" (a half year, as the English press of
   * Indonesia, the Philippines, Latin America and southern Europe writes it after "semestre").
   */
  // HALF and QUARTER: "(?=[…])" the first characters of every alternative (the same matches; most positions fail at once).
  private static final Pattern HALF = Pattern.compile(
      "(?i)(?=[tfsh12])(?:the\\s+)?(first|second|1st|2nd)(?:\\s+|-)(?:half|semester)(?![\\s-]+(?:guidance|forecast|outlook|target)\\b)(?:\\s+(?:of\\s+(?:the\\s+year\\s+)?)?(" + YEAR + ")" + NO_DIGIT_AFTER + "|\\s+of\\s+(this|last|the\\s+current|the\\s+previous)\\s+year)?|\\b([12])H(?:\\s*(" + YEAR + "))?\\b|\\bH([12])(?:" + YEAR_AFTER_PART + "(" + YEAR + "))?\\b");
  private static final Pattern QUARTER = Pattern.compile(
      "(?i)(?=[tfsq1-4])(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:\\s+|-)quarter(?![\\s-]+(?:guidance|forecast|outlook|target)\\b)(?:\\s+(?:of\\s+)?(" + YEAR + ")" + NO_DIGIT_AFTER + "|\\s+of\\s+(this|last|the\\s+current|the\\s+previous)\\s+year)?"
          + "|\\bQ([1-4])(?:" + YEAR_AFTER_PART + "(" + YEAR + "))?\\b"
          // "MP Materials keeps RE output steady in 1Q23", "Q1'23": a quarter with a two-digit year.
          + "|\\b(?:([1-4])Q|Q([1-4])['’])(\\d{2})\\b");
  /** "the first 10 months of the year", "the first seven months of 2025". */
  private static final Pattern FIRST_MONTHS = Pattern.compile(
      "(?i)(?:the\\s+)?first\\s+(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+(months?|quarters?)"
          + "(?:\\s+of\\s+the\\s+year|\\s+(?:of\\s+)?(" + YEAR + ")" + NO_DIGIT_AFTER + "|(?:\\s+of)?\\s+(this|last|the\\s+current|the\\s+previous)\\s+year)?");
  /**
   * "at the beginning of 2023", "at the start of this year", "up from 17,822 tonnes at the start of the year", "in the first month
   * of 2021": a point at the head of a year, its January. Not "since the start of 2023" (a span, {@link #SINCE_START_BEFORE}), nor
   * "from the start of the year to September" (a range).
   */
  private static final Pattern YEAR_HEAD = Pattern.compile(
      "(?i)\\b(?:at\\s+the\\s+(?:very\\s+)?(?:start|beginning)|(?<=\\b(?:in|for|during)\\s)(?:the\\s+)?first\\s+month)\\s+of\\s+"
          + "(?:(" + YEAR + ")\\b|(this|last|the\\s+current|the\\s+previous)\\s+year\\b|the\\s+year\\b(?!\\s+(?:to|through|until)\\b))");
  /**
   * "After nine months of 2023", "during ten months of this year", "during the nine (9) months of the current calendar year
   * 2022": months counted from January without "first", where the year follows with "of" (a duration names none: "over the
   * past six months", "in six months").
   */
  private static final Pattern MONTHS_OF_YEAR = Pattern.compile(
      "(?i)(?<=\\b(?:in|during|after|over|for|of)\\s)(?:the\\s+)?(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)(?:\\s*\\(\\d{1,2}\\))?\\s+months\\s+of\\s+"
          + "(?:(" + YEAR + ")\\b|(this|the\\s+current)(?:\\s+calendar)?\\s+year(?:\\s+(" + YEAR + "))?)");
  /** "nine-month exports", "the 10-month total": January to the ninth month, not a duration ("a seven-month high"). */
  private static final Pattern N_MONTH_TOTAL = Pattern.compile(
      "(?i)\\b(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)-month\\s+(?:period|total|exports|imports|sales|"
          + "production|output|shipments|deliveries|volume|figure)");
  /**
   * "year-to-date", "so far this year", "have been registered since the start of the year": January to the data's month.
   * (The look-behind follows "since", which it includes, rather than leading: tried at every position of a sentence, a
   * leading variable-length look-behind made this the dearest pattern of the rules.)
   */
  private static final Pattern YEAR_TO_DATE = Pattern.compile(
      "(?i)year[- ]to[- ]date|\\bYTD\\b|so far this year|(?:in )?the year so far|since(?<=\\bha(?:ve|s)\\s(?:been\\s)?\\p{L}{2,20}ed\\ssince)\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the|this)\\s+year");
  /**
   * "the total EV sales for the year have now topped 71,800 units", "almost a quarter of a million (249,575) have now been
   * registered in 2022", "has so far sold … this year": a total of the current year up to now, January to the data's month.
   * Group 1 or 2 is the year's words.
   */
  private static final Pattern NOW_THIS_YEAR = Pattern.compile(
      "(?i)\\b(?:(for\\s+the\\s+year|this\\s+year|in\\s+(?:19|20)\\d{2})\\s+(?:ha(?:ve|s)\\s+(?:now|so\\s+far|already)|now\\s+ha(?:ve|s))\\b"
          + "|\\bha(?:ve|s)\\s+(?:now|so\\s+far|already)\\s+(?:been\\s+)?\\p{L}+ed\\b[^.;]{0,40}?\\b(this\\s+year|in\\s+(?:19|20)\\d{2})\\b)");
  /**
   * "rose 12.8% in the month", "sold 4,830 units during the month", "a market share of 20.7 per cent for the month", "in the given
   * month": the month the text reports (not "the same month", a base; nor "the month before", "the month of August" or "month-on-month").
   */
  private static final Pattern THE_MONTH = Pattern.compile(
      "(?i)\\b(?:in|during|for|over)\\s+the\\s+(?:given\\s+|reporting\\s+|reported\\s+)?month\\b(?![-‐]|\\s+(?:of|before|prior|earlier|ago|to)\\b)");
  private static final Pattern MONTH_OF_RELATIVE_YEAR = Pattern.compile(
      "(" + MONTH + ")(?:\\s+of)?\\s+(?i:(this|last|the\\s+current|the\\s+previous|the\\s+prior)\\s+year)\\b");
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(last|this|previous|past|next)\\s+(month|year)\\b");
  private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)\\b(?:the\\s+(?:previous|prior|preceding)\\s+year|the\\s+year\\s+before)\\b");
  private static final Pattern STATED_YEAR = Pattern.compile("(?<![\\p{N},.$'’-])(" + YEAR + ")(?![\\p{N}%])");
  /** "16.5 billion yuan last quarter" on a page of 2025-07-30: the quarter before the page's (not "the previous quarter", a base). */
  private static final Pattern RELATIVE_QUARTER = Pattern.compile("(?i)\\b(last|this|the\\s+latest)\\s+quarter\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(" + MONTH + ")(?:\\s+" + DAY + ",?)?(?:" + OF_YEAR + "(" + YEAR + "))?(?![\\p{L}])");
  private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\p{L}\\p{N},.$'’-])(" + YEAR + ")(?![\\p{N}%]|\\s*(?:tons?|tonnes?|units|mt|t)\\b)");
  /** Words that make the following time expression the reference of a comparison. */
  // SAME_PERIOD_BEFORE, BASE_FIGURE_RIGHT_BEFORE and BASE_LEVEL_BEFORE open with a look-ahead for the first characters their
  // alternatives can start with: the same matches, with one class test instead of the word boundary and the alternatives at
  // most positions of the text before each period (add runs them for every period).
  private static final Pattern SAME_PERIOD_BEFORE = Pattern.compile(
      "(?i)(?=[%acfoprstv])(?:(?:\\bfrom|\\bover|\\bthan|compar(?:ed|ison)\\s+(?:to|with)|\\bversus|\\bvs\\.?|\\bagainst|relative\\s+to)(?:\\s+(?:in|during))?|\\bsince"
          + "|\\bthat\\s+of|\\bthe\\s+(?:same|corresponding)\\s+(?:period|month|quarter|time(?:frame)?)(?:\\s+(?:in|of|last|a))?"
          // "a 12.3-percent increase over the number registered in September", "a 33% drop from the price in March last year".
          + "|\\b(?:from|than|over|compar(?:ed|ison)\\s+(?:to|with)|versus|against)\\s+(?:the|its|their)\\s+(?:price|level|number|figure|total|value|volume|amount)s?"
          + "(?:\\s+(?:registered|recorded|reported|seen|sold|posted))?\\s+(?:in|during|of)"
          // "more than registered in the whole of 2024", "than sold in all of 2023": a whole year compared with.
          + "|\\bthan\\s+(?:(?!in\\b)\\p{L}+\\s+){1,2}(?:in|during)(?:\\s+the\\s+(?:whole|entirety)\\s+of|\\s+all\\s+of)?"
          + "|(?:%|\\bper\\s*cent|\\bpercent|\\bpoints?)\\s+(?:(?:increase|decrease|rise|drop|decline|gain|growth)\\s+)?on"
          + "|\\b(?:a|the)\\s+year\\s+earlier\\s+in)\\s+(?:the\\s+(?:end|start|beginning|middle)\\s+of\\s+)?(?:the\\s+)?"
          + "(?:(?:late|early|mid|end|end-|start)\\s*-?\\s*)?$");
  /**
   * "by 2030", "until 2027", and a target year named as a year: "by the year 2040" (Philippine EVAP's "at least 50 percent of
   * all vehicles on our roads by the year 2040"), "by the fiscal year ending March 2029", "by fiscal 2028" (Reuters' Panasonic plan).
   */
  private static final Pattern TARGET_BEFORE = Pattern.compile(
      "(?i)\\b(?:by|until|till|through|(?<!(?:compared|relative|similar|equal)\\s)to|before|in\\s+the\\s+year)\\s+(?:the\\s+end\\s+of\\s+)?"
          + "(?:(?<=\\bby\\s)(?:the\\s+)?(?:(?:fiscal|financial)\\s+(?:year\\s+)?|year\\s+)(?:ending\\s+(?-i:" + MONTH + ")\\s+)?)?$");
  /** "From August 1 to 10", "between August 15 and September 18": a day range. */
  private static final Pattern DAY_RANGE = Pattern.compile(
      "(?:(?i:from|between)\\s+)?(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(" + YEAR + "))?\\s*(?:to|through|until|and|[-–—])\\s*"
          + "(?:(" + MONTH + ")\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(" + YEAR + "))?");
  private static final Pattern CHANGE_BEFORE_SPAN = Pattern.compile(
      "(?i)\\b(?:increase|decrease|rise|rose|fell|drop|dropped|decline|declined|gain|gained|jump|jumped|surge|surged|grew|growth|climbed|slid|plunged)\\b[^.;]{0,30}$");
  /** "from January through September" is a range; "sold … through September" alone runs from January. */
  private static final Pattern THROUGH_MONTH = Pattern.compile("(?i)\\b(?:through|thru|up\\s+to(?:\\s+and\\s+including)?|until)\\s+(?:the\\s+end\\s+of\\s+)?(" + MONTH + ")(?:" + OF_YEAR + "(" + YEAR + "))?(?![\\p{L}])");
  private static final Pattern YEAR_SPAN = Pattern.compile("(?i)(?=b)\\bbetween\\s+(" + YEAR + ")\\s+and\\s+(" + YEAR + ")\\b");
  private static final Pattern YEAR_PAIR = Pattern.compile("(?i)(?=[12])(?<=\\bfor\\s|\\bin\\s)(" + YEAR + ")\\s*(?:and|-|–|to)\\s*(" + YEAR + ")\\b");
  /** "the three months that ended in September", "the September quarter", "the five months ended May 31": months that end then. */
  private static final Pattern QUARTER_ENDING = Pattern.compile(
      "(?i)(?:the\\s+)?(?:(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+months|quarter|(?:fiscal\\s+|financial\\s+|business\\s+)?year)\\s+(?:that\\s+)?(?:ended|ending|to)\\s+(?:in\\s+|on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(" + MONTH + ")(?:\\s+\\d{1,2}(?!\\d))?(?:,?\\s+(" + YEAR + "))?"
          + "|(?:the\\s+)?(" + MONTH + ")(?:\\s+(" + YEAR + "))?\\s+quarter");
  /**
   * "in the July-September quarter", "the April to June quarter", "the October-December period of 2024": the three months a
   * quarter spans, written out (Japanese and Indian company results, Reuters). Read before {@link #QUARTER_ENDING}, whose
   * "September quarter" would otherwise leave July alone.
   */
  private static final Pattern QUARTER_OF_MONTHS = Pattern.compile(
      "(" + MONTH + ")\\s*(?:-|–|to|through)\\s*(" + MONTH + ")(?:,?\\s+(" + YEAR + "))?\\s+(?i:quarter)\\b");
  private static final Pattern YEAR_START_BEFORE = Pattern.compile("(?i)\\b(?:start|beginning|begin|turn)\\s+of\\s+$");
  private static final Pattern YEAR_ENDING = Pattern.compile("(?i)(?:the\\s+)?(?:fiscal\\s+|financial\\s+|business\\s+)?year\\b");
  /** "for the remainder of 2025", "for the rest of the year", "(valid) until the end of 2025": a window that runs from now to December. */
  private static final Pattern REMAINDER = Pattern.compile(
      "(?i)\\b(?:(?:for\\s+)?the\\s+(?:remainder|rest)\\s+of\\s+(?:the\\s+year|this\\s+year|(" + YEAR + "))"
          + "|(?<!\\b(?:by|to)\\s)(?:until|till|through)\\s+the\\s+end\\s+of\\s+(?:the\\s+year|this\\s+year|(" + YEAR + ")))");
  /** "during the quarter", "in the latest quarter": the last quarter completed at the article's date. */
  private static final Pattern THE_QUARTER = Pattern.compile("(?i)\\b(?:during|in|for|over)\\s+the\\s+(?:latest\\s+|last\\s+|reporting\\s+)?quarter\\b");
  private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:'s|’s)\\s*$");
  /**
   * A fiscal year by its name: "FY23", "FY2023", "FY 22-23", "FY22's", "fiscal 2023", "fiscal year 2022-23",
   * "financial year 2023", "the 2022-2023 financial year" ({@link FiscalYear}: India's FY23 is April 2022 to March 2023).
   */
  private static final Pattern FISCAL_NAMED = Pattern.compile(
      "\\bFY\\s?['’]?(\\d{4}|\\d{2})(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?(?![\\d%])"
          + "|(?i:\\b(?:fiscal|financial)(?:\\s+year)?\\s+)(20\\d{2}|\\d{2}(?=\\s?[-–/]\\s?\\d))(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?(?![\\d%])"
          + "|(?<![\\p{N},.$-])(20\\d{2})\\s?[-–/]\\s?(20\\d{2}|\\d{2})(?=\\s+(?i:fiscal|financial\\s+year))");
  /** "Q4 of FY22", "Q3FY24", "the first quarter of fiscal 2023", "the fourth quarter (Q4) of the financial year (FY) 2023": a fiscal year's quarter. */
  private static final Pattern FISCAL_QUARTER = Pattern.compile(
      "\\bQ([1-4])\\s*(?:of\\s+)?FY\\s?['’]?(\\d{4}|\\d{2})(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?(?![\\d%])"
          + "|(?i:\\b(?:the\\s+)?(first|second|third|fourth)(?:\\s+|-)quarter(?:\\s+\\(Q[1-4]\\))?\\s+of\\s+(?:the\\s+)?(?:FY\\s?|fiscal\\s+(?:year\\s+)?|financial\\s+year\\s+)(?:\\(FY\\)\\s*)?)(20\\d{2}|\\d{2})"
          + "(?:\\s?[-–/]\\s?(\\d{4}|\\d{2}))?(?![\\d%])");
  /** "April-February, 2023-24", "the April to February period of FY 2024-25": months of a fiscal year, across the turn of the year. */
  private static final Pattern FISCAL_MONTHS = Pattern.compile(
      "(" + MONTH + ")\\s*(?:to|through|-|–)\\s*(" + MONTH + ")(?:\\s+period)?(?:\\s+of)?,?\\s+(?:the\\s+)?"
          + "(?:(?:FY|(?i:fiscal(?:\\s+year)?|financial\\s+year))\\s?)?(20\\d{2})\\s?[-–/]\\s?(\\d{2}|20\\d{2})(?![\\d%])");
  /** "April-November) of FY20": months of the fiscal year named by one year. */
  private static final Pattern FISCAL_MONTHS_OF = Pattern.compile(
      "(" + MONTH + ")\\s*(?:to|through|-|–)\\s*(" + MONTH + ")\\)?(?:\\s+period)?\\s+of\\s+(?:the\\s+)?(?:FY\\s?['’]?|(?i:fiscal|financial)\\s+(?:year\\s+)?)"
          + "(20\\d{2}|\\d{2})(?![\\d%/-])");
  /** "the first eight months (April-November) of FY20", "the first nine months of fiscal 2024-25": from the fiscal year's start. */
  private static final Pattern FISCAL_FIRST = Pattern.compile(
      "(?i:(?:the\\s+)?first\\s+(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+months)(?:\\s*\\([^)]{0,30}\\))?\\s+of\\s+(?:the\\s+)?"
          + "(?:FY\\s?['’]?|(?i:fiscal|financial)\\s+(?:year\\s+)?)(20\\d{2}|\\d{2})(?:\\s?[-–/]\\s?(20\\d{2}|\\d{2}))?(?![\\d%])");
  /** "full-year production", "Full-year sales": the whole (fiscal) year the text reports on (not "full-year 2023", "full year FY23"). */
  private static final Pattern FULL_YEAR = Pattern.compile(
      "(?i)\\bfull[- ]year\\b(?!\\s+(?:of\\s+)?(?:(?:19|20)\\d{2}(?!\\d)|FY|(?:fiscal|financial|calendar|ended|ending|to)\\b))");
  /** "last fiscal", "the previous financial year", "this fiscal": the fiscal year the page's date falls in, or one next to it. */
  private static final Pattern FISCAL_RELATIVE = Pattern.compile(
      "(?i)\\b(?:the\\s+)?(last|previous|past|prior|this|current|ongoing|present|next|coming)\\s+(?:fiscal|financial)(?:\\s+year)?\\b");
  /** "the first quarter of this financial year", "the first quarter this fiscal": a quarter of a fiscal year named by its place. */
  private static final Pattern FISCAL_RELATIVE_QUARTER = Pattern.compile(
      "(?i)\\b(?:the\\s+)?(first|second|third|fourth)(?:\\s+|-)quarter\\s+(?:of\\s+)?(?:the\\s+)?"
          + "(last|previous|past|prior|this|current|ongoing|present|next|coming)\\s+(?:fiscal|financial)(?:\\s+year)?\\b");
  /** "in 2022-23", "2021-22": two years one fiscal year straddles, where the article's country counts so. */
  private static final Pattern YEAR_STRADDLE = Pattern.compile("(?<![\\p{L}\\p{N},.$/-])(20\\d{2})\\s?[-–/]\\s?(20\\d{2}|\\d{2})(?![\\p{N}%/-])");
  private static final Pattern OTHER_YEAR_AFTER = Pattern.compile(
      "(?i)\\s+(?:\\p{L}+\\s+)?(?:season|(?:agricultural|crop|marketing|harvest|sugar|cotton|academic|school|kharif|rabi)\\s+(?:year|season))\\b");
  /** Government accounts, for conventions that hold only for them (a UK or US federal budget year). */
  private static final Pattern GOVERNMENT = Pattern.compile("(?i)\\b(?:government|federal|budget|ministry|treasury|exchequer)\\b");

  /** What the article tells about time: its date, or the latest year it mentions. */
  public record Context(LocalDate articleDate, int fallbackYear, YearMonth dataMonth, YearMonth presentMonth, FiscalYear fiscal,
      int reportedYear, FiscalNow fiscalNow) {

    public Context(LocalDate articleDate, int fallbackYear) {
      this(articleDate, fallbackYear, null, articleDate == null ? null : YearMonth.from(articleDate), FiscalYear.CALENDAR, 0, null);
    }

    /** A context without the fiscal year an undated page's text runs in. */
    public Context(LocalDate articleDate, int fallbackYear, YearMonth dataMonth, YearMonth presentMonth, FiscalYear fiscal, int reportedYear) {
      this(articleDate, fallbackYear, dataMonth, presentMonth, fiscal, reportedYear, null);
    }

    /** The month the text's data run to so far, or null; a reading that asks for it is noted ({@link LastReading}). */
    @Override
    public YearMonth dataMonth() {
      LastReading.dataMonthAsked();
      return dataMonth;
    }

    /**
     * What "last year" is on a page without a date: the year before the text's, unless the text reports its newest year as a
     * year gone by ("the number of new electric vehicles registered in 2015 was up by 64 per cent … 17 266 … were registered
     * last year"): then that year ({@link PresentYear#reportedYear}).
     */
    int lastYear() {
      return reportedYear > 0 ? reportedYear : fallbackYear - 1;
    }

    /** This context with the year its text reports as gone by (0: none). */
    Context withReportedYear(int year) {
      return new Context(articleDate, fallbackYear, dataMonth, presentMonth, fiscal, year, fiscalNow);
    }

    /** This context with the month the text's data run to so far ("so far this year" ends there). */
    public Context withDataMonth(YearMonth month) {
      return new Context(articleDate, fallbackYear, month, presentMonth, fiscal, reportedYear, fiscalNow);
    }

    /** This context with the month the text is written in, on a page without a date: see {@link PeriodResolver#latestDayMonth}. */
    Context withPresentMonth(YearMonth month) {
      return new Context(articleDate, fallbackYear, dataMonth, month, fiscal, reportedYear, fiscalNow);
    }

    /** This undated page's context with its present {@code years} later (the present-year dump's what-if, PresentYearDump). */
    Context shifted(int years) {
      if (articleDate != null || fallbackYear == 0 || years == 0) return this;
      return new Context(null, fallbackYear + years, dataMonth == null ? null : dataMonth.plusYears(years),
          presentMonth == null ? null : presentMonth.plusYears(years), fiscal, reportedYear > 0 ? reportedYear + years : 0,
          fiscalNow == null ? null : new FiscalNow(fiscalNow.name() + years, fiscalNow.running()));
    }

    /** This context with the fiscal-year convention of the article's country ({@link FiscalYears}). */
    Context withFiscal(FiscalYear f) {
      return new Context(articleDate, fallbackYear, dataMonth, presentMonth, f, reportedYear, fiscalNow);
    }

    /** This context with the fiscal year an undated page's text runs in ({@link FiscalNow}; null: none the text tells). */
    Context withFiscalNow(FiscalNow now) {
      return new Context(articleDate, fallbackYear, dataMonth, presentMonth, fiscal, reportedYear, now);
    }

    /** The year a month without a year belongs to. */
    int yearOf(int month) {
      if (articleDate != null) {
        return month <= articleDate.getMonthValue() ? articleDate.getYear() : articleDate.getYear() - 1;
      }
      // "December imports were 30,444t" on a page of January 2021 that reports 2020 as gone by: a month after the text's
      // present month is of the year gone by.
      if (reportedYear == fallbackYear - 1 && presentMonth != null && presentMonth.getYear() == fallbackYear
          && month > presentMonth.getMonthValue()) {
        return reportedYear;
      }
      return fallbackYear;
    }
  }

  /** The context of an article with this date and text. */
  public static Context context(LocalDate articleDate, String text) {
    return context(articleDate, text, null);
  }

  /**
   * … telling {@code seen} (the present-year dump, PresentYearDump; null off) of each year the text states: its offset, the
   * year stated, the year it stands for and what the loop made of it.
   */
  static Context context(LocalDate articleDate, String text, java.util.function.BiConsumer<Matcher, Object[]> seen) {
    int latest = 0;
    int planned = 0;
    int running = 0;
    // Whether the newest year is only ever the year after a comparison's base ("up 5% compared to the same period in 2018"):
    // the text's own year by construction, never one it reports as gone by.
    boolean latestAfterBase = false;
    Matcher y = BARE_YEAR.matcher(text);
    while (y.find()) {
      int v = Integer.parseInt(y.group(1));
      // "even compared to the pre-crisis year 2019", "for the first time since 2019": the present is later, by how much the
      // text does not say; a plan's or a measure's year is the present only when the text states no other (PresentYear).
      // A project's start-up year ("expected to startup in 2016") says only that the present is earlier: it dates nothing.
      PresentYear.Role role = articleDate == null ? PresentYear.of(text, y.start(), y.end()) : null;
      if (role == PresentYear.Role.LOOKED_BACK || role == PresentYear.Role.MILESTONE) {
        if (seen != null) seen.accept(y, new Object[] {v, role.name().toLowerCase(java.util.Locale.ROOT)});
        continue;
      }
      int stated = v;
      // "down 7.5% compared to the same period in 2024", "the biggest fall since December 2022":
      // the text is about the year after its base.
      // Long enough for a base with its material: "from approximately 500,000 metric tons of lithium carbonate equivalent (LCE) in".
      String before = text.substring(Math.max(0, y.start() - 90), y.start());
      Matcher month = MONTH_BEFORE.matcher(before);
      Matcher part = PART_OF_YEAR_BEFORE.matcher(before);
      if (articleDate == null && month.find()) {
        // "since December 2022": the text is at least a month later (2023); "since August 2024": 2024.
        String lead = before.substring(0, month.start());
        if (SAME_PERIOD_BEFORE.matcher(lead).find() && month(month.group(1)) == 12) v++;
        // "a remarkable 93% increase in sales from March 2022", "registered in October compared to 737 in October 2022": a month
        // of an earlier year compared with is the same month a year back (2023), unless the clause reports another month.
        else if ((SAME_PERIOD_BEFORE.matcher(lead).find() || BASE_FIGURE_BEFORE.matcher(lead).find() || inComparedPhrase(lead))
            && !SINCE_BEFORE.matcher(lead).find()
            && PresentYear.yearAgoMonth(text, y.start() - before.length() + month.start(), month(month.group(1)))) v++;
      } else if (articleDate == null && part.find()) {
        // "… higher than in the fourth quarter 2022", "down from the second half of 2023": a base
        // that ends with its year puts the text in the next year; one ending earlier, in the same.
        if (comparisonBefore(before.substring(0, part.start())) && endsTheYear(part)) v++;
      } else if (articleDate == null && (SAME_PERIOD_BEFORE.matcher(before).find() || BASE_FIGURE_BEFORE.matcher(before).find()
          || inComparedPhrase(before) || PresentYear.contrasted(text, y.start())) && !SINCE_START_BEFORE.matcher(before).find()) {
        // "an increase from 14.8% in 2023", "up from 9 million in 2023", "more than double the US$1,500 average of 2006": the
        // base's year, the text is about the next. So is a year set against a sentence that states none: "… over the last 12
        // months in Australia. In contrast, 2.05 percent of new cars sold in Australia were electric vehicles in 2021."
        v++;
      }
      // "by 2030", "until 2027": a target, not the year the text reports on.
      if (articleDate == null && TARGET_BEFORE.matcher(text.substring(Math.max(0, y.start() - 50), y.start())).find()) {
        if (seen != null) seen.accept(y, new Object[] {v, "target"});
        continue;
      }
      // "prices will likely rise in 2026", "In 2026, we forecast …": a forecast's year is not the text's.
      // A forecast's base ("by 2025, compared with 300,000 tonnes of LCE in 2020") is a stated level all the same.
      if (articleDate == null && (forecastYear(text, y.start(), y.end())
          || PresentYear.of(text, y.start(), y.end(), v != stated) == PresentYear.Role.PLANNED)) {
        planned = planned == 0 ? v : Math.min(planned, v);
        if (RunningForecasts.comparedWithLastYear(text, y.start(), y.end())) running = Math.max(running, v);
        if (seen != null) seen.accept(y, new Object[] {v, "planned"});
        continue;
      }
      if (articleDate == null || v <= articleDate.getYear()) {
        if (v > latest) latestAfterBase = v != stated;
        else if (v == latest && v == stated) latestAfterBase = false;
        latest = Math.max(latest, v);
      }
      if (seen != null) seen.accept(y, new Object[] {v, v != stated ? "base" : "present"});
    }
    // "expects copper production to reach 3.0 million tons in 2024, up from 2.76 million tons last year": 2024 is running.
    latest = RunningForecasts.year(latest, running);
    if (latest == 0) latest = planned;
    // "a 26% rise on FY21" on a page that names no calendar year: its months are FY22's (FiscalPresent).
    if (articleDate == null && latest == 0) latest = FiscalPresent.year(text);
    Matcher q = SHORT_QUARTER.matcher(text);
    // "… steady in 1Q23" (and a target "before the end of 2023"): the quarter's year is the text's.
    while (articleDate == null && q.find()) latest = Math.max(latest, 2000 + Integer.parseInt(q.group(1)));
    // "overtook diesel in June … growth since August 2022": the month reported lies within the bounds the text sets (PresentBounds).
    if (articleDate == null && latest > 0) latest = PresentBounds.year(text, latest);
    // "output grew 67 per cent in 2022" and "has fallen a quarter this year": the running year is the one after, and 2022 is
    // "last year".
    int reported = articleDate == null && latest > 0 && !latestAfterBase && PresentYear.runningYearAfter(text, latest) > 0 ? latest : 0;
    if (reported > 0) latest++;
    Context ctx = new Context(articleDate, latest);
    if (articleDate == null && latest > 0) ctx = ctx.withReportedYear(reported > 0 ? reported : PresentYear.reportedYear(text, latest));
    return articleDate == null && latest > 0 ? ctx.withPresentMonth(latestDayMonth(text, latest)) : ctx;
  }

  private static final Pattern SHORT_QUARTER = Pattern.compile("\\b(?:[1-4]Q|Q[1-4]['’])(\\d{2})\\b");

  /** "from 16th October", "on October 15", "on Oct. 12, 2025": a day something happened on. */
  private static final Pattern EVENT_DAY = Pattern.compile(
      "(?i:\\b(?:on|from|since|until|as\\s+of)\\s+)(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + ")|(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))(?:,?\\s+(" + YEAR + "))?");

  /**
   * The month a page without a date is written in, as far as its text tells: the latest day in
   * {@code year} that the text says something happened on ("quota restrictions from 16th October",
   * "lifted the ban on October 15"), or null.
   */
  private static YearMonth latestDayMonth(String text, int year) {
    YearMonth latest = null;
    Matcher m = EVENT_DAY.matcher(text);
    while (m.find()) {
      int month = month(m.group(2) != null ? m.group(2) : m.group(3));
      if (month == 0 || m.group(5) != null && Integer.parseInt(m.group(5)) != year) continue;
      YearMonth ym = YearMonth.of(year, month);
      if (latest == null || ym.isAfter(latest)) latest = ym;
    }
    return latest;
  }

  /** Whether the text {@code before} a time expression makes it a comparison's base ("a 26% rise on ", "down from 34% in "). */
  static boolean comparedBefore(String before) {
    return SAME_PERIOD_BEFORE.matcher(before).find() || BASE_FIGURE_BEFORE.matcher(before).find()
        || BASE_FIGURE_RIGHT_BEFORE.matcher(before).find();
  }

  /** "the fourth quarter of ", "Q4 ", "the second half ": a part of the year written before its year. */
  private static final Pattern PART_OF_YEAR_BEFORE = Pattern.compile(
      "(?i)(?:the\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(quarter|half)|\\b([QH])([1-4]))(?:\\s+of)?\\s+$");

  /** "than in the ", "from ", "compared with 2.1 million in the ": what comes next is a comparison base. */
  private static boolean comparisonBefore(String before) {
    String trimmed = Regexes.replaceFirst(before, "(?i)\\bthe\\s+$", "");
    return SAME_PERIOD_BEFORE.matcher(before).find() || BASE_FIGURE_BEFORE.matcher(trimmed).find();
  }

  /** Whether the part of the year {@link #PART_OF_YEAR_BEFORE} matched is its end: a fourth quarter, a second half. */
  private static boolean endsTheYear(Matcher part) {
    if (part.group(3) != null) return part.group(3).equalsIgnoreCase("q") ? part.group(4).equals("4") : part.group(4).equals("2");
    String which = part.group(1).toLowerCase(Locale.ROOT);
    boolean quarter = part.group(2).equalsIgnoreCase("quarter");
    return quarter ? which.equals("fourth") || which.equals("4th") : which.equals("second") || which.equals("2nd");
  }

  private static final Pattern EVENT_BEFORE = Pattern.compile(
      "(?i)\\b(?:announced|said|says|imposed|introduced|launched|unveiled|released|published|told|noted|warned|stated|declared|decided)\\s+(?:in\\s+|on\\s+|earlier\\s+|late\\s+|early\\s+)?$");
  /** "since ", "since the end of ": a look back to a start, not a comparison's base month. */
  /**
   * "since the start of 2023", "since the beginning of 2019", "since early 2024": a span running from January of its year to
   * now, which on a page without a date is that year's, as "since August 2024" is 2024's (not "since the end of 2023").
   */
  private static final Pattern SINCE_START_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+(?:start|beginning)\\s+of|early)\\s+$");
  private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+(?:end|start|beginning|middle)\\s+of\\s+)?$");
  private static final Pattern MONTH_BEFORE = Pattern.compile("(" + MONTH + ")" + OF_YEAR + "$");
  /** A percent as {@link #BASE_FIGURE_RIGHT_BEFORE} reads it: "about 6.2%", "32.9 per cent". */
  private static final String PERCENT = "(?:just\\s+|about\\s+|around\\s+|nearly\\s+)?[$€¥£]?\\d[\\d.,]*\\s*(?:%|per\\s*cent|percent)";
  /** The change a percent names, if any: " increase", " fall". */
  private static final String CHANGE_NOUN = "(?:\\s+(?:increase|rise|gain|growth|jump|decline|drop|fall|decrease|dip|contraction|expansion))?";
  /**
   * "from 14.8% in ", "accelerating from a 32.9% increase in the ", "after rising 6.2% in the ", "following a 4.9% increase in ",
   * "following a revised 2.7 percent on-month fall in ": the period after it is a comparison base's (or an earlier period's),
   * not the sentence's.
   */
  private static final Pattern BASE_FIGURE_RIGHT_BEFORE = Pattern.compile(
      "(?i)(?=[acftv])\\b(?:(?:from|than|compar(?:ed|ison)\\s+(?:to|with)|versus|against)\\s+(?:a\\s+|an\\s+|the\\s+)?" + PERCENT + CHANGE_NOUN
          // "following a revised 2.7 percent on-month fall in": only an earlier change carries such a tag ("fell more than 10
          // percent year-on-year in January-June" is the sentence's own period).
          + "|(?:after|following)\\s+(?:a\\s+|an\\s+)?(?:(?:upwardly\\s+|downwardly\\s+)?(?:revised|adjusted)\\s+)?(?:\\p{L}+ing\\s+(?:by\\s+)?)?"
          + PERCENT + "(?:\\s+(?:on|year|month)[- ](?:on[- ])?(?:year|month))?" + CHANGE_NOUN + ")"
          + "\\s+(?:in\\s+|during\\s+)?(?:the\\s+)?$");
  /**
   * "up from 9 million in ", "from as much as 36 million WMT in ", "compared with a record 86 million tonnes in ": a base's level
   * with its year after it; any qualifier, or a record's word, may stand before the level.
   */
  private static final Pattern BASE_FIGURE_BEFORE = Pattern.compile(
      "(?i)\\b(?:from|than|compar(?:ed|ison)\\s+(?:to|with)|versus|against)\\s+(?:" + Qualifiers.BEFORE_ALTERNATION
          + "\\s+|an?\\s+(?:record|all-time\\s+high\\s+of|(?:record\\s+)?(?:high|peak|low)\\s+of)\\s+)?[$€¥£]?\\d[\\d.,]*\\s*(?:%|[\\p{L}]+(?:\\s+[\\p{L}()]+){0,6})?\\s+(?:in|during)\\s+$");
  private static final Pattern FORECAST = Pattern.compile(
      "(?i)\\b(?:will|forecasts?|forecasted|expects?|expected|projects?|projected|predicts?|predicted|outlook|targets?|aims?|plans?|by\\s+the\\s+end\\s+of)\\b");

  /** Whether the year at {@code [start, end)} is what a forecast or plan is for: a future word shortly before or after it in its sentence. */
  private static boolean forecastYear(String text, int start, int end) {
    int from = Math.max(0, start - 50);
    int to = Math.min(text.length(), end + 20);
    String before = text.substring(from, start);
    String after = text.substring(end, to);
    before = before.substring(Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')), -1) + 1);
    int stop = after.indexOf(". ");
    if (stop >= 0) after = after.substring(0, stop);
    return FORECAST.matcher(before).find() || FORECAST.matcher(after).find();
  }

  /**
   * The time expressions of {@code sentence}, in text order, without overlaps. The sentence loop reads a sentence twice, the
   * second time with the data month the text carries to it ({@link Context#withDataMonth}): unless the first reading asked
   * for the data month, the second is the first ({@link LastReading}).
   */
  public List<PeriodMention> find(String sentence, Context ctx) {
    List<PeriodMention> known = LastReading.of(sentence, ctx);
    if (known != null) return known;
    LastReading.start();
    List<PeriodMention> out = read(sentence, ctx);
    LastReading.end(sentence, ctx, out);
    return out;
  }

  /** The time expressions of {@code sentence}, read anew ({@link #find}). */
  private List<PeriodMention> read(String sentence, Context ctx) {
    List<PeriodMention> out = new ArrayList<>();
    // Sentence-local year for bare months: "In June 2024 …, up from May" — May elides the year said before it.
    // Not a year said after it ("5,994 tons in July and 4,723 tons in August 2024": the year marks
    // August as the exception), nor a comparison base's ("in late August, the highest since March 2023").
    // Each pattern runs only where the sentence has what its match needs (a digit, a month's name, a word).
    SentenceCues cues = SentenceCues.of(sentence);
    SentenceYears years = new SentenceYears(sentence, cues);

    fiscalYears(sentence, cues, ctx, out);
    Matcher m = matcher(FULL_YEAR, sentence, cues.has("full"));
    while (m.find()) {
      // "The result means full-year production will come in at 373,000-377,000t" on an undated page of an Australian miner
      // whose year is FY22 (FiscalPresent): the fiscal year the text's quarters close.
      if (ctx.articleDate() != null || ctx.fallbackYear() == 0 || ctx.fiscal() == null || ctx.fiscal().calendar()) break;
      add(out, sentence, m.start(), m.end(), ctx.fiscal().named(ctx.fallbackYear()), 0);
    }
    m = matcher(DAY_RANGE, sentence, cues.digit() && cues.month());
    while (m.find()) {
      int from = month(m.group(1));
      int to = m.group(4) == null ? from : month(m.group(4));
      if (from == 0 || to == 0) continue;
      int d1 = Integer.parseInt(m.group(2));
      int d2 = Integer.parseInt(m.group(5));
      int year = m.group(6) != null ? Integer.parseInt(m.group(6)) : m.group(3) != null ? Integer.parseInt(m.group(3))
          : yearFor(to, years.at(m.start()), ctx);
      if (year == 0 || d1 < 1 || d2 < 1 || d1 > 31 || d2 > 31) continue;
      try {
        // Within one month, the days; across months ("between August 15 and September 18"), the newer month.
        String period = from == to ? LocalDate.of(year, from, d1) + "/" + LocalDate.of(year, to, d2) : YearMonth.of(year, to).toString();
        add(out, sentence, m.start(), m.end(), period, from == to ? 0 : to);
      } catch (java.time.DateTimeException e) {
        // not a calendar date: leave it to the other patterns
      }
    }
    m = matcher(YEAR_SPAN, sentence, cues.digit());
    while (m.find()) {
      // "more than tripled between 2018 and 2019": the change runs to the newer year.
      add(out, sentence, m.start(), m.end(), m.group(2), 0);
    }
    m = matcher(YEAR_PAIR, sentence, cues.digit());
    while (m.find()) {
      // "limits annual exports to 96,600 metric tons for 2026 and 2027": both years.
      add(out, sentence, m.start(), m.end(), m.group(1) + "/" + m.group(2), 0);
    }
    m = matcher(QUARTER_OF_MONTHS, sentence, cues.month() && cues.has("quarter"));
    while (m.find()) {
      int from = month(m.group(1));
      int to = month(m.group(2));
      // Three months in order within one year: "the November-January quarter" is left to the range patterns.
      if (from == 0 || to != from + 2) continue;
      int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : yearFor(to, years.at(m.start()), ctx);
      if (year == 0) continue;
      add(out, sentence, m.start(), m.end(), interval(year, from, year, to), 0);
    }
    m = matcher(QUARTER_ENDING, sentence, cues.month());
    while (m.find()) {
      int last = month(m.group(2) != null ? m.group(2) : m.group(4));
      String ys = m.group(2) != null ? m.group(3) : m.group(5);
      // "net profit … in the year ended March 31", "the financial year to June": the twelve months that end then.
      boolean year12 = m.group(1) == null && m.group(2) != null && YEAR_ENDING.matcher(m.group()).lookingAt();
      // "from the start of the year to September": January to September, left to the range patterns.
      if (year12 && YEAR_START_BEFORE.matcher(sentence.substring(0, m.start())).find()) continue;
      int months = m.group(1) == null ? (year12 ? 12 : 3) : monthsCount(m.group(1));
      if (last == 0 || months < 1 || months > 12) continue;
      int year = ys != null ? Integer.parseInt(ys) : yearFor(last, years.at(m.start()), ctx);
      if (year == 0) continue;
      YearMonth end = YearMonth.of(year, last);
      add(out, sentence, m.start(), m.end(), months == 1 ? end.toString() : end.minusMonths(months - 1) + "/" + end, months == 1 ? last : 0);
    }
    m = matcher(REMAINDER, sentence, cues.has("remainder") || cues.has("rest") || cues.has("end"));
    while (m.find()) {
      // "an export quota of 6,500 tons for the remainder of 2025", "valid until the end of 2025", "Exports until the end
      // of the year have been capped at …": from the month the text is written in to December.
      String ys = m.group(1) != null ? m.group(1) : m.group(2);
      int year = ys != null ? Integer.parseInt(ys) : defaultYear(ctx);
      YearMonth from = ctx.presentMonth();
      if (year == 0 || from == null || from.getYear() != year) continue;
      add(out, sentence, m.start(), m.end(), from.getMonthValue() == 12 ? from.toString() : from + "/" + YearMonth.of(year, 12), 0);
    }
    if (ctx.articleDate() != null) {
      m = matcher(THE_QUARTER, sentence, cues.has("quarter"));
      while (m.find()) add(out, sentence, m.start(), m.end(), lastCompletedQuarter(ctx.articleDate()), 0);
      // "posted a 58% rise in quarterly revenue" on a page of July 2022: the quarter to June, as "during the quarter" reads.
      m = matcher(QuarterlyResults.MENTION, sentence, cues.has("quarterly"));
      while (m.find()) add(out, sentence, m.start(), m.end(), lastCompletedQuarter(ctx.articleDate()), 0);
    }
    m = matcher(MONTH_RANGE, sentence, cues.month());
    while (m.find()) {
      int from = month(m.group(1));
      int to = month(m.group(3));
      if (from == 0 || to == 0 || isModalMay(sentence, m)) continue;
      // "the 16.29 million read in November 2013 and October's 16.46": two months, not a range running backwards.
      if (from > to && m.group(2) == null && m.group(4) == null
          && (!m.group().contains(" and ") || m.group().regionMatches(true, 0, "between", 0, 7))) {
        // "the April to February period of FY 2024-25", "December-February": a range across the turn of a year, which
        // ends in the fiscal year the sentence names, else as a month without a year does.
        int end = fiscalEndYear(out, from);
        if (end == 0) end = m.group(5) != null ? relativeYear(m.group(5), ctx) : yearFor(to, years.at(m.start()), ctx);
        if (end == 0) continue;
        add(out, sentence, m.start(), m.end(), interval(end - 1, from, end, to), 0);
        continue;
      }
      if (from > to && (m.group(2) == null || m.group(4) == null)) continue;
      int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : m.group(2) != null ? Integer.parseInt(m.group(2))
          : m.group(5) != null ? relativeYear(m.group(5), ctx) : yearFor(to, years.at(m.start()), ctx);
      if (year == 0) continue;
      if (from > to) {
        // "from November 2024 to February 2025"
        add(out, sentence, m.start(), m.end(), interval(Integer.parseInt(m.group(2)), from, year, to), 0);
        continue;
      }
      // "a 124 per cent price increase between January and October": a change over the span is the newer month's.
      boolean span = m.group().regionMatches(true, 0, "between", 0, 7) && CHANGE_BEFORE_SPAN.matcher(sentence.substring(0, m.start())).find();
      // "from March, 2022 to December, 2023": each month keeps the year written with it.
      int fromYear = m.group(2) != null && m.group(4) != null ? Integer.parseInt(m.group(2)) : year;
      add(out, sentence, m.start(), m.end(), span ? YearMonth.of(year, to).toString() : interval(fromYear, from, year, to), span ? to : 0);
    }
    m = matcher(THROUGH_MONTH, sentence, cues.month());
    while (m.find()) {
      // "having sold around 2.74 million vehicles through September" → January to September.
      int to = month(m.group(1));
      if (to == 0) continue;
      int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : yearFor(to, years.at(m.start()), ctx);
      if (year == 0) continue;
      add(out, sentence, m.start(), m.end(), interval(year, 1, year, to), 0);
    }
    m = matcher(HALF, sentence, cues.digit() || cues.has("half") || cues.has("semester"));
    while (m.find()) {
      String which = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : m.group(6);
      String ys = m.group(2) != null ? m.group(2) : m.group(5) != null ? m.group(5) : m.group(7);
      int year = ys != null ? Integer.parseInt(ys) : m.group(3) != null ? relativeYear(m.group(3), ctx)
          : years.at(m.start()) != 0 ? years.at(m.start()) : defaultYear(ctx);
      if (year == 0) continue;
      boolean first = which.startsWith("f") || which.startsWith("1") || which.startsWith("F");
      if (ys == null && m.group(3) == null && years.at(m.start()) == 0) year = reportedYear(year, first ? 1 : 7, sentence, ctx);
      add(out, sentence, m.start(), m.end(), first ? interval(year, 1, year, 6) : interval(year, 7, year, 12), 0);
    }
    m = matcher(FIRST_MONTHS, sentence, cues.has("first"));
    while (m.find()) {
      int months = monthsCount(m.group(1)) * (m.group(2).toLowerCase(Locale.ROOT).startsWith("q") ? 3 : 1);
      int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : m.group(4) != null ? relativeYear(m.group(4), ctx)
          : years.at(m.start()) != 0 ? years.at(m.start()) : ctx.yearOf(months);
      if (months < 1 || months > 12 || year == 0) continue;
      add(out, sentence, m.start(), m.end(), interval(year, 1, year, months), 0);
    }
    m = matcher(YEAR_HEAD, sentence, cues.has("start") || cues.has("beginning") || cues.has("first month"));
    while (m.find()) {
      // "3 million tons projected at the beginning of the year": when a forecast was made, not the period of its figure.
      if (forecastYear(sentence, m.start(), m.end())) continue;
      // "the year": the one the sentence names ("as on 30 October 2009, up from 17,822 tonnes at the start of the year"), else the text's.
      int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : m.group(2) != null ? relativeYear(m.group(2), ctx)
          : years.at(m.start()) != 0 ? years.at(m.start()) : defaultYear(ctx);
      if (year > 0) add(out, sentence, m.start(), m.end(), YearMonth.of(year, 1).toString(), 1);
    }
    m = matcher(MONTHS_OF_YEAR, sentence, cues.has("months"));
    while (m.find()) {
      int months = monthsCount(m.group(1));
      int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : m.group(4) != null ? Integer.parseInt(m.group(4)) : relativeYear(m.group(3), ctx);
      if (months < 2 || months > 11 || year == 0) continue;
      add(out, sentence, m.start(), m.end(), interval(year, 1, year, months), 0);
    }
    m = matcher(N_MONTH_TOTAL, sentence, cues.has("-month"));
    while (m.find()) {
      int months = monthsCount(m.group(1));
      int year = years.at(m.start()) != 0 ? years.at(m.start()) : ctx.yearOf(months);
      if (months < 2 || months > 12 || year == 0) continue;
      add(out, sentence, m.start(), m.start() + m.group().indexOf("-month") + 6, interval(year, 1, year, months), 0);
    }
    m = matcher(QUARTER, sentence, cues.digit() || cues.has("quarter"));
    while (m.find()) {
      String which = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : m.group(4) != null ? m.group(4)
          : m.group(6) != null ? m.group(6) : m.group(7);
      int q = switch (which) {
        case "first", "1st", "1" -> 1;
        case "second", "2nd", "2" -> 2;
        case "third", "3rd", "3" -> 3;
        default -> 4;
      };
      String ys = m.group(2) != null ? m.group(2) : m.group(5) != null ? m.group(5) : m.group(8) != null ? "20" + m.group(8) : null;
      int year = ys != null ? Integer.parseInt(ys) : m.group(3) != null ? relativeYear(m.group(3), ctx)
          : years.at(m.start()) != 0 ? years.at(m.start()) : defaultYear(ctx);
      if (year == 0) continue;
      if (ys == null && m.group(3) == null && years.at(m.start()) == 0) {
        // "Tata Motors revenue rose 32% … in Q2" (India, November 2023): the fiscal year's second quarter, July to September.
        FiscalYear f = ctx.fiscal();
        if (f != null && f.fiscalQuarters() && !f.governmentOnly() && ctx.articleDate() != null) {
          add(out, sentence, m.start(), m.end(), f.quarterBefore(YearMonth.from(ctx.articleDate()), q), 0);
          continue;
        }
        year = reportedYear(year, q * 3 - 2, sentence, ctx);
      }
      add(out, sentence, m.start(), m.end(), interval(year, q * 3 - 2, year, q * 3), 0);
    }
    m = matcher(NOW_THIS_YEAR, sentence, cues.has("has") || cues.has("have"));
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      YearMonth data = dataMonth(sentence, ctx, years);
      Matcher y = STATED_YEAR.matcher(m.group(g));
      // "in 2022" only where it is the data's year: "have now been registered in 2021" of a 2022 story is that whole year.
      if (data == null || y.find() && Integer.parseInt(y.group(1)) != data.getYear()) continue;
      add(out, sentence, m.start(g), m.end(g), interval(data.getYear(), 1, data.getYear(), data.getMonthValue()), 0);
    }
    m = matcher(CumulativeSpans.SO_FAR_IN_YEAR, sentence, cues.digit());
    while (m.find()) {
      // "registrations lost so far in 2020", "in 2023 so far": January to the data's month of that year (not in a forecast's sentence).
      if (!CumulativeSpans.forecast(sentence)) add(out, sentence, m.start(), m.end(), CumulativeSpans.soFarIn(m.group(1) != null ? m.group(1) : m.group(2), dataMonth(sentence, ctx, years)), 0);
    }
    m = matcher(YEAR_TO_DATE, sentence, cues.has("year") || cues.has("ytd"));
    while (m.find()) {
      YearMonth data = dataMonth(sentence, ctx, years);
      if (data != null) add(out, sentence, m.start(), m.end(), interval(data.getYear(), 1, data.getYear(), data.getMonthValue()), 0);
    }
    m = matcher(THE_MONTH, sentence, cues.has("month"));
    while (m.find()) {
      // The month the sentence names, else the text's data month, else on a dated page the month before the page's.
      YearMonth data = dataMonth(sentence, ctx, years);
      if (data != null) add(out, sentence, m.start(), m.end(), data.toString(), data.getMonthValue());
    }
    m = matcher(MONTH_OF_RELATIVE_YEAR, sentence, cues.month() && cues.has("year"));
    while (m.find()) {
      // "In October this year", "compared to September of the previous year": the month of that year.
      int month = month(m.group(1));
      int year = relativeYear(m.group(2), ctx);
      if (month == 0 || year == 0 || isModalMay(sentence, m)) continue;
      add(out, sentence, m.start(), m.end(), YearMonth.of(year, month).toString(), month);
    }
    m = matcher(YEAR_BEFORE, sentence, cues.has("year"));
    while (m.find()) {
      // "the country exported 51.8 kt all of 2018, and merely 0.8 kt the year before", "in the first 11 months of 2024, …
      // up from 0.3Mt in the previous year": the year before the one the sentence states.
      Matcher stated = STATED_YEAR.matcher(sentence.substring(0, m.start()));
      int year = 0;
      while (stated.find()) year = Integer.parseInt(stated.group(1));
      if (year == 0) continue;
      // "is almost double the previous year": what a multiple compares with (a base, MULTIPLE_OF_BEFORE).
      add(out, sentence, m.start(), m.end(), Integer.toString(year - 1), 0);
    }
    m = matcher(RELATIVE, sentence, cues.has("month") || cues.has("year"));
    while (m.find()) {
      String which = m.group(1).toLowerCase(Locale.ROOT);
      boolean month = m.group(2).equalsIgnoreCase("month");
      if (ctx.articleDate() == null) {
        // Without a date, "last month" is the month the text's data are about ("… surged 24 per
        // cent in June … A total of 1.8 million … were sold last month").
        // As the base of a comparison ("down 28.7% from the previous month") it is the month before.
        if (month && ctx.dataMonth() != null && !which.equals("this") && !which.equals("next")) {
          boolean base = SAME_PERIOD_BEFORE.matcher(sentence.substring(0, m.start())).find();
          YearMonth ym = base ? ctx.dataMonth().minusMonths(1) : ctx.dataMonth();
          add(out, sentence, m.start(), m.end(), ym.toString(), ym.getMonthValue());
          continue;
        }
        // Without a date, "this year" is the year the text is about, "last year" the one before.
        if (month || ctx.fallbackYear() == 0 || which.equals("next")) continue;
        add(out, sentence, m.start(), m.end(), Integer.toString(which.equals("this") ? ctx.fallbackYear() : which.equals("last") ? ctx.lastYear() : ctx.fallbackYear() - 1), 0);
        continue;
      }
      int shift = which.equals("this") ? 0 : which.equals("next") ? 1 : -1;
      if (month) {
        YearMonth ym = YearMonth.from(ctx.articleDate()).plusMonths(shift);
        // "an increase of 0.7% from the previous month" in a report on September published in October: the month before the
        // one compared (the sentence's own, else the one the text reports), not before the page's.
        YearMonth compared = which.equals("previous") ? comparedMonth(sentence, m.start(), ctx, years) : null;
        if (compared != null) ym = compared.minusMonths(1);
        add(out, sentence, m.start(), m.end(), ym.toString(), ym.getMonthValue());
      } else {
        // "more than 160 GWh in orders this year alone": January to the page's month.
        if (which.equals("this") && sentence.startsWith(" alone", m.end())) {
          add(out, sentence, m.start(), m.end() + 6, interval(ctx.articleDate().getYear(), 1, ctx.articleDate().getYear(), ctx.articleDate().getMonthValue()), 0);
          continue;
        }
        // "exports for this year have more than doubled" (November 2019): January to the month the data run to (RunningYearTotals).
        if (which.equals("this") && RunningYearTotals.toDate(sentence, m.start(), m.end())) {
          YearMonth data = dataMonth(sentence, ctx, years);
          int year = ctx.articleDate().getYear();
          if (data != null && data.getYear() == year && !data.isAfter(YearMonth.from(ctx.articleDate()))) {
            add(out, sentence, m.start(), m.end(), interval(year, 1, year, data.getMonthValue()), 0);
            continue;
          }
        }
        add(out, sentence, m.start(), m.end(), Integer.toString(ctx.articleDate().getYear() + shift), 0);
      }
    }
    m = matcher(RELATIVE_QUARTER, sentence, cues.has("quarter"));
    while (m.find()) {
      if (ctx.articleDate() == null) continue;
      YearMonth now = YearMonth.from(ctx.articleDate());
      YearMonth end = m.group(1).equalsIgnoreCase("this") ? now.plusMonths(2 - (now.getMonthValue() - 1) % 3) : now.minusMonths((now.getMonthValue() - 1) % 3 + 1);
      add(out, sentence, m.start(), m.end(), end.minusMonths(2) + "/" + end, 0);
    }
    m = matcher(TargetYears.DECADE_END, sentence, cues.has("decade"));
    while (m.find()) {
      // "could skyrocket to … 10 lakhs by the decade’s close" (2023): the forecast's year, 2030.
      int year = defaultYear(ctx);
      if (year > 0) add(out, sentence, m.start(), m.end(), Integer.toString(TargetYears.decadeEnd(year)), 0);
    }
    m = matcher(MONTH_YEAR, sentence, cues.month());
    while (m.find()) {
      int month = month(m.group(1));
      if (month == 0 || isModalMay(sentence, m)) continue;
      // "on July 20th", "On May 10, 2023": a day, when something happened, not a period data cover.
      if (Regexes.matches(m.group(), "(?s).*\\s" + DAY + ",?(?:\\s+" + YEAR + ")?")) {
        add(out, sentence, m.start(), m.end(), DAY_MARKER, 0);
        continue;
      }
      int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : yearFor(month, years.at(m.start()), ctx);
      if (year == 0) continue;
      add(out, sentence, m.start(), m.end(), YearMonth.of(year, month).toString(), month);
    }
    m = matcher(BARE_YEAR, sentence, cues.digit());
    while (m.find()) {
      if (POSSESSIVE_BEFORE.matcher(sentence.substring(0, m.start())).find()) continue; // "the IEA's 2025 outlook"
      // "84 per cent opposed the 2030 ban on new petrol cars": when a measure starts, not a period of the sentence's data.
      if (PresentYear.namesMeasure(sentence.substring(m.end()))) continue;
      // "the average trade-in value for a 2011 Nissan Leaf": a product's model year, not a period.
      if (ModelYears.named(sentence.substring(Math.max(0, m.start() - 20), m.start()), sentence.substring(m.end()))) continue;
      add(out, sentence, m.start(), m.end(), m.group(1), 0);
    }
    for (int[] w : WholeYears.phrases(sentence)) {
      // "in December at 19.5Kt, amounting to 233.7Kt for the year": the year the text reports. On a dated page a year not yet over
      // is so only in a forecast ("expects 2 million for the year"); its data so far are the year to date, left to the other rules.
      YearMonth data = dataMonth(sentence, ctx, years);
      String whole = WholeYears.period(out, w[0], data == null ? 0 : data.getYear());
      boolean unfinished = whole != null && ctx.articleDate() != null && whole.equals(Integer.toString(ctx.articleDate().getYear()))
          && !FUTURE.matcher(sentence).find();
      if (whole != null && !unfinished) add(out, sentence, w[0], w[1], whole, 0);
    }
    out.removeIf(p -> p.period().equals(DAY_MARKER));
    // "a 25.4% market share, the second highest recorded this year": the scope of a superlative, not a period of data.
    out.removeIf(p -> p.period().length() == 4 && SUPERLATIVE_BEFORE.matcher(sentence.substring(0, p.start())).find());
    // "… announced last month that exporters would need licenses": when something was said or done, not a period of data.
    out.removeIf(p -> EVENT_BEFORE.matcher(sentence.substring(0, p.start())).find());
    // "… fell to $2.69 billion following the imposition of a 25% tariff … in April": when an event happened, not a period of data.
    out.removeIf(p -> EventTimes.of(sentence, p.start(), p.end()) == EventTimes.Role.AFTER);
    out.sort(Comparator.comparingInt(PeriodMention::start));
    baseMonthsBefore(out, sentence);
    yearAgoAfter(out, sentence, ctx);
    return out;
  }

  /**
   * "January sales rose by 18% from 312,500 tonnes in December": a month compared with that comes later in the
   * calendar than the month of the sentence's data is of the year before (on a page without a date both would
   * otherwise take the text's year).
   */
  private static void baseMonthsBefore(List<PeriodMention> out, String sentence) {
    for (int i = 0; i < out.size(); i++) {
      PeriodMention b = out.get(i);
      Matcher figure = BASE_FIGURE_BEFORE.matcher(sentence.substring(0, b.start()));
      // Not "from 6,138 tonnes in November to zero in December": the base's own month comes before this one.
      boolean base = b.basis() || figure.find() && out.stream().noneMatch(p -> p != b && p.start() >= figure.start() && p.end() <= b.start());
      if (!base || b.month() == 0 || b.period().length() != 7 || Regexes.matches(b.text(), "(?s).*\\d{4}.*")) continue;
      boolean later = out.stream().anyMatch(p -> p != b && !p.basis() && p.month() > 0 && p.month() < b.month() && p.period().length() == 7
          && p.period().startsWith(b.period().substring(0, 4)));
      if (!later) continue;
      String year = Integer.toString(Integer.parseInt(b.period().substring(0, 4)) - 1);
      out.set(i, new PeriodMention(b.start(), b.end(), b.text(), year + b.period().substring(4), b.basis(), b.month()));
    }
  }

  /**
   * The month a comparison with "the previous month" at {@code at} is made from: the first month the sentence states outside a
   * comparison, else the month the text reports (the context's data month); null when {@code at} is no comparison's base.
   */
  private static YearMonth comparedMonth(String sentence, int at, Context ctx, SentenceYears years) {
    String before = Regexes.replaceFirst(sentence.substring(0, at), "(?i)\\bthe\\s+$", "");
    if (!SAME_PERIOD_BEFORE.matcher(before).find() && !inComparedPhrase(before)) return null;
    Matcher m = MONTH_YEAR.matcher(sentence);
    while (m.find()) {
      int month = month(m.group(1));
      if (month == 0 || isModalMay(sentence, m) || comparedBefore(sentence.substring(0, m.start()))) continue;
      int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : yearFor(month, years.at(m.start()), ctx);
      if (year > 0) return YearMonth.of(year, month);
    }
    return ctx.dataMonth();
  }

  /** "a year ago", "a year earlier", "last year" right after a period written without its year. */
  private static final Pattern YEAR_AGO_AFTER = Pattern.compile("(?i)^,?\\s*(?:(a\\s+year\\s+(?:ago|earlier|before))|(?:of\\s+)?last\\s+year|(?:of\\s+)?the\\s+(?:previous|prior)\\s+year)\\b");

  /**
   * "It had reported a net profit of Rs 5.07 crore in the July-September quarter a year ago": a quarter, half or month
   * written without a year and followed by "a year ago" is that period of the year before the one it was read as.
   * Followed by "last year" it is that period of the year before the article's (never shifted twice: "Q4 last year" in
   * a February 2024 page may already have been read as 2023-Q4).
   */
  private static void yearAgoAfter(List<PeriodMention> out, String sentence, Context ctx) {
    for (int i = 0; i < out.size(); i++) {
      PeriodMention p = out.get(i);
      if (p.period().length() <= 4 || Regexes.matches(p.text(), "(?s).*(?:19|20)\\d{2}.*")) continue;
      Matcher after = YEAR_AGO_AFTER.matcher(sentence.substring(p.end()));
      if (!after.find()) continue;
      String back;
      if (after.group(1) != null) {
        back = ComparisonLinks.shift(p.period(), -12);
      } else {
        int year = defaultYear(ctx);
        if (year == 0) continue;
        int delta = year - 1 - Integer.parseInt(p.period().substring(0, 4));
        back = delta == 0 ? p.period() : ComparisonLinks.shift(p.period(), 12 * delta);
      }
      if (back != null) out.set(i, new PeriodMention(p.start(), p.end(), p.text(), back, p.basis(), p.month()));
    }
  }

  /** The fiscal years {@code sentence} names, by the article's convention ({@link FiscalYears}). */
  private static void fiscalYears(String sentence, SentenceCues cues, Context ctx, List<PeriodMention> out) {
    FiscalYear f = ctx.fiscal() == null ? FiscalYear.CALENDAR : ctx.fiscal();
    if (f.governmentOnly() && !GOVERNMENT.matcher(sentence).find()) f = FiscalYear.CALENDAR;
    // "the first four months of the current fiscal year", "the fiscal year 2023/24 so far" (FiscalMonths).
    for (FiscalMonths.Found p : FiscalMonths.find(sentence, f, ctx)) add(out, sentence, p.start(), p.end(), p.period(), 0);
    Matcher m = matcher(FISCAL_MONTHS, sentence, cues.digit() && cues.month());
    while (m.find()) {
      int from = month(m.group(1));
      int to = month(m.group(2));
      int first = Integer.parseInt(m.group(3));
      if (from == 0 || to == 0 || fullYear(m.group(4)) != first + 1) continue;
      add(out, sentence, m.start(), m.end(), interval(first, from, to < from ? first + 1 : first, to), 0);
    }
    m = matcher(FISCAL_FIRST, sentence, cues.digit() && cues.has("first"));
    while (m.find()) {
      int months = monthsCount(m.group(1));
      YearMonth start = fiscalStart(f, m.group(2), m.group(3));
      if (start == null || months < 1 || months > 12) continue;
      add(out, sentence, m.start(), m.end(), f.months(start, months), 0);
    }
    m = matcher(FISCAL_MONTHS_OF, sentence, cues.digit() && cues.month());
    while (m.find()) {
      int from = month(m.group(1));
      int to = month(m.group(2));
      YearMonth start = fiscalStart(f, m.group(3), null);
      if (from == 0 || to == 0 || start == null) continue;
      // The months as they fall in the fiscal year: April to November of India's FY20 is 2019-04/2019-11.
      YearMonth a = start.plusMonths(Math.floorMod(from - start.getMonthValue(), 12));
      YearMonth b = start.plusMonths(Math.floorMod(to - start.getMonthValue(), 12));
      if (b.isBefore(a)) continue;
      add(out, sentence, m.start(), m.end(), a + "/" + b, 0);
    }
    m = matcher(FISCAL_QUARTER, sentence, cues.digit());
    while (m.find()) {
      int q = m.group(1) != null ? Integer.parseInt(m.group(1)) : List.of("first", "second", "third", "fourth").indexOf(m.group(4).toLowerCase(Locale.ROOT)) + 1;
      int year = fullYear(m.group(1) != null ? m.group(2) : m.group(5));
      String second = m.group(1) != null ? m.group(3) : m.group(6);
      // "the second quarter of the fiscal year 2025-26": of the fiscal year that starts in 2025.
      if (second != null) {
        if (fullYear(second) != year + 1) continue;
        add(out, sentence, m.start(), m.end(), f.quarterOfSpan(year, q), 0);
        continue;
      }
      add(out, sentence, m.start(), m.end(), f.quarter(year, q), 0);
    }
    m = matcher(FISCAL_NAMED, sentence, cues.digit());
    while (m.find()) {
      int g = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
      int first = fullYear(m.group(g));
      String period;
      if (m.group(g + 1) != null) {
        // "FY 22-23", "2022-23 fiscal": the fiscal year that starts in the first year; the calendar has none that straddles two.
        if (fullYear(m.group(g + 1)) != first + 1) continue;
        period = f.calendar() ? first + "/" + (first + 1) : f.span(first);
      } else {
        period = f.named(first);
      }
      add(out, sentence, m.start(), m.end(), period, 0);
    }
    m = matcher(FISCAL_RELATIVE_QUARTER, sentence, cues.has("quarter") && (cues.has("fiscal") || cues.has("financial")));
    while (m.find()) {
      // "the first quarter of this financial year": of the fiscal year the page's date, else its text, runs in (FiscalNow).
      int name = f.calendar() ? 0 : relativeFiscal(f, fiscalShift(m.group(2)), ctx);
      if (name > 0) add(out, sentence, m.start(), m.end(), f.quarter(name, List.of("first", "second", "third", "fourth").indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1), 0);
    }
    m = matcher(FISCAL_RELATIVE, sentence, cues.has("fiscal") || cues.has("financial"));
    while (m.find()) {
      YearMonth now = ctx.articleDate() != null ? YearMonth.from(ctx.articleDate()) : null;
      String which = m.group(1).toLowerCase(Locale.ROOT);
      int shift = fiscalShift(which);
      // "3,400 units were sold in FY2020 in comparison to 3,600 units in the previous fiscal year": the year before the one stated.
      YearMonth stated = (which.equals("previous") || which.equals("prior")) ? statedFiscalStart(out, m.start()) : null;
      if (stated == null && now == null) {
        // A page without a date: "the current financial year" of the text's own fiscal years (FiscalNow), not a comparison's
        // base ("an increase of six per cent on the previous financial year", left to the base rules).
        int name = f.calendar() || shift < 0 && comparedBefore(sentence.substring(0, m.start())) ? 0 : relativeFiscal(f, shift, ctx);
        if (name > 0) add(out, sentence, m.start(), m.end(), f.named(name), 0);
        continue;
      }
      add(out, sentence, m.start(), m.end(), f.named(f.nameOf(stated != null ? stated : now) + shift), 0);
    }
    if (f.calendar()) return;
    m = matcher(YEAR_STRADDLE, sentence, cues.digit());
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      if (fullYear(m.group(2)) != first + 1) continue;
      // "the 2022-23 agricultural year", "the 2024-25 sugar season": other years that straddle two, not the fiscal one.
      if (OTHER_YEAR_AFTER.matcher(sentence.substring(m.end())).lookingAt()) continue;
      add(out, sentence, m.start(), m.end(), f.span(first), 0);
    }
  }

  /** How many fiscal years from the present one "this" (0), "next" (1) or "last" (-1) fiscal year is. */
  static int fiscalShift(String which) {
    return switch (which.toLowerCase(Locale.ROOT)) {
      case "this", "current", "ongoing", "present" -> 0;
      case "next", "coming" -> 1;
      default -> -1;
    };
  }

  /** The name of the fiscal year {@code shift} from the page's (its date's, else its text's: FiscalNow), or 0 when neither tells. */
  static int relativeFiscal(FiscalYear f, int shift, Context ctx) {
    if (ctx.articleDate() != null) return f.nameOf(YearMonth.from(ctx.articleDate())) + shift;
    return ctx.fiscalNow() == null ? 0 : ctx.fiscalNow().shifted(shift);
  }

  /** The year the fiscal year the sentence names ends in, when it starts in {@code month} ("FY 2024-25" → 2025), else 0. */
  private static int fiscalEndYear(List<PeriodMention> found, int month) {
    for (PeriodMention p : found) {
      if (Regexes.matches(p.period(), "\\d{4}-\\d{2}/\\d{4}-\\d{2}") && Integer.parseInt(p.period().substring(5, 7)) == month) {
        return Integer.parseInt(p.period().substring(8, 12));
      }
    }
    return 0;
  }

  /** The first month of the fiscal year named {@code name} ("20", "2020"), or of the one {@code name}-{@code second} straddles. */
  private static YearMonth fiscalStart(FiscalYear f, String name, String second) {
    int first = fullYear(name);
    if (second != null) {
      if (fullYear(second) != first + 1) return null;
      return YearMonth.of(first, f.calendar() ? 4 : f.startMonth());
    }
    String span = f.named(first);
    return span.length() == 4 ? YearMonth.of(first, 1) : YearMonth.parse(span.substring(0, 7));
  }

  /** The first month of the last period found before {@code offset}, or null. */
  private static YearMonth statedFiscalStart(List<PeriodMention> found, int offset) {
    YearMonth out = null;
    for (PeriodMention p : found) {
      if (p.end() > offset) continue;
      String start = p.period().length() >= 7 ? p.period().substring(0, 7) : p.period().length() == 4 ? p.period() + "-01" : null;
      if (start != null && Regexes.matches(start, "\\d{4}-\\d{2}")) out = YearMonth.parse(start);
    }
    return out;
  }

  /**
   * The year of a quarter or half written without one ("Tesla produced approximately 495,000 vehicles in the fourth
   * quarter" on a page of January 2024): results are reported after their period, so one that would start after the
   * page's month is last year's. Not in a forecast ("expects fourth-quarter deliveries to rise").
   */
  private static int reportedYear(int year, int firstMonth, String sentence, Context ctx) {
    if (ctx.articleDate() == null || year != ctx.articleDate().getYear()) return year;
    if (firstMonth <= ctx.articleDate().getMonthValue() || FUTURE.matcher(sentence).find()) return year;
    return year - 1;
  }

  /** "23" → 2023, "2023" → 2023. */
  private static int fullYear(String digits) {
    int v = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + v : v;
  }

  /** The month a "year-to-date" figure runs to: a month named in the sentence, else the article's previous month. */
  private YearMonth dataMonth(String sentence, Context ctx, SentenceYears years) {
    Matcher m = MONTH_YEAR.matcher(sentence);
    while (m.find()) {
      int month = month(m.group(1));
      if (month > 0) {
        int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : yearFor(month, years.at(m.start()), ctx);
        if (year > 0) return YearMonth.of(year, month);
      }
    }
    if (ctx.dataMonth() != null) return ctx.dataMonth();
    return ctx.articleDate() == null ? null : YearMonth.from(ctx.articleDate()).minusMonths(1);
  }

  /** The last quarter completed at {@code date}: 2022-04/2022-06 on 2022-07-17. */
  private static String lastCompletedQuarter(LocalDate date) {
    YearMonth now = YearMonth.from(date);
    YearMonth end = now.minusMonths((now.getMonthValue() - 1) % 3 + 1);
    return end.minusMonths(2) + "/" + end;
  }

  /**
   * A matcher of {@code pattern} over {@code sentence}, or over nothing where the sentence lacks what every match of the pattern
   * needs ({@code possible} false, from {@link SentenceCues}): the same matches, without trying the pattern at each position.
   */
  private static Matcher matcher(Pattern pattern, String sentence, boolean possible) {
    return pattern.matcher(possible ? sentence : "");
  }

  private static void add(List<PeriodMention> out, String sentence, int start, int end, String period, int month) {
    for (PeriodMention p : out) {
      if (start < p.end() && end > p.start()) return; // an earlier, longer pattern already covers it
    }
    String before = sentence.substring(0, start);
    // "an increase from 14.8% in 2023", "to 6.8% from 8.2% last year": the period of a comparison base.
    boolean basis = SAME_PERIOD_BEFORE.matcher(before).find() || BASE_FIGURE_RIGHT_BEFORE.matcher(before).find()
        || BASE_LEVEL_BEFORE.matcher(before).find() || EventTimes.of(sentence, start, end) == EventTimes.Role.SINCE || inComparedPhrase(before)
        || BaseTimes.before(before) || BaseTimes.possessive(sentence, start, end);
    String text = sentence.substring(start, end);
    // Strip a leading "from"/"between" that belongs to a range, not to a comparison.
    if (text.toLowerCase(Locale.ROOT).startsWith("from ") || text.toLowerCase(Locale.ROOT).startsWith("between ")) basis = false;
    out.add(new PeriodMention(start, end, text, period, basis, month));
  }

  /**
   * "more than double the number sold in ", "three times the ", "nearly treble ", "2.2 times their ", "almost triple the previous
   * record set in ", "more than double the US$1,500 average of ", "twice the number of ", "more than double EVs' share of monthly
   * registrations in " (a possessive as the determiner): a time in the noun phrase a multiple is of is the base's. Not "double"
   * or "triple" as a verb ("plans to double its output in"): a hedge, a copula or a dash stands before the adjective; nor an adverb's phrase ("three times higher in 2024 than …"): a determiner or the time follows the multiple;
   * nor the time of another quantity ("two-and-a-half times the demand for batteries this year"): the time ends the noun phrase
   * after a preposition, or follows its determiner.
   */
  private static final Pattern MULTIPLE_OF_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:\\d[\\d.,]*|two|three|four|five|six|seven|eight|nine|ten|[\\p{L}]+-and-a-half)[\\s-]+times|\\b(?:twice|thrice)"
          + "|(?:\\b(?:nearly|almost|more\\s+than|about|around|roughly|over|close\\s+to|approximately|some|at\\s+least|less\\s+than|is|was|were|are|be|been)"
          + "|[,–—-])\\s+(?:double|treble|triple|quadruple))\\s+"
          + "(?:(?:(?:what|that|those)(?:\\s+of)?|the|its|their|his|her|our|\\p{L}+(?:['’]s|s['’]))\\s+(?:(?:[\\p{L}\\p{N}$€£¥₹.'’-]+(?:,\\d{3})*\\s+){1,5}?"
          + "(?:in|during|of|for|on)\\s+(?:the\\s+)?)?)?$");
  /**
   * "compared with a supply-constrained ", "compared to the pre-pandemic ": a time described in the phrase compared with is the
   * base's; not one after a preposition in it ("output from the mine in 2023" is the output's year).
   */
  private static final Pattern DESCRIBED_BASE_BEFORE = Pattern.compile(
      "(?i)\\b(?:from|than|compar(?:ed|ison)\\s+(?:to|with)|versus)\\s+(?:a|an|the)\\s+(?:(?!(?:in|of|at|on|during|for|to|by|and|or)\\s)[\\p{L}-]+\\s+){1,2}$");

  /** Whether the text {@code before} a time puts it in the noun phrase a multiple or a change is compared with. */
  private static boolean inComparedPhrase(String before) {
    String near = before.substring(Math.max(0, before.length() - 120));
    return MULTIPLE_OF_BEFORE.matcher(near).find() || DESCRIBED_BASE_BEFORE.matcher(near).find() || DescribedBases.before(near);
  }

  /**
   * "up from nine-year lows of around $10 a lb in February", "declined by about 10% from peaks at the end of August last year",
   * "down 7% since hitting near 10-year peaks in March": the time of a high or low compared with is that level's, not the
   * period of the level or change before it.
   */
  private static final Pattern BASE_LEVEL_BEFORE = Pattern.compile(
      "(?i)(?=[acfstv])\\b(?:from|than|compar(?:ed|ison)\\s+(?:to|with)|versus|against|since(?:\\s+(?:hitting|reaching|touching|setting|its|their|the))?)"
          + "\\s+(?:(?:its|their|the|a|an|this)\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}(?:lows?|highs?|peaks?|troughs?|bottoms?|record(?:\\s+(?:high|low))?s?)\\b"
          // The level of the high or low ("of around $10 a lb", "near 6,00,000 yuan"), not another noun ("the high drop in
          // September"), and not across the new level's own words ("rose from lows of 10 in January to 20 in March").
          + "(?:\\s+(?:of|near|around|at|above|below)\\s+(?:(?!\\b(?:to|in|and|but|while)\\b)[^.;]){0,40}?)?\\s+(?:in|at|on|during|of)\\s+"
          + "(?:(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+|(?:late|early|mid)[\\s-]+)?(?:the\\s+)?$");

  private static final Pattern DAY_AFTER = Pattern.compile("^\\s*(?:/\\p{L}+\\s*)?on\\s+(" + MONTH + ")\\s+" + DAY + "(?:,?\\s+(" + YEAR + "))?");

  /**
   * The month of a day right after a figure: "to $54,674.58/mt on Dec. 9" → 2025-12 (a price on
   * a day is that month's); null when {@code after} does not start so.
   */
  public static String monthOfDayAfter(String after, Context ctx) {
    Matcher m = DAY_AFTER.matcher(after);
    if (!m.find()) return null;
    int month = month(m.group(1));
    if (month == 0) return null;
    int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : ctx.yearOf(month);
    return year == 0 ? null : YearMonth.of(year, month).toString();
  }

  /**
   * "As of June 20, the … concentrate was quoted at 172,500 RMB", "As of end-February 2021, … prices
   * climbed to …": what follows in the clause is that day's, of its month; "settled at $94 on March 9,
   * up about 50%": a change written right after a dated level is of that day too.
   */
  private static final Pattern AS_OF_DAY = Pattern.compile(
      "(?:(?i:\\bas\\s+(?:of|at)\\s+(?:(?:the\\s+)?(?:end|middle)\\s+of\\s+|end-|mid-)?)(" + MONTH + ")(?:\\s+" + DAY + ")?(?:,?\\s+(" + YEAR + "))?[^;]*"
          + "|(?i:\\bon\\s+)(" + MONTH + ")\\s+" + DAY + "(?:,?\\s+(" + YEAR + "))?,\\s*(?:\\p{L}+\\s+){0,3})$");

  /** The month of an "as of" day before a figure in its clause ({@code before} is the sentence up to the figure), or null. */
  public static String monthOfDayBefore(String before, Context ctx) {
    Matcher m = AS_OF_DAY.matcher(before);
    if (!m.find()) return null;
    int g = m.group(1) != null ? 1 : 3;
    int month = month(m.group(g));
    if (month == 0) return null;
    int year = m.group(g + 1) != null ? Integer.parseInt(m.group(g + 1)) : ctx.yearOf(month);
    return year == 0 ? null : YearMonth.of(year, month).toString();
  }

  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  /**
   * "at $6.50-8 per kg cif China, Japan and Korea on Thursday", "exceeded $3,000 a tonne on Monday": the day of a level; or a
   * weekday written bare right after it, as American wire copy does ("dropped to 199,000 yuan per ton Wednesday", "plunged almost
   * 10% Friday").
   */
  private static final Pattern WEEKDAY_AFTER = Pattern.compile("^(?:[^;]{0,80}?\\bon|(?:\\s+[^\\s,;]+){0,3}?)\\s+" + WEEKDAY + "\\b");
  private static final Pattern ON_AT_END = Pattern.compile("(?i)\\s*\\bon\\s*$");
  /** "said on Thursday", "data showed on Tuesday": when something was said, not the day of a level. */
  private static final Pattern SAID_BEFORE = Pattern.compile(
      "(?i)\\b(?:said|says|showed|shows|announced|reported|released|published|told|added|noted|data)\\s+$");
  /** "on Thursday January 21", "Thursday, Jan. 21": the text names the day a weekday is. */
  private static final Pattern WEEKDAY_DATE = Pattern.compile(WEEKDAY + ",?\\s+(" + MONTH + ")\\s+" + DAY);

  /**
   * The month of the weekday a level is written with ({@code after} is the sentence after the
   * figure): the last such day up to the article's date, or, on a page without a date, the day the
   * text names it ("on Thursday January 21") in the year the text is about. Null otherwise.
   */
  public static String monthOfWeekdayAfter(String after, String text, Context ctx) {
    Matcher m = WEEKDAY_AFTER.matcher(after);
    if (!m.find() || SAID_BEFORE.matcher(ON_AT_END.matcher(after.substring(0, m.start(1))).replaceFirst(" ")).find()) return null;
    if (ctx.articleDate() != null) return monthOfWeekday(m.group(1), ctx.articleDate());
    Matcher named = WEEKDAY_DATE.matcher(text);
    while (named.find()) {
      int month = month(named.group(2));
      if (!named.group(1).equals(m.group(1)) || month == 0 || ctx.fallbackYear() == 0) continue;
      return YearMonth.of(ctx.fallbackYear(), month).toString();
    }
    return null;
  }

  /** The month of the last {@code weekday} ("Friday") up to {@code date}: a page of Sunday 2 December reports Friday 30 November. */
  static String monthOfWeekday(String weekday, LocalDate date) {
    java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
    return YearMonth.from(date.with(java.time.temporal.TemporalAdjusters.previousOrSame(day))).toString();
  }

  /**
   * A level or move of a day's market: a price, a quotation or an assessment, trading, futures, shares, or a level "touched",
   * "settled" or "closed" at. A month's sales or a year's output announced on a day are not the day's.
   */
  private static final Pattern DAY_LEVEL = Pattern.compile("(?i)\\b(?:"
      + String.join("|", Tsv.read("day-level-words.tsv").stream().map(r -> r.get("word")).toList()) + ")\\b");
  /**
   * A clause that opens with its day: "On January 13, the average price of … was 43,200 RMB/ton", "On China's Wuxi Stainless
   * Steel Exchange on Monday, cobalt trading was paused after prices jumped nearly 12%", "Earlier on Friday it touched $7,065".
   * Groups: month and year of "January 13, 2020"; month and year of "13 January 2020"; a weekday.
   */
  private static final Pattern FRONTED_DAY = Pattern.compile(
      "^\\s*(?:(?:In|At|On|During|Earlier|Later|Also|And|But)\\b[^,;]{0,60}?\\s)?(?i:on)\\s+(?:(" + MONTH + ")\\s+" + DAY + "(?:,?\\s+(" + YEAR + "))?"
          + "|" + DAY + "\\s+(?:of\\s+)?(" + MONTH + ")(?:,?\\s+(" + YEAR + "))?|" + WEEKDAY + ")(?![\\p{L}\\d])(?:\\s*\\([^)]{0,20}\\))?,?\\s[^;]*$");

  /**
   * The month of the day a sentence opens with, for a price or a day's trading reported in its clause ({@code before} is the
   * sentence up to the figure): "On January 9, data … showed that the average spot price … fell … to 492,500 yuan/ton" →
   * 2023-01. A weekday is read only on a dated page. Null otherwise, and for a forecast.
   */
  public static String monthOfFrontedDay(String before, Context ctx) {
    Matcher m = FRONTED_DAY.matcher(before);
    if (!m.find() || !DAY_LEVEL.matcher(before).find() || FUTURE.matcher(before).find()) return null;
    if (m.group(5) != null) return ctx.articleDate() == null ? null : monthOfWeekday(m.group(5), ctx.articleDate());
    int g = m.group(1) != null ? 1 : 3;
    int month = month(m.group(g));
    if (month == 0) return null;
    int year = m.group(g + 1) != null ? Integer.parseInt(m.group(g + 1)) : ctx.yearOf(month);
    return year == 0 ? null : YearMonth.of(year, month).toString();
  }

  /**
   * The month of the weekday written after a price or a day's trading ({@code before} is its sentence up to the figure,
   * {@code after} from its end): "dropped to 199,000 yuan per ton Wednesday" → that week's month. Read before the periods of
   * the sentences around, which a day the sentence states overrules.
   */
  public static String monthOfLevelWeekday(String before, String after, String text, Context ctx) {
    return DAY_LEVEL.matcher(before).find() ? monthOfWeekdayAfter(after, text, ctx) : null;
  }

  private static final Pattern SUPERLATIVE_BEFORE = Pattern.compile(
      "(?i)\\b(?:highest|lowest|biggest|largest|best|worst|strongest|weakest)\\b(?:[\\s-]+\\p{L}+){0,3}\\s+$");
  /** "have risen to", "has nearly doubled", "There are now", "currently trading": the state at the time of writing. */
  private static final Pattern PRESENT = Pattern.compile(
      "(?i)\\b(?:(?:has|have)\\s+(?:(?:\\p{L}+ly|also|now|more\\s+than|almost|nearly)\\s+)*(?:been\\s+)?(?:risen|grown|fallen|climbed|surged|soared|dropped"
          + "|jumped|halved|doubled|tripled|increased|decreased|declined|gained|lost|rebounded|slumped|plunged|reached|hit)|now|currently|today|at\\s+present)\\b");
  /** A forecast or plan: not the state now. */
  private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|would|could|might|expects?|expected|forecasts?|projects?|projected|aims?|targets?|plans?)\\b");

  /** Whether {@code sentence} states a forecast or a plan ("will", "expects", "targets"), not the state now. */
  static boolean forecasts(String sentence) {
    return FUTURE.matcher(sentence).find();
  }

  /** Whether {@code sentence} states how things stand at the time of writing ("prices have risen to …"), not a forecast. */
  public static boolean statesThePresent(String sentence) {
    return PRESENT.matcher(sentence).find() && !FUTURE.matcher(sentence).find();
  }

  /** "this year", "the current year", "last year", "the previous year" against the article's date or text. */
  private static int relativeYear(String which, Context ctx) {
    int year = defaultYear(ctx);
    if (year == 0) return 0;
    String w = which.toLowerCase(Locale.ROOT);
    if (w.startsWith("last") && ctx.articleDate() == null) return ctx.lastYear();
    return w.startsWith("last") || w.contains("previous") || w.contains("prior") ? year - 1 : year;
  }

  /** The years a sentence states with a month ("June 2024"), outside comparison bases, by where they end. */
  private static final class SentenceYears {
    private final List<int[]> ends = new ArrayList<>();

    SentenceYears(String sentence, SentenceCues cues) {
      // A stated year needs a month and a digit.
      Matcher m = matcher(MONTH_YEAR, sentence, cues.month() && cues.digit());
      while (m.find()) {
        if (m.group(2) == null || IN_COMPARISON.matcher(sentence.substring(0, m.start())).find()) continue;
        ends.add(new int[] {m.end(), Integer.parseInt(m.group(2))});
      }
    }

    /** The year stated last before {@code offset}, or 0. */
    int at(int offset) {
      int year = 0;
      for (int[] e : ends) if (e[0] <= offset) year = e[1];
      return year;
    }
  }

  /** "up from the 16.29 million read in November 2013": a time expression inside a comparison. */
  private static final Pattern IN_COMPARISON = Pattern.compile("(?i)\\b(?:from|than|compared|versus|vs\\.?|against|since)\\b[^;]{0,60}$");

  private static int yearFor(int month, int sentenceYear, Context ctx) {
    return sentenceYear != 0 ? sentenceYear : ctx.yearOf(month);
  }

  private static int defaultYear(Context ctx) {
    return ctx.articleDate() != null ? ctx.articleDate().getYear() : ctx.fallbackYear();
  }

  /** "may" as a verb: lower case, or "May" followed by a base verb ("May rise"). */
  private static boolean isModalMay(String s, Matcher m) {
    String g = m.group();
    if (!g.regionMatches(true, 0, "may", 0, 3) || g.length() > 3 && Character.isLetter(g.charAt(3))) return false;
    if (Character.isLowerCase(g.charAt(0))) return true;
    String after = s.substring(m.end()).stripLeading().toLowerCase(Locale.ROOT);
    return Regexes.matches(after, "^(be|have|not|also|well|still|rise|fall|need|help|increase|decrease|continue|take|see)\\b.*");
  }

  static int monthsCount(String s) {
    if (Regexes.matches(s, "\\d+")) return Integer.parseInt(s);
    return List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
        .indexOf(s.toLowerCase(Locale.ROOT)) + 2;
  }

  /** The month (1-12) a capitalized name or abbreviation names ("Sept.", "July"); 0 for another word. */
  static int month(String word) {
    Integer v = MONTHS.get(word.replace(".", "").toLowerCase(Locale.ROOT));
    if (v == null) return 0;
    // Month names must be capitalized: "march" and "may" in lower case are other words.
    return Character.isUpperCase(word.charAt(0)) ? v : 0;
  }

  private static String interval(int y1, int m1, int y2, int m2) {
    return YearMonth.of(y1, m1) + "/" + YearMonth.of(y2, m2);
  }
}
