package org.claimgraph.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A record named by its place on the page or by its time names no body (credit25b). "Chart 1 shows Indonesian exports by
 * shape", "Figures for June show new EV registrations were up 262 per cent", "The latest registration data for October shows",
 * "According to its April member survey": a careful reader takes the chart, the month's figures or the survey as the data of the
 * source the page named before ("The World Bureau of Metal Statistics (WBMS) now has extensive 2018 trade data", "Latest data
 * from the Society of Motor Manufacturers and Traders"), as with "the data" ({@link CreditResolver}'s back references); read
 * alone, with no source before, such a record credits nobody. Before this rule the finder's subject was kept as the name:
 * "Chart 1", "Figures for June", "October" (a time left after the record words were cut), "its April member survey" (fresh19
 * sswnews 20 figures, dosugcityintim 7, fresh15 theenergyst 7; gold credits the source named before).
 */
final class RecordReferences {

  private static final String MONTH = PeriodResolver.MONTH_NAMES;
  /** "Chart 1", "Table 2a", "the chart below", "Graph 3 above", "Exhibit IV": a figure or table of the page. */
  private static final Pattern EXHIBIT = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:chart|graph|table|figure|fig\\.|exhibit|infographic)(?:\\s*(?:\\d{1,2}[a-z]?|[IVX]{1,4}))?(?:\\s+(?:below|above))?$");
  /** "Chart", "Figure" alone, without a number, "the chart", "the graph" and "the table" name an exhibit; "the figure" is a number. */
  private static final Pattern BARE_FIGURE = Pattern.compile("(?i)^(?:the\\s+)?(?:figure|fig\\.)$");
  /** A time a record is for: "June", "October 2024", "the first quarter", "the first half of 2023", "2023", "Q3", "the year to date". */
  private static final String TIME = "(?:(?:" + MONTH + ")(?:\\s+\\d{4})?"
      + "|(?:the\\s+)?(?:first|second|third|fourth|last|past|latest|previous|final)\\s+(?:quarter|half|month|week|year)(?:\\s+of\\s+\\d{4})?"
      + "|\\d{4}|Q[1-4](?:\\s+\\d{4})?|H[12](?:\\s+\\d{4})?|the\\s+year(?:\\s+to\\s+date)?|(?:" + MONTH + ")[-–](?:" + MONTH + ")(?:\\s+\\d{4})?)";
  /**
   * "Figures for June", "The latest registration data for October", "data for the first quarter", "the statistics for 2023":
   * a record with its adjectives (lower case) and the time it is for, nothing else.
   */
  private static final Pattern TIMED = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:(?-i:\\p{Ll}[\\p{L}-]*)\\s+){0,3}(data|figures|statistics|numbers|registrations)\\s+(?:for|of|in|covering)\\s+" + TIME + "$");
  /** "its April member survey", "the October sales report": a month or a year after the determiner says when, not whose. */
  private static final Pattern TIME_AFTER_DETERMINER = Pattern.compile(
      "^((?i:the|its|their|this|that))\\s+(?:(?:" + MONTH + ")(?:['’]s)?|\\d{4})\\s+(?=(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*$)");

  /**
   * The records a time before may date (record-nouns.tsv: "survey", "data", "figures"): "the 2030 target", "its 2023 results" are
   * no record of the source named before (review25a).
   */
  private static final java.util.Set<String> RECORD_NOUNS = Tsv.read("record-nouns.tsv").stream().map(r -> r.get("noun"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");

  private RecordReferences() {}

  /**
   * The back reference {@code written} stands for ("Chart 1" and "Figures for June" → "the data", "the figures"; "its April
   * member survey" → "its member survey"), or null when it names a record by neither its place on the page nor its time.
   */
  static String backReference(String written) {
    if (written == null) return null;
    String s = written.strip();
    if (EXHIBIT.matcher(s).matches() && !BARE_FIGURE.matcher(s).matches()) return "the data";
    Matcher timed = TIMED.matcher(s);
    if (timed.matches()) {
      String head = timed.group(1).toLowerCase(Locale.ROOT);
      return "the " + (head.equals("registrations") ? "figures" : head);
    }
    Matcher time = TIME_AFTER_DETERMINER.matcher(s);
    Matcher last = LAST_WORD.matcher(s);
    if (time.lookingAt() && last.find() && RECORD_NOUNS.contains(last.group(1).toLowerCase(Locale.ROOT))) {
      return time.group(1) + " " + s.substring(time.end());
    }
    return null;
  }
}
