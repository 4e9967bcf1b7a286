package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A change restated in brackets right after it is the same change (round 26; f3 commercialsolarguy, f5 vir, f6 autodiary):
 *
 * <pre>
 * "rose by CNY3,000 (USD413)", "an improvement of VND400 billion ($15.3 million)" → the conversion: change, up, the same basis
 * "decreased by 69.9 billion won (-12.3%)"                                          → the rate: change, down, the same basis
 * </pre>
 *
 * Only a conversion (another unit of measure, {@link ConvertedQualifiers}) or a rate (a percent after an amount, points after a
 * percent) restates a change; a count after a percent is the level reached ("up 3.96% (29,435) on 2022": 29,435 is the year's
 * total) and keeps its kind. Two changes so paired share what one of them states and the other leaves unsaid. Pure: works on
 * one sentence's figures once their bases are settled.
 */
final class RestatedChanges {

  private static final Set<String> RATES = Set.of("percent", "percentage-point");

  private RestatedChanges() {}

  /** {@code figures}: one sentence's, in text order; {@code base}: the sentence's offset in the article. */
  static List<Figure> carry(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 1; i < out.size(); i++) {
      Figure a = out.get(i - 1);
      Figure b = out.get(i);
      if (a.kind() != Kind.CHANGE || !ConvertedQualifiers.bracketedAfter(a, b, sentence, base)) continue;
      String from = a.quantity().unit();
      String to = b.quantity().unit();
      if (b.kind() == Kind.CHANGE) {
        if (a.basis() == null && b.basis() == null && a.direction() != null && b.direction() != null) continue;
        out.set(i - 1, with(a, a.basis() != null ? a.basis() : b.basis(), a.direction() != null ? a.direction() : b.direction()));
        out.set(i, with(b, b.basis() != null ? b.basis() : a.basis(), b.direction() != null ? b.direction() : a.direction()));
      } else if (ConvertedQualifiers.conversion(from, to) || RATES.contains(to) && !RATES.contains(from) && !from.equals("factor")
          || to.equals("percentage-point") && from.equals("percent")) {
        out.set(i, new Figure(b.quantity(), Kind.CHANGE, a.basis(), a.direction(), b.period(), b.measure(), b.place(), b.attribution(),
            b.evidence(), b.fromLevel(), b.toLevel()));
      }
    }
    return out;
  }

  private static Figure with(Figure f, String basis, String direction) {
    return new Figure(f.quantity(), f.kind(), basis, direction, f.period(), f.measure(), f.place(), f.attribution(), f.evidence(),
        f.fromLevel(), f.toLevel());
  }
}
