package org.claimgraph.service;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.figure.MeasureParts;

/**
 * One page of the figures a {@link FigureFilter} lets through, with how many there are in all and
 * the facet counts over all of them (not only this page), for a figure browser.
 *
 * <pre>{@code
 * FigurePage p = FigurePage.of(all, FigureFilter.ALL.withPlace("CN"), 0, 50);
 * p.total();                      // 212
 * p.facets().get("material");     // {rare-earths=180, lithium=32}, most frequent first
 * }</pre>
 *
 * @param facets facet name (material, flow, measure, place, period, source, doc) → value → count,
 *               most frequent first, ties by value
 */
public record FigurePage(int total, int offset, int limit, List<FigureRecord> figures,
    Map<String, Map<String, Integer>> facets) {

  /** The facets, in the order a browser shows them. */
  public static final List<String> FACETS = List.of("material", "flow", "measure", "place", "period", "source", "doc");

  /** The page of {@code all} that {@code filter} lets through, from {@code offset}, at most {@code limit}. */
  public static FigurePage of(List<FigureRecord> all, FigureFilter filter, int offset, int limit) {
    List<FigureRecord> matching = all.stream().filter(filter).toList();
    List<FigureRecord> page = matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    facets.put("material", count(matching, f -> Stream.ofNullable(MeasureParts.of(f.measure()).material())));
    facets.put("flow", count(matching, f -> Stream.ofNullable(MeasureParts.of(f.measure()).flow())));
    facets.put("measure", count(matching, f -> Stream.ofNullable(f.measure())));
    facets.put("place", count(matching, f -> f.place().stream().distinct()));
    facets.put("period", count(matching, f -> Stream.ofNullable(f.period())));
    facets.put("source", count(matching, f -> Stream.ofNullable(f.attributedTo())));
    facets.put("doc", count(matching, f -> Stream.of(f.doc())));
    return new FigurePage(matching.size(), offset, limit, List.copyOf(page), facets);
  }

  private static Map<String, Integer> count(List<FigureRecord> figures, Function<FigureRecord, Stream<String>> values) {
    Map<String, Integer> counts = new TreeMap<>();
    for (FigureRecord f : figures) values.apply(f).forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }
}
