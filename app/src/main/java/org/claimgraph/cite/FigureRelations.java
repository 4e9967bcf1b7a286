package org.claimgraph.cite;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.lexicon.UnitTable;

/**
 * The one place that decides whether two figures of different articles state the same fact, agree
 * or contradict each other. Both the scan ({@link CitationFinder}) and the index
 * ({@link CitationIndex}) ask it, so a new rule changes both alike; the index's keys
 * ({@link org.claimgraph.graph.FigureKeys}) only narrow the candidates to those with the same unit,
 * kind, period and places (or order of magnitude), so a rule must not relate figures that differ
 * there.
 *
 * <pre>{@code
 * Related r = FigureRelations.relate(cited, other, otherArticle);
 * // "619 tonne CN→US 2025-07" vs "619 tons CN→US 2025-07": corroborating, "same value, measure, place and period"
 * }</pre>
 */
public final class FigureRelations {
  private FigureRelations() {}

  /** How a figure of another article relates to a cited one. */
  public enum Relation {
    /** Not related. */
    NONE,
    /** The same value for the same fact: corroborates. */
    SAME_VALUE,
    /** Another value for the same fact: contradicts. */
    OTHER_VALUE,
    /** The same value put in another period: contradicts. */
    OTHER_PERIOD;

    public boolean corroborates() {
      return this == SAME_VALUE;
    }
  }

  /** How {@code o} (of another article) relates to the cited {@code f}. */
  public static Relation relation(FigureRecord f, FigureRecord o) {
    if (sameFact(f, o)) return sameValue(f, o) ? Relation.SAME_VALUE : Relation.OTHER_VALUE;
    if (sameValue(f, o) && sameUnit(f.unit(), o.unit()) && Objects.equals(f.kind(), o.kind())
        && f.place().equals(o.place()) && similarMeasures(f.measure(), o.measure()) && f.period() != null
        && o.period() != null && !f.period().equals(o.period())) {
      return Relation.OTHER_PERIOD;
    }
    return Relation.NONE;
  }

  /** The relation of {@code o} to {@code f} in words, with {@code o} and its article; null if unrelated. */
  public static Related relate(FigureRecord f, FigureRecord o, ArticleInfo oa) {
    return switch (relation(f, o)) {
      case NONE -> null;
      case SAME_VALUE -> new Related(o, oa, "same value, measure, place and period");
      case OTHER_VALUE -> new Related(o, oa, "another value for the same measure, place and period");
      case OTHER_PERIOD -> new Related(o, oa, "the same value put in another period (" + o.period() + " instead of " + f.period() + ")");
    };
  }

  /** The same unit, kind, period, places and basis, and similar measures. */
  public static boolean sameFact(FigureRecord a, FigureRecord b) {
    return sameUnit(a.unit(), b.unit()) && Objects.equals(a.kind(), b.kind()) && a.period() != null
        && a.period().equals(b.period()) && a.place().equals(b.place()) && Objects.equals(a.basis(), b.basis())
        && similarMeasures(a.measure(), b.measure());
  }

  /** The same unit, an old code of it, or a unit of the same kind (tonne, kilotonne, pound). */
  public static boolean sameUnit(String a, String b) {
    return Objects.equals(UnitTable.canonical(a), UnitTable.canonical(b)) || UnitTable.get().comparable(a, b);
  }

  /** Values equal within the rounding of how each is written, compared in the first figure's unit. */
  public static boolean sameValue(FigureRecord a, FigureRecord b) {
    double factor = Objects.equals(UnitTable.canonical(a.unit()), UnitTable.canonical(b.unit())) ? 1
        : UnitTable.get().convert(1, b.unit(), a.unit()).orElse(Double.NaN);
    if (Double.isNaN(factor)) return false;
    return Math.abs(a.value() - b.value() * factor) <= Precision.of(a) + Precision.of(b) * factor + 1e-9;
  }

  /** Measures name the same thing when they share at least half their words (or one is missing). */
  public static boolean similarMeasures(String a, String b) {
    if (a == null || b == null) return true;
    Set<String> x = words(a);
    Set<String> y = words(b);
    // "exports to rest of world" is not "exports"; a share or a value is not the quantity itself.
    for (String w : DISTINGUISHING) if (x.contains(w) != y.contains(w)) return false;
    Set<String> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return union.isEmpty() || inter.size() * 2 >= union.size() || x.containsAll(y) || y.containsAll(x);
  }

  private static final List<String> DISTINGUISHING = List.of("rest", "share", "value", "price", "profit", "capacity");

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty() || w.equals("of") || w.equals("the")) continue;
      out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }
}
