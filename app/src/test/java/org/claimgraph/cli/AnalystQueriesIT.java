package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.StoredFigures;
import org.claimgraph.query.AnalystQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The queries of {@code queries/} on real ingested pages. The extractor improves in parallel,
 * so the answers are checked against what the stored figures imply (counted here in Java from
 * {@link StoredFigures}), and parameters are taken from the data, not fixed; exact answers are
 * in {@code AnalystQueriesTest} on the fixture.
 */
class AnalystQueriesIT {

  static String store;
  static List<FigureRecord> figures;
  static int articles;

  @BeforeAll
  static void ingest() {
    store = RealStore.path().toString();
    try (GraphStore s = GraphStore.openExisting(Path.of(store))) {
      figures = StoredFigures.all(s.dataset());
      articles = s.graphNames().size();
    }
    assertTrue(figures.size() > 20, "the real pages yield few figures: " + figures.size());
  }

  @TestFactory
  Stream<DynamicTest> everyQueryParsesAndRunsThroughTheQueryCommand() {
    return AnalystQueries.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      CliRun run = CliRun.of("query", "--store", store, "--format", "csv", file.toString());
      assertEquals(0, run.status(), file + ": " + run.err());
      Query q = AnalystQueries.parse(AnalystQueries.text(file.getFileName().toString()));
      assertEquals(String.join(",", q.getResultVars()), run.out().lines().findFirst().orElse(""), file.toString());
    }));
  }

  @Test
  void figuresPerArticleCountEveryStoredFigure() {
    List<String[]> rows = rows("01-figures-per-article.rq", "figures", "amounts", "changes", "shares");
    assertEquals(articles, rows.size());
    assertEquals(figures.size(), rows.stream().mapToInt(r -> Integer.parseInt(r[0])).sum());
    for (String[] r : rows) {
      assertEquals(Integer.parseInt(r[0]), Integer.parseInt(r[1]) + Integer.parseInt(r[2]) + Integer.parseInt(r[3]));
    }
  }

  @Test
  void tradeRouteListsEveryFigureOfARouteInTheData() {
    FigureRecord route = first(f -> f.place().size() >= 2, "a figure with two countries");
    String origin = route.place().get(0);
    String destination = route.place().get(1);
    String text = withValues("02-trade-route-by-month.rq", "(?originCode ?destinationCode)",
        "(\"" + origin + "\" \"" + destination + "\")");
    Set<String> expected = keys(f -> f.place().size() >= 2 && f.place().get(0).equals(origin)
        && f.place().subList(1, f.place().size()).contains(destination), f -> f.doc() + " " + f.quote());
    assertEquals(expected, new HashSet<>(joined(rowsOf(text, "doc", "quote"), " ")));
  }

  @Test
  void whoClaimedAValueFindsEveryFigureWithIt() {
    FigureRecord some = first(f -> f.attributedTo() != null, "a credited figure");
    String text = withValues("03-who-claimed-a-value.rq", "(?value ?unitCode)",
        "(" + plain(some.value()) + " \"" + some.unit() + "\")");
    List<String[]> rows = rowsOf(text, "doc", "quote", "claimedBy");
    assertEquals(keys(f -> f.value() == some.value() && f.unit().equals(some.unit()), f -> f.doc() + " " + f.quote()),
        new HashSet<>(joined(rows.stream().map(r -> new String[] {r[0], r[1]}).toList(), " ")));
    assertTrue(rows.stream().anyMatch(r -> r[2].equals(some.attributedTo())), "the credited source is missing");
  }

  @Test
  void articlesPerPublisherAddUpToTheStore() {
    List<String[]> rows = rows("04-articles-per-publisher.rq", "articles", "figures");
    assertEquals(articles, rows.stream().mapToInt(r -> Integer.parseInt(r[0])).sum());
    assertEquals(figures.size(), rows.stream().mapToInt(r -> Integer.parseInt(r[1])).sum());
  }

  @Test
  void customsDataFiguresAreThoseCreditedToCustoms() {
    Set<String> expected = keys(f -> f.attributedTo() != null && f.attributedTo().toLowerCase(Locale.ROOT).contains("customs"),
        f -> f.doc() + " " + f.quote());
    assertFalse(expected.isEmpty(), "the real pages credit no figure to customs data");
    assertEquals(expected, new HashSet<>(joined(rows("05-figures-credited-to-customs-data.rq", "doc", "quote"), " ")));
  }

  @Test
  void changesOfAMeasureAreGroupedByPeriodAndCountries() {
    Predicate<FigureRecord> change = f -> f.measure() != null && f.period() != null
        && ("yoy".equals(f.basis()) || "mom".equals(f.basis()));
    String measure = first(change, "a y/y or m/m change with a measure").measure();
    String text = withValues("06-changes-year-on-year-vs-month-on-month.rq", "?measureText", "\"" + measure + "\"");
    Set<String> expected = keys(change.and(f -> f.measure().equalsIgnoreCase(measure)),
        f -> f.period() + " " + String.join(" ", f.place()));
    assertEquals(expected, new HashSet<>(joined(rowsOf(text, "period", "places"), " ")));
  }

  @Test
  void figuresStatedBySeveralArticlesAreThoseOfTwoOrMoreDocuments() {
    Map<String, Set<String>> docsByFigure = new HashMap<>();
    for (FigureRecord f : figures) {
      if (f.period() == null) continue;
      String key = String.join(" | ", plain(f.value()), f.unit(), f.kind(), Objects.toString(f.direction(), ""), f.period(),
          String.join(" ", f.place()));
      docsByFigure.computeIfAbsent(key, k -> new HashSet<>()).add(f.doc());
    }
    Set<String> expected = docsByFigure.entrySet().stream().filter(e -> e.getValue().size() >= 2).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    List<String[]> rows = rows("07-figures-stated-by-several-sources.rq", "value", "unit", "kind", "direction", "period",
        "places");
    assertEquals(expected, new HashSet<>(joined(rows, " | ")));
  }

  @Test
  void disagreementsArePairsOfArticlesWithDifferentValuesForOneMeasure() {
    Set<String> expected = new TreeSet<>();
    for (FigureRecord a : figures) {
      for (FigureRecord b : figures) {
        if (a.measure() == null || a.period() == null || a.doc().equals(b.doc())) continue;
        boolean same = a.measure().equals(b.measure()) && a.period().equals(b.period()) && a.unit().equals(b.unit())
            && a.kind().equals(b.kind()) && a.place().equals(b.place()) && Objects.equals(a.basis(), b.basis());
        if (same && signed(a) < signed(b)) {
          expected.add(String.join(" | ", a.measure(), a.period(), plain(signed(a)), a.doc(), plain(signed(b)), b.doc()));
        }
      }
    }
    List<String[]> rows = rows("08-figures-where-sources-disagree.rq", "measure", "period", "value1", "doc1", "value2",
        "doc2");
    assertEquals(expected, new TreeSet<>(joined(rows, " | ")));
  }

  @Test
  void quotesBySpeakerAreTheFiguresCreditedToAPerson() {
    Set<String> expected = keys(f -> f.speaker() != null, f -> f.doc() + " " + f.quote());
    assertEquals(expected, new HashSet<>(joined(rows("09-quotes-by-speaker-and-organization.rq", "doc", "quote"), " ")));
  }

  @Test
  void aMeasureTimelineHoldsEveryFigureOfTheMeasureAndCountries() {
    FigureRecord some = first(f -> f.measure() != null && f.period() != null, "a figure with measure and period");
    String places = String.join(" ", some.place());
    String text = withValues("10-measure-timeline.rq", "(?measureText ?placesText)",
        "(\"" + some.measure() + "\" \"" + places + "\")");
    Set<String> expected = keys(f -> some.measure().equalsIgnoreCase(Objects.toString(f.measure(), "")) && f.period() != null
        && String.join(" ", f.place()).equals(places), f -> f.doc() + " " + f.quote());
    List<String[]> rows = rowsOf(text, "doc", "quote", "period");
    assertEquals(expected, new HashSet<>(joined(rows.stream().map(r -> new String[] {r[0], r[1]}).toList(), " ")));
    List<String> periods = rows.stream().map(r -> r[2].substring(0, 4)).toList();
    assertEquals(periods.stream().sorted().toList(), periods, "the timeline is not in time order");
  }

  @Test
  void impliedLevelsFollowFromTheirLevelAndChange() {
    List<String[]> rows = rows("11-implied-previous-level-consistency.rq", "doc", "statedDoc", "level", "change",
        "implied", "impliedLow", "impliedHigh", "stated", "agree", "period", "previousPeriod");
    for (String[] r : rows) {
      String line = String.join(" | ", r);
      assertFalse(r[0].equals(r[1]), "the earlier level comes from another article: " + line);
      double level = Double.parseDouble(r[2]);
      double change = Double.parseDouble(r[3].replace("%", ""));
      double implied = Double.parseDouble(r[4]);
      assertEquals(level / (1 + change / 100), implied, 0.006, line);
      assertTrue(Double.parseDouble(r[5]) <= implied && implied <= Double.parseDouble(r[6]), line);
      double stated = Double.parseDouble(r[7]);
      // agreeing means overlapping the implied range give or take the stated number's own rounding (under 1 here)
      boolean overlaps = stated >= Double.parseDouble(r[5]) - 1 && stated <= Double.parseDouble(r[6]) + 1;
      assertTrue(r[8].equals("true") ? overlaps : r[8].equals("false"), line);
      assertTrue(r[10].compareTo(r[9]) < 0, "the earlier period is earlier: " + line);
    }
  }

  @Test
  void mostCitedSourcesCountEveryCreditedFigure() {
    List<String[]> rows = rows("12-most-cited-sources.rq", "figures");
    long credited = figures.stream().filter(f -> f.attributedTo() != null || f.speaker() != null).count();
    assertEquals(credited, rows.stream().mapToInt(r -> Integer.parseInt(r[0])).sum());
    assertFalse(rows.isEmpty(), "no figure of the real pages is credited");
  }

  // ------------------------------------------------------------------ helpers

  /** Replaces the row of {@code VALUES header { … }} in a query file. */
  private static String withValues(String file, String header, String row) {
    String text = AnalystQueries.text(file);
    Matcher m = Pattern.compile("VALUES " + Pattern.quote(header) + " \\{[^}]*\\}").matcher(text);
    assertTrue(m.find(), file + ": no 'VALUES " + header + " { … }' line to set the parameters");
    return m.replaceFirst(Matcher.quoteReplacement("VALUES " + header + " { " + row + " }"));
  }

  private static List<String[]> rows(String file, String... vars) {
    return rowsOf(AnalystQueries.text(file), vars);
  }

  /** Runs on the store's dataset as it is: no union default graph, only the queries' GRAPH patterns. */
  private static List<String[]> rowsOf(String text, String... vars) {
    try (GraphStore s = GraphStore.openExisting(Path.of(store))) {
      List<String[]> out = new ArrayList<>();
      for (String row : AnalystQueries.rows(s.dataset(), text, vars)) out.add(row.split(" \\| ", -1));
      return out;
    }
  }

  private static List<String> joined(List<String[]> rows, String separator) {
    return rows.stream().map(r -> String.join(separator, r)).toList();
  }

  private static Set<String> keys(Predicate<FigureRecord> which, Function<FigureRecord, String> key) {
    return figures.stream().filter(which).map(key).collect(Collectors.toSet());
  }

  private static FigureRecord first(Predicate<FigureRecord> which, String what) {
    return figures.stream().filter(which).findFirst()
        .orElseThrow(() -> new AssertionError("the real pages hold no " + what));
  }

  private static double signed(FigureRecord f) {
    return "down".equals(f.direction()) ? -f.value() : f.value();
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
