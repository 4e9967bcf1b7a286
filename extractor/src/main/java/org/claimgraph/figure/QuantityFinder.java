package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;

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
 * "On May 10, 2023, in Shanghai"         → nothing (a date)
 * </pre>
 */
public final class QuantityFinder {

  private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+";
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");
  private static final List<String> QUALIFIERS = List.of("more than", "less than", "fewer than", "at least", "at most",
      "up to", "as much as", "as many as", "as little as", "just over", "just under", "close to", "nearly", "almost",
      "about", "around", "approximately", "roughly", "some", "over", "under", "above", "below",
      "an estimated", "estimated", "upwards of", "in excess of", "well over", "well under", "no more than", "no less than");
  /** Capitalized at a sentence start, these words are not names: "About 30 firms", "In 12 cases". */
  private static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "at", "by", "to", "of", "for", "with", "from",
      "about", "nearly", "over", "some", "around", "almost", "roughly", "the", "a", "an", "and", "but", "or", "just",
      "only", "all", "than", "more", "less", "up", "down", "top", "total", "overall", "another", "its", "their");
  private static final Pattern BOUND_VERB = Pattern.compile(
      "(?i)\\b(?:exceeded|exceeds|exceeding|topped|tops|surpassed|surpasses|surpassing)\\s+$");
  private static final Pattern DURATION_AFTER = Pattern.compile(
      "(?i)^[\\s-]*(?:months?|years?|weeks?|days?|hours?|minutes?|quarters?|decades?|centuries|century)\\b");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("^(st|nd|rd|th)\\b");
  private static final Pattern FACTOR_VERB = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:(more than|nearly|almost|over|about|roughly) )?(doubled|tripled|trebled|quadrupled|halved)(?![\\p{L}])");
  private static final Pattern TIMES = Pattern.compile("^[\\s-]*(times|fold|-fold)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  private static final Pattern PER_UNIT = Pattern.compile("^\\s*(?:per|a|/|an)\\s*(tonne|ton|metric ton|t|kg|kilogram|pound|lb|ounce|oz)s?(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);

  private final Lexicon lexicon;
  private final Pattern number;
  private final Pattern unitAfter;
  private final Pattern scaleAfter;
  private final Pattern currencyBefore;

  public QuantityFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    String words = alternation(lexicon.numberWords().keySet().stream()
        .filter(w -> !w.contains(" ") && lexicon.numberWord(w) >= 1 && lexicon.numberWord(w) == Math.floor(lexicon.numberWord(w)))
        .toList());
    this.number = Pattern.compile("(?<![\\p{L}\\p{N}.,:])(?<sign>[+\\-−])?(?<num>" + DIGITS + ")(?![\\p{N}])"
        + "|(?<![\\p{L}\\p{N}-])(?<word>(?:" + words + ")(?:[- ](?:" + words + "))?)(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE);
    List<String> after = new ArrayList<>(lexicon.units().keySet());
    List<String> before = new ArrayList<>(lexicon.unitsBefore().keySet());
    this.unitAfter = Pattern.compile("^[ \\u00A0]?(?:" + alternation(after) + ")(?![\\p{L}\\p{N}])");
    List<String> scales = new ArrayList<>(lexicon.scales().keySet());
    this.scaleAfter = Pattern.compile("^(?:[ \\u00A0]?(?:" + alternation(scales.stream().filter(s -> s.length() > 1).toList())
        + ")|(?:" + alternation(scales.stream().filter(s -> s.length() == 1).toList()) + "))(?![\\p{L}])");
    this.currencyBefore = Pattern.compile("(?:" + alternation(before) + ")[ \\u00A0]?$");
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
      double v = switch (verb) {
        case "doubled" -> 2;
        case "tripled", "trebled" -> 3;
        case "quadrupled" -> 4;
        default -> 0.5;
      };
      out.add(new Quantity(v, null, "factor", f.group(1) == null ? null : f.group(1).toLowerCase(Locale.ROOT), '\0',
          base + f.start(), base + f.end()));
    }
    out.sort(Comparator.comparingInt(Quantity::start));
    return out;
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
      value = Double.parseDouble(num.replace(",", ""));
      if (m.group("sign") != null) {
        String g = m.group("sign");
        // A hyphen after a letter or digit is a joiner ("F-35", "2-5"), not a minus sign.
        if (g.equals("-") && start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) return null;
        sign = g.equals("+") ? '+' : '-';
      }
      if (start > 0 && s.charAt(start) != '+' && isNameJoiner(s, start)) return null;
    }
    String rest = s.substring(end);
    if (!word && ORDINAL_SUFFIX.matcher(rest).find()) return null;
    if (s.substring(0, start).matches("(?is).*\\b(?:every|each|per|one\\s+in|out\\s+of)\\s+$")) return null; // "six out of every ten tons"
    if (!word && rest.matches("^:\\d.*")) return null; // a time of day

    // currency before: "$", "US$", "RMB "
    String unit = null;
    Matcher cur = currencyBefore.matcher(s.substring(Math.max(0, start - 6), start));
    if (cur.find()) {
      unit = lexicon.unitBefore(cur.group().strip()).unit();
      start = start - (cur.end() - cur.start());
    }

    // scale: "1.243 million", "$5bn"
    boolean scaled = false;
    Matcher sc = scaleAfter.matcher(rest);
    if (sc.find()) {
      String scaleWord = sc.group().strip();
      boolean shortScale = scaleWord.length() == 1;
      if (!shortScale || unit != null) {
        value *= lexicon.scale(scaleWord);
        end += sc.end();
        rest = s.substring(end);
        scaled = true;
      }
    }

    // percent directly after, before a range: "10%-25%"
    String firstUnit = null;
    Matcher u = unitAfter.matcher(rest);
    if (u.find()) {
      firstUnit = u.group().strip();
    }
    Double valueMax = null;
    Matcher range = Pattern.compile("^(?:\\s?(?:%|percent|per cent))?\\s?[-–—]\\s?(?:US\\$|\\$|€|£|¥)?(" + DIGITS + ")").matcher(rest);
    if (!word && range.find() && !(firstUnit != null && !isPercent(firstUnit) && rest.startsWith(" "))) {
      double max = Double.parseDouble(range.group(1).replace(",", ""));
      double scale = scaled ? value / Double.parseDouble(m.group("num").replace(",", "")) : 1;
      if (max * scale > value) {
        valueMax = max * scale;
        end += range.end();
        rest = s.substring(end);
        sc = scaleAfter.matcher(rest);
        if (scaled && sc.find()) {
          end += sc.end();
          rest = s.substring(end);
        }
        u = unitAfter.matcher(rest);
      } else {
        u = unitAfter.matcher(rest);
      }
    } else {
      u = unitAfter.matcher(rest);
    }

    if (u.find()) {
      String form = u.group().strip();
      Lexicon.Unit lu = lexicon.unit(form);
      if (lu != null && unit == null) {
        unit = lu.unit();
        value *= lu.multiplier();
        if (valueMax != null) valueMax *= lu.multiplier();
      }
      end += u.end();
      rest = s.substring(end);
    }
    Matcher times = TIMES.matcher(rest);
    if (unit == null && times.find()) {
      unit = "factor";
      end += times.end();
      rest = s.substring(end);
    }
    if (unit != null && !unit.equals("percent") && !unit.equals("factor")) {
      Matcher per = PER_UNIT.matcher(rest);
      if (per.find() && isCurrency(unit)) {
        unit = unit + "/" + normalizePerUnit(per.group(1));
        end += per.end();
      }
    }

    if (unit == null) {
      if (word && !scaled) return null; // "one of the", "two months later", "three factors"
      if (!scaled && DURATION_AFTER.matcher(rest).find()) return null; // "the first 10 months", "over 20 years"
      if (!scaled && isDateOrYear(s, m.start(), m.end(), value, m.group("num"))) return null;
      if (!scaled && isAfterName(s, m.start())) return null;
      unit = "count";
    }

    String qualifier = null;
    String before = s.substring(0, start).toLowerCase(Locale.ROOT);
    for (String q : QUALIFIERS) {
      if (before.endsWith(q + " ") && (before.length() == q.length() + 1
          || !Character.isLetter(before.charAt(before.length() - q.length() - 2)))) {
        qualifier = q;
        start -= q.length() + 1;
        break;
      }
    }
    if (qualifier == null && BOUND_VERB.matcher(s.substring(0, start)).find()) {
      qualifier = "more than"; // "sales exceeded 30 million": a lower bound, as "more than"
    }
    return new Parsed(round(value), valueMax == null ? null : round(valueMax), unit, qualifier, sign, start, end);
  }

  /** 8.232 × 10⁶ computes as 8231999.999999999 in binary; 12 significant digits is what any text states. */
  static double round(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
  }

  private static boolean isPercent(String form) {
    return form.equals("%") || form.equalsIgnoreCase("percent") || form.equalsIgnoreCase("per cent");
  }

  private static boolean isCurrency(String unit) {
    return unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT));
  }

  private static String normalizePerUnit(String u) {
    String l = u.toLowerCase(Locale.ROOT);
    if (l.startsWith("t") || l.startsWith("metric")) return "tonne";
    if (l.startsWith("k")) return "kg";
    if (l.startsWith("p") || l.startsWith("l")) return "pound";
    return "ounce";
  }

  /** "F-35", "COVID-19": a number joined by a hyphen to a preceding word is part of a name. */
  private static boolean isNameJoiner(String s, int start) {
    return start >= 2 && (s.charAt(start - 1) == '-' || s.charAt(start - 1) == '‑') && Character.isLetter(s.charAt(start - 2));
  }

  /** A year ("in 2024"), or a day next to a month ("July 20", "10 May"). */
  private static boolean isDateOrYear(String s, int start, int end, double value, String digits) {
    if (digits == null) return false;
    boolean integer = !digits.contains(".") && !digits.contains(",");
    if (integer && digits.length() == 4 && value >= 1900 && value <= 2100) return true;
    if (integer && value >= 1 && value <= 31) {
      String prev = lastWord(s.substring(0, start));
      String next = firstWord(s.substring(end));
      if (MONTHS.contains(prev) || MONTHS.contains(next)) return true;
    }
    return false;
  }

  /** "Section 232", "Boeing 737": an unitless number right after a capitalized word mid-sentence. */
  private static boolean isAfterName(String s, int start) {
    String before = s.substring(0, start);
    if (!before.endsWith(" ")) return false;
    String prev = lastWord(before);
    if (prev.isEmpty() || MONTHS.contains(prev) || FUNCTION_WORDS.contains(prev)) return false;
    int wordStart = before.stripTrailing().length() - prev.length();
    if (wordStart < 0 || !before.stripTrailing().endsWith(before.stripTrailing().substring(wordStart))) return false;
    char c = before.charAt(wordStart);
    return Character.isUpperCase(c);
  }

  private static String lastWord(String s) {
    Matcher m = Pattern.compile("([\\p{L}]+)[.,]?\\s*$").matcher(s);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  private static String firstWord(String s) {
    Matcher m = Pattern.compile("^\\s*([\\p{L}]+)").matcher(s);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  private double wordValue(String w) {
    String[] parts = w.toLowerCase(Locale.ROOT).split("[- ]");
    double total = 0;
    for (String p : parts) {
      Double v = lexicon.numberWord(p);
      if (v == null) return Double.NaN;
      total += v;
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
