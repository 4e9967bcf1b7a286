package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.UnitTable;

/**
 * An amount converted in brackets right after a qualified amount is as approximate as the amount it converts (round 19,
 * smoke19): "about £4000 ($7695)", "up to 295 kilometers (183 miles)", "around RMB 300000/t (US$47088)", "nearly
 * VND3 trillion ($114.67 million)" → the bracketed figure takes "about", "up to", "around", "nearly". A share or a rate in
 * brackets ("3,700 tonnes (28.4 percent)") restates a part, and an exact count an approximate one ("almost a quarter of a
 * million (249,575)"): no conversions, they keep their own qualifier (none).
 */
final class ConvertedQualifiers {

  /** Between the amount and its conversion: only the opening bracket. */
  private static final Pattern OPENING = Pattern.compile("^\\s*\\(\\s*$");
  /** After the conversion: the bracket closes (a footnote mark may come first: "(USD 4.5 billion*)"). */
  private static final Pattern CLOSING = Pattern.compile("^[*†\\s]*\\)");
  /** Units that measure a part or a move, not an amount that converts. */
  private static final Set<String> NOT_CONVERTED = Set.of("percent", "percentage-point", "factor");

  private ConvertedQualifiers() {}

  /**
   * Whether a figure in {@code to} can convert one in {@code from}: two units of measure that differ ("GBP" and "USD",
   * "kilometer" and "mile"); not a count restated exactly ("almost a quarter of a million (249,575)"), nor a count of
   * other things ("cars with no more than seven seats (6,205)").
   */
  static boolean conversion(String from, String to) {
    return !from.equals(to) && !NOT_CONVERTED.contains(from) && !NOT_CONVERTED.contains(to) && !counted(from) && !counted(to);
  }

  /** Whether {@code f} stands alone in brackets right after {@code amount}: "VND400 billion ($15.3 million)". */
  static boolean bracketedAfter(Figure amount, Figure f, String sentence, int base) {
    int from = amount.evidence().end() - base;
    int to = f.evidence().start() - base;
    int after = f.evidence().end() - base;
    if (from < 0 || to < from || after > sentence.length()) return false;
    return OPENING.matcher(sentence.substring(from, to)).matches() && CLOSING.matcher(sentence.substring(after)).lookingAt();
  }

  private static boolean counted(String unit) {
    UnitTable units = UnitTable.get();
    return unit.equals("count") || unit.equals("vehicle") || units.isCounted(unit) || "Count".equals(units.kind(unit));
  }

  /** The figures of one sentence ({@code sentence} starting at article offset {@code base}), conversions qualified as their amounts. */
  static List<Figure> carry(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 1; i < out.size(); i++) {
      Figure amount = out.get(i - 1);
      Figure f = out.get(i);
      String qualifier = amount.quantity().qualifier();
      if (qualifier == null || f.quantity().qualifier() != null) continue;
      if (!conversion(amount.quantity().unit(), f.quantity().unit())) continue;
      if (!bracketedAfter(amount, f, sentence, base)) continue;
      Quantity q = f.quantity();
      out.set(i, new Figure(new Quantity(q.value(), q.valueMax(), q.unit(), qualifier, q.signed(), q.start(), q.end()), f.kind(),
          f.basis(), f.direction(), f.period(), f.measure(), f.place(), f.attribution(), f.evidence(), f.fromLevel(), f.toLevel()));
    }
    return out;
  }
}
