package org.claimgraph.relate;

import java.util.Objects;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.figure.Comparability;
import org.claimgraph.figure.MeasureParts;
import org.claimgraph.lexicon.UnitTable;

/**
 * The one place that decides whether two figures of different articles state the same fact, agree
 * or contradict each other. Both cite's scan ({@code cite.CitationFinder}) and index
 * ({@code cite.CitationIndex}) ask it, and so does the Spark ingest's keyed step, so a new rule changes both alike; the index's keys
 * ({@link FigureKeys}) only narrow the candidates to those with the same unit,
 * kind, period and places (or order of magnitude), so a rule must not relate figures that differ
 * there.
 *
 * <pre>{@code
 * FigureRelations.Relation r = FigureRelations.relation(cited, other);
 * // "619 tonne CN→US 2025-07" vs "619 tons CN→US 2025-07": corroborating, "same value, measure, place and period"
 * }</pre>
 */
public final class FigureRelations {
  private FigureRelations() {}

  /** How a figure of another article relates to a cited one. */
  public enum Relation {
    /** Not related, or not known to be the same quantity. */
    NONE,
    /** The same value for the same quantity: corroborates. */
    SAME_VALUE,
    /** Another value for the same quantity (known flow, period, places, material): contradicts. */
    OTHER_VALUE;

    public boolean corroborates() {
      return this == SAME_VALUE;
    }
  }

  /**
   * How {@code o} (of another article) relates to the cited {@code f}. Figures of different
   * periods, flows, places or materials never relate ({@link Comparability}): a year-earlier base
   * is not a contradiction of the month's level, nor imports of exports.
   */
  public static Relation relation(FigureRecord f, FigureRecord o) {
    if (!sameFact(f, o)) return Relation.NONE;
    if (sameValue(f, o)) return Relation.SAME_VALUE;
    return Comparability.mayContradict(f.facts(), o.facts()) ? Relation.OTHER_VALUE : Relation.NONE;
  }

  /** The same quantity: unit (of one kind), kind, basis, period, places and measure parts ({@link Comparability}). */
  public static boolean sameFact(FigureRecord a, FigureRecord b) {
    // Measures of other parts never state one fact: answered from the cached parts before the full rule.
    if (!similarMeasures(a.measure(), b.measure())) return false;
    return Comparability.sameQuantity(a.facts(), b.facts());
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

  /**
   * Measures name the same thing when their parts agree (material where both name one, flow,
   * product form, scope), or one is missing: "rare earth magnet exports" is never "… imports".
   */
  public static boolean similarMeasures(String a, String b) {
    if (a == null || b == null) return true;
    return parts(a).sameQuantity(parts(b));
  }

  /**
   * Whether figures of these measures may be parts of one total, or a part and its total: the same
   * flow, product form and scope, and the same material where both name one. Unlike {@link
   * #similarMeasures}, a figure without a measure is not a wildcard (its parts are all unknown), and
   * a part's rest-of-world scope is no scope: "4,958 t to the rest of the world" is a part of the
   * 5,577 t of "rare earth magnet exports". Cobalt never adds to graphite, nor imports to exports.
   */
  public static boolean mayAddUp(String a, String b) {
    if (java.util.Objects.equals(a, b)) return true;
    SumParts x = sumParts(a);
    SumParts y = sumParts(b);
    return x.sumClass().equals(y.sumClass()) && sameOrUnknown(x.material(), y.material());
  }

  /** What {@link #mayAddUp} compares, per measure phrase (asked for every pair a sum rule tries). */
  private record SumParts(String sumClass, String material) {}

  private static final java.util.Map<String, SumParts> SUM_PARTS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final SumParts NO_SUM_PARTS = new SumParts("//", null);

  private static SumParts sumParts(String measure) {
    if (measure == null) return NO_SUM_PARTS;
    SumParts p = SUM_PARTS.get(measure);
    if (p != null) return p;
    if (SUM_PARTS.size() > 50_000) SUM_PARTS.clear(); // bounded, as PARTS
    p = new SumParts(sumClass(measure), parts(measure).material());
    SUM_PARTS.put(measure, p);
    return p;
  }

  /**
   * What figures that may add up ({@link #mayAddUp}) share exactly: flow, product form and scope
   * (rest-of-world counted as none), as {@code export/magnet/} ("" for a part not named). A sum key
   * holds it, beside the material ({@link #sumMaterial}).
   */
  public static String sumClass(String measure) {
    MeasureParts p = parts(measure);
    String scope = "rest-of-world".equals(p.scope()) ? null : p.scope();
    return orEmpty(p.flow()) + "/" + orEmpty(p.form()) + "/" + orEmpty(scope);
  }

  /** The material a measure names ({@link MeasureParts#material}), or "" for none. */
  public static String sumMaterial(String measure) {
    return orEmpty(parts(measure).material());
  }

  private static boolean sameOrUnknown(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Parts by measure phrase: a store names few measures, each compared many times (a lexicon match costs tens of µs). */
  private static final java.util.Map<String, MeasureParts> PARTS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final MeasureParts NONE = new MeasureParts(null, null, null, null);

  private static MeasureParts parts(String measure) {
    if (measure == null) return NONE;
    MeasureParts p = PARTS.get(measure);
    if (p != null) return p;
    if (PARTS.size() > 50_000) PARTS.clear(); // bounded: a pathological store of distinct phrases only loses the cache
    p = MeasureParts.of(measure);
    PARTS.put(measure, p);
    return p;
  }
}
