package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.lexicon.Tsv;
import org.claimgraph.lexicon.UnitTable;

/**
 * Of two scaled numbers written as a pair, the one the writer left bare takes its partner's unit, also a currency and
 * also when the unit comes after it (ElidedUnits only looks back, and never at money):
 *
 * <pre>
 * "(from 29.2 thousand to 41.7 thousand tons)"                                   → 29.2 thousand tonne
 * "Operating income … was 46.4 billion, compared with a loss of 63.4 billion won" → 46.4 billion KRW
 * "Revenue rose 14.8% to 62.18 billion yuan from 54.15 billion."                 → 54.15 billion CNY
 * "sold 2 million cars and 3 billion" (scales differ), "3 billion to 40%"        → unchanged
 * </pre>
 *
 * A pair is two neighbouring quantities of one sentence with the same scale word ("thousand", "billion", "bn": scales.tsv)
 * joined by a word of a range or a comparison ("to", "from", "and", "compared with a loss of"); the partner's unit is not
 * a percentage, a factor or a time.
 */
final class PairedUnits {

  private static final Set<String> SCALES = Tsv.read("scales.tsv").stream().map(r -> r.get("form")).collect(Collectors.toSet());
  /** The number and the scale word right after it: "29.2 thousand", "$5bn", "372.8 billion won". */
  private static final Pattern SCALED = Pattern.compile("\\d[-\\s\\u00A0]?(\\p{L}+\\.?)");
  /** A quote that is only a number and a scale word: "29.2 thousand", "54.15 billion", "1.46-million". */
  private static final Pattern BARE_SCALED = Pattern.compile("(?i)[+\\-−]?[\\d.,]*\\d[-\\s\\u00A0]?\\p{L}+\\.?");
  private static final String LINK = "(?:to|from|and|or|against|versus|vs\\.?|compared\\s+(?:with|to)|up\\s+from|down\\s+from)";
  /** Between a bare number and its partner after it: "to", "and", "–", ", compared with a loss of" (up to 60 characters, no number). */
  private static final Pattern FORWARD = Pattern.compile("(?i)^(?:\\s*(?:to|and|or|-|–|—)\\s*|[^\\d;:()]{0,60}?[\\s,]" + LINK
      + "\\s+(?:(?:a|an|the)\\s+)?(?:\\p{L}+\\s+of\\s+)?)$");
  /** Between a partner and the bare number after it: " from ", ", compared with ", " to ". */
  private static final Pattern BACKWARD = Pattern.compile("(?i)^\\s*,?\\s*" + LINK + "\\s+(?:(?:a|an|the)\\s+)?(?:\\p{L}+\\s+of\\s+)?$");
  private static final Set<String> NOT_DONORS = Set.of("count", "percent", "percentage-point", "factor", "basis-point", "point");

  private PairedUnits() {}

  /** {@code qs} (in text order, of {@code sentence} at article offset {@code base}) with each bare half of a pair given its partner's unit. */
  static List<Quantity> fill(List<Quantity> qs, String sentence, int base) {
    List<Quantity> out = new ArrayList<>(qs);
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      if (!q.unit().equals("count")) continue;
      String quote = quote(q, sentence, base);
      if (!BARE_SCALED.matcher(quote).matches()) continue;
      String scale = scale(quote);
      if (scale == null) continue;
      String unit = null;
      if (i + 1 < qs.size()) unit = donor(q, scale, qs.get(i + 1), sentence.substring(q.end() - base, qs.get(i + 1).start() - base), FORWARD, sentence, base);
      if (unit == null && i > 0 && qs.get(i - 1).end() <= q.start()) {
        unit = donor(q, scale, qs.get(i - 1), sentence.substring(qs.get(i - 1).end() - base, q.start() - base), BACKWARD, sentence, base);
      }
      if (unit != null) out.set(i, q.withUnit(unit));
    }
    return out;
  }

  /** The unit {@code partner} gives {@code q}, or null when they are not a pair. */
  private static String donor(Quantity q, String scale, Quantity partner, String between, Pattern link, String sentence, int base) {
    String unit = partner.unit();
    String kind = UnitTable.get().kind(unit);
    if (NOT_DONORS.contains(unit) || "Time".equals(kind) || unit.endsWith("/year") && !"Currency".equals(kind)) return null;
    if (!scale.equals(scale(quote(partner, sentence, base))) || !link.matcher(between).matches()) return null;
    double ratio = Math.abs(q.value()) / Math.max(1e-9, Math.abs(partner.value()));
    return ratio <= 1000 && ratio >= 0.001 ? unit : null;
  }

  private static String quote(Quantity q, String sentence, int base) {
    String quote = sentence.substring(q.start() - base, q.end() - base);
    if (q.qualifier() != null && quote.toLowerCase(Locale.ROOT).startsWith(q.qualifier())) quote = quote.substring(q.qualifier().length()).strip();
    return quote;
  }

  /** The scale word right after the first number of {@code quote} ("billion"), lower case, or null. */
  private static String scale(String quote) {
    Matcher m = SCALED.matcher(quote);
    if (!m.find()) return null;
    String word = m.group(1);
    if (SCALES.contains(word)) return word.toLowerCase(Locale.ROOT);
    String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return SCALES.contains(bare) ? bare.toLowerCase(Locale.ROOT) : null;
  }
}
