package org.claimgraph.figure;

import java.util.List;
import java.util.Objects;
import org.claimgraph.lexicon.UnitTable;

/**
 * Whether two stated figures are about the same quantity, so that their values may corroborate or
 * contradict each other. Two figures of different periods, flows (exports vs imports), places or
 * materials are never the same quantity and never contradict:
 *
 * <pre>
 * 3,120 t rare earth magnet exports CN→US 2024-07  vs  3,260 t rare earth magnet exports CN→US 2025-07 → another period
 * 5,577 t rare earth magnet exports CN 2025-07     vs  5,577 t rare earth magnet imports US 2025-07    → another flow
 * 619 t rare earth magnet exports CN→US 2025-07    vs  600 t rare earth magnet exports CN→US 2025-07  → may contradict
 * </pre>
 *
 * Pure and stateless; used by {@code cite} to relate figures of different articles.
 */
public final class Comparability {

  /**
   * What decides whether two figures compare: everything but the value and the evidence.
   *
   * @param unit    normalized unit
   * @param kind    amount, change or share
   * @param basis   yoy, mom, qoq, vs-period or null
   * @param period  ISO period or null
   * @param measure measure phrase or null
   * @param place   ISO codes, exporter first
   */
  public record Facts(String unit, String kind, String basis, String period, String measure, List<String> place) {
    public Facts {
      place = place == null ? List.of() : List.copyOf(place);
    }
  }

  private Comparability() {}

  /**
   * Why two figures are not about the same quantity ("another period: 2024-07 vs 2025-07"), or
   * null when they are: same unit, kind, basis, a known and equal period, the same places in the
   * same order, and measures of the same parts ({@link MeasureParts#sameQuantity}).
   */
  public static String difference(Facts a, Facts b) {
    if (!sameUnit(a.unit(), b.unit())) return "another unit: " + a.unit() + " vs " + b.unit();
    if (!Objects.equals(a.kind(), b.kind())) return "another kind: " + a.kind() + " vs " + b.kind();
    if (!Objects.equals(a.basis(), b.basis())) return "another basis: " + a.basis() + " vs " + b.basis();
    if (a.period() == null || b.period() == null) return "a period is unknown";
    if (!a.period().equals(b.period())) return "another period: " + a.period() + " vs " + b.period();
    if (!a.place().equals(b.place())) return "another place: " + a.place() + " vs " + b.place();
    MeasureParts x = MeasureParts.of(a.measure());
    MeasureParts y = MeasureParts.of(b.measure());
    if (!Objects.equals(x.flow(), y.flow())) return "another flow: " + x.flow() + " vs " + y.flow();
    if (x.material() != null && y.material() != null && !x.material().equals(y.material())) {
      return "another material: " + x.material() + " vs " + y.material();
    }
    if (!Objects.equals(x.form(), y.form())) return "another product form: " + x.form() + " vs " + y.form();
    if (!Objects.equals(x.scope(), y.scope())) return "another scope: " + x.scope() + " vs " + y.scope();
    return null;
  }

  /** The same unit, an old code of it, or a unit of the same base (tonne, kilotonne, pound). */
  static boolean sameUnit(String a, String b) {
    if (Objects.equals(a, b)) return true;
    if (a == null || b == null) return false;
    return Objects.equals(UnitTable.canonical(a), UnitTable.canonical(b)) || UnitTable.get().comparable(a, b);
  }

  /** Whether the two figures are about the same quantity (see {@link #difference}). */
  public static boolean sameQuantity(Facts a, Facts b) {
    return difference(a, b) == null;
  }

  /**
   * Whether two different values of these figures would contradict each other: the same quantity,
   * with a known flow (two figures of unknown measure are not known to be the same quantity).
   */
  public static boolean mayContradict(Facts a, Facts b) {
    return sameQuantity(a, b) && MeasureParts.of(a.measure()).flow() != null;
  }
}
