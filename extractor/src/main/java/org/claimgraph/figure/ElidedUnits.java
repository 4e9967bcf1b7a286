package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.UnitTable;

/**
 * A bare number whose noun or unit the sentence states elsewhere takes it (GUIDELINES.md, "A noun or
 * unit elided but stated elsewhere in the same sentence is the unit of the bare number").
 *
 * <pre>
 * "killed more than 2,100 people and infected more than 74,000"     → 74,000 person
 * "Among 719 HPS patients, 22 (3.0%) were aged ≤12 years"          → 22 patient
 * "output of 1.3-million ounces, while 2018's … was 1.46-million"  → 1460000 troy-ounce
 * "jobless claims fell by 5,000 to a seasonally adjusted 180,000"   → 5000 claim; 180000 claim
 * "fell from 6,138 tonnes in November to zero in December"        → 0 tonne
 * </pre>
 *
 * A donor is the nearest earlier quantity of a counted noun or of a unit of measure (not money, a
 * percentage, a factor or a span of time), within a factor of 1000 of the bare number; failing one,
 * the plural noun that a verb of change or level joins to the number ("infections topped 600,000").
 */
final class ElidedUnits {

  /** A plain number with at most a scale word: "74,000", "1.46-million", "22". */
  private static final Pattern BARE = Pattern.compile(
      "(?i)[+\\-−]?[\\d.,\\s\\u00A0]*\\d(?:[-\\s]?(?:million|billion|trillion|thousand|mn|bn|m|k))?|zero");
  /** "1,500 w/SF", "12mAh": a unit the finder does not know follows the number; nothing is elided. */
  private static final Pattern UNKNOWN_UNIT_AFTER = Pattern.compile("[\\p{L}/]|\\s+\\S*(?:/|\\p{L}\\p{Lu})");
  private static final Pattern SUBJECT_VERB = Pattern.compile(
      "(?i)\\b(\\p{Ll}+s)\\s+(?:have\\s+|has\\s+|had\\s+)?(?:rose|fell|dropped|declined|increased|decreased|reached|topped|surpassed"
          + "|climbed|jumped|totaled|totalled|numbered|stood\\s+at|hit|exceeded|grew)\\s+(?:by\\s+)?(?:[a-z]+\\s+){0,2}$");
  private static final Set<String> NOT_DONORS = Set.of("count", "percent", "percentage-point", "factor", "basis-point",
      "point"); // index points are changes; an index level is a count ("rising to a June MMI value of 22")

  private ElidedUnits() {}

  /** {@code qs} (in text order, of {@code sentence} at article offset {@code base}) with elided units filled in. */
  static List<Quantity> fill(List<Quantity> qs, String sentence, int base) {
    return fill(qs, sentence, base, null);
  }

  /** As {@link #fill(List, String, int)}; with {@code lexicon}, a "number of" phrase before a bare number names it (NumberOfNouns). */
  static List<Quantity> fill(List<Quantity> qs, String sentence, int base, org.claimgraph.lexicon.Lexicon lexicon) {
    List<Quantity> out = new ArrayList<>(qs);
    UnitTable units = UnitTable.get();
    for (int i = 0; i < out.size(); i++) {
      Quantity q = out.get(i);
      if (!q.unit().equals("count")) continue;
      String quote = sentence.substring(q.start() - base, q.end() - base);
      if (q.qualifier() != null && quote.toLowerCase(java.util.Locale.ROOT).startsWith(q.qualifier())) {
        quote = quote.substring(q.qualifier().length()).strip();
      }
      if (!BARE.matcher(quote).matches() || UNKNOWN_UNIT_AFTER.matcher(sentence.substring(q.end() - base)).lookingAt()) continue;
      String unit = lexicon == null ? null : numberOf(lexicon, out, i, sentence, base);
      for (int j = i - 1; j >= 0 && unit == null; j--) {
        Quantity d = out.get(j);
        String kind = units.kind(d.unit());
        if (NOT_DONORS.contains(d.unit()) || d.unit().contains("/") || "Currency".equals(kind) || "Time".equals(kind)) continue;
        double ratio = Math.abs(q.value()) / Math.max(1e-9, Math.abs(d.value()));
        // "fell from 6,138 tonnes in November to zero in December": nothing of the same measure
        if (ratio <= 1000 && ratio >= 0.001 || q.value() == 0) unit = d.unit();
      }
      if (unit == null) {
        Matcher sv = SUBJECT_VERB.matcher(sentence.substring(0, q.start() - base));
        if (sv.find()) unit = CountedNouns.get().singular(sv.group(1).toLowerCase(java.util.Locale.ROOT), false);
      }
      if (unit != null) out.set(i, q.withUnit(unit));
    }
    return out;
  }

  /** Units a quantity between a "number of" phrase and its bare number may have without ending the phrase's reach. */
  private static final Set<String> SAME_STORY = Set.of("count", "percent", "percentage-point", "factor");

  /** The noun "the number of public charging stations … 2,834" names for bare quantity {@code i}, or null. */
  private static String numberOf(org.claimgraph.lexicon.Lexicon lexicon, List<Quantity> out, int i, String sentence, int base) {
    String before = sentence.substring(0, out.get(i).start() - base);
    int end = NumberOfNouns.phraseEnd(before);
    if (end < 0) return null;
    for (int j = i - 1; j >= 0; j--) {
      Quantity d = out.get(j);
      if (d.end() - base <= end) break;
      if (!SAME_STORY.contains(d.unit()) && !"Time".equals(UnitTable.get().kind(d.unit()))) return null;
    }
    return NumberOfNouns.noun(lexicon, before, end);
  }
}
