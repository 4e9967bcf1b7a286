package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.claimgraph.article.ArticleException;
import org.claimgraph.ingest.SparkEntries;
import org.claimgraph.ingest.WarcSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopSourcesTest {
  @TempDir Path tmp;

  private Path folder() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("news"));
    Files.writeString(dir.resolve("b.html"), "<html><head><title>Cobalt</title></head><body><p>Cobalt rose 12% in March.</p></body></html>");
    Files.writeString(Files.createDirectories(dir.resolve("site")).resolve("a.txt"), "Lithium\n\nLithium fell 3% in May.\n");
    Files.writeString(dir.resolve("notes.pdf"), "not a page");
    TestWarc.write(dir.resolve("crawl.warc.gz"));
    return dir;
  }

  @Test
  void aFolderAsAUriGivesIngestsEntriesAndBytes() throws IOException, ArticleException {
    Path dir = folder();
    List<SparkEntries.Task> local = SparkEntries.tasks(List.of(dir));
    List<SparkEntries.Task> viaHadoop = HadoopSources.tasks(List.of(dir.toUri().toString()), new Configuration());
    assertEquals(4, local.size(), local.toString()); // b.html, crawl's two pages, site/a.txt; the PDF is not a page
    assertEquals(local.size(), viaHadoop.size(), viaHadoop.toString());
    HadoopSources.Settings settings = HadoopSources.Settings.of(new Configuration());
    for (int i = 0; i < local.size(); i++) {
      SparkEntries.Task l = local.get(i);
      SparkEntries.Task h = viaHadoop.get(i);
      assertEquals(l.order(), h.order());
      assertEquals(l.name(), h.name(), "stored under the same source name");
      assertEquals(l.uri(), h.uri());
      assertEquals(l.offset(), h.offset(), "the same WARC record");
      assertTrue(h.file().startsWith("file:"), h.file());
      WarcSource.Loaded a = SparkEntries.load(l);
      WarcSource.Loaded b = HadoopSources.load(h, settings);
      assertArrayEquals(a.bytes(), b.bytes(), h.label());
      assertEquals(a.hints(), b.hints(), h.label());
    }
    assertEquals(2, viaHadoop.stream().filter(t -> t.warc() != null && t.name().startsWith("crawl/")).count(),
        "the WARC file's two pages, named below its folder");
  }

  @Test
  void localPathsAndUrisMixInInputOrder() throws IOException {
    Path dir = folder();
    Path single = Files.writeString(tmp.resolve("single.html"), "<html><body><p>Nickel output rose 5% in 2024.</p></body></html>");
    List<SparkEntries.Task> tasks = HadoopSources.tasks(List.of(single.toString(), dir.toUri().toString()), new Configuration());
    assertEquals("single.html", tasks.get(0).name());
    for (int i = 0; i < tasks.size(); i++) assertEquals(i, tasks.get(i).order(), "positions run across inputs");
    assertEquals(5, tasks.size());
  }

  @Test
  void aMissingUriIsAFailedEntryNamingIt() {
    String missing = tmp.resolve("nowhere").toUri().toString();
    List<SparkEntries.Task> tasks = HadoopSources.tasks(List.of(missing), new Configuration());
    assertEquals(1, tasks.size());
    assertNotNull(tasks.get(0).error());
    assertTrue(tasks.get(0).error().startsWith(missing + ": cannot open"), tasks.get(0).error());
  }

  @Test
  void onlySchemesOfTwoLettersOrMoreAreUris() {
    assertTrue(HadoopSources.isUri("hdfs://namenode:8020/crawl"));
    assertTrue(HadoopSources.isUri("s3a://bucket/news/"));
    assertTrue(HadoopSources.isUri("file:/tmp/pages"));
    assertFalse(HadoopSources.isUri("corpus"));
    assertFalse(HadoopSources.isUri("/tmp/pages"));
    assertFalse(HadoopSources.isUri("C:/pages"));
  }
}
