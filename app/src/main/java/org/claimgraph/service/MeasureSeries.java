package org.claimgraph.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.relate.FigureRelations;
import org.claimgraph.eval.FigureRecord;

/**
 * One measure over time: the levels that articles state for it, one line per credited source,
 * points that another source contradicts marked. Only figures of one kind and unit are drawn (by
 * default amounts, else the kind stated most often, in the unit stated most often), since a chart has one axis.
 *
 * <pre>{@code
 * MeasureSeries s = MeasureSeries.of(all, "rare earth magnet exports", "CN");
 * s.lines().get(0).source();                 // "the General Administration of Customs"
 * s.lines().get(0).points().get(0).period(); // "2025-07"
 * }</pre>
 *
 * @param measure the measure asked for (case-insensitive, whole phrase)
 * @param place   ISO codes that must be the figure's places, space-separated ("CN US"), or null for any
 * @param kind    the kind drawn (amount, change, share)
 * @param unit    the unit drawn
 * @param lines   one per source, sorted by source
 * @param omitted figures of the measure left out (no period, another kind or unit)
 */
public record MeasureSeries(String measure, String place, String kind, String unit, List<Line> lines, int omitted) {

  /** The points one source states, in period order. {@code source} is whom the figures credit, or the publisher's document when nobody. */
  public record Line(String source, List<Point> points) {}

  /** One stated figure at its period; {@code contradictedBy} names the documents that state another value for the same quantity. */
  public record Point(String period, FigureRecord figure, List<String> contradictedBy) {
    public boolean contradicted() {
      return !contradictedBy.isEmpty();
    }
  }

  /** The series of {@code measure} (and {@code place}, may be null) among {@code all}. */
  public static MeasureSeries of(List<FigureRecord> all, String measure, String place) {
    return of(all, measure, place, null, null);
  }

  /** As {@link #of(List, String, String)}, with the kind and unit to draw (null: the most frequent). */
  public static MeasureSeries of(List<FigureRecord> all, String measure, String place, String kind, String unit) {
    String m = measure.strip().toLowerCase(Locale.ROOT);
    List<String> places = place == null || place.isBlank() ? null : List.of(place.strip().toUpperCase(Locale.ROOT).split("\\s+"));
    List<FigureRecord> ofMeasure = all.stream()
        .filter(f -> f.measure() != null && f.measure().toLowerCase(Locale.ROOT).equals(m))
        .filter(f -> places == null || f.place().equals(places))
        .toList();
    // Levels by default: a chart of amounts over time is what a timeline means; changes and shares when asked.
    String k = kind != null ? kind : ofMeasure.stream().anyMatch(f -> f.kind().equals("amount")) ? "amount"
        : mostFrequent(ofMeasure, FigureRecord::kind);
    String u = unit != null ? unit : mostFrequent(ofMeasure.stream().filter(f -> f.kind().equals(k)).toList(), FigureRecord::unit);
    List<FigureRecord> drawn = ofMeasure.stream()
        .filter(f -> f.period() != null && f.kind().equals(k) && FigureRelations.sameUnit(f.unit(), u)).toList();
    Map<String, List<Point>> bySource = new TreeMap<>();
    for (FigureRecord f : drawn) {
      List<String> against = new ArrayList<>();
      for (FigureRecord o : drawn) {
        if (o != f && FigureRelations.relation(f, o) == FigureRelations.Relation.OTHER_VALUE && !against.contains(o.doc())) {
          against.add(o.doc());
        }
      }
      bySource.computeIfAbsent(sourceOf(f), s -> new ArrayList<>()).add(new Point(f.period(), f, List.copyOf(against)));
    }
    List<Line> lines = new ArrayList<>();
    bySource.forEach((s, ps) -> lines.add(new Line(s, ps.stream()
        .sorted(Comparator.comparing(Point::period).thenComparing(p -> p.figure().doc())).toList())));
    return new MeasureSeries(measure, place, k, u, List.copyOf(lines), ofMeasure.size() - drawn.size());
  }

  private static String sourceOf(FigureRecord f) {
    return f.attributedTo() != null ? f.attributedTo() : "uncredited (" + f.doc() + ")";
  }

  private static String mostFrequent(List<FigureRecord> figures, Function<FigureRecord, String> key) {
    Map<String, Long> counts = figures.stream().map(key).filter(java.util.Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
  }
}
