package org.claimgraph.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Tsv;

/**
 * The fiscal-year convention of an article (lexicon {@code fiscal-years.tsv}): that of the company
 * its headline or lead names (Toyota's year ends in March, Tesla's in December), else of the country
 * it is about or its lead names ("Electric vehicle sales in India crossed the one million mark …
 * last fiscal"), else of the signs of
 * {@code fiscal-signals.tsv} (a page under {@code .in}, "lakh", "crore") or of numbers grouped the
 * Indian way ("11,52,021 units"). Otherwise the calendar year: "Tesla's fiscal 2023" is 2023.
 */
final class FiscalYears {

  private static final Map<String, FiscalYear> BY_COUNTRY = new HashMap<>();
  private static final Map<String, String> DOMAINS = new java.util.TreeMap<>();
  /** The words that sign a country's convention ("lakh", "crore"), each as a whole-word pattern, by country. */
  private static final Map<Pattern, String> WORDS = new java.util.LinkedHashMap<>();

  static {
    for (var row : Tsv.read("fiscal-years.tsv")) {
      BY_COUNTRY.put(row.get("country"), new FiscalYear(Integer.parseInt(row.get("start")), "end".equals(row.get("named")),
          "government".equals(row.get("scope")), "fiscal".equals(row.get("quarters")), "mid".equals(row.get("day"))));
    }
    Map<String, String> words = new java.util.TreeMap<>();
    for (var row : Tsv.read("fiscal-signals.tsv")) {
      (row.get("kind").equals("domain") ? DOMAINS : words).put(row.get("signal"), row.get("country"));
    }
    for (var e : words.entrySet()) {
      // A capitalised sign followed by another capitalised word is a name: "Shrawan Kumar" (a common Indian first name) is no
      // Nepali month.
      String name = Character.isUpperCase(e.getKey().charAt(0)) ? "(?!(?-i:\\s+\\p{Lu}\\p{Ll}))" : "";
      WORDS.put(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}])" + name, Pattern.CASE_INSENSITIVE),
          e.getValue());
    }
  }

  /** "11,52,021", "2,85,443": thousands, then lakhs grouped by two digits (India's numbering). */
  private static final Pattern LAKH_GROUPING = Pattern.compile("(?<![\\d,.])\\d{1,2},\\d{2},\\d{3}(?![\\d,])");

  private FiscalYears() {}

  /**
   * The convention for an article whose country candidates are {@code countries}, in order of
   * precedence (the companies its headline and lead name, the country it is about, the countries
   * its headline and lead name): the first decides, and one without a row counts the calendar year
   * ("Hyundai's FY2023" in a Korean story). Without any, the page's domain and words decide.
   */
  static FiscalYear of(List<String> countries, String host, String text) {
    if (!countries.isEmpty()) return BY_COUNTRY.getOrDefault(countries.get(0), FiscalYear.CALENDAR);
    String signed = signed(host, text);
    return signed == null ? FiscalYear.CALENDAR : BY_COUNTRY.get(signed);
  }

  /** The country the page's domain or words sign ({@code fiscal-signals.tsv}, India's digit grouping), or null. */
  static String signed(String host, String text) {
    if (host != null) {
      for (var e : DOMAINS.entrySet()) if (host.endsWith(e.getKey())) return e.getValue();
    }
    for (var e : WORDS.entrySet()) if (e.getKey().matcher(text).find()) return e.getValue();
    if (LAKH_GROUPING.matcher(text).find()) return "IN";
    return null;
  }

}
