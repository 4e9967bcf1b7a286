package org.claimgraph.story;

import java.util.List;
import java.util.Objects;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.lexicon.UnitTable;

/**
 * Figures of two articles that state the same thing: the same unit (or one of the same quantity
 * kind; any two counted things) and the same value up to the rounding the quotes show ({@link Rounding}).
 *
 * <pre>{@code
 * FigureMatch.sameValue(rewriteFigure, originFigure); // "1.72 million" vs "1.715 million units": true
 * }</pre>
 */
public final class FigureMatch {
  private FigureMatch() {}

  /** Same value up to rounding, in units of one dimension. */
  public static boolean sameValue(FigureRecord a, FigureRecord b) {
    if (!sameDimension(a.unit(), b.unit())) return false;
    return Rounding.same(base(a), a.quote(), base(b), b.quote());
  }

  /** Whether two unit codes measure the same thing (equal codes, or one quantity kind of the unit table). */
  public static boolean sameDimension(String u1, String u2) {
    if (Objects.equals(u1, u2)) return true;
    if (u1 == null || u2 == null) return false;
    UnitTable t = UnitTable.get();
    UnitTable.Entry e1 = t.entry(u1);
    UnitTable.Entry e2 = t.entry(u2);
    if (e1 == null || e2 == null) return false;
    // Counted things are one dimension for a rewrite: "310,912 deliveries" restates "310,912 units".
    if ("Count".equals(e1.kind()) && "Count".equals(e2.kind())) return true;
    return Objects.equals(e1.base(), e2.base()) && Objects.equals(t.kind(u1), t.kind(u2));
  }

  /** The value in the base unit of its unit (kilotonnes as tonnes …), so 5.6 kt and 5,600 t agree. */
  static double base(FigureRecord f) {
    UnitTable.Entry e = f.unit() == null ? null : UnitTable.get().entry(f.unit());
    return e == null ? f.value() : f.value() * e.factor();
  }

  /** How many figures of {@code a} some figure of {@code b} states with the same value. */
  public static int shared(List<FigureRecord> a, List<FigureRecord> b) {
    int n = 0;
    for (FigureRecord x : a) {
      for (FigureRecord y : b) {
        if (sameValue(x, y)) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}
