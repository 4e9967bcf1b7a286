package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A basis stated once for coordinated changes of one sentence holds for all of them (GUIDELINES.md, "Bases"), whatever words
 * stated it, and a change written without a verb of its own continues the direction of the change before it:
 *
 * <pre>
 * "… was up 7.3% over the same period last year, while that of goods imports rose 8.2%"  → 8.2% y/y
 * "… increased 2.2% … compared with the fourth quarter of 2017, while goods imports increased 2.9%" → 2.9% q/q
 * "offsetting a 7% fall in Europe and 8% in the US"                                      → 8% down
 * </pre>
 *
 * A change that states its own basis or direction keeps it. Pure: works on the figures of one sentence once their bases are
 * settled (a base read against the figure's period is known only then).
 */
final class CoordinatedBases {

  /** Between two changes: a coordinating word, and no break into a clause of another kind. */
  private static final Pattern COORDINATED = Pattern.compile("(?i)^[^;:]*?\\b(?:while|whereas|and)\\b[^;:]*$");

  private CoordinatedBases() {}

  /** {@code figures}: one sentence's, in text order; {@code base}: the sentence's offset in the article. */
  static List<Figure> carry(List<Figure> figures, String sentence, int base) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 1; i < out.size(); i++) {
      Figure b = out.get(i);
      if (b.kind() != Kind.CHANGE || b.basis() != null && b.direction() != null) continue;
      Figure a = previousChange(out, i);
      if (a == null || a.basis() == null && a.direction() == null) continue;
      String between = sentence.substring(a.evidence().end() - base, b.evidence().start() - base);
      if (!COORDINATED.matcher(between).matches()) continue;
      out.set(i, new Figure(b.quantity(), b.kind(), b.basis() != null ? b.basis() : a.basis(),
          b.direction() != null ? b.direction() : a.direction(), b.period(), b.measure(), b.place(), b.attribution(),
          b.evidence(), b.fromLevel(), b.toLevel()));
    }
    return out;
  }

  /** The nearest change that ends before figure {@code i} starts, or null. */
  private static Figure previousChange(List<Figure> figures, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Figure f = figures.get(j);
      if (f.kind() == Kind.CHANGE && f.evidence().end() <= figures.get(i).evidence().start()) return f;
    }
    return null;
  }
}
