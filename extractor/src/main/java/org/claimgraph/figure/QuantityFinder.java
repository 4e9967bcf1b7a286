package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.UnitTable;

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
 */
public final class QuantityFinder {

  /** 1,234.5; 11,89,237 (Indian grouping); 300 000 (grouped by spaces); 12.5; .5 */
  private static final String DIGITS = "\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?"
      + "|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d.,])|\\d+(?:\\.\\d+)?|\\.\\d+";
  private static final Pattern DURATION_AFTER = Pattern.compile(
      "(?i)^[\\s-]*(?:months?|years?|weeks?|days?|hours?|minutes?|quarters?|decades?|centuries|century)\\b");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("^(st|nd|rd|th)\\b");
  private static final Pattern FACTOR_VERB = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:(more than|nearly|almost|over|about|roughly|less than) )?(doubled|tripled|trebled|quadrupled|halved"
          + "|doubling|tripling|double|triple|twice)(?![\\p{L}])");
  /** "double the amount", "more than double", "twice as many": multiplicatives used as numbers. */
  private static final Pattern FACTOR_NOUN_CONTEXT = Pattern.compile(
      "(?i)^\\s+(?:the|that|as|its|their|what|from|to|over|since|this|last)\\b");
  private static final Pattern TIMES = Pattern.compile("^[\\s-]*(?:more\\s+)?(times|fold|-fold)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  private static final Pattern PER = Pattern.compile("^\\s*(?:(?:for\\s+each|for\\s+every|per|a|an|each|every)\\b|/)\\s*");
  /** A fraction of a whole: "a third of", "half of", "two-thirds of", "nearly half the". */
  private static final Pattern FRACTION = Pattern.compile(
      "(?i)(?<![\\p{L}-])(a third|a quarter|a half|a fifth|a tenth|one-fifth|one fifth|a fourth|one-third|one third|one-quarter|one quarter|one-half|two-thirds|two thirds"
          + "|three-quarters|three quarters|(?<!(?:first|second|the|and a|nearing|than a) )(?<![\\p{L}-])half)(?= (?:of|the|its|their|all|in|a|are|were|is|was|\\p{N})\\b|,|\\.)");
  /**
   * "the first 10 months", "in the 12 months to June": a calendar period, not a figure. A span of
   * change ("over the past five years", "the next 60 days", "two weeks ago") is a duration and
   * counts; "two months later" marks a point in a story, as "a six-month high" marks a record.
   */
  private static final Pattern PERIOD_BEFORE = Pattern.compile("(?i)\\b(?:first|initial|same)\\s+$");
  /** "in a single month", "for a year", "at least an hour": "a" is the number 1 before a time unit. */
  private static final Pattern ONE_SPAN = Pattern.compile(
      "(?i)(?:(?<=\\b(?:in|for|within|during|at least|over|than|about|around|nearly|almost|roughly|under|up to|past) )"
          + "(?:a|an|a single|one|a whole|a full)|^(?:a single|one))\\s+(year|month|week|day|hour|minute|second|megawatt|gigawatt|metric ton|tonne|ton)"
          + "(?![\\p{L}-])(?!\\s+(?:ago|earlier|later|after|before|or two)\\b)");
  /** "half a billion dollars", "half a million people". */
  private static final Pattern HALF_SCALE = Pattern.compile(
      "(?i)(?<![\\p{L}])half an? (million|billion|trillion)(?: (dollars|euros|pounds|yuan|yen|tonnes|tons|barrels))?(?![\\p{L}])");
  /** "one in five", "one out of three", "1 in 35": a share. */
  private static final Pattern ONE_IN = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}.,])(one|two|three|four|[1-9])\\s+(?:in|out\\s+of)\\s+(\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a hundred|a thousand)(?![\\p{L}\\p{N}])");
  /** "1/4 mile", "5+1⁄2 hours": a fraction (with a whole part) before a unit; not "2/15/2013". */
  private static final Pattern UNIT_FRACTION = Pattern.compile("(?<![\\d/⁄.,-])(?:(\\d{1,3})\\+)?(\\d{1,2})\\s?[/⁄](\\d{1,2})(?![\\d/⁄])");
  /** Race times in clock notation: "2:00:35", "1:59:40.2". */
  private static final Pattern CLOCK = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2}):(\\d{2}(?:\\.\\d+)?)(?![\\d:])");
  /** "the highest in nearly nine months", "its first snowfall in seven years": a period. */
  private static final Pattern SINCE_BEFORE = Pattern.compile(
      "(?i)\\b(?:highest|lowest|first|biggest|largest|best|worst|strongest|weakest|fastest|slowest|longest|most|least|since|top"
          + "|closest|nearest|hottest|coldest|warmest|wettest|driest|deadliest|busiest|heaviest|earliest|latest|sharpest|steepest|smallest)\\b[^.;]*\\b(?:in|for)\\s+(?:(?:nearly|almost|more than|over|about|some|around)\\s+)?(?:the\\s+)?(?:(?:last|past)\\s+)?$");
  private static final Pattern PERIOD_AFTER = Pattern.compile(
      "(?i)^(?:[\\s-]+(?:high|low|peak|record|highs|lows|peaks|later|to\\s+\\p{Lu}|through|ended|ending)\\b|\\s+of\\s+(?:(?:fiscal\\s+)?(?:19|20)\\d\\d|the\\s+year|this\\s+year|last\\s+year)\\b)");
  private static final Pattern SCIENTIFIC = Pattern.compile("^\\s?[×x]\\s?10([−-]?\\d{1,2})(?!\\d)");
  private static final Set<String> METRE_CONTEXT = Set.of("sprint", "hurdles", "race", "freestyle", "backstroke",
      "breaststroke", "butterfly", "relay", "dash", "tall", "high", "long", "deep", "wide", "above", "below", "away",
      "final", "medley", "run", "swim", "record");
  private static final Set<String> ATTACHED_ONLY = Set.of("C", "F", "L", "l", "h", "m", "R", "p", "ly", "in.", "mi", "ct", "pc",
      "min", "sec", "cal", "gal", "hr");
  /** Ounces in news about precious metals or their mines are troy ounces. */
  private static final Pattern PRECIOUS = Pattern.compile(
      "(?i)\\b(gold|silver|platinum|palladium|bullion|precious|reserves?|ore|mines?|mining|miner|grading|g/t|AISC|GEOs?|koz|Moz|sustaining|cash costs?)\\b");
  private static final Pattern VEHICLE_CONTEXT = Pattern.compile(
      "(?i)\\b(NEVs?|vehicles?|cars?|EVs?|BEVs?|PHEVs?|autos?|automakers?|carmakers?|Tesla|BYD|deliveries)\\b");
  /** "Braden Arcand, 26, is", "Stevenage man, 68, arrested": an age. */
  private static final Pattern AGE_BEFORE = Pattern.compile(
      "(?:\\p{Lu}\\p{Ll}+|\\b(?:man|woman|boy|girl|teenager|teen|mother|father|son|daughter|driver|victim|resident|wife|husband))\\s*,\\s*$");

  /** "-22.4C (-8.3 F)": in a sentence with a temperature, a detached C or F is a degree too. */
  private static final Pattern TEMPERATURE = Pattern.compile("°|\\d[CF]\\b|(?i:\\bdegrees?\\b|celsius|fahrenheit)");
  /** "people 65 and older", "adults 18 or over": an age after the people it bounds. */
  private static final Pattern PEOPLE_BEFORE = Pattern.compile(
      "(?i)\\b(?:people|persons|adults|children|men|women|patients|individuals|residents|seniors|those|anyone|everyone)\\s+$");
  /** "29 of the 30 Dow stocks", "Sixteen of the cases": a part of things named after it. */
  private static final Pattern OF_THE = Pattern.compile(
      "^\\s+of\\s+(?:the|these|those|its|their|our|all)(?:\\s+\\d[\\d,.]*)?(?=\\s)");

  private final Lexicon lexicon;
  private final Pattern number;
  private final Pattern unitAfter;
  private final Pattern scaleAfter;
  private final Pattern currencyBefore;

  public QuantityFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    String words = alternation(lexicon.numberWords().keySet().stream()
        .filter(w -> !w.contains(" ") && lexicon.numberWord(w) >= 1 && lexicon.numberWord(w) == Math.floor(lexicon.numberWord(w))
            && !FACTOR_VERB.matcher(w).matches() && !w.endsWith("fold") && !w.equals("dozen"))
        .toList());
    this.number = Pattern.compile("(?:(?<![\\p{L}\\p{N}.,:])|(?<=(?<![\\p{L}])(?:USD|US|RM|Rs|EUR|GBP|CNY|RMB|AUD|CAD|INR|JPY|Rp|CHF|Dh|AED)))(?<!\\p{N}[-–/])(?<sign>[+\\-−])?(?<num>" + DIGITS + ")(?![\\p{N}])"
        + "|(?<![\\p{L}\\p{N}-])(?<word>(?:" + words + ")(?:[- ](?:" + words + "))?|zero|a dozen|a hundred|a thousand|a million|a billion|a trillion)(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE);
    List<String> after = new ArrayList<>(lexicon.units().keySet());
    List<String> before = new ArrayList<>(lexicon.unitsBefore().keySet());
    // forms as written, then lower-case words of four letters or more in any case ("Megawatt", "Homes")
    List<String> anyCase = after.stream().filter(f -> f.length() >= 4 && f.equals(f.toLowerCase(Locale.ROOT))).toList();
    this.unitAfter = Pattern.compile("^(?:[ \\u00A0]|[-‑‐](?=\\p{L}))?(?:" + alternation(after) + "|(?i:" + alternation(anyCase)
        + "))(?![\\p{L}\\p{N}²³])");
    List<String> scales = new ArrayList<>(lexicon.scales().keySet());
    this.scaleAfter = Pattern.compile("^(?:[ \\u00A0-]?(?i:" + alternation(scales.stream().filter(s -> s.length() > 1).toList())
        + ")|(?:" + alternation(scales.stream().filter(s -> s.length() == 1).toList()) + "))(?![\\p{L}])");
    this.currencyBefore = Pattern.compile("(?<![\\p{L}])(?:" + alternation(before) + ")[ \\u00A0]?$");
  }

  /**
   * The quantities of {@code sentence}, whose first character is at article offset {@code base},
   * in text order.
   */
  public List<Quantity> find(String sentence, int base) {
    List<Quantity> out = new ArrayList<>();
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
    Matcher f = FACTOR_VERB.matcher(sentence);
    while (f.find()) {
      String verb = f.group(2).toLowerCase(Locale.ROOT);
      if (overlaps(out, base + f.start(2), base + f.end(2))) continue;
      boolean asNoun = verb.equals("double") || verb.equals("triple") || verb.equals("twice");
      String rest = sentence.substring(f.end());
      // "double the amount", "more than double", "twice as many" are figures; "a double bed", "twice a day" are not.
      if (asNoun && !(f.group(1) != null || FACTOR_NOUN_CONTEXT.matcher(rest).find())) {
        // "broke the record twice in two days": a number of times, not a factor
        if (verb.equals("twice") && !rest.matches("(?i)^\\s+(?:a|an|per|each)\\b.*")) {
          out.add(new Quantity(2, null, "count", null, '\0', base + f.start(2), base + f.end(2)));
        }
        continue;
      }
      double v = switch (verb) {
        case "doubled", "doubling", "double", "twice" -> 2;
        case "tripled", "trebled", "tripling", "triple" -> 3;
        case "quadrupled" -> 4;
        default -> 0.5;
      };
      out.add(new Quantity(v, null, "factor", f.group(1) == null ? null : f.group(1).toLowerCase(Locale.ROOT), '\0',
          base + f.start(), base + f.end()));
    }
    Matcher fr = FRACTION.matcher(sentence);
    while (fr.find()) {
      if (overlaps(out, base + fr.start(), base + fr.end())) continue;
      String w = fr.group(1).toLowerCase(Locale.ROOT).replace(' ', '-').replaceFirst("^(a|one)-", "a ");
      Double v = lexicon.numberWord(w.replace("a-", "a "));
      if (v == null) v = lexicon.numberWord(fr.group(1).toLowerCase(Locale.ROOT));
      if (v == null) continue;
      int start = fr.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      out.add(new Quantity(round(v * 100), null, "percent", qualifier, '\0', base + start, base + fr.end()));
    }
    Matcher halfScale = HALF_SCALE.matcher(sentence);
    while (halfScale.find()) {
      out.removeIf(q -> q.start() < base + halfScale.end() && base + halfScale.start() < q.end());
      Lexicon.Unit lu = halfScale.group(2) == null ? null : lexicon.unit(halfScale.group(2));
      int start = halfScale.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      int[] span = new int[1];
      String noun = lu == null ? CountedNouns.get().after(lexicon, sentence.substring(halfScale.end(1)), span, false) : null; // "half a million people"
      int end = lu != null ? halfScale.end() : noun != null ? halfScale.end(1) + span[0] : halfScale.end(1);
      out.add(new Quantity(0.5 * lexicon.scale(halfScale.group(1).toLowerCase(Locale.ROOT)), null,
          lu != null ? lu.unit() : noun != null ? noun : "count", qualifier, '\0', base + start, base + end));
    }
    Matcher one = ONE_SPAN.matcher(sentence);
    while (one.find()) {
      if (overlaps(out, base + one.start(), base + one.end())) continue;
      Lexicon.Unit lu = lexicon.unit(one.group(1).toLowerCase(Locale.ROOT));
      if (lu == null) continue;
      int start = one.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      out.add(new Quantity(1, null, lu.unit(), qualifier, '\0', base + start, base + one.end()));
    }
    Matcher in = ONE_IN.matcher(sentence);
    while (in.find()) {
      Double of = in.group(2).matches("\\d+") ? Double.valueOf(in.group(2)) : lexicon.numberWord(in.group(2).replaceFirst("^a ", ""));
      if (of == null || of < 2 || of > 1000) continue; // not "6 in 2014"
      out.removeIf(q -> q.start() < base + in.end() && base + in.start() < q.end());
      int start = in.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      double part = in.group(1).matches("\\d") ? Double.parseDouble(in.group(1)) : lexicon.numberWord(in.group(1));
      if (part >= of) continue;
      out.add(new Quantity(Math.round(10000 * part / of) / 100.0, null, "percent", qualifier, '\0', base + start, base + in.end()));
    }
    Matcher frac = UNIT_FRACTION.matcher(sentence);
    while (frac.find()) {
      // "under 1/4 mile", "finished in 5+1⁄2 hours": a fraction of a unit stays in that unit
      Matcher u = unitAfter.matcher(sentence.substring(frac.end()));
      if (!u.find() || !acceptUnit(u.group(), sentence.substring(frac.end()), null, sentence)) continue;
      Lexicon.Unit lu = lexicon.unit(formOf(u.group()));
      double den = Double.parseDouble(frac.group(3));
      if (lu == null || den == 0) continue;
      double v = (frac.group(1) == null ? 0 : Double.parseDouble(frac.group(1))) + Double.parseDouble(frac.group(2)) / den;
      int end = frac.end() + u.end();
      out.removeIf(q -> q.start() < base + end && base + frac.start() < q.end());
      int start = frac.start();
      String qualifier = Qualifiers.before(sentence.substring(0, start).toLowerCase(Locale.ROOT));
      if (qualifier != null) start -= qualifier.length() + 1;
      out.add(new Quantity(round(v * lu.multiplier()), null, lu.unit(), qualifier, '\0', base + start, base + end));
    }
    Matcher clock = CLOCK.matcher(sentence);
    while (clock.find()) {
      out.removeIf(q -> q.start() < base + clock.end() && base + clock.start() < q.end());
      double seconds = Integer.parseInt(clock.group(1)) * 3600 + Integer.parseInt(clock.group(2)) * 60 + Double.parseDouble(clock.group(3));
      out.add(new Quantity(round(seconds), null, "second", null, '\0', base + clock.start(), base + clock.end()));
    }
    out.sort(Comparator.comparingInt(Quantity::start));
    return ElidedUnits.fill(NeighbourPerUnits.fill(out, sentence, base), sentence, base);
  }

  private static boolean overlaps(List<Quantity> qs, int start, int end) {
    for (Quantity q : qs) if (q.start() < end && start < q.end()) return true;
    return false;
  }

  private record Parsed(double value, Double valueMax, String unit, String qualifier, char sign, int start, int end) {}

  private Parsed parse(String s, Matcher m) {
    boolean word = m.group("word") != null;
    int start = m.start();
    int end = m.end();
    double value;
    char sign = '\0';
    if (word) {
      value = wordValue(m.group("word"));
      if (Double.isNaN(value)) return null;
    } else {
      String num = m.group("num");
      value = Double.parseDouble(num.replaceAll("[,\\s\\u00A0\\u202F]", ""));
      if (m.group("sign") != null) {
        String g = m.group("sign");
        // A hyphen after a letter or digit is a joiner ("F-35", "2-5"), not a minus sign.
        if (g.equals("-") && start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) return null;
        sign = g.equals("+") ? '+' : '-';
      }
      if (start > 0 && s.charAt(start) != '+' && NotFigures.isNameJoiner(s, start)) return null;
      if (NotFigures.isCode(s, m.start("num"), m.end("num"), num)) return null;
    }
    String rest = s.substring(end);
    if (!word && ORDINAL_SUFFIX.matcher(rest).find()) return null;
    if (s.substring(0, start).matches("(?is).*\\b(?:each|per|one\\s+in|out\\s+of(?:\\s+every)?)\\s+$")) return null; // "six out of every ten tons"
    if (!word && rest.matches("^:\\d.*")) return null; // a time of day
    if (!word && rest.startsWith(". ") && s.substring(0, start).isBlank()) return null; // list numbering "1. Flint"
    if (!word && rest.matches("^\\.\\d.*")) return null; // "8505.11.00.70": a dotted code
    if (!word && (NotFigures.PHONE_NUMBER.matcher(s.substring(Math.max(0, start - 8), Math.min(s.length(), end + 10))).find()
        && m.group("num").matches("\\d{3,4}|1"))) return null; // "301-496-7631", "(301) 504-7908", "1-800-685-1111"
    if (!word && rest.matches("^\\s*\\].*") && s.substring(0, start).matches("(?s).*\\[\\s*$")) return null; // "[26]"
    if (!word && rest.matches("^[-–]\\d+(?![\\d.,]).*")) {
      // "a 3-0 victory", "2020-21": a score or a season, not a range
      String second = rest.replaceFirst("^[-–](\\d+).*$", "$1");
      if (Double.parseDouble(second) <= value && !m.group("num").contains(".")) return null;
    }
    if (!word && rest.matches("^\\p{Lu}(?:\\s|$|[,.;)]).*") && unitAfter.matcher(rest).lookingAt() == false) return null; // "95A Street", "350Z"
    if (!word && rest.matches("^-(?:digit|cylinder|door|seat|speed|star|point|page|part|year-high|member)s?\\b.*")) return null;
    if (!word && rest.matches("^\\s+(?:Avenue|Street|St\\.?|Road|Rd\\.?|Drive|Boulevard|Blvd\\.?|Lane|Way|Highway|Route)\\b.*")) return null;
    if (!word && rest.matches("(?is)^\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b).*")) return null; // "9 a.m.", "9 a.m. ET"
    if (!word && rest.matches("^\\s(?:GMT|UTC|ET|EST|EDT|PST|PDT|BST|CET|CEST|IST|JST|HKT|SGT|AEST|hrs|local time)\\b.*")) return null; // "by 1417 GMT"
    if (!word && rest.matches("^\\p{Lu}\\d.*")) return null; // "1Q17", "3G4"
    if (!word && rest.startsWith("+")) {
      end++;
      rest = rest.substring(1); // "110+ mph"
    }

    // currency before: "$", "US$", "RMB "
    String unit = null;
    Matcher cur = currencyBefore.matcher(s.substring(Math.max(0, start - 6), start));
    if (cur.find()) {
      unit = lexicon.unitBefore(cur.group().strip()).unit();
      start = start - (cur.end() - cur.start());
    }

    // scale: "1.243 million", "$5bn"; an attached "m" is a metre in "the 100m sprint"
    boolean scaled = false;
    Matcher sc = scaleAfter.matcher(rest);
    if (sc.find()) {
      String scaleWord = sc.group().replaceFirst("^[\\s\\u00A0-]+", "");
      boolean shortScale = scaleWord.length() == 1;
      String next = NotFigures.firstWord(rest.substring(sc.end()));
      boolean metre = scaleWord.equals("m") && unit == null && !word && sc.start() == 0
          && (METRE_CONTEXT.contains(next) || CountedNouns.MODIFIER_STOP.contains(next) && !rest.substring(sc.end()).matches("^\\s+of\\b.*"));
      boolean attachedCapital = sc.start() == 0 && scaleWord.matches("[KMB]") && !word;
      if (!metre && (!shortScale || unit != null || attachedCapital || startsWithWordOrUnit(rest.substring(sc.end())))) {
        value *= lexicon.scale(scaleWord);
        end += sc.end();
        rest = s.substring(end);
        scaled = true;
      }
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
    boolean fromTo = !between && before.matches("(?s).*\\bfrom\\s+(?:\\S+\\s+)?$")
        || !between && before.matches("(?is).*\\b(?:rose|fell|jumped|climbed|dropped|surged|declined|gained|lost|increased|decreased|slipped|soared|plunged|up|down|by)\\s+(?:\\S+\\s+)?$");
    Matcher range = Pattern.compile("^(?:\\s?[-–—‐−]\\s?|\\s+to\\s+" + (between ? "|\\s+and\\s+" : "")
        + ")(?:US\\$|\\$|€|£|¥)?(" + DIGITS + ")(?![\\d])").matcher(rest.substring(skip));
    if (range.find()) {
      boolean dash = range.group().matches("^\\s?[-–—‐−].*");
      double max = Double.parseDouble(range.group(1).replace(",", ""));
      double scale = scaled && !word ? value / Double.parseDouble(m.group("num").replaceAll("[,\\s\\u00A0\\u202F]", "")) : 1;
      String afterMax = rest.substring(skip + range.end());
      Matcher sc2 = scaleAfter.matcher(afterMax);
      String scale2 = sc2.find() ? sc2.group().replaceFirst("^[\\s\\u00A0-]+", "") : null;
      boolean ownScale = scale2 != null && (scale2.length() > 1 || startsWithWordOrUnit(afterMax.substring(sc2.end())));
      double maxValue = ownScale ? max * lexicon.scale(scale2) : max * scale;
      // "10% to 25%" is a range, "up 4% to 31,000 tonnes" is not: a unit before the second number recurs after it
      boolean ok = !(fromTo && !dash) && !(dash && word && !scaled)
          && !(!scaled && NotFigures.isDateOrYear(s, m.start(), m.end(), value, m.group("num"))); // "from 2023 to 4.5 trillion yen"
      if (ok && firstUnit != null) {
        Matcher u2 = unitAfter.matcher(ownScale ? afterMax.substring(sc2.end()) : afterMax);
        Lexicon.Unit l1 = lexicon.unit(firstUnit);
        ok = (!dash || isPercent(firstUnit)) && u2.find() && l1 != null && lexicon.unit(u2.group().strip()) != null
            && l1.unit().equals(lexicon.unit(u2.group().strip()).unit());
      }
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
    u = unitAfter.matcher(rest);

    if (u.find() && acceptUnit(u.group(), rest, unit, s)) {
      String form = formOf(u.group());
      Lexicon.Unit lu = lexicon.unit(form);
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
    // "18 hours and 40 minutes", "42 km 195 m", "5 feet 3 inches": one amount in the first unit
    if (unit != null && valueMax == null && !"Currency".equals(UnitTable.get().kind(unit))) {
      Matcher more = Pattern.compile("^,?\\s+(?:and\\s+)?(" + DIGITS + "|[a-z]+)\\s?").matcher(rest);
      if (more.find()) {
        Matcher u4 = unitAfter.matcher(rest.substring(more.end() - (rest.charAt(more.end() - 1) == ' ' ? 1 : 0)));
        Double part = more.group(1).matches("[\\d.,]+") ? Double.valueOf(more.group(1).replace(",", "")) : lexicon.numberWord(more.group(1));
        if (part != null && u4.find()) {
          Lexicon.Unit lu = lexicon.unit(formOf(u4.group()));
          var inFirst = lu == null ? java.util.OptionalDouble.empty() : UnitTable.get().convert(part * lu.multiplier(), lu.unit(), unit);
          if (inFirst.isPresent() && inFirst.getAsDouble() < (value == 0 ? 1 : Math.abs(value)) && !lu.unit().equals(unit)) {
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
      unit = rest.substring(times.end()).matches("(?i)^\\s+(?:this|last|a|per|in|since|during|so far|already|each|every|before|over the)\\b.*")
          ? "count" : "factor";
      end += times.end();
      rest = s.substring(end);
    }

    // counted nouns: "12,000 jobs", "3 million people", "Three large wildfires"
    if (unit == null && !(NotFigures.isAfterName(s, m.start()) && !scaled)) {
      int[] span = new int[1];
      String noun = CountedNouns.get().after(lexicon, rest, span, value == 1 && valueMax == null, word);
      if (noun != null) {
        unit = noun;
        end += span[0];
        rest = s.substring(end);
      }
    }

    // "1.243 million units", "227,000 units" in a sentence about cars: vehicles (not "three counts")
    boolean unitsOfSomething = "count".equals(unit) && s.substring(start, end).matches("(?s).*\\b[Uu]nits?$");
    if ((unit == null && scaled || unitsOfSomething) && VEHICLE_CONTEXT.matcher(s).find()) unit = "vehicle";
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
          Lexicon.Unit lu = lexicon.unit(formOf(pu.group()));
          if (lu != null && !lu.unit().contains("/")) {
            perUnit = lu.unit();
            if (perUnit.equals("ounce") && PRECIOUS.matcher(s).find()) perUnit = "troy-ounce";
            perEnd = pu.end();
          }
        } else {
          Matcher w = Pattern.compile("^(annum|capita|head|person|unit|share|barrel)\\b").matcher(after);
          if (w.find()) {
            perUnit = switch (w.group(1)) {
              case "annum" -> "year";
              case "capita", "head" -> "person";
              default -> w.group(1);
            };
            perEnd = w.end();
          }
        }
        if (perUnit == null && per.group().strip().matches("(?i)per|/")) {
          Matcher noun = Pattern.compile("^(?:gold\\s+|silver\\s+)?(\\p{Ll}[\\p{Ll}-]*)").matcher(after);
          if (noun.find() && !CountedNouns.MODIFIER_STOP.contains(noun.group(1)) && !noun.group(1).equals("cent")) {
            String n = CountedNouns.get().singular(noun.group(1), false);
            perUnit = n != null ? n : noun.group(1); // "460 milligrams per sitting", "Rs 1,975 per quintal"
            Lexicon.Unit nu = lexicon.unit(noun.group(1));
            if (nu != null && nu.multiplier() == 1) perUnit = nu.unit();
            if (perUnit.equals("ounce") && (PRECIOUS.matcher(s).find() || noun.group().startsWith("gold"))) perUnit = "troy-ounce";
            perEnd = noun.end();
          }
        }
        if (after.substring(perEnd).matches("(?i)^\\s+(?:ago|earlier|before)\\b.*")) perUnit = null; // "$1.31 billion a year ago"
        boolean currency = UnitTable.get().kind(unit) != null && UnitTable.get().kind(unit).equals("Currency");
        boolean timeRate = perUnit != null && "Time".equals(UnitTable.get().kind(perUnit));
        boolean article = per.group().strip().matches("(?i)a|an");
        boolean perWord = per.group().strip().matches("(?i)per|/");
        if (perUnit != null && !perUnit.equals(unit) && (currency || timeRate || perWord) && !(article && !timeRate && !currency)) {
          unit = compound(unit, perUnit);
          end += per.end() + perEnd;
          rest = s.substring(end);
        }
      }
    }

    if (!scaled && valueMax == null && unit != null && m.start() == start && NotFigures.isDateOrYear(s, m.start(), m.end(), value, m.group("num"))
        && (UnitTable.get().isCounted(unit) || before.matches("(?s).*\\b(?:in|of|since|from|during|until|adjusted|constant|fiscal)\\s+$"))
        && !"Time".equals(UnitTable.get().kind(unit)) && !unit.equals("percent")) {
      return null; // "inflation-adjusted 2008 dollars", "depletion of 2017 operations"
    }
    if (unit == null && !word && !scaled && value <= 120 && value == Math.rint(value)
        && (AGE_BEFORE.matcher(s.substring(0, start)).find() && rest.matches("^\\s*[,)].*")
            || before.matches("(?s).*\\b(?:aged|ages|younger than|older than)\\s+$")
            || PEOPLE_BEFORE.matcher(before).find() && rest.matches("(?i)^\\s+(?:and|or)\\s+(?:older|over|up)\\b.*"))) {
      unit = "year"; // "Braden Arcand, 26, is facing charges", "Americans aged 20 to 79"
    }
    if (unit == null && !word && valueMax == null && !NotFigures.isDateOrYear(s, m.start(), m.end(), value, m.group("num"))) {
      // "from 9 to 13 years": the unit stated after the second number
      Matcher next = Pattern.compile("^\\s+(?:to|and|or)\\s+(" + DIGITS + ")").matcher(rest);
      if (next.find()) {
        Matcher u3 = unitAfter.matcher(rest.substring(next.end()));
        if (u3.find() && acceptUnit(u3.group(), rest.substring(next.end()), null, s)) {
          Lexicon.Unit lu = lexicon.unit(formOf(u3.group()));
          if (lu != null && lu.multiplier() == 1) unit = lu.unit();
        }
      }
    }
    Matcher often = Pattern.compile("^\\s+(monthly|annually|yearly|weekly|daily|a month|a year|each month|each year|every month|every year)\\b").matcher(rest);
    if (unit != null && !unit.contains("/") && !"Time".equals(UnitTable.get().kind(unit)) && UnitTable.get().isCounted(unit) && often.find()) {
      unit = unit + "/" + switch (often.group(1).replaceFirst("^(?:a|each|every) ", "")) {
        case "monthly", "month" -> "month";
        case "weekly" -> "week";
        case "daily" -> "day";
        default -> "year";
      };
      end += often.end(); // "200,000 EVs monthly", "80 million cars each year"
      rest = s.substring(end);
    }
    if (unit == null && word && m.group("word").equalsIgnoreCase("zero")) unit = "count"; // "cut rates to zero"
    Matcher ofThe = OF_THE.matcher(rest);
    if (unit == null && !scaled && valueMax == null && !(word && value == 1) && ofThe.find()) {
      // "Sixteen of the cases", "29 of the 30 Dow stocks": the number counts the things named after it
      String noun = CountedNouns.get().after(lexicon, rest.substring(ofThe.end()), new int[1], false, false);
      if (noun != null) unit = noun;
    }
    if (unit == null) {
      if (word && !scaled) return null; // "one of the", "two months later", "three factors"
      if (!scaled && DURATION_AFTER.matcher(rest).find()) return null; // "the first 10 months", "over 20 years"
      if (!scaled && NotFigures.isDateOrYear(s, m.start(), m.end(), value, m.group("num"))) return null;
      if (!scaled && NotFigures.isAfterName(s, m.start())) return null;
      if (!scaled && NotFigures.PHONE.matcher(rest).find()) return null;
      unit = "count";
    }
    if ("Time".equals(UnitTable.get().kind(unit)) && valueMax == null
        && (PERIOD_BEFORE.matcher(s.substring(0, start)).find() || PERIOD_AFTER.matcher(rest).find()
        || SINCE_BEFORE.matcher(s.substring(0, m.start())).find())) {
      return null; // "in the first seven months", "a six-month high", "two years ago"
    }
    // a number written negative is negative: "-37C", "minus 78 degrees", "GDP shrinks -0.3%"
    if (sign == '-' || before.matches("(?s).*\\bminus\\s+$") && !unit.equals("count")) {
      value = -value;
      if (valueMax != null) valueMax = -valueMax;
    }

    String qualifier = between ? null : Qualifiers.before(s.substring(0, start).toLowerCase(Locale.ROOT));
    if (qualifier != null) start -= qualifier.length() + 1;
    if (qualifier == null && Qualifiers.boundVerbBefore(s.substring(0, start))) {
      qualifier = "more than"; // "sales exceeded 30 million": a lower bound, as "more than"
    }
    if (qualifier == null) qualifier = Qualifiers.after(rest);
    return new Parsed(round(value), valueMax == null ? null : round(valueMax), unit, qualifier, sign, start, end);
  }

  /** The unit form a match of the unit pattern holds: " -liter" → "liter"; "-fold" stays a form of its own. */
  private String formOf(String match) {
    String form = match.strip();
    if (lexicon.unit(form) != null) return form;
    return form.replaceFirst("^[-‑]", "");
  }

  /** A compound unit: USD/tonne; mile/hour is mph and km/hour km/h, as news writes them. */
  private static String compound(String a, String b) {
    String c = a + "/" + b;
    return switch (c) {
      case "mile/hour" -> "mph";
      case "km/hour" -> "km/h";
      case "m/second" -> "m/s";
      default -> c;
    };
  }

  /** Single letters and short abbreviations count as units only when attached: "30C", "5L", but not "5 C". */
  private boolean acceptUnit(String match, String rest, String currency, String sentence) {
    String form = formOf(match);
    if (ATTACHED_ONLY.contains(form) && match.startsWith(" ") && !(form.matches("[CF]") && TEMPERATURE.matcher(sentence).find())) return false;
    if (form.equals("in.") && !rest.matches("^ ?in\\.\\s*$") && match.startsWith(" ")) return false;
    return currency == null || lexicon.unit(form) != null;
  }

  /** Whether text starts with a lower-case word or a unit: "m tonnes", "m people" (then "m" is a million). */
  private boolean startsWithWordOrUnit(String after) {
    return after.matches("^\\s+\\p{Ll}.*") || after.matches("^\\s+\\p{Lu}\\p{L}*\\s.*") && unitAfter.matcher(after).find();
  }

  /** 8.232 × 10⁶ computes as 8231999.999999999 in binary; 12 significant digits is what any text states. */
  static double round(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
  }

  private static boolean isPercent(String form) {
    return form.equals("%") || form.equalsIgnoreCase("percent") || form.equalsIgnoreCase("per cent");
  }

  private double wordValue(String w) {
    String l = w.toLowerCase(Locale.ROOT).replaceFirst("^a ", "");
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

  private static String alternation(java.util.Collection<String> forms) {
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder b = new StringBuilder();
    for (String f : sorted) {
      if (b.length() > 0) b.append('|');
      b.append(Pattern.quote(f));
    }
    return b.length() == 0 ? "(?!)" : b.toString();
  }
}
