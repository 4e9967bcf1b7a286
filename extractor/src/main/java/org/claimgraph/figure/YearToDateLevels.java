package org.claimgraph.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A level, total or share its clause says runs to date ("So far this year ... registrations total 175,615", "the 615,000
 * registrations lost so far in 2020", "one in 18 in 2024 so far", lexicon {@code year-to-date-phrases.tsv}) is of the months from
 * January to the latest month the text reports, not of the whole year its "this year" or year names (guidelines: "year to date"
 * → January to the latest month). A base of such a level named by its year ("up 3.96% (29,435) on 2022 (28,315)") is the same
 * months of that year. Without a month to end the span (a sentence read alone, an undated page naming no month), the level has
 * no period: the whole year would be wrong.
 */
final class YearToDateLevels {

  private YearToDateLevels() {}

  /** The phrases; group 1 of a YEAR phrase is its year. */
  private static final List<Pattern> PHRASES = new ArrayList<>();
  private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}.,])(?:19|20)\\d{2}(?![\\p{N}])");
  private static final Pattern WHOLE_YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  /** Another number or a dash between the phrase and the level ("66,611 … so far this year – 21,903 of which were registered in September"). */
  private static final Pattern OTHER = Pattern.compile("\\d|[–—]|\\s-\\s");
  private static final Pattern MONTH_NAME = Pattern.compile(
      "(?i)\\b(?:january|february|march|april|may|june|july|august|september|sept|october|november|december|month)\\b");
  /** A whole year stated as such beside the level: "sold for the whole of 2022", "the full year 2023": not the same months. */
  private static final Pattern WHOLE = Pattern.compile(
      "(?i)\\b(?:(?:whole|full|entire)[\\s-]+(?:of\\b|year\\b|(?:19|20)\\d{2})|end\\s+of\\s+(?:the|this)\\s+year\\b)");

  static {
    for (var row : Tsv.read("year-to-date-phrases.tsv")) {
      StringBuilder b = new StringBuilder();
      for (String w : row.get("phrase").split(" ")) {
        if (b.length() > 0) b.append("[\\s-]+");
        b.append(w.equals("YEAR") ? "((?:19|20)\\d{2})" : Pattern.quote(w.toLowerCase(Locale.ROOT)));
      }
      PHRASES.add(Pattern.compile("(?i)(?<![\\p{L}\\p{N}-])" + b + "(?![\\p{L}\\p{N}-])"));
    }
  }

  /** A phrase found: where it is, and the year it names (0 for none). */
  private record Cue(int start, int end, int year) {}

  private static List<Cue> cues(String sentence) {
    List<Cue> out = new ArrayList<>();
    for (Pattern p : PHRASES) {
      Matcher m = p.matcher(sentence);
      while (m.find()) out.add(new Cue(m.start(), m.end(), m.groupCount() > 0 && m.group(1) != null ? Integer.parseInt(m.group(1)) : 0));
    }
    return out;
  }

  /**
   * The period of the level at {@code [start, end)} of {@code sentence} whose period so far is {@code period}: where that is a whole
   * year and a to-date phrase of that year stands in the level's clause (no other year or number, no comma between them), January to the
   * month of {@code references} (the first that ends in that year: the sentence's, the text's latest, the page's date), or null
   * where no month is known (unless the phrase names no year and the sentence names one: that year may be another figure's). A
   * base ({@code base}) whose whole year the sentence names takes the same months of its year. A level dated to one month whose
   * clause says it runs to date runs from January to that month. Else {@code period}.
   */
  static String period(String sentence, int start, int end, String period, boolean base, List<String> references, LocalDate articleDate) {
    if (period != null && !base && MONTH.matcher(period).matches()) return ofMonth(sentence, start, end, period);
    if (period == null || !WHOLE_YEAR.matcher(period).matches()) return period;
    int year = Integer.parseInt(period);
    List<Cue> cues = cues(sentence);
    if (cues.isEmpty() || WHOLE.matcher(sentence.substring(Math.max(0, start - 30), Math.min(sentence.length(), end + 40))).find()) return period;
    if (base) {
      for (Cue c : cues) {
        // "up 3.96% (29,435) on 2022 (28,315)" beside "Year to date": the months of the year after the base's, or of the year named.
        Integer month = lastMonth(references, c.year() != 0 ? c.year() : year + 1, articleDate);
        if (month != null && (c.year() == 0 || c.year() > year)) return span(year, month);
      }
      return period;
    }
    for (Cue c : cues) {
      if (c.year() != 0 && c.year() != year) continue;
      int from = Math.min(c.end(), end);
      int to = Math.max(c.start(), start);
      String between = from < to ? sentence.substring(from, to) : "";
      // "So far this year, 16,133 new electric cars": a comma after a phrase opening its clause; not "the 615,000 registrations lost so
      // far in 2020, the sector now expects an overall 30.6% market decline by the end of the year" (the forecast is the year's).
      if (c.end() <= start && (sentence.substring(0, c.start()).isBlank() || sentence.substring(0, c.start()).strip().endsWith(","))) {
        between = between.replaceFirst("^\\s*,", "");
      }
      if (between.contains(",")) continue;
      // "one in four new vehicles sold for the next nine months, up from one in 18 in 2024 so far": the phrase is the other number's.
      if (between.contains(";") || YEAR.matcher(between).find() || OTHER.matcher(between).find()) continue;
      Integer month = lastMonth(references, year, articleDate);
      if (month != null) return span(year, month);
      // No month to end the span: the whole year is wrong ("so far in 2023" read alone). Only where the phrase names no year and the
      // sentence names one may the year be another's ("Year to date imports are up 3.96% (29,435) on 2022"): left as read.
      return c.year() == 0 && YEAR.matcher(sentence).find() ? period : null;
    }
    return period;
  }

  /**
   * A level the text dates to one month whose own clause says it runs to date: "EV sales kept climbing in September, nearly 9.5
   * million plug-in models have found their new owners in 2023 so far" is January to that month. The phrase must stand right by the
   * level, no other number, dash, month or year between ("54 per cent for the month and almost 13 per cent for the year to date": the
   * 54 per cent is the month's; "21,903, bringing the total for the year to date to 66,611": the 21,903 is the month's).
   */
  private static String ofMonth(String sentence, int start, int end, String period) {
    int year = Integer.parseInt(period.substring(0, 4));
    for (Cue c : cues(sentence)) {
      if (c.year() != 0 && c.year() != year) continue;
      String between;
      if (c.start() >= end) {
        between = sentence.substring(end, c.start());
        if (between.split("\\s+").length > 9 || between.matches("(?s).*[,;:()].*")) continue;
      } else if (c.end() <= start) {
        // "So far this year, 16,133 new electric cars": a comma after a phrase opening its clause; not "… so far in 2022, reaching a
        // peak of 650 thousand vehicles in June" (the peak is June's).
        String before = sentence.substring(0, c.start()).strip();
        between = sentence.substring(c.end(), start);
        if (before.isEmpty() || before.endsWith(",")) between = between.replaceFirst("^\\s*,", "");
        if (between.split("\\s+").length > 9 || between.matches("(?s).*[,;:()].*")) continue;
      } else {
        continue;
      }
      if (OTHER.matcher(between).find() || MONTH_NAME.matcher(between).find()) continue;
      int month = Integer.parseInt(period.substring(5, 7));
      return span(year, month);
    }
    return period;
  }

  /** "2022-01/2022-09"; January alone is "2022-01". */
  private static String span(int year, int month) {
    String last = String.format("%d-%02d", year, month);
    return month == 1 ? last : year + "-01/" + last;
  }

  /** The last month of the first reference ending in {@code year}, else of the page's date in that year; null for none. */
  private static Integer lastMonth(List<String> references, int year, LocalDate articleDate) {
    for (String r : references) {
      if (r == null) continue;
      String last = r.contains("/") ? r.substring(r.indexOf('/') + 1) : r;
      if (last.length() >= 7 && last.startsWith(Integer.toString(year))) return Integer.parseInt(last.substring(5, 7));
    }
    if (articleDate != null && articleDate.getYear() == year) return articleDate.getMonthValue();
    return null;
  }
}
