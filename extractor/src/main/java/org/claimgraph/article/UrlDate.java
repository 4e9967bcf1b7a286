package org.claimgraph.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a page's address states, the way publishers' systems file articles (the shapes
 * htmldate accepts): a day {@code /2024/01/12/}, {@code -2023-09-20/}, {@code _2019_11_22},
 * {@code -20191122-}; a month {@code /2016/12/} (kept with month precision). Only in the path
 * and query, never the host. Refused: a year alone ({@code chinas-2023-rare-earth-exports}), a
 * two-digit year ({@code /23/06/}, as likely an id), a number run longer than a date
 * ({@code -150096801/}), an impossible day, a year before 1995 or a date after today.
 *
 * <pre>{@code
 * UrlDate.of("https://rareearths.com/2024/01/12/chinas-exports-of-rare-earths-rise/")  // 2024-01-12, DAY
 * UrlDate.of("http://blog.python.org/2016/12/python-360-is-now-available.html")       // 2016-12-01, MONTH
 * }</pre>
 */
public final class UrlDate {

  private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*");
  private static final Pattern DAY = Pattern.compile("(?<=\\D)((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?=\\D|$)");
  private static final Pattern COMPACT_DAY = Pattern.compile("(?<=\\D)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=\\D|$)");
  private static final Pattern MONTH = Pattern.compile("(?<=\\D)((?:19|20)\\d{2})[/_-](\\d{2})(?=\\D|$)");
  private static final int MIN_YEAR = 1995;

  private UrlDate() {}

  /** The date {@code url} states, or null when it states none (or none that can be a publication date). */
  public static DateText.Dated of(String url) {
    if (url == null) return null;
    String path = HOST.matcher(url).replaceFirst("");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    for (Pattern p : new Pattern[] {DAY, COMPACT_DAY}) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        LocalDate d = valid(m.group(1), m.group(2), m.group(3), today);
        if (d != null) return new DateText.Dated(d, DateText.Precision.DAY);
      }
    }
    Matcher m = MONTH.matcher(path);
    while (m.find()) {
      LocalDate d = valid(m.group(1), m.group(2), "1", today);
      if (d != null) return new DateText.Dated(d, DateText.Precision.MONTH);
    }
    return null;
  }

  private static LocalDate valid(String y, String mo, String d, LocalDate today) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      return date.getYear() < MIN_YEAR || date.isAfter(today) ? null : date;
    } catch (DateTimeException e) {
      return null; // "2023/13/40" is an id, not a date
    }
  }
}
