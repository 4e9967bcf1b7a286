package org.claimgraph.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.fixture.FigureFixture;
import org.claimgraph.graph.StoredFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters, pages with facets, series and CSV of the page's views, on the hand-made fixture. */
class WorkbenchViewsTest {

  static List<FigureRecord> all;

  @BeforeAll
  static void load() {
    all = StoredFigures.all(FigureFixture.load());
  }

  @Test
  void aDocumentPrefixSelectsEveryDocumentStartingWithIt() {
    List<FigureRecord> daily = all.stream().filter(FigureFilter.ALL.withDocPrefix("dai")).toList();
    assertFalse(daily.isEmpty());
    assertTrue(daily.stream().allMatch(f -> f.doc().equals("daily-b")));
    assertTrue(all.stream().filter(FigureFilter.ALL.withDocPrefix("zzz")).toList().isEmpty());
  }

  @Test
  void filtersCombineMaterialPlaceAndPeriodStart() {
    FigureFilter f = FigureFilter.ALL.withMaterial("rare-earths").withPlace("us").withPeriod("2025-0");
    List<FigureRecord> got = all.stream().filter(f).toList();
    assertFalse(got.isEmpty());
    for (FigureRecord r : got) {
      assertTrue(r.place().contains("US"), r.toString());
      assertTrue(r.period().startsWith("2025-0"), r.toString());
      assertTrue(r.measure().contains("rare earth"), r.toString());
    }
    assertTrue(all.stream().filter(f.withPeriod("2024")).toList().isEmpty());
  }

  @Test
  void measureAndSourceMatchWordsCaseInsensitively() {
    FigureFilter f = new FigureFilter(null, "MAGNET EXPORTS", "export", null, null, "customs", null);
    List<FigureRecord> got = all.stream().filter(f).toList();
    assertFalse(got.isEmpty());
    assertTrue(got.stream().allMatch(r -> r.attributedTo().toLowerCase().contains("customs")));
  }

  @Test
  void aPageCountsEveryMatchAndItsFacetsNotOnlyThePage() {
    FigurePage p = FigurePage.of(all, FigureFilter.ALL, 2, 3);
    assertEquals(all.size(), p.total());
    assertEquals(all.subList(2, 5), p.figures());
    int docs = p.facets().get("doc").values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(all.size(), docs, "every figure counted under its document");
    assertEquals(FigurePage.FACETS, List.copyOf(p.facets().keySet()));
    List<Integer> counts = List.copyOf(p.facets().get("place").values());
    for (int i = 1; i < counts.size(); i++) assertTrue(counts.get(i - 1) >= counts.get(i), "most frequent first: " + counts);
    assertTrue(FigurePage.of(all, FigureFilter.ALL, 10_000, 5).figures().isEmpty());
  }

  @Test
  void aSeriesHasALinePerSourceAndMarksAContradiction() {
    MeasureSeries s = MeasureSeries.of(all, "Rare earth magnet exports", "CN US");
    assertEquals("amount", s.kind());
    assertEquals("tonne", s.unit());
    assertTrue(s.lines().size() >= 2, s.toString());
    List<MeasureSeries.Point> points = s.lines().stream().flatMap(l -> l.points().stream()).toList();
    assertTrue(points.stream().allMatch(p -> p.figure().place().equals(List.of("CN", "US"))));
    MeasureSeries.Point june353 = points.stream().filter(p -> p.figure().value() == 353).findFirst().orElseThrow();
    assertEquals(List.of("notebook-c"), june353.contradictedBy(), "360 t for the same June route");
    MeasureSeries.Point july619 = points.stream().filter(p -> p.figure().value() == 619).findFirst().orElseThrow();
    assertFalse(july619.contradicted(), "two articles agree on 619 t");
  }

  @Test
  void csvQuotesCellsWithCommasAndEndsLinesWithCrLf() {
    String csv = FigureCsv.of(all.subList(0, 1));
    assertTrue(csv.startsWith(String.join(",", FigureCsv.COLUMNS) + "\r\n"), csv);
    assertEquals(2, csv.split("\r\n").length);
  }

  @Test
  void theQueryLibraryHasEveryQueryWithItsTitle() {
    List<QueryLibrary.Query> qs = QueryLibrary.load();
    assertTrue(qs.size() >= 13, qs.size() + " queries");
    assertEquals("01-figures-per-article", qs.get(0).name());
    assertTrue(qs.stream().noneMatch(q -> q.title().isBlank() || !q.text().contains("SELECT")), "every query titled");
  }
}
