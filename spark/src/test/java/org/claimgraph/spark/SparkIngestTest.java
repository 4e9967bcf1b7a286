package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

  @Test
  void keyGroupsJoinFiguresOfTwoOrMoreArticles() {
    assertEquals(List.of("fact|k\tfig/1\tfig/2"), KeyGroups.line("fact|k", List.of("b\tfig/2", "a\tfig/1")));
    assertEquals(List.of(), KeyGroups.line("fact|k", List.of("a\tfig/1", "a\tfig/2")));
  }
}
