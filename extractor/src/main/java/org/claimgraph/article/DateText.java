package org.claimgraph.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Regexes;

/**
 * Reads a publication date as pages write it: ISO 8601 with or without time
 * ({@code 2025-08-21T09:30:00Z}), {@code 2025/08/21}, {@code 21.08.2025}, {@code 21/08/2025}
 * (day first when unambiguous), {@code August 21, 2025}, {@code Aug. 21, 2025},
 * {@code 21 August 2025}, {@code Thu, 21 Aug 2025 …}, {@code 2025年8月21日}; and with reduced
 * precision, {@code 2025-08}, {@code August 2025}, {@code 2025}, whose {@link Precision} is kept:
 *
 * <pre>{@code
 * DateText.parseDated("2024-01")   // Dated[date=2024-01-01, precision=MONTH]
 * DateText.parse("Aug. 21, 2025")  // 2025-08-21
 * }</pre>
 */
public final class DateText {

  /** How much of a date the text gave: a month or a year only is stored as its first day. */
  public enum Precision { DAY, MONTH, YEAR }

  /** A date and how precise the text was; {@code date} is the period's first day. */
  public record Dated(LocalDate date, Precision precision) {}

  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?<!\\p{L})(\\p{L}{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  /** "21 August 2025", "24. März 2004", "1er mars 2020", "3 de marzo de 2020". */
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:de\\s+)?(\\p{L}{3,9})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
  private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern NUMERIC_DAY_FIRST = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d])");
  private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR_ONLY = Pattern.compile("^(\\d{4})$");
  private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\p{L})(\\p{L}{3,9})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
  /** A wire dateline: "BEIJING, Aug 20 (Reuters) -", "LONDON, March 3, 2025 /PRNewswire/ --". */
  private static final Pattern WIRE_DATELINE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu}\\p{L} .'-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .]{1,30})?,\\s+([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})"
          + "(?:,\\s+(\\d{4}))?\\s*(?:\\(|/|[-–—])");
  /** Month names and abbreviations in seven languages ({@code month-names.txt}), to the month's number. */
  private static final java.util.Map<String, Integer> MONTHS = monthNames();
  private static final DateTimeFormatter RFC = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("EEE, d MMM yyyy").toFormatter(Locale.ENGLISH);

  private DateText() {}

  /** The date in {@code s} (a reduced-precision one as its first day), or null if there is none. */
  public static LocalDate parse(String s) {
    Dated d = parseDated(s);
    return d == null ? null : d.date();
  }

  /** The date in {@code s} with its precision, or null if there is none. */
  public static Dated parseDated(String s) {
    if (s == null) return null;
    String t = s.strip();
    if (t.isEmpty()) return null;
    LocalDate day = day(t);
    if (day != null) return new Dated(day, Precision.DAY);
    Matcher m = YEAR_MONTH.matcher(t);
    if (m.find()) return reduced(date(m.group(1), m.group(2), "1"), Precision.MONTH);
    m = YEAR_ONLY.matcher(t);
    if (m.find()) return reduced(date(m.group(1), "1", "1"), Precision.YEAR);
    m = MONTH_YEAR.matcher(t);
    while (m.find()) {
      int month = month(m.group(1));
      if (month > 0) return reduced(date(m.group(2), Integer.toString(month), "1"), Precision.MONTH);
    }
    return null;
  }

  /**
   * The date of a wire-service dateline that opens a paragraph ("BEIJING, Aug 20 (Reuters) -"),
   * its year taken from the dateline or else from {@code year}; null if the paragraph does not
   * open with one or no year is known.
   */
  public static LocalDate wireDateline(String paragraph, Integer year) {
    Matcher m = WIRE_DATELINE.matcher(paragraph);
    if (!m.find()) return null;
    int month = month(m.group(1));
    if (month == 0) return null;
    String y = m.group(3) != null ? m.group(3) : year != null ? year.toString() : null;
    return y == null ? null : date(y, Integer.toString(month), m.group(2));
  }

  private static Dated reduced(LocalDate date, Precision precision) {
    return date == null ? null : new Dated(date, precision);
  }

  private static LocalDate day(String t) {
    Matcher m = ISO.matcher(t);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = COMPACT.matcher(t);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = CJK.matcher(t);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = MONTH_FIRST.matcher(t);
    while (m.find()) {
      int month = month(m.group(1));
      if (month > 0) return date(m.group(3), Integer.toString(month), m.group(2));
    }
    m = DAY_FIRST.matcher(t);
    while (m.find()) {
      int month = month(m.group(2));
      if (month > 0) return date(m.group(3), Integer.toString(month), m.group(1));
    }
    m = NUMERIC_DAY_FIRST.matcher(t);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      // 21.08.2025 and 21/08/2025 are day first; 08/21/2025 is month first; 03/04/2025 is ambiguous
      // with slashes (read as nothing) but day first with dots, as Europe writes it.
      if (a > 12 || m.group(2).equals(".")) return date(m.group(4), m.group(3), m.group(1));
      if (b > 12) return date(m.group(4), m.group(1), m.group(3));
      return null;
    }
    try {
      return LocalDate.parse(t.length() > 16 ? t.substring(0, 16).strip() : t, RFC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Whether {@code s} is nothing but a date, possibly with a time and a weekday, as in a
   * dateline ({@code August 21, 2025}, {@code 2025-09-02}, {@code Updated: 21 Aug 2025 10:02}).
   */
  public static boolean isDateOnly(String s) {
    if (s == null || s.length() > 60 || parse(s) == null) return false;
    String rest = Regexes.replaceAll(s, "(?i)\\b(published|updated|posted|on|at|date|last|modified)\\b:?", " ")
        .replaceAll("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b,?", " ")
        .replaceAll("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b\\.?", " ")
        .replaceAll("(?i)\\b\\d{1,4}(st|nd|rd|th)?\\b", " ")
        .replaceAll("(?i)\\b(am|pm|utc|gmt|est|edt|cet|cst|ist|bst|et)\\b", " ")
        .replaceAll("[\\s,.:/|+\\-–—T()]", "");
    return rest.isEmpty();
  }

  /** The number of the month {@code name} names (a whole name or a listed abbreviation), or 0. */
  private static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  private static java.util.Map<String, Integer> monthNames() {
    java.util.Map<String, Integer> names = new java.util.HashMap<>();
    for (String row : Lines.load(DateText.class, "month-names.txt")) {
      String[] words = row.trim().split("\\s+");
      int number = Integer.parseInt(words[0]);
      for (int i = 1; i < words.length; i++) names.put(words[i], number);
    }
    return java.util.Map.copyOf(names);
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2200) return null;
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
