package org.claimgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.UnitTable;

/**
 * The index keys of a figure ({@code cg:citeKey}), written at ingest and looked up exactly by
 * citation, so finding related figures touches only the candidates with the same key:
 *
 * <ul>
 *   <li>{@code value|619}: the value (and the upper value of a range) exactly, for the cited figure;
 *   <li>{@code fact|tonne|amount|2025-07|CN US}: the same fact (unit, kind, period, places), for
 *       corroborating and contradicting figures and for the levels an implied figure is checked against;
 *   <li>{@code size|tonne|amount|CN US|0|619|0}: the same unit, kind and places and a value in the
 *       same bucket (here 619 ≤ v &lt; 620 at level 0, buckets of 1 for numbers written to ±0.5; the
 *       last part is the figure's own level), for the same value put in another period; filed at
 *       {@link #LEVELS} levels, see {@link #sizeProbes};
 *   <li>{@code sum|tonne|2025-07|CN|export/magnet/|rare-earths}: amounts of one unit, period, origin,
 *       flow/form/scope and material ({@link FigureRelations#sumClass}, {@link FigureRelations#sumMaterial}),
 *       for parts adding up to a total; filed also under the origin {@code *} (every origin: the parts of
 *       a total without places) and the material {@code *} (every material: for a measure that names
 *       none), see {@link #sumProbes}.
 * </ul>
 *
 * <p>Beside them, {@link #statement} is a figure's {@code cg:statementKey}: the very statement bar its
 * value, on which queries/08 joins.
 *
 * Every key is a superset of what the rules compare, so the rules decide and the keys only narrow.
 */
public final class FigureKeys {
  private FigureKeys() {}

  /** Every key of a figure; {@code quote} is the figure as written (its rounding sets its value buckets). */
  public static List<String> of(double value, String quote, String unit, String kind, String period, List<String> place,
      String measure) {
    return of(value, null, quote, unit, kind, period, place, measure);
  }

  /** Every key of a figure with an upper value ({@code valueMax}, or null). */
  public static List<String> of(double value, Double valueMax, String quote, String unit, String kind, String period,
      List<String> place, String measure) {
    List<String> keys = new ArrayList<>(7 + LEVELS);
    keys.add(value(value));
    if (valueMax != null && valueMax != value) keys.add(value(valueMax));
    if (period != null) keys.add(fact(unit, kind, period, place));
    int own = level(precision(quote, value));
    for (int level = own; level < own + LEVELS; level++) keys.add(size(unit, kind, place, level, bucket(value, level), own));
    if ("amount".equals(kind) && period != null) {
      String sumClass = FigureRelations.sumClass(measure);
      String material = FigureRelations.sumMaterial(measure);
      for (String origin : List.of(origin(place), ANY)) {
        keys.add(sum(unit, period, origin, sumClass, material));
        keys.add(sum(unit, period, origin, sumClass, ANY));
      }
    }
    return keys;
  }

  /**
   * The key of the exact statement a figure makes, bar its value ({@code cg:statementKey}): {@code
   * percent|change|mom|2025-07|CN US|rare earth magnet exports}. The unit is the code as
   * stored (not its canonical form) and the basis its class as stored ({@code cg:basis}: year-on-year,
   * month-on-month, or against another period), so equal keys mean equal {@code cg:unitCode},
   * {@code cg:kind}, {@code cg:basis}, {@code cg:period}, {@code cg:placeList} and {@code cg:measure}.
   *
   * @return the key, or null for a figure without measure or period (queries/08 compares neither)
   */
  public static String statement(String unit, String kind, String basis, String period, List<String> place, String measure) {
    if (measure == null || period == null) return null;
    String basisClass = basis == null ? "" : switch (basis) {
      case "yoy" -> "yoy";
      case "mom" -> "mom";
      default -> "versus";
    };
    return unit + "|" + kind + "|" + basisClass + "|" + period + "|" + String.join(" ", place) + "|" + measure;
  }

  /**
   * The exact value as a key ({@code value|619}, {@code value|75.5}): what {@code cite} looks up
   * first. A string, because TDB2 keeps {@code xsd:decimal}s in a canonical form ("619.0") that an
   * exact lookup of the written form would miss.
   */
  public static String value(double value) {
    return "value|" + decimal(value);
  }

  /** A value as {@code cg:value} writes it: plain, without trailing zeros ("619", "75.5"). */
  public static String decimal(double v) {
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  /** The origin and the material of {@link #sum} keys that every amount carries. */
  public static final String ANY = "*";

  /**
   * What a key says of a unit: its current code (old codes such as "tonne-per-year" map to
   * "tonne/year"). Keys stay per unit, not per quantity kind, so that queries can build them
   * from a figure's unit (queries/11); a figure in another unit of the same kind is related by
   * cite's scan of the figure's own article and by the value lookup, not by these keys.
   */
  public static String dimension(String unit) {
    return UnitTable.canonical(unit);
  }

  public static String fact(String unit, String kind, String period, List<String> place) {
    return "fact|" + dimension(unit) + "|" + kind + "|" + period + "|" + String.join(" ", place);
  }

  /** A value bucket of a figure whose own rounding level is {@code own}, filed at {@code level} ≥ own. */
  public static String size(String unit, String kind, List<String> place, int level, long bucket, int own) {
    return "size|" + unit + "|" + kind + "|" + String.join(" ", place) + "|" + level + "|" + bucket + "|" + own;
  }

  /**
   * Bucket levels a figure is filed under for value lookups: its own and the next coarser ones,
   * so a figure written more precisely than the cited one (by up to three orders of
   * magnitude: "1,234,567 t" against "1.2 million t") is found at the cited one's level.
   */
  public static final int LEVELS = 4;

  /**
   * The level of a rounding: buckets of level L are 10^L wide, at least twice the rounding
   * ("619 t", ±0.5: level 0; "1.2 million", ±50,000: level 5).
   */
  public static int level(double precision) {
    return (int) Math.ceil(Math.log10(Math.max(2 * precision, 1e-9)) - 1e-9);
  }

  /** The bucket of a value at a level: floor(value / 10^level). */
  public static long bucket(double value, int level) {
    return (long) Math.floor(value / Math.pow(10, level));
  }

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");

  /**
   * How precisely a figure is stated: half a unit of its last written digit, in the figure's unit.
   * "353 tons" ± 0.5 t; "75.5%" ± 0.05; "1.243 million units" ± 500; "Eighty percent" ± 0.5.
   */
  public static double precision(String quote, double value) {
    if (quote == null) return 0.5;
    Matcher m = NUMBER.matcher(quote);
    if (!m.find()) return 0.5;
    double written = Double.parseDouble(m.group().replace(",", ""));
    int decimals = m.group(1) == null ? 0 : m.group(1).length();
    double scale = written == 0 ? 1 : value / written;
    return 0.5 * Math.pow(10, -decimals) * Math.abs(scale);
  }

  public static String sum(String unit, String period, String origin, String sumClass, String material) {
    return "sum|" + dimension(unit) + "|" + period + "|" + origin + "|" + sumClass + "|" + material;
  }

  /**
   * The sum keys to look up for the amounts that may add up with an amount of this unit, period,
   * places and measure, as total or part ({@code Implications}): those of its origin or without
   * places (every origin for an amount without places), of its flow, form and scope, and of its
   * material or none (every material for a measure that names none).
   */
  public static List<String> sumProbes(String unit, String period, List<String> place, String measure) {
    List<String> origins = place.isEmpty() ? List.of(ANY) : List.of(origin(place), "");
    String material = FigureRelations.sumMaterial(measure);
    List<String> materials = material.isEmpty() ? List.of(ANY) : List.of(material, "");
    String sumClass = FigureRelations.sumClass(measure);
    List<String> keys = new ArrayList<>(4);
    for (String o : origins) for (String m : materials) keys.add(sum(unit, period, o, sumClass, m));
    return keys;
  }

  /**
   * The sum keys stores written before sum keys named measures carry ({@code sum|tonne|2025-07|CN},
   * {@code …|*}), looked up when a store has no key of the current form: amounts of one unit, period
   * and origin of every measure.
   */
  public static List<String> legacySumProbes(String unit, String period, List<String> place) {
    String prefix = "sum|" + dimension(unit) + "|" + period + "|";
    return place.isEmpty() ? List.of(prefix + ANY) : List.of(prefix + origin(place), prefix);
  }

  /** The origin of a figure's places (the first country), or "" without places. */
  public static String origin(List<String> place) {
    return place.isEmpty() ? "" : place.get(0);
  }


  /**
   * The size keys to look up for figures whose value may equal {@code value} within both
   * roundings: at each level from the cited figure's own up, the buckets its range widened by a
   * rounding of that level covers (two or three per level).
   */
  public static List<String> sizeProbes(double value, double precision, String unit, String kind, List<String> place) {
    List<String> keys = new ArrayList<>();
    int own = level(precision);
    // At its own level: figures as rounded or rounded more finely (filed there too); above it,
    // figures rounded more coarsely, each at its own level only.
    for (int level = own; level < own + COARSER; level++) {
      // The rules compare with a slack of 1e-9; so do the probes, and floating-point division with them.
      double reach = (precision + Math.pow(10, level) / 2) * (1 + 1e-9) + 1e-9;
      for (long b = bucket(value - reach, level); b <= bucket(value + reach, level); b++) {
        if (level == own) {
          for (int finer = own - LEVELS + 1; finer <= own; finer++) keys.add(size(unit, kind, place, level, b, finer));
        } else {
          keys.add(size(unit, kind, place, level, b, level));
        }
      }
    }
    return keys;
  }

  /** How many levels above its own a cited figure looks for more coarsely rounded ones. */
  private static final int COARSER = 10;

}
