package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.UnitTable;
import org.claimgraph.lexicon.Regexes;
import org.claimgraph.lexicon.Tsv;

/**
 * Finds the numbers in a sentence that quantify something, with their unit, scale, range and
 * qualifier, and skips numbers that are dates, years, ordinals or parts of names.
 *
 * <pre>
 * "hit 619 mt, up 75.5% over June"      → 619 tonne; 75.5 percent
 * "1.243 million units"                  → 1243000 count (the extractor makes it vehicle by context)
 * "each requiring 2-5 kg"                → 2..5 kg
 * "Eighty percent of China's exports"    → 80 percent
 * "more than seven times that of May"    → 7 factor, qualifier "more than"
 * "$40,000 per tonne"                    → 40000 USD/tonne
 * "12,000 new jobs"                      → 12000 job (a counted noun, singular)
 * "2 to 3 weeks", "between 300 and 400 t" → 2..3 week; 300..400 tonne
 * "a third of the ore", "one out of three" → 33.33 percent (a fraction of a whole)
 * "winds of 90 mph", "a 45-year-old man" → 90 mph; 45 year
 * "On May 10, 2023, in Shanghai"         → nothing (a date)
 * "HS code 85051110", "a six-month high" → nothing (a code; a period)
 * </pre>
 *
 * <p>Units are read as written: "12 kt" is 12 kilotonne, "23 million metric tons" 23000000
 * tonne. "mt" and "MT" are metric tons (trade news), "Mt" megatonnes; "oz" is a troy ounce in a
 * sentence about precious metals (gold, silver, platinum, palladium, bullion), else an ounce.
 *
 * <p>This class reads a number in digits or words with its scale, range, unit and per-unit; the
 * other jobs are done by {@link UnitForms} (unit, scale and currency patterns), {@link CountedNouns}
 * (the counted noun after a number, {@code counted-nouns.tsv}), {@link Qualifiers}, {@link
 * NotQuantities} (codes, dates, names), {@link NumberForms} (multiplicatives, fractions, shares, clock
 * times), and the sentence-level passes {@link NeighbourPerUnits} and {@link ElidedUnits}.
 */
public final class QuantityFinder {

  /**
   * 1,234.5; 11,89,237 (Indian grouping); 300 000, 219 596 062.14, 10 222,9 (grouped by spaces, with a decimal point or
   * comma); 12.5; .5. A space-grouped run ends where no digit follows, nor a point or comma before a digit: "US$18 114 700,”
   * said" and "… 18 114 700." are one number (Harare Post), not "18 114" and 700.
   */
  private static final String DIGITS = DecimalCommas.DIGITS + "|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?"
      + "|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:\\.\\d+|,\\d{1,2})?(?![\\d]|[.,]\\d)|\\d+(?:\\.\\d+)?|\\.\\d+";
  /** The value of digits {@link #DIGITS} matched: every grouping comma or space dropped ("470 000", "11,89,237"). */
  static double plain(String digits) {
    if (DecimalCommas.is(digits)) return DecimalCommas.value(digits); // "1,1 million tonnes"
    return Double.parseDouble(Regexes.replaceAll(digits, "[,\\s\\u00A0\\u202F]", ""));
  }

  private static final Pattern DURATION_AFTER = Pattern.compile(
      "(?i)^[\\s-]*(?:months?|years?|weeks?|days?|hours?|minutes?|quarters?|decades?|centuries|century)\\b");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("^(st|nd|rd|th)\\b");
  private static final Pattern TIMES = Pattern.compile("^[\\s-]*(?:more\\s+)?(times|fold|-fold)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  // "from 5,784 tons a year earlier": a point in time, not a rate per year (value8)
  private static final Pattern PER = Pattern.compile(
      "^\\s*(?:(?:for\\s+each|for\\s+every|per|(?:a|an)\\b(?!\\s+(?:year|month|week|quarter|day)[\\s-]+(?:earlier|ago|before|later|prior|previously|back)\\b)|each|every)\\b|/)\\s*");
  /**
   * "the first 10 months", "in the 12 months to June": a calendar period, not a figure. A span of
   * change ("over the past five years", "the next 60 days", "two weeks ago") is a duration and
   * counts; "two months later" marks a point in a story, as "a six-month high" marks a record.
   */
  private static final Pattern PERIOD_BEFORE = Pattern.compile("(?i)\\b(?:first|initial|same)\\s+$");
  /** "the highest in nearly nine months", "its first snowfall in seven years": a period. */
  private static final Pattern SINCE_BEFORE = Pattern.compile(
      "(?i)\\b(?:highest|lowest|first|biggest|largest|best|worst|strongest|weakest|fastest|slowest|longest|most|least|since|top"
          + "|closest|nearest|hottest|coldest|warmest|wettest|driest|deadliest|busiest|heaviest|earliest|latest|sharpest|steepest|smallest)\\b[^.;]*\\b(?:in|for)\\s+(?:(?:nearly|almost|more than|over|about|some|around)\\s+)?(?:the\\s+)?(?:(?:last|past)\\s+)?$");
  private static final Pattern PERIOD_AFTER = Pattern.compile(
      "(?i)^(?:[\\s-]+(?:high|low|peak|record|highs|lows|peaks|later|to\\s+(?-i:\\p{Lu})\\p{L}*|through|ended|ending)\\b|\\s+of\\s+(?:(?:fiscal\\s+)?(?:19|20)\\d\\d|the\\s+year|this\\s+year|last\\s+year)\\b)");
  private static final Pattern SCIENTIFIC = Pattern.compile("^\\s?[×x]\\s?10([−-]?\\d{1,2})(?!\\d)");
  /** Ounces in news about precious metals or their mines are troy ounces. */
  private static final Pattern PRECIOUS = Pattern.compile(
      "(?i)\\b(gold|silver|platinum|palladium|bullion|precious|reserves?|ore|mines?|mining|miner|grading|g/t|AISC|GEOs?|koz|Moz|sustaining|cash costs?)\\b");
  /**
   * Words that make "units" vehicles: vehicle nouns, carmakers, and the makers' names as sales news writes them ("TVS Motor sold
   * 26,971 units", "Hero MotoCorp registered retail sales of 7,309 units", "e-scooter maker Ather Energy sold 12,741 units").
   */
  private static final Pattern VEHICLE_CONTEXT = Pattern.compile(
      "(?i)\\b(NEVs?|vehicles?|cars?|EVs?|BEVs?|PHEVs?|autos?|automakers?|carmakers?|Tesla|BYD|deliveries|(?-i:Motors?|MotoCorp)"
          + "|(?:two|three)[- ]wheelers?|e2Ws?|e3Ws?|scooters?|motorcycles?)\\b");
  /** "Braden Arcand, 26, is", "Stevenage man, 68, arrested": an age. */
  private static final Pattern AGE_BEFORE = Pattern.compile(
      "(?:\\p{Lu}\\p{Ll}+|\\b(?:man|woman|boy|girl|teenager|teen|mother|father|son|daughter|driver|victim|resident|wife|husband))\\s*,\\s*$");

  /** "¥108 to the U.S. dollar": an exchange rate. */
  private static final Pattern FX_PER = Pattern.compile(
      "(?i)^\\s+(?:to|per|against)\\s+(?:the|one|a|each)\\s+(?:U\\.S\\.\\s+|US\\s+|American\\s+)?(dollar|euro|yen|yuan)\\b");
  /** ") per kg" after an amount in brackets, or " ($1.33) per kg" after the amount before the brackets. */
  private static final Pattern BRACKETED = Pattern.compile("^(?:\\)|\\s*\\([^()]{1,24}\\))(?=\\s*(?:per\\b|/))");
  /** "people 65 and older", "adults 18 or over": an age after the people it bounds. */
  private static final Pattern PEOPLE_BEFORE = Pattern.compile(
      "(?i)\\b(?:people|persons|adults|children|men|women|patients|individuals|residents|seniors|those|anyone|everyone)\\s+$");
  /** "29 of the 30 Dow stocks", "Sixteen of the cases": a part of things named after it. */
  private static final Pattern OF_THE = Pattern.compile(
      "^\\s+of\\s+(?:the|these|those|its|their|our|all)(?:\\s+\\d[\\d,.]*)?(?=\\s)");

  /** "zero production", "Zero Emission": a word after zero that is no preposition, unit or clause mark. */
  private static final Pattern ZERO_DETERMINER = Pattern.compile(
      "\\s+(?!(?:in|on|at|by|for|to|from|and|or|but|as|of|with|since|after|before|during|until|this|last|next|percent|per|a|an|the)\\b)\\p{L}");

  /**
   * "more than100 mines", "rose by7.2%": words a page glued onto the number after them ({@code glued-words.tsv}); "Rs.422
   * crore" (Hindustan Times) is 422 crore rupees, the point the abbreviation's, not ".422".
   */
  private static final String GLUED_WORDS = String.join("|", Tsv.read("glued-words.tsv").stream().map(r -> r.get("word")).toList());
  /**
   * Currency signs and codes written against the number ("K2.5 billion" kwacha, "N309.9bn" naira, "R1.2bn" rand,
   * "KSh1.2bn", "NGN62bn"): a single letter is money only before a scaled or grouped amount, and only where the page's
   * country says so ({@link LocalSigns}).
   */
  private static final String LETTER_SIGNS = "K|N|R|Sh|KSh|Ksh|Kshs|TSh|USh|Bs|NGN|ZMW|ZAR|GHS|KES|TZS|UGX|PLN|BRL|IDR|MYR|MXN|KRW|THB|TWD"
      + "|CLP|ARS|KZT|EGP|PKR|MWK|CFA|FCFA|Shs|" + AttachedSigns.ALTERNATION;
  /**
   * Signs that are also words or names ("COP27" the climate conference, "TRY", "PEN", "CFA" the analyst's charter): money only
   * before a scaled or grouped amount. Currency codes that are also labels are marked in currency-codes.tsv (reading grouped).
   */
  private static final Pattern NARROW_SIGN = Pattern.compile("\\p{Lu}|Sh|COP|TRY|PEN|MAD|SAR|BOB|Bs|CFA|Shs");

  private final Lexicon lexicon;
  private final Pattern number;
  private final Pattern wordRange;
  private final Pattern unitAfter;
  private final Pattern scaleAfter;
  private final Pattern currencyBefore;
  private final UnitForms units;
  private final NumberForms forms;
  private final SpokenDecimals spoken;

  public QuantityFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    String words = UnitForms.alternation(lexicon.numberWords().keySet().stream()
        .filter(w -> !w.contains(" ") && lexicon.numberWord(w) >= 1 && lexicon.numberWord(w) == Math.floor(lexicon.numberWord(w))
            && !NumberForms.FACTOR_VERB.matcher(w).matches() && !w.endsWith("fold") && !w.equals("dozen"))
        .toList());
    this.spoken = new SpokenDecimals(lexicon, words);
    // a spoken decimal first: "304-point-three" is one number, not 304 and "three"; the digits' look-ahead at their sign or
    // first digit lets the other positions fail before the dear look-behinds of a currency's letters
    this.number = Pattern.compile("(?<![\\p{L}\\p{N}.,:-])(?<spoken>" + spoken.pattern() + ")(?![\\p{L}\\p{N}])|(?=[+\\-−.\\d])(?!(?<=\\p{L})\\.)(?:(?<![\\p{L}\\p{N}.,:])|(?<=(?<![\\p{L}])(?-i:" + GLUED_WORDS + ")|(?-i:(?<=\\p{Ll})),|(?<![\\p{L}])(?:USD|US|RM|Rs\\.|Rs|EUR|GBP|CNY|RMB|AUD|CAD|INR|JPY|Rp|CHF|Dh|AED|PHP|Php|P|Yn|VND|(?-i:" + LETTER_SIGNS + attachedCodes(lexicon) + "))))(?<!\\p{N}[-–/])(?<sign>[+\\-−])?(?<num>" + DIGITS + ")(?![\\p{N}])"
        + "|(?<![\\p{L}\\p{N}-])(?<word>(?:" + words + ")(?:[- ](?:" + words + "))?|zero|a dozen|a hundred|a thousand|a million|a billion|a trillion)(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE);
    this.wordRange = Pattern.compile("^\\s+to\\s+((?:" + words + ")(?:[- ](?:" + words + "))?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    UnitForms units = new UnitForms(lexicon);
    this.units = units;
    this.unitAfter = units.unitAfter;
    this.scaleAfter = units.scaleAfter;
    this.currencyBefore = units.currencyBefore;
    this.forms = new NumberForms(lexicon, units);
  }

  /** "|RON|NAD|…": the lexicon's currency codes that {@link #LETTER_SIGNS} lacks, also money when written against the number. */
  private static String attachedCodes(Lexicon lexicon) {
    java.util.Set<String> listed = Set.of(LETTER_SIGNS.split("\\|"));
    StringBuilder b = new StringBuilder();
    for (String code : new java.util.TreeSet<>(lexicon.currencyCodes())) if (!listed.contains(code)) b.append('|').append(code);
    return b.toString();
  }

  /** Digits grouped by commas, spaces or dots ("45,000", "21 705", "20.000"): an amount a money code may stand by. */
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,.\\s\\u00A0\\u202F]\\d{3})+(?:\\.\\d+)?|\\d{1,2}(?:,\\d{2})+,\\d{3}");
  /**
   * "20.000 RON": thousands grouped by dots, as European outlets write an amount before its currency code; a round amount (in
   * hundreds) or two groups, since a rate or a pump price is written to three decimals the same way ("1.087 USD", "1.799 EUR").
   */
  private static final Pattern DOT_GROUPED = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})*\\.\\d00|[1-9]\\d{0,2}(?:\\.\\d{3}){2,}");

  /**
   * The quantities of {@code sentence}, whose first character is at article offset {@code base},
   * in text order.
   */
  public List<Quantity> find(String sentence, int base) {
    List<Quantity> out = new ArrayList<>();
    if (LIST_NUMBER.matcher(sentence).matches()) return out; // "1." split off the entry it numbers
    Matcher m = number.matcher(sentence);
    int from = 0;
    while (from < sentence.length() && m.find(from)) {
      Parsed p = parse(sentence, m);
      if (p == null) {
        from = m.end();
        continue;
      }
      out.add(new Quantity(p.value, p.valueMax, p.unit, p.qualifier, p.sign, base + p.start, base + p.end));
      from = p.end;
    }
    forms.addTo(out, sentence, base);
    out.sort(Comparator.comparingInt(Quantity::start));
    return Cents.asDollars(ElidedUnits.fill(PairedUnits.fill(NeighbourPerUnits.fill(out, sentence, base), sentence, base), sentence, base, lexicon));
  }

  /** The patterns of a range's upper end, by their text: one for each currency form written before a range's numbers. */
  private static final java.util.Map<String, Pattern> RANGES = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Pattern PER_OR_OUT_OF_BEFORE = Pattern.compile("(?is).*\\b(?:each|per|one\\s+in|out\\s+of(?:\\s+every)?)\\s+$");
  private static final Pattern TIME_OF_DAY_AFTER = Pattern.compile("^:\\d.*");
  private static final Pattern DECADE_AFTER = Pattern.compile("^['’]?s\\b.*");
  private static final Pattern RANKED_NAME_AFTER = Pattern.compile("^ \\p{Lu}\\p{Ll}+(?<!s) \\p{Lu}\\p{Ll}+\\b.*");
  private static final Pattern DOTTED_CODE_AFTER = Pattern.compile("^\\.\\d.*");
  private static final Pattern CLOSING_BRACKET_AFTER = Pattern.compile("^\\s*\\].*");
  private static final Pattern OPENING_BRACKET_BEFORE = Pattern.compile("(?s).*\\[\\s*$");
  private static final Pattern SCORE_AFTER = Pattern.compile("^[-–]\\d+(?![\\d.,]).*");
  private static final Pattern MONEY_SCALE_LETTER_AFTER = Pattern.compile("^[KMB](?:\\s|$|[,.;)]).*");
  private static final Pattern CAPITAL_AFTER = Pattern.compile("^\\p{Lu}(?:\\s|$|[,.;)]).*");
  /**
   * "a 4-cylinder engine", "a 5-star rating"; "electric 2-wheelers", "the 3-wheeler segment", "2-wheeled EVs": a vehicle class
   * named by its wheels counts no wheels (figures32: Newztezz, Strange India, EvenTackle, The Tribune; FADA's releases write
   * "2-Wheeler", "3-Wheeler").
   */
  private static final Pattern HYPHENED_NOUN_AFTER = Pattern.compile(
      "^-(?:digit|cylinder|door|seat|speed|star|point|page|part|year-high|member|(?i:wheeler|wheeled|wheel))s?\\b.*");
  private static final Pattern STREET_AFTER = Pattern.compile("^\\s+(?:Avenue|Street|St\\.?|Road|Rd\\.?|Drive|Boulevard|Blvd\\.?|Lane|Way|Highway|Route)\\b.*");
  private static final Pattern CLOCK_AFTER = Pattern.compile("(?is)^\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b).*");
  private static final Pattern TIME_ZONE_AFTER = Pattern.compile("^\\s(?:GMT|UTC|ET|EST|EDT|PST|PDT|BST|CET|CEST|IST|JST|HKT|SGT|AEST|local time)\\b.*");
  private static final Pattern HOURS_AFTER = Pattern.compile("^\\s?hrs\\b.*");
  private static final Pattern LETTER_DIGIT_AFTER = Pattern.compile("^\\p{Lu}\\d.*");
  /** "Math.random() * 10e6", "1.5E-3": an exponent written as code writes it; the digits before it are no figure. */
  private static final Pattern EXPONENT_AFTER = Pattern.compile("^[eE][+-]?\\d.*");
  private static final Pattern RANGING_FROM_BEFORE = Pattern.compile("(?is).*\\brang(?:e|es|ed|ing)\\s+from\\s+$");
  private static final Pattern FROM_BEFORE = Pattern.compile("(?s).*\\bfrom\\s+(?:\\S+\\s+)?$");
  /** "15- to 30-percent": a percent sign or word right after a range's upper end. */
  private static final Pattern PERCENT_AFTER = Pattern.compile("^[\\s-]?(?:%|percent\\b|per cent\\b)");
  // "Aluminium added $23 to $1,815", "tin advanced $100 … to $9,900": market reports' verbs of a price's move (MarketMovesTest)
  private static final Pattern MOVED_BEFORE = Pattern.compile("(?is).*\\b(?:rose|fell|jumped|climbed|dropped|surged|declined|gained|lost|increased|decreased|slipped|soared|plunged|added|advanced|eased|slid|tumbled|rallied|up|down|by)\\s+(?:\\S+\\s+)?$");
  private static final Pattern MORE_PARTS_AFTER = Pattern.compile("^,?\\s+(?:and\\s+)?(" + DIGITS + "|[a-z]+)\\s?");
  private static final Pattern SECOND_NUMBER_AFTER = Pattern.compile("^\\s+(?:to|and|or)\\s+(" + DIGITS + ")");
  /** "200,000 EVs monthly", "80 million cars each year"; not "5,132 units a year ago", a base of a year back. */
  private static final Pattern HOW_OFTEN_AFTER = Pattern.compile(
      "^\\s+(monthly|annually|yearly|weekly|daily|a month|a year|each month|each year|every month|every year)\\b"
          + "(?![\\s-]+(?:ago|earlier|before|prior|previously|back)\\b)");
  /** A sentence that is only the number of a numbered list's entry: "1.", "2)". */
  private static final Pattern LIST_NUMBER = Pattern.compile("\\s*\\d{1,2}[.)]\\s*");
  /** "10-plus years": the written-out "110+" of a count of units. */
  private static final Pattern PLUS_WORD_AFTER = Pattern.compile("-plus(?=\\s)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MINUS_BEFORE = Pattern.compile("(?s).*\\bminus\\s+$");

  /**
   * {@code text} from the start of its {@code k}th last run of non-space characters (regex {@code \S}); all of it when it has
   * fewer. The "(?s).*\\bWORDS\\s+$" patterns above (PER_OR_OUT_OF_BEFORE over 3 runs, RANGING_FROM_BEFORE, FROM_BEFORE and
   * MOVED_BEFORE over 2, MINUS_BEFORE over 1) match what follows their ".*" within that many last runs, and a run starts after a
   * space or at the text's start, where the word boundary reads the same: each matches this tail exactly when it matches the
   * whole text, without trying the boundary at every position of a long sentence's prefix.
   */
  static String lastRuns(String text, int k) {
    int i = text.length();
    for (int run = 0; run < k; run++) {
      while (i > 0 && isSpace(text.charAt(i - 1))) i--;
      if (i == 0) return text;
      while (i > 0 && !isSpace(text.charAt(i - 1))) i--;
    }
    return text.substring(i);
  }

  /** Regex {@code \s}: space, tab, new line, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private record Parsed(double value, Double valueMax, String unit, String qualifier, char sign, int start, int end) {}

  private Parsed parse(String s, Matcher m) {
    boolean spokenDecimal = m.group("spoken") != null;
    boolean word = m.group("word") != null || spokenDecimal;
    int start = m.start();
    int end = m.end();
    double value;
    char sign = '\0';
    if (spokenDecimal) {
      value = spoken.value(m.group("spoken"));
    } else if (word) {
      value = wordValue(m.group("word"));
      if (Double.isNaN(value)) return null;
      if (m.group("word").equalsIgnoreCase("zero") && isZeroDeterminer(s.substring(m.end()))) return null;
    } else {
      String num = m.group("num");
      value = plain(num);
      if (m.group("sign") != null) {
        String g = m.group("sign");
        // A hyphen after a letter or digit is a joiner ("F-35", "2-5"), not a minus sign.
        if (g.equals("-") && start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) return null;
        sign = g.equals("+") ? '+' : '-';
      }
      if (start > 0 && s.charAt(start) != '+' && NotQuantities.isNameJoiner(s, start)) return null;
      if (NotQuantities.isCode(s, m.start("num"), m.end("num"), num)) return null;
    }
    String rest = s.substring(end);
    if (!word && ORDINAL_SUFFIX.matcher(rest).find()) return null;
    if (PER_OR_OUT_OF_BEFORE.matcher(lastRuns(s.substring(0, start), 3)).matches()) return null; // "six out of every ten tons"
    if (!word && TIME_OF_DAY_AFTER.matcher(rest).matches()) return null; // a time of day
    if (!word && DECADE_AFTER.matcher(rest).matches()) return null; // "in her 30s", "the '90s": an age group or a decade
    if (!word && rest.startsWith(". ") && s.substring(0, start).isBlank()) return null; // list numbering "1. Flint"
    if (!word && s.substring(0, start).isBlank() && RANKED_NAME_AFTER.matcher(rest).matches()
        && !unitAfter.matcher(rest).lookingAt() && !NotQuantities.isTitleCase(s)) {
      return null; // a ranked list item: "10 Kylian Mbappe: £5.34m cost per goal"
    }
    if (!word && DOTTED_CODE_AFTER.matcher(rest).matches()) return null; // "8505.11.00.70": a dotted code
    if (!word && (NotQuantities.PHONE_NUMBER.matcher(s.substring(Math.max(0, start - 8), Math.min(s.length(), end + 10))).find()
        && Regexes.matches(m.group("num"), "\\d{3,4}|1"))) return null; // "301-496-7631", "(301) 504-7908", "1-800-685-1111"
    if (!word && CLOSING_BRACKET_AFTER.matcher(rest).matches() && OPENING_BRACKET_BEFORE.matcher(s.substring(0, start)).matches()) return null; // "[26]"
    if (!word && SCORE_AFTER.matcher(rest).matches()) {
      // "a 3-0 victory", "2020-21": a score or a season, not a range
      String second = Regexes.replaceFirst(rest, "^[-–](\\d+).*$", "$1");
      if (Double.parseDouble(second) <= value && !m.group("num").contains(".")) return null;
    }
    boolean moneyScale = MONEY_SCALE_LETTER_AFTER.matcher(rest).matches() && currencyBefore.matcher(s.substring(Math.max(0, start - 6), start)).find();
    if (!word && !moneyScale && CAPITAL_AFTER.matcher(rest).matches() && unitAfter.matcher(rest).lookingAt() == false
        && !AttachedScales.capitalScale(m.group("num"), value, rest)) {
      return null; // "95A Street", "350Z"; not "$30M from"
    }
    if (!word && HYPHENED_NOUN_AFTER.matcher(rest).matches()) return null;
    if (!word && STREET_AFTER.matcher(rest).matches()) return null;
    if (!word && CLOCK_AFTER.matcher(rest).matches()) return null; // "9 a.m.", "9 a.m. ET"
    if (!word && TIME_ZONE_AFTER.matcher(rest).matches()) return null; // "by 1417 GMT"
    if (!word && Regexes.matches(m.group("num"), "\\d{4}") && HOURS_AFTER.matcher(rest).matches()) return null; // "at 1417 hrs"; not "2 hrs"
    if (!word && LETTER_DIGIT_AFTER.matcher(rest).matches()) return null; // "1Q17", "3G4"
    if (!word && EXPONENT_AFTER.matcher(rest).matches()) return null; // "10e6": code or an exponent, not 10
    if (!word && rest.startsWith("+")) {
      end++;
      rest = rest.substring(1); // "110+ mph"
    } else if (!word && PLUS_WORD_AFTER.matcher(rest).lookingAt()) {
      end += "-plus".length();
      rest = rest.substring("-plus".length()); // "the company's 10-plus years history"
    }

    // currency before: "$", "US$", "RMB "
    String unit = null;
    Matcher cur = currencyBefore.matcher(s.substring(Math.max(0, start - 6), start));
    boolean letterCurrency = false;
    boolean groupedCode = false;
    String currencyForm = null;
    if (cur.find()) {
      currencyForm = cur.group().strip();
      unit = lexicon.unitBefore(cur.group().strip()).unit();
      start = start - (cur.end() - cur.start());
      letterCurrency = !word && (NARROW_SIGN.matcher(currencyForm).matches() || AttachedSigns.narrow(currencyForm)); // "Sh160,000" (Kenya), not "Sh2"
      groupedCode = lexicon.isGroupedCode(currencyForm); // "SDG 7" is a goal, "SDG 2,500" money
    }

    // scale: "1.243 million", "$5bn"; an attached "m" is a metre in "the 100m sprint", a million in "reached 2.5m in"
    boolean scaled = false;
    boolean money = unit != null && "Currency".equals(UnitTable.get().kind(unit));
    Matcher sc = scaleAfter.matcher(rest);
    Matcher spacedMoney = money && !word ? AttachedScales.spacedMoneyLetter(rest) : null;
    int trillion = money && !word ? AttachedScales.moneyTrillion(rest) : 0;
    if (sc.find()) {
      String scaleWord = Regexes.replaceFirst(sc.group(), "^[\\s\\u00A0-]+", "");
      boolean shortScale = scaleWord.length() == 1;
      String next = NotQuantities.firstWord(rest.substring(sc.end()));
      boolean attachedM = scaleWord.equals("m") && unit == null && !word && sc.start() == 0;
      boolean metre = attachedM && AttachedScales.metre(next, rest.substring(sc.end()), s);
      boolean attachedCapital = sc.start() == 0 && Regexes.matches(scaleWord, "[KMB]") && !word;
      if (!metre && !AttachedScales.tonnes(scaleWord, value, money)
          && (!shortScale || unit != null || attachedCapital || attachedM || units.startsWithWordOrUnit(rest.substring(sc.end())))) {
        value *= lexicon.scale(scaleWord);
        end += sc.end();
        rest = s.substring(end);
        scaled = true;
        Matcher compound = CompoundNumbers.after(rest, scaleWord, lexicon);
        if (compound != null) { // "1 million 300 thousand tons"
          value += CompoundNumbers.value(compound, lexicon);
          end += compound.end();
          rest = s.substring(end);
        }
      }
    } else if (spacedMoney != null) { // "cigarettes ($273 m)"
      value *= lexicon.scale(spacedMoney.group(1));
      end += spacedMoney.end();
      rest = s.substring(end);
      scaled = true;
    } else if (trillion > 0) { // "totalled $2.7t"
      value *= lexicon.scale("tn");
      end += trillion;
      rest = s.substring(end);
      scaled = true;
    }

    if (groupedCode && !scaled && (word || !GROUPED.matcher(m.group("num")).matches())) {
      if (m.start() == start + currencyForm.length()) return null; // "SDG7": a label
      unit = null;
      start = m.start();
    }
    if (letterCurrency && !scaled && !m.group("num").contains(",")) {
      // A one-letter currency sign ("P112.66 billion" pesos, "P1,250") stands before scaled or grouped money only:
      // "P50" is a probability estimate, "P2" a name.
      if (m.start() == start + currencyForm.length()) return null;
      unit = null;
      start = m.start();
    }

    // ranges: "10%-25%", "2-5 kg", "2 to 3 weeks", "between 300 and 400 t", "$3.75 to $4.25 per pound",
    // "40 m.p.h. to 318 m.p.h.", "1.26-million ounces and 1.33-million ounces"
    // "1.5 × 1011 m", "2.26 × 10−4 excess deaths": scientific notation whose superscript the page lost
    Matcher sci = SCIENTIFIC.matcher(rest);
    if (!word && sci.find()) {
      value *= Math.pow(10, Integer.parseInt(sci.group(1).replace('−', '-')));
      end += sci.end();
      rest = s.substring(end);
      scaled = true;
    }
    String firstUnit = null;
    int skip = 0;
    Matcher u = unitAfter.matcher(rest);
    if (u.find()) {
      firstUnit = u.group().strip();
      skip = u.end();
    }
    Double valueMax = null;
    String before = s.substring(0, start).toLowerCase(Locale.ROOT);
    boolean between = before.endsWith("between ");
    // "from 5 to 10", "jumped US$5 to US$41.75": a change and a level, not a range
    // "increases ranging from 19% to 21%", "range from zero to 7.5%": the span of a range, not a change
    String tail = lastRuns(before, 2);
    boolean ranging = RANGING_FROM_BEFORE.matcher(tail).matches();
    boolean fromTo = !between && !ranging && FROM_BEFORE.matcher(tail).matches()
        || !between && MOVED_BEFORE.matcher(tail).matches();
    // "RMB94,000~96,000/t": Chinese market reports write ranges with a tilde
    // "between Rs 17,000 and Rs 66,000", "RMB 0.8 to RMB 0.9 per Wh": the upper end repeats the lower end's currency
    String repeated = currencyForm == null ? "" : "|" + Pattern.quote(currencyForm) + "[ \\u00A0]?";
    Matcher range = RANGES.computeIfAbsent("^(?:-\\s+to\\s+|\\s?[-–—‐−~～]\\s?|\\s+to\\s+" + (between ? "|\\s+and\\s+" : "")
        + ")(?:US\\$|\\$|€|£|¥" + repeated + ")?(" + DIGITS + ")(?![\\d])", Pattern::compile).matcher(rest.substring(skip));
    if (range.find()) {
      boolean dash = Regexes.matches(range.group(), "^\\s?[-–—‐−~～].*");
      double max = plain(range.group(1));
      // "1.1m - 330,000 (41%) up": an upper end written with its thousands takes no scale of the lower end's
      double scale = scaled && !word && !GROUPED.matcher(range.group(1)).matches() ? value / plain(m.group("num")) : 1;
      String afterMax = rest.substring(skip + range.end());
      Matcher sc2 = scaleAfter.matcher(afterMax);
      String scale2 = sc2.find() ? Regexes.replaceFirst(sc2.group(), "^[\\s\\u00A0-]+", "") : null;
      boolean ownScale = scale2 != null && (scale2.length() > 1 || units.startsWithWordOrUnit(afterMax.substring(sc2.end())));
      double maxValue = ownScale ? max * lexicon.scale(scale2) : max * scale;
      // "10% to 25%" is a range, "up 4% to 31,000 tonnes" is not: a unit before the second number recurs after it
      // "surges by 20 to 25%": a bare lower end the upper end's percent covers is a range's, not a change's before a level
      // ("rose 0.3 to 4.1%" stays a change and a level: the change is far below the level)
      boolean sharedPercent = fromTo && !FROM_BEFORE.matcher(tail).matches() && unit == null && firstUnit == null && !scaled && !word
          && PERCENT_AFTER.matcher(afterMax).lookingAt() && value * 2 >= max && value < max;
      boolean ok = !(fromTo && !dash && !sharedPercent) && !(dash && word && !scaled)
          && !(!scaled && NotQuantities.isDateOrYear(s, m.start(), m.end(), value, m.group("num"))); // "from 2023 to 4.5 trillion yen"
      if (ok && firstUnit != null) {
        Matcher u2 = unitAfter.matcher(ownScale ? afterMax.substring(sc2.end()) : afterMax);
        Lexicon.Unit l1 = lexicon.unit(firstUnit);
        // "10%-25%", "200,000RMB-300,000RMB": a percent or a currency written after both ends of a dashed range
        ok = (!dash || isPercent(firstUnit) || l1 != null && "Currency".equals(UnitTable.get().kind(l1.unit()))) && u2.find() && l1 != null && lexicon.unit(u2.group().strip()) != null
            && l1.unit().equals(lexicon.unit(u2.group().strip()).unit());
      }
      if (ok && dash && !scaled && !word && range.group(1).endsWith(",000") && value < 1000 && value == Math.rint(value)
          && value * 1000 < maxValue && maxValue <= value * 2000) {
        value *= 1000; // "US$14–16,000/t": the lower end written without its thousands
      }
      // "22.75-22.8 thousand tonnes", "44-45 million yuan/ton": a scale written once, after the range, scales both ends
      if (ok && ownScale && !scaled && !word && value * lexicon.scale(scale2) <= maxValue) value *= lexicon.scale(scale2);
      if (ok && maxValue > value) {
        valueMax = maxValue;
        end += skip + range.end();
        rest = s.substring(end);
        if (ownScale) {
          end += sc2.end();
          rest = s.substring(end);
        }
        if (between) start -= "between ".length();
      }
    }
    if (word && valueMax == null && !fromTo) {
      // "licenses typically taking two to three months": a range of number words
      Matcher wr = wordRange.matcher(rest);
      if (wr.lookingAt() && !Double.isNaN(wordValue(wr.group(1))) && wordValue(wr.group(1)) > value) {
        valueMax = wordValue(wr.group(1));
        end += wr.end();
        rest = s.substring(end);
      }
    }
    u = unitAfter.matcher(rest);

    if (u.find() && units.acceptUnit(u.group(), rest, unit, s)) {
      String form = units.formOf(u.group());
      Lexicon.Unit lu = lexicon.unit(form);
      // "10 AWG" is a wire gauge, "SDG 7" a goal: a code that is also a label is money only by a scaled or grouped amount
      if (lu != null && unit == null && lexicon.isGroupedCode(form) && !scaled && (word || !GROUPED.matcher(m.group("num")).matches())) lu = null;
      // "the 20.000 RON voucher": a code after dot-grouped thousands; not a price per unit ("1.250 USD/kg")
      if (lu != null && unit == null && !word && !scaled && valueMax == null && lexicon.isCurrencyCode(form)
          && DOT_GROUPED.matcher(m.group("num")).matches() && !Regexes.matches(rest.substring(u.end()), "^\\s*(?:/|per\\b).*")) {
        value = Double.parseDouble(m.group("num").replace(".", ""));
      }
      // "$5,000 CAD", "$300 MXN": the code after a bare dollar sign names which dollar (or peso) it is
      if (lu != null && "$".equals(currencyForm) && "USD".equals(unit) && lexicon.isCurrencyCode(form)) unit = lu.unit();
      if (lu != null && unit == null) {
        unit = lu.unit();
        // "1.3-million ounces" of output: nobody weighs that much in avoirdupois ounces
        if (unit.equals("ounce") && (PRECIOUS.matcher(s).find() || value >= 1000)) unit = "troy-ounce";
        value *= lu.multiplier();
        if (valueMax != null) valueMax *= lu.multiplier();
      } else if (lu != null && unit != null && lu.unit().equals(unit)) {
        // "US$ 5 billion USD" — the code again
      } else if (lu != null && unit.equals("USD") && lu.unit().equals("USc")) {
        unit = "USc";
      }
      if (lu != null && (unit.equals(lu.unit()) || unit.equals("USc") || unit.equals("troy-ounce"))) {
        end += u.end();
        rest = s.substring(end);
      }
    }
    // "34,860 electric vehicle charging points": a unit word modifying the counted compound after it (counted-nouns.tsv)
    if (unit != null && UnitTable.get().isCounted(unit)) {
      // "10,000 electric vehicle (EV) charging stations": the bracketed short form is an aside before the compound
      int aside = CountedNouns.acronymAside(rest);
      CountedNouns.Compound compound = CountedNouns.get().compoundAfter(rest.substring(aside));
      // "12 major vehicle manufacturers", "122 EV models": the unit word modifies the noun the number counts
      if (compound == null && valueMax == null) compound = CountedNouns.get().headAfter(lexicon, s.substring(start, end), rest.substring(aside), value == 1);
      if (compound != null) {
        unit = compound.unit();
        end += aside + compound.end();
        rest = s.substring(end);
      }
    }
    // "18 hours and 40 minutes", "42 km 195 m", "5 feet 3 inches": one amount in the first unit
    if (unit != null && valueMax == null && !"Currency".equals(UnitTable.get().kind(unit))) {
      Matcher more = MORE_PARTS_AFTER.matcher(rest);
      if (more.find()) {
        Matcher u4 = unitAfter.matcher(rest.substring(more.end() - (rest.charAt(more.end() - 1) == ' ' ? 1 : 0)));
        Double part = Regexes.matches(more.group(1), "[\\d.,\\s\\u00A0\\u202F]+") ? Double.valueOf(plain(more.group(1))) : lexicon.numberWord(more.group(1));
        if (part != null && u4.find()) {
          Lexicon.Unit lu = lexicon.unit(units.formOf(u4.group()));
          var inFirst = lu == null ? java.util.OptionalDouble.empty() : UnitTable.get().convert(part * lu.multiplier(), lu.unit(), unit);
          // the part's unit is the smaller one: "2.4 million tonnes and 1.06 million tonnes" lists two amounts (missed36)
          var oneInFirst = lu == null ? java.util.OptionalDouble.empty() : UnitTable.get().convert(lu.multiplier(), lu.unit(), unit);
          if (inFirst.isPresent() && inFirst.getAsDouble() < (value == 0 ? 1 : Math.abs(value)) && !lu.unit().equals(unit)
              && oneInFirst.isPresent() && oneInFirst.getAsDouble() < 1) {
            value += inFirst.getAsDouble();
            end += more.end() - (rest.charAt(more.end() - 1) == ' ' ? 1 : 0) + u4.end();
            rest = s.substring(end);
          }
        }
      }
    }
    Matcher times = TIMES.matcher(rest);
    if (unit == null && times.find()) {
      // "raised interest rates five times this year": a number of occasions, not a factor
      unit = Regexes.matches(rest.substring(times.end()), "(?i)^\\s+(?:this|last|a|per|in|since|during|so far|already|each|every|before|over the)\\b.*")
          ? "count" : "factor";
      end += times.end();
      rest = s.substring(end);
    }

    // "the first made-in-China Model 3 vehicles", "the Model 3 electric vehicle": a number in a product's name, as a counted noun
    // after a name is ("Model 3 cars", below), though the lexicon reads "vehicles" as a unit.
    if (unit != null && !scaled && "Count".equals(UnitTable.get().kind(unit)) && NotQuantities.isAfterName(s, m.start())) return null;
    // counted nouns: "12,000 jobs", "3 million people", "Three large wildfires"
    if (unit == null && !(NotQuantities.isAfterName(s, m.start()) && !scaled)) {
      int[] span = new int[1];
      String noun = CountedNouns.get().after(lexicon, rest, span, value == 1 && valueMax == null, word);
      if (noun != null) {
        unit = noun;
        end += span[0];
        rest = s.substring(end);
      }
    }

    // "1.243 million units", "227,000 units" in a sentence about cars: vehicles (not "three counts")
    boolean unitsOfSomething = "count".equals(unit) && Regexes.matches(s.substring(start, end), "(?s).*\\b[Uu]nits?$");
    // … but not where "the number of public EV chargers … reaching over 5 million" names the thing (NumberOfNouns, ElidedUnits)
    if ((unit == null && scaled && !NumberOfNouns.names(lexicon, s.substring(0, start)) || unitsOfSomething)
        && VEHICLE_CONTEXT.matcher(s).find()) unit = "vehicle";
    // per unit: "$40,000 per tonne", "tonnes a year", "80 million cars each year", "$2.50/lb"
    if (unit != null && !unit.equals("percent") && !unit.equals("factor") && !unit.equals("percentage-point")
        && !unit.contains("/")) {
      Matcher per = PER.matcher(rest);
      if (per.find()) {
        String after = rest.substring(per.end());
        Matcher pu = unitAfter.matcher(after);
        String perUnit = null;
        int perEnd = 0;
        if (pu.find() && !pu.group().startsWith(" ") && !pu.group().strip().startsWith("-")) {
          Lexicon.Unit lu = lexicon.unit(units.formOf(pu.group()));
          if (lu != null && !lu.unit().contains("/")) {
            perUnit = lu.unit();
            if (perUnit.equals("ounce") && PRECIOUS.matcher(s).find()) perUnit = "troy-ounce";
            perEnd = pu.end();
          }
        } else {
          Matcher w = Regexes.get("^(annum|capita|head|person|unit|share|barrel)\\b").matcher(after);
          if (w.find()) {
            perUnit = switch (w.group(1)) {
              case "annum" -> "year";
              case "capita", "head" -> "person";
              default -> w.group(1);
            };
            perEnd = w.end();
          }
        }
        if (perUnit == null && Regexes.matches(per.group().strip(), "(?i)per|/")) {
          Matcher noun = Regexes.get("^(?:gold\\s+|silver\\s+)?(\\p{Ll}[\\p{Ll}-]*)").matcher(after);
          if (noun.find() && !CountedNouns.MODIFIER_STOP.contains(noun.group(1)) && !noun.group(1).equals("cent")) {
            String n = CountedNouns.get().singular(noun.group(1), false);
            perUnit = n != null ? n : noun.group(1); // "460 milligrams per sitting", "Rs 1,975 per quintal"
            Lexicon.Unit nu = lexicon.unit(noun.group(1));
            if (nu != null && nu.multiplier() == 1) perUnit = nu.unit();
            if (perUnit.equals("ounce") && (PRECIOUS.matcher(s).find() || noun.group().startsWith("gold"))) perUnit = "troy-ounce";
            perEnd = noun.end();
          }
        }
        // "$1.31 billion a year ago" is a point in time; "$67,196/tonne before 25% export duty" (a slash or "per") stays a price
        // per tonne
        if (perUnit != null && ("Time".equals(UnitTable.get().kind(perUnit)) || !Regexes.matches(per.group().strip(), "(?i)per|/"))
            && Regexes.matches(after.substring(perEnd), "(?i)^[\\s-]+(?:ago|earlier|before)\\b.*")) perUnit = null;
        boolean currency = UnitTable.get().kind(unit) != null && UnitTable.get().kind(unit).equals("Currency");
        boolean timeRate = perUnit != null && "Time".equals(UnitTable.get().kind(perUnit));
        boolean article = Regexes.matches(per.group().strip(), "(?i)a|an");
        boolean perWord = Regexes.matches(per.group().strip(), "(?i)per|/");
        if (perUnit != null && !perUnit.equals(unit) && (currency || timeRate || perWord) && !(article && !timeRate && !currency)) {
          unit = UnitForms.compound(unit, perUnit);
          end += per.end() + perEnd;
          rest = s.substring(end);
        }
      }
    }
    if (unit != null && "Currency".equals(UnitTable.get().kind(unit))) {
      Matcher fx = FX_PER.matcher(rest);
      Matcher bracket = BRACKETED.matcher(rest);
      if (fx.find()) {
        // "¥108 to the U.S. dollar": an exchange rate, yen per dollar
        Lexicon.Unit cu = lexicon.unit(fx.group(1).toLowerCase(Locale.ROOT));
        if (cu != null && !cu.unit().equals(unit)) unit = unit + "/" + cu.unit();
      } else if (bracket.find()) {
        // "900 CFA francs ($1.33) per kilogramme", "$1.33) per kilogramme": the per-unit after a bracketed
        // conversion is the unit of both amounts; the quotes stay the amounts as written
        Matcher per = PER.matcher(rest.substring(bracket.end()));
        if (per.find() && Regexes.matches(per.group().strip(), "(?i)per|/")) {
          Matcher pu = unitAfter.matcher(" " + rest.substring(bracket.end() + per.end()));
          Lexicon.Unit lu = pu.find() ? lexicon.unit(units.formOf(pu.group())) : null;
          if (lu != null && !lu.unit().contains("/") && !"Currency".equals(UnitTable.get().kind(lu.unit()))) {
            unit = UnitForms.compound(unit, lu.unit().equals("ounce") && PRECIOUS.matcher(s).find() ? "troy-ounce" : lu.unit());
          }
        }
      }
    }

    if (!scaled && valueMax == null && unit != null && m.start() == start && NotQuantities.isDateOrYear(s, m.start(), m.end(), value, m.group("num"))
        && (UnitTable.get().isCounted(unit) || Regexes.matches(before, "(?s).*\\b(?:in|of|since|from|during|until|adjusted|constant|fiscal)\\s+$"))
        && !"Time".equals(UnitTable.get().kind(unit)) && !unit.equals("percent")) {
      return null; // "inflation-adjusted 2008 dollars", "depletion of 2017 operations"
    }
    if (unit == null && !word && !scaled && value <= 120 && value == Math.rint(value)
        && (AGE_BEFORE.matcher(s.substring(0, start)).find() && Regexes.matches(rest, "^\\s*[,)].*")
            || Regexes.matches(before, "(?s).*\\b(?:aged|ages|younger than|older than)\\s+$")
            || PEOPLE_BEFORE.matcher(before).find() && Regexes.matches(rest, "(?i)^\\s+(?:and|or)\\s+(?:older|over|up)\\b.*"))) {
      unit = "year"; // "Braden Arcand, 26, is facing charges", "Americans aged 20 to 79"
    }
    if (unit == null && !word && valueMax == null && !NotQuantities.isDateOrYear(s, m.start(), m.end(), value, m.group("num"))) {
      // "from 9 to 13 years": the unit stated after the second number
      Matcher next = SECOND_NUMBER_AFTER.matcher(rest);
      if (next.find()) {
        Matcher u3 = unitAfter.matcher(rest.substring(next.end()));
        if (u3.find() && units.acceptUnit(u3.group(), rest.substring(next.end()), null, s)) {
          Lexicon.Unit lu = lexicon.unit(units.formOf(u3.group()));
          // "the remaining 16 or 29%": a count restated as a share, not a percent itself
          boolean restatedShare = next.group().strip().startsWith("or") && lu != null && lu.unit().equals("percent");
          if (lu != null && lu.multiplier() == 1 && !restatedShare) unit = lu.unit();
        }
      }
    }
    Matcher often = HOW_OFTEN_AFTER.matcher(rest);
    if (unit != null && !unit.contains("/") && !"Time".equals(UnitTable.get().kind(unit)) && UnitTable.get().isCounted(unit) && often.find()) {
      unit = unit + "/" + switch (Regexes.replaceFirst(often.group(1), "^(?:a|each|every) ", "")) {
        case "monthly", "month" -> "month";
        case "weekly" -> "week";
        case "daily" -> "day";
        default -> "year";
      };
      end += often.end(); // "200,000 EVs monthly", "80 million cars each year"
      rest = s.substring(end);
    }
    if (unit == null && word && !spokenDecimal && m.group("word").equalsIgnoreCase("zero")) unit = "count"; // "cut rates to zero"
    Matcher ofThe = OF_THE.matcher(rest);
    if (unit == null && !scaled && valueMax == null && !(word && value == 1) && ofThe.find()) {
      // "Sixteen of the cases", "29 of the 30 Dow stocks": the number counts the things named after it
      String noun = CountedNouns.get().after(lexicon, rest.substring(ofThe.end()), new int[1], false, false);
      if (noun != null) unit = noun;
    }
    if (unit == null) {
      if (word && !scaled) return null; // "one of the", "two months later", "three factors"
      if (!scaled && DURATION_AFTER.matcher(rest).find()) return null; // "the first 10 months", "over 20 years"
      if (!scaled && NotQuantities.isDateOrYear(s, m.start(), m.end(), value, m.group("num"))) return null;
      if (!scaled && NotQuantities.isAfterName(s, m.start())) return null;
      if (!scaled && NotQuantities.PHONE.matcher(rest).find()) return null;
      unit = "count";
    }
    if ("Time".equals(UnitTable.get().kind(unit)) && valueMax == null
        && (PERIOD_BEFORE.matcher(s.substring(0, start)).find() || PERIOD_AFTER.matcher(rest).find()
        || SINCE_BEFORE.matcher(s.substring(0, m.start())).find())) {
      return null; // "in the first seven months", "a six-month high", "two years ago"
    }
    // a number written negative is negative: "-37C", "minus 78 degrees", "GDP shrinks -0.3%"
    if (sign == '-' || MINUS_BEFORE.matcher(lastRuns(before, 1)).matches() && !unit.equals("count")) {
      value = -value;
      if (valueMax != null) valueMax = -valueMax;
    }

    // "~26%", "≈306 t", "around ~80%": the sign is the number's "about", unless a qualifier word stands before it
    int approximate = between ? 0 : ApproximateSigns.length(s.substring(0, start));
    start -= approximate;
    String qualifier = between ? null : Qualifiers.before(s.substring(0, start).toLowerCase(Locale.ROOT));
    if (qualifier != null) start -= qualifier.length() + 1;
    qualifier = Qualifiers.reported(qualifier);
    if (qualifier == null && approximate > 0) qualifier = ApproximateSigns.QUALIFIER;
    if (qualifier == null && !between) {
      // "sales exceeded 30 million" (more than), "will not exceed RMB 30,000" (no more than), "crossed the one million mark"
      qualifier = Qualifiers.bound(s.substring(0, start), rest);
    }
    if (qualifier == null) qualifier = Qualifiers.after(rest);
    return new Parsed(round(value), valueMax == null ? null : round(valueMax), unit, qualifier, sign, start, end);
  }

  /**
   * "reported zero production", "Zero Emission Vehicle Mandate": zero before a mass noun or in a name counts
   * nothing; "zero new cars", "zero tonnes", "to zero in December" keep it.
   */
  private boolean isZeroDeterminer(String rest) {
    if (!ZERO_DETERMINER.matcher(rest).lookingAt() || unitAfter.matcher(rest).lookingAt()) return false;
    String next = rest.strip().split("[^\\p{L}-]", 2)[0];
    if (Character.isUpperCase(next.charAt(0))) return true;
    int[] span = new int[1];
    return CountedNouns.get().after(lexicon, rest, span, false, false) == null;
  }

  /** 8.232 × 10⁶ computes as 8231999.999999999 in binary; 12 significant digits is what any text states. */
  static double round(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
  }

  private static boolean isPercent(String form) {
    return form.equals("%") || form.equalsIgnoreCase("percent") || form.equalsIgnoreCase("per cent");
  }

  private double wordValue(String w) {
    String l = Regexes.replaceFirst(w.toLowerCase(Locale.ROOT), "^a ", "");
    Double whole = lexicon.numberWord(l);
    if (whole != null) return whole;
    String[] parts = l.split("[- ]");
    double total = 0;
    for (String p : parts) {
      Double v = lexicon.numberWord(p);
      Double scale = v == null ? lexicon.scale(p) : null;
      if (v == null && scale == null) return Double.NaN;
      if (scale != null) total = (total == 0 ? 1 : total) * scale; // "a thousand", "a billion"
      else total = v == 100 && total > 0 ? total * 100 : total + v;
    }
    return total;
  }

}
