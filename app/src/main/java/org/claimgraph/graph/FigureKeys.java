package org.claimgraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.lexicon.UnitTable;

/**
 * The index keys of a figure ({@code cg:citeKey}), written at ingest and looked up exactly by
 * citation, so finding related figures touches only the candidates with the same key:
 *
 * <ul>
 *   <li>{@code fact|tonne|amount|2025-07|CN US}: the same fact (unit, kind, period, places), for
 *       corroborating and contradicting figures and for the levels an implied figure is checked against;
 *   <li>{@code size|tonne|amount|CN US|2}: the same unit, kind and places and a value of the same
 *       order of magnitude (here 100–999), for the same value put in another period;
 *   <li>{@code sum|tonne|2025-07|CN}: amounts of one unit, period and origin, for parts adding up to a
 *       total; {@code sum|tonne|2025-07|*} for every origin (the parts of a total without places).
 * </ul>
 *
 * Every key is a superset of what the rules compare, so the rules decide and the keys only narrow.
 */
public final class FigureKeys {
  private FigureKeys() {}

  /** Every key of a figure. */
  public static List<String> of(double value, String unit, String kind, String period, List<String> place) {
    List<String> keys = new ArrayList<>(3);
    if (period != null) keys.add(fact(unit, kind, period, place));
    keys.add(size(unit, kind, place, magnitude(value, unit)));
    if ("amount".equals(kind) && period != null) {
      keys.add(sum(unit, period, origin(place)));
      keys.add(sum(unit, period, ANY_ORIGIN));
    }
    return keys;
  }

  /** The origin of {@link #sum} keys that every amount carries. */
  public static final String ANY_ORIGIN = "*";

  /**
   * What a key says of a unit: its quantity kind when the unit table knows it ("Mass" for tonne,
   * kilotonne and pound, so "5.6 kt" and "5,577 t" share keys), else the unit itself.
   */
  static String dimension(String unit) {
    UnitTable units = UnitTable.get();
    String kind = units.kind(unit);
    return kind == null || units.entry(unit) == null ? UnitTable.canonical(unit) : kind + ":" + units.entry(unit).base();
  }

  /** The order of magnitude of a value expressed in its unit's base unit (see {@link #magnitude(double)}). */
  public static int magnitude(double value, String unit) {
    UnitTable.Entry e = UnitTable.get().entry(unit);
    return magnitude(e == null ? value : value * e.factor());
  }

  public static String fact(String unit, String kind, String period, List<String> place) {
    return "fact|" + dimension(unit) + "|" + kind + "|" + period + "|" + String.join(" ", place);
  }

  public static String size(String unit, String kind, List<String> place, int magnitude) {
    return "size|" + dimension(unit) + "|" + kind + "|" + String.join(" ", place) + "|" + magnitude;
  }

  public static String sum(String unit, String period, String origin) {
    return "sum|" + dimension(unit) + "|" + period + "|" + origin;
  }

  /** The origin of a figure's places (the first country), or "" without places. */
  public static String origin(List<String> place) {
    return place.isEmpty() ? "" : place.get(0);
  }

  /**
   * The order of magnitude of a value: 2 for 100–999, 0 for 1–9.99, −1 for 0.1–0.99; values
   * below 10⁻⁶ (and 0) share the lowest bucket.
   */
  public static int magnitude(double value) {
    double v = Math.abs(value);
    if (v < 1e-6) return -7;
    return (int) Math.floor(Math.log10(v) + 1e-12);
  }
}
