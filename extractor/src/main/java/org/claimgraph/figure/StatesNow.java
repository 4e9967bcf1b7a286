package org.claimgraph.figure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * A figure its sentence says holds now ("Monthly sales are now exceeding 9,000 cars", "the value … now sits at $61,795 per
 * tonne", "there are 1.9 million EVs in use in the U.S. today") is the state at the time of writing: on a dated page, the page's
 * month rather than a period the text carried from before, when that period is no longer the present (a whole year, a target
 * year, a month two or more months back: "After hitting the 100,000 mark in May, …"). A carried month or span that ends in the
 * month before the page's is the latest data, which "now" restates ("Hybrids now have a 6.8% share" of January–September on a
 * page of October), and stays; "currently" and "at present" (role current) replace it too ("the cobalt metal price currently
 * trading around $24 a lb" on a page of 9 December after January–November's exports). The words are in {@code now-words.tsv}.
 */
final class StatesNow {

  private static final List<Map<String, String>> WORDS = Tsv.read("now-words.tsv");
  private static final Pattern NOW = Pattern.compile("(?i)\\b(?:" + String.join("|", forms("now")) + "|" + String.join("|", forms("current"))
      + ")\\b");
  /** "currently", "at present": the state at the time of writing even where the text carried the month before the page's. */
  private static final Pattern CURRENT = Pattern.compile("(?i)\\b(?:" + String.join("|", forms("current")) + ")\\b");
  /** "said today", "figures released today", "have today written": the day of an event, not the state now. */
  private static final Pattern EVENT_DAY = Pattern.compile(
      "(?i)\\b(?:\\p{L}+ed|" + String.join("|", forms("event")) + ")\\s+today\\b|\\btoday\\s+(?:\\p{L}+ed|" + String.join("|", forms("event")) + ")\\b");

  /** Where the phrase of a figure ends: a comma, colon, semicolon, dash or bracket, or a word that joins another clause. */
  private static final Pattern PHRASE_END = Pattern.compile("[,;:()\\u2013\\u2014]|\\s(?i:and|but|with|while|whereas|as|which|meaning)\\b");
  /**
   * "and" that joins a clause ("and there will be", "and the government plans"), not the figure's own noun phrase ("40% of new
   * cars and vans will be electric", whose forecast is the figure's).
   */
  private static final Pattern NOUN_AND = Pattern.compile("(?i)\\sand\\s+(?!there\\b|it\\b|they\\b|the\\b|a\\b|an\\b|another\\b|its\\b|their\\b|\\d)");
  /** ", analysts project.": a reporting tail whose forecast verb is said of the figure itself. */
  private static final Pattern FORECAST_TAIL = Pattern.compile(
      "(?i)^[,;]?\\s*(?:\\p{L}[\\p{L}'’.-]*\\s+){1,4}(?:projects?|forecasts?|expects?|predicts?)\\W*$");

  private StatesNow() {}

  /**
   * The period of a figure whose sentence states none for it and which took {@code carried} from the text around it: the month
   * of {@code date} (the page's) where {@code sentence} says the figure holds now and {@code carried} is no longer the present;
   * else {@code carried}.
   */
  static String period(String sentence, String carried, LocalDate date) {
    if (carried == null || date == null || !saysNow(sentence) || PeriodResolver.forecasts(sentence)) return carried;
    YearMonth page = YearMonth.from(date);
    return gone(carried, page, CURRENT.matcher(sentence).find() ? 1 : 2) ? page.toString() : carried;
  }

  /**
   * As {@link #period(String, String, LocalDate)}, for the figure that ends at {@code end} in {@code sentence}. A forecast the
   * sentence makes only after the figure ("The Philippines currently has 500 operational charging stations nationwide, but …
   * at least 5,000 will be needed by 2030") does not make the figure a forecast: where the whole sentence forecasts, the text up
   * to the figure's end is read, and it must say "now" itself ("currently has 500").
   */
  static String period(String sentence, int end, String carried, LocalDate date) {
    return period(part(sentence, end), carried, date);
  }

  /**
   * The text of {@code sentence} that speaks of the figure ending at {@code end}: where the sentence forecasts, the text up to
   * the end of the figure's phrase (the words right after it, "another 100 jobs projected to be filled", are still about it);
   * else the whole sentence.
   */
  static String part(String sentence, int end) {
    if (!PeriodResolver.forecasts(sentence) || end <= 0 || end > sentence.length()) return sentence;
    Matcher next = PHRASE_END.matcher(sentence);
    int from = end;
    while (next.find(from) && NOUN_AND.matcher(sentence).region(next.start(), sentence.length()).lookingAt()) from = next.end();
    int stop = next.find(from) ? next.start() : sentence.length();
    if (FORECAST_TAIL.matcher(sentence.substring(stop)).matches()) return sentence;
    return sentence.substring(0, stop);
  }

  /** Whether {@code sentence} says something holds at the time of writing (not "today" as the day of an event). */
  static boolean saysNow(String sentence) {
    var m = NOW.matcher(sentence);
    while (m.find()) {
      if (!m.group().equalsIgnoreCase("today")) return true;
      if (!EVENT_DAY.matcher(sentence).find()) return true;
    }
    return false;
  }

  /** A whole year, a span or month that ended {@code back} or more months before {@code page}, or one that starts after it. */
  private static boolean gone(String period, YearMonth page, int back) {
    String first = period.contains("/") ? period.substring(0, period.indexOf('/')) : period;
    String last = period.contains("/") ? period.substring(period.indexOf('/') + 1) : period;
    if (first.length() < 7 || last.length() < 7) return true;
    return !YearMonth.parse(last.substring(0, 7)).isAfter(page.minusMonths(back)) || YearMonth.parse(first.substring(0, 7)).isAfter(page);
  }

  private static List<String> forms(String role) {
    return Tsv.forms(WORDS, role);
  }
}
