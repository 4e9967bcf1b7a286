package org.claimgraph.service;

import java.util.Locale;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.figure.MeasureParts;

/**
 * Which stored figures to list: every non-null field must match. Used by {@code figures} on the
 * command line and by {@code /api/figures}.
 *
 * <pre>{@code
 * FigureFilter f = FigureFilter.ALL.withMaterial("rare-earths").withPlace("CN").withPeriod("2025");
 * f.test(record); // material of the measure is rare-earths, CN among its places, period 2025 or 2025-07 …
 * }</pre>
 *
 * @param material  a material id of the measure ({@code rare-earths}, {@code lithium}; see {@link MeasureParts}), exact
 * @param measure   words of the measure, case-insensitive ("magnet exports" matches "rare earth magnet exports")
 * @param flow      the measure's flow ({@code export}, {@code import}, {@code production} …), exact
 * @param place     an ISO code among the figure's places ("CN"), case-insensitive
 * @param period    a period or its start ("2025" matches 2025, 2025-07 and 2025-Q3)
 * @param source    words of whom the figure is credited to, case-insensitive
 * @param docPrefix the document name starts with this ("004" matches 004_073a1bba27b7e5aa)
 */
public record FigureFilter(String material, String measure, String flow, String place, String period, String source,
    String docPrefix) implements java.util.function.Predicate<FigureRecord> {

  /** No condition: every figure. */
  public static final FigureFilter ALL = new FigureFilter(null, null, null, null, null, null, null);

  public FigureFilter {
    material = blankToNull(material);
    measure = blankToNull(measure);
    flow = blankToNull(flow);
    place = blankToNull(place);
    period = blankToNull(period);
    source = blankToNull(source);
    docPrefix = blankToNull(docPrefix);
  }

  public FigureFilter withMaterial(String v) {
    return new FigureFilter(v, measure, flow, place, period, source, docPrefix);
  }

  public FigureFilter withPlace(String v) {
    return new FigureFilter(material, measure, flow, v, period, source, docPrefix);
  }

  public FigureFilter withPeriod(String v) {
    return new FigureFilter(material, measure, flow, place, v, source, docPrefix);
  }

  public FigureFilter withDocPrefix(String v) {
    return new FigureFilter(material, measure, flow, place, period, source, v);
  }

  @Override
  public boolean test(FigureRecord f) {
    if (docPrefix != null && !f.doc().startsWith(docPrefix)) return false;
    if (measure != null && !contains(f.measure(), measure)) return false;
    if (source != null && !contains(f.attributedTo(), source)) return false;
    if (period != null && (f.period() == null || !f.period().startsWith(period))) return false;
    if (place != null && f.place().stream().noneMatch(p -> p.equalsIgnoreCase(place))) return false;
    if (material != null || flow != null) {
      MeasureParts parts = MeasureParts.of(f.measure());
      if (material != null && !material.equalsIgnoreCase(String.valueOf(parts.material()))) return false;
      if (flow != null && !flow.equalsIgnoreCase(String.valueOf(parts.flow()))) return false;
    }
    return true;
  }

  private static boolean contains(String text, String words) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
