package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story queries of {@code queries/} (14–17) with their exact answers on
 * {@code src/test/resources/fixtures/stories.trig}: wire-a is restated by copy-b (crediting Reuters,
 * moving the 75.5% to June, adding a 12%), copy-b by copy-c, and indie-d states the 619 tonnes on its own.
 */
class StoryQueriesTest {

  static Dataset stories;

  @BeforeAll
  static void load() {
    stories = RDFDataMgr.loadDataset("src/test/resources/fixtures/stories.trig");
  }

  private static List<String> run(String file, String... vars) {
    return AnalystQueries.rows(stories, AnalystQueries.text(file), vars);
  }

  @Test
  void articlesRestatingArticles() {
    assertEquals(List.of(
        "copy-b | Metals Daily | 2025-08-21 | wire-a | Reuters | 2025-08-20 | 0.4 | 2 | reuters | credit",
        "copy-c | A Blog | - | copy-b | Metals Daily | 2025-08-21 | 0.3 | 1 | - | undetermined"),
        run("14-articles-restating-articles.rq"));
  }

  @Test
  void originOfEachStory() {
    assertEquals(List.of("wire-a | Reuters | 2025-08-20 | stated | 2"),
        run("15-origin-of-each-story.rq", "originDoc", "publisher", "date", "basis", "rewrites"));
    List<String> docs = List.of(run("15-origin-of-each-story.rq", "rewriteDocs").get(0).split("; "));
    assertEquals(List.of("copy-b", "copy-c"), docs.stream().sorted().toList());
  }

  @Test
  void misstatedFigures() {
    assertEquals(List.of(
        "copy-b | 12% | wire-a | - | added | 2025-07 | -",
        "copy-b | 75.5% | wire-a | 75.5% | period | 2025-06 | 2025-07"),
        run("16-misstated-figures.rq"));
  }

  @Test
  void independentOriginsOfAFigure() {
    assertEquals(List.of("619 | tonne | 4 | 2"), run("17-independent-origins-of-a-figure.rq", "value", "unitCode", "articles", "origins"));
    List<String> docs = List.of(run("17-independent-origins-of-a-figure.rq", "originDocs").get(0).split("; "));
    assertEquals(List.of("indie-d", "wire-a"), docs.stream().sorted().toList());
  }
}
