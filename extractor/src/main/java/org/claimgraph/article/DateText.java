package org.claimgraph.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as pages write it: ISO 8601 with or without time
 * ({@code 2025-08-21T09:30:00Z}), {@code 2025/08/21}, {@code August 21, 2025},
 * {@code Aug. 21, 2025}, {@code 21 August 2025}, {@code Thu, 21 Aug 2025 …}.
 */
public final class DateText {

  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Z][a-z]{2,8})\\.?,?\\s+(\\d{4})\\b");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec");
  private static final DateTimeFormatter RFC = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("EEE, d MMM yyyy").toFormatter(Locale.ENGLISH);

  private DateText() {}

  /** The date in {@code s}, or null if there is none. */
  public static LocalDate parse(String s) {
    if (s == null) return null;
    String t = s.strip();
    if (t.isEmpty()) return null;
    Matcher m = ISO.matcher(t);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = COMPACT.matcher(t);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = MONTH_FIRST.matcher(t);
    if (m.find()) {
      int month = month(m.group(1));
      if (month > 0) return date(m.group(3), Integer.toString(month), m.group(2));
    }
    m = DAY_FIRST.matcher(t);
    if (m.find()) {
      int month = month(m.group(2));
      if (month > 0) return date(m.group(3), Integer.toString(month), m.group(1));
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
    String rest = s.replaceAll("(?i)\\b(published|updated|posted|on|at|date|last|modified)\\b:?", " ")
        .replaceAll("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b,?", " ")
        .replaceAll("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b\\.?", " ")
        .replaceAll("(?i)\\b\\d{1,4}(st|nd|rd|th)?\\b", " ")
        .replaceAll("(?i)\\b(am|pm|utc|gmt|est|edt|cet|cst|ist|bst|et)\\b", " ")
        .replaceAll("[\\s,.:/|+\\-–—T()]", "");
    return rest.isEmpty();
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.length() < 3) return 0;
    int i = MONTHS.indexOf(key.substring(0, 3));
    if (i < 0) return 0;
    String full = java.time.Month.of(i + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
        .toLowerCase(Locale.ROOT);
    return full.startsWith(key) || key.equals("sept") ? i + 1 : 0;
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
