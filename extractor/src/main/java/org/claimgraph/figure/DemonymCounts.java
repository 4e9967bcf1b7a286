package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.lexicon.Tsv;

/**
 * A number before a demonym counts people, not the demonym read as a noun: "the manganese mining industry employed over
 * 14 500 South Africans" (Castings SA) → 14 500 worker, not "african"; "the project employed nearly 11,000 Mongolians" (UPI);
 * "More than 126,000 West Australians were employed" (Mining Day). Workers where the sentence speaks of employment
 * ({@code people-count-cues.tsv}), else persons. The demonyms are the {@code demonym} rows of {@code countries.tsv} and
 * {@code subdivisions.tsv} ("Australians", "South Africans", "West Australians"), and the invariant adjectives in "-ese"
 * ("1,000 Guyanese are employed") when no noun follows them ("Chinese companies" counts companies).
 */
final class DemonymCounts {

  private static final Pattern DEMONYM = demonyms();
  private static final Pattern EMPLOYMENT = Pattern.compile("(?i)(?<![\\p{L}])(?:"
      + Tsv.literalAlternation(Tsv.read("people-count-cues.tsv"), "form") + ")(?![\\p{L}])");
  /** What may follow an "-ese" form for it to be the people, not an adjective: no word, or a verb or preposition. */
  private static final Pattern WORD_AFTER = Pattern.compile("^\\s+([\\p{L}][\\p{L}-]*)");

  private DemonymCounts() {}

  private static Pattern demonyms() {
    List<java.util.Map<String, String>> rows = new ArrayList<>();
    for (String table : List.of("countries.tsv", "subdivisions.tsv")) {
      for (var row : Tsv.read(table)) {
        String form = row.get("form");
        if ("demonym".equals(row.get("type")) || ("adjective".equals(row.get("type")) && form.endsWith("ese"))) rows.add(row);
      }
    }
    // Right after the number: "14 500 South Africans", the quote "1,000 Guyanese"; case as written.
    return Pattern.compile("^\\s*(" + Tsv.literalAlternation(rows, "form") + ")(?![\\p{L}])");
  }

  /** {@code figures} with each count of a demonym a count of workers or persons. */
  static List<Figure> apply(List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      String unit = peopleUnit(f);
      out.add(unit == null ? f : new Figure(f.quantity().withUnit(unit), f.kind(), f.basis(), f.direction(), f.period(),
          f.measure(), f.place(), f.attribution(), f.evidence(), f.fromLevel(), f.toLevel()));
    }
    return out;
  }

  /**
   * The number, from the start of the quote: what qualifies it ("over", "more than") and its digits and scale word
   * ("over 14 500 ", "427 million "); the demonym follows, inside the quote or right after it.
   */
  private static final Pattern NUMBER = Pattern.compile("^[^\\d]{0,30}?\\d[\\d,.\\u00A0 ]*(?:(?:thousand|million|billion|hundred)\\b)?");

  /** A counted noun's unit code ("african", "job"): lower-case letters and hyphens (compiled once, not per figure). */
  private static final Pattern COUNT_UNIT = Pattern.compile("[a-z][a-z-]*");

  /** "worker" or "person" when {@code f} counts the people its number's demonym names, else null. */
  private static String peopleUnit(Figure f) {
    String unit = f.quantity().unit();
    // Only a count: not money, shares or measures.
    if (!COUNT_UNIT.matcher(unit).matches() || unit.equals("percent") || unit.equals("worker") || unit.equals("person")) return null;
    Evidence e = f.evidence();
    String sentence = e.sentence();
    int from = e.start() - e.sentenceStart();
    if (from < 0 || from >= sentence.length()) return null;
    String rest = sentence.substring(from);
    Matcher number = NUMBER.matcher(rest);
    if (!number.find() || number.end() > e.quote().length() + 1) return null;
    Matcher demonym = DEMONYM.matcher(rest.substring(number.end()));
    if (!demonym.find()) return null;
    if (demonym.group(1).endsWith("ese")) {
      Matcher next = WORD_AFTER.matcher(rest.substring(number.end() + demonym.end()));
      if (next.find() && !CountedNouns.MODIFIER_STOP.contains(next.group(1).toLowerCase(java.util.Locale.ROOT))) return null;
    }
    return EMPLOYMENT.matcher(sentence).find() ? "worker" : "person";
  }
}
