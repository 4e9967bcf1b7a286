package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.relate.FigureRelations;
import org.claimgraph.eval.FigureRecord;
import org.junit.jupiter.api.Test;

/** How the job decides, per key, what ingest's sequential writes would leave stored. */
class SparkIngestTest {

  private static ArticleOutput entry(int order, String id, String source, String fingerprint) {
    return new ArticleOutput(order, source, id, source, fingerprint, List.of(), List.of(), List.of(), null, 0, null, false);
  }

  @Test
  void sameArticleIdKeepsTheLastChangeInInputOrder() {
    // a.html and b.html have one text: b replaces a (different bytes), c (a's bytes again) replaces b.
    ArticleOutput a = entry(0, "x", "a.html", "f1");
    ArticleOutput b = entry(1, "x", "b.html", "f2");
    ArticleOutput c = entry(2, "x", "c.html", "f1");
    assertEquals(c, SparkIngest.lastWrittenById(List.of(c, a, b)));
    assertEquals(b, SparkIngest.lastWrittenById(List.of(b, a)));
  }

  @Test
  void sameBytesUnderTwoNamesKeepTheFirst() {
    ArticleOutput a = entry(3, "x", "a.html", "f1");
    ArticleOutput copy = entry(7, "x", "copy.html", "f1");
    assertEquals(a, SparkIngest.lastWrittenById(List.of(copy, a)));
  }

  @Test
  void sameSourceKeepsTheLastInInputOrder() {
    ArticleOutput first = entry(1, "x", "dir1/a.html", "f1");
    ArticleOutput second = entry(5, "y", "dir1/a.html", "f2");
    assertEquals(second, SparkIngest.lastWrittenBySource(List.of(second, first)));
  }

  private static KeyGroups.Member member(String article, String figure, double value) {
    FigureRecord r = new FigureRecord(article, "https://claimgraph.org/id/article/" + article, "619 tonnes", 10, 20, value, null,
        "tonne", "amount", null, null, null, "2025-07", "rare earth magnet exports", List.of("CN", "US"), "China Customs", null,
        "China exported " + value + " tonnes of rare earth magnets to the US in July.", 0, 60);
    return new KeyGroups.Member(article, figure, r.toJsonLine());
  }

  @Test
  void keyGroupsJoinFiguresOfTwoOrMoreArticles() {
    assertEquals(List.of("fact|k\tfig/1\tfig/2"), KeyGroups.line("fact|k", List.of(member("b", "fig/2", 1), member("a", "fig/1", 1))));
    assertEquals(List.of(), KeyGroups.line("fact|k", List.of(member("a", "fig/1", 1), member("a", "fig/2", 1))));
  }

  @Test
  void relationsInsideAFactKeyAsCiteDecidesThem() {
    List<KeyGroups.Member> group = List.of(member("b", "fig/b1", 619), member("a", "fig/a1", 619), member("a", "fig/a2", 619));
    // Same value, measure, places and period in two articles: each cross-article pair once, none inside an article.
    assertEquals(List.of("fig/a1\tcorroborates\tfig/b1", "fig/a2\tcorroborates\tfig/b1"), KeyGroups.relations("fact|k", group));
    assertEquals(List.of(), KeyGroups.relations("size|k", group), "only fact keys decide relations");
    List<String> other = KeyGroups.relations("fact|k", List.of(member("a", "fig/a1", 619), member("b", "fig/b1", 700)));
    assertEquals(FigureRelations.relation(FigureRecord.fromJson(member("a", "x", 619).json()),
        FigureRecord.fromJson(member("b", "y", 700).json())) == FigureRelations.Relation.OTHER_VALUE
            ? List.of("fig/a1\tcontradicts\tfig/b1") : List.of(), other);
  }
}
