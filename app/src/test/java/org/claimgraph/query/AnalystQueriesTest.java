package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.claimgraph.fixture.FigureFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query of {@code queries/} with its exact answer on the fixture graph
 * ({@code src/test/resources/fixtures/figures.trig}, described in {@link FigureFixture}), run
 * on a plain dataset whose default graph is empty, as in a SPARQL client other than claimgraph.
 */
class AnalystQueriesTest {

  private static final Pattern NAME = Pattern.compile("\\d\\d-[a-z0-9]+(-[a-z0-9]+)*\\.rq");
  private static final Set<String> TESTED = Set.of("01-figures-per-article.rq", "02-trade-route-by-month.rq",
      "03-who-claimed-a-value.rq", "04-articles-per-publisher.rq", "05-figures-credited-to-customs-data.rq",
      "06-changes-year-on-year-vs-month-on-month.rq", "07-figures-stated-by-several-sources.rq",
      "08-figures-where-sources-disagree.rq", "09-quotes-by-speaker-and-organization.rq", "10-measure-timeline.rq",
      "11-implied-previous-level-consistency.rq", "12-most-cited-sources.rq",
      // tested on the story fixture in StoryQueriesTest
      "14-articles-restating-articles.rq", "15-origin-of-each-story.rq", "16-misstated-figures.rq",
      "17-independent-origins-of-a-figure.rq");

  static Dataset fixture;

  @BeforeAll
  static void load() {
    fixture = FigureFixture.load();
    org.claimgraph.graph.StoreSummary.rebuild(fixture); // the paged queries read the summary, as after an ingest run
  }

  private static List<String> run(String file, String... vars) {
    return AnalystQueries.rows(fixture, AnalystQueries.text(file), vars);
  }

  @Test
  void everyQueryFileIsDocumentedAndTestedHere() {
    Set<String> names = new TreeSet<>();
    for (Path p : AnalystQueries.files()) {
      String name = p.getFileName().toString();
      names.add(name);
      assertTrue(NAME.matcher(name).matches(), name + ": not named NN-what-it-answers.rq");
      List<String> lines = AnalystQueries.text(name).lines().toList();
      assertTrue(lines.get(0).startsWith("# title: "), name + ": line 1 is not '# title: …'");
      assertTrue(lines.get(1).startsWith("# answers: "), name + ": line 2 is not '# answers: …'");
      assertTrue(lines.get(2).startsWith("# parameters: "), name + ": line 3 is not '# parameters: …'");
      Query q = AnalystQueries.parse(AnalystQueries.text(name));
      assertTrue(q.isSelectType(), name + ": not a SELECT query");
      assertTrue(AnalystQueries.text(name).contains("GRAPH ?") || AnalystQueries.text(name).contains("GRAPH <"), name + ": no GRAPH pattern (the default graph is empty in other clients)");
    }
    assertTrue(names.size() >= 10, "fewer than 10 queries: " + names);
    // Full-text queries need a Lucene index, which the fixture has not: SearchIT tests them on the corpus.
    names.removeIf(n -> AnalystQueries.text(n).contains("http://jena.apache.org/text#"));
    assertEquals(TESTED, names, "each query in queries/ needs a test with its answer in this class");
  }

  @Test
  void figuresPerArticle() {
    assertEquals(List.of(
        "blog-d | Notes on magnets | - | - | 6 | 2 | 3 | 1",
        "daily-b | June magnet shipments | Metals Daily | 2025-07-25 | 3 | 3 | 0 | 0",
        "notebook-c | Magnet trade notebook | Example Wire | 2025-08-22 | 2 | 2 | 0 | 0",
        "wire-a | China's magnet exports to the US jump in July | Example Wire | 2025-08-20 | 3 | 1 | 2 | 0"),
        run("01-figures-per-article.rq"));
  }

  @Test
  void tradeRouteByMonth() {
    assertEquals(List.of(
        "2025-06 | daily-b | amount | 353 | tonne | - | - | the General Administration of Customs | 353 tonnes",
        "2025-06 | notebook-c | amount | 360 | tonne | - | - | David Merriman | 360 tonnes",
        "2025-07 | notebook-c | amount | 619 | tonne | - | - | David Merriman | 619 tonnes",
        "2025-07 | wire-a | amount | 619 | tonne | - | - | customs data | 619 tonnes",
        "2025-07 | wire-a | change | 75.5 | percent | m/m | up | customs data | 75.5%",
        "2025-07 | wire-a | change | 4.8 | percent | y/y | up | customs data | 4.8%"),
        run("02-trade-route-by-month.rq", "period", "doc", "kind", "value", "unit", "basis", "direction", "source", "quote"));
    String toGermany = AnalystQueries.text("02-trade-route-by-month.rq").replace("(\"CN\" \"US\")", "(\"CN\" \"DE\")");
    assertEquals(List.of("2025-04 | daily-b | 1000", "2025-05 | blog-d | 20", "2025-05 | blog-d | 800"),
        AnalystQueries.rows(fixture, toGermany, "period", "doc", "value"));
  }

  @Test
  void whoClaimedAValue() {
    assertEquals(List.of(
        "notebook-c | Example Wire | David Merriman | David Merriman | Project Blue | said | false | 619 tonnes",
        "wire-a | Example Wire | customs data | - | - | according to | false | 619 tonnes"),
        run("03-who-claimed-a-value.rq", "doc", "publisher", "claimedBy", "speaker", "organization", "cue", "carriedOver",
            "quote"));
    String uncredited = AnalystQueries.text("03-who-claimed-a-value.rq").replace("(619 \"tonne\")", "(38.1 \"percent\")");
    assertEquals(List.of("blog-d | (not credited: the article, blog-d) | China's rare earth magnet exports fell 38.1% year on year in June."),
        AnalystQueries.rows(fixture, uncredited, "doc", "claimedBy", "sentence"));
  }

  @Test
  void articlesPerPublisher() {
    assertEquals(List.of(
        "Example Wire | 2 | 5 | 2025-08-20 | 2025-08-22",
        "(unknown publisher) | 1 | 6 | - | -",
        "Metals Daily | 1 | 3 | 2025-07-25 | 2025-07-25"),
        run("04-articles-per-publisher.rq"));
  }

  @Test
  void figuresCreditedToCustomsData() {
    // sorted by source first: the query pages each matching source's figures
    assertEquals(List.of(
        "wire-a | customs data | according to | false | amount | 619 | 2025-07 | CN US",
        "wire-a | customs data | according to | false | change | 75.5 | 2025-07 | CN US",
        "wire-a | customs data | according to | true | change | 4.8 | 2025-07 | CN US",
        "daily-b | the General Administration of Customs | data from | false | amount | 353 | 2025-06 | CN US",
        "daily-b | the General Administration of Customs | data from | true | amount | 3188 | 2025-06 | CN",
        "daily-b | the General Administration of Customs | data from | true | amount | 1000 | 2025-04 | CN DE"),
        run("05-figures-credited-to-customs-data.rq", "doc", "source", "cue", "carriedOver", "kind", "value", "period",
            "places"));
  }

  @Test
  void changesYearOnYearVersusMonthOnMonth() {
    assertEquals(List.of(
        "2025-05 | CN DE |  | -20% | 1",
        "2025-06 | CN | -38.1% |  | 1",
        "2025-07 | CN US | +4.8% | +75.5% | 1"),
        run("06-changes-year-on-year-vs-month-on-month.rq"));
  }

  @Test
  void figuresStatedBySeveralSources() {
    List<String> rows = run("07-figures-stated-by-several-sources.rq", "value", "unit", "kind", "direction", "period",
        "places", "articles", "docs", "sources");
    assertEquals(1, rows.size(), rows.toString());
    String[] cells = rows.get(0).split(" \\| ");
    assertEquals("619 | tonne | amount |  | 2025-07 | CN US | 2", String.join(" | ", List.of(cells).subList(0, 7)));
    assertEquals(Set.of("notebook-c", "wire-a"), Set.of(cells[7].split("; ")));
    assertEquals(Set.of("David Merriman", "customs data"), Set.of(cells[8].split("; ")));
  }

  @Test
  void figuresWhereSourcesDisagree() {
    assertEquals(List.of("rare earth magnet exports | 2025-06 | CN US | tonne | amount | 353 | daily-b"
        + " | the General Administration of Customs | 360 | notebook-c | David Merriman | 2"),
        run("08-figures-where-sources-disagree.rq"));
  }

  @Test
  void quotesBySpeakerAndOrganization() {
    assertEquals(List.of(
        "Project Blue | David Merriman | research director | notebook-c | said | 619 | 2025-07 | 619 tonnes",
        "Project Blue | David Merriman | research director | notebook-c | said | 360 | 2025-06 | 360 tonnes"),
        run("09-quotes-by-speaker-and-organization.rq", "organization", "speaker", "jobTitle", "doc", "cue", "value",
            "period", "quote"));
  }

  @Test
  void measureTimeline() {
    assertEquals(List.of(
        "2025-06 | CN | change | -38.1 | percent | y/y | blog-d | -",
        "2025-06 | CN | change | 157.5 | percent | vs period | blog-d | -",
        "2025-06 | CN | amount | 3188 | tonne | - | daily-b | the General Administration of Customs"),
        run("10-measure-timeline.rq", "period", "places", "kind", "value", "unit", "basis", "doc", "source"));
    String anyCountries = AnalystQueries.text("10-measure-timeline.rq").replace("\"CN\") }", "\"\") }");
    assertEquals(List.of("2025-04 | CN DE | 1000", "2025-05 | CN DE | -20", "2025-05 | CN DE | 800", "2025-06 | CN | -38.1",
        "2025-06 | CN | 157.5", "2025-06 | CN | 3188", "2025-06 | CN US | 353", "2025-06 | CN US | 360",
        "2025-07 | CN US | 619", "2025-07 | CN US | 619", "2025-07 | CN US | 75.5", "2025-07 | CN US | 4.8"),
        AnalystQueries.rows(fixture, anyCountries, "period", "places", "value"));
  }

  @Test
  void impliedPreviousLevelConsistency() {
    assertEquals(List.of(
        "blog-d | 2025-05 | CN DE | 800 | -20% | m/m | 1000 | 993.17 | 1006.92 | 2025-04 | 1000 | daily-b | true",
        "wire-a | 2025-07 | CN US | 619 | +75.5% | m/m | 352.71 | 352.32 | 353.09 | 2025-06 | 353 | daily-b | true",
        "wire-a | 2025-07 | CN US | 619 | +75.5% | m/m | 352.71 | 352.32 | 353.09 | 2025-06 | 360 | notebook-c | false"),
        run("11-implied-previous-level-consistency.rq", "doc", "period", "places", "level", "change", "basis", "implied",
            "impliedLow", "impliedHigh", "previousPeriod", "stated", "statedDoc", "agree"));
  }

  @Test
  void mostCitedSources() {
    assertEquals(List.of(
        "https://claimgraph.org/id/source/customs-data | customs data | source | 3 | 1",
        "https://claimgraph.org/id/source/general-administration-of-customs | General Administration of Customs | source | 3 | 1",
        "https://claimgraph.org/id/person/david-merriman | David Merriman | person | 2 | 1"),
        run("12-most-cited-sources.rq"));
  }
}
