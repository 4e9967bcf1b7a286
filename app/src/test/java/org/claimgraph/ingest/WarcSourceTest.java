package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WarcSourceTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
  void listsTheHtmlResponsesAndReadsEachAsAPage(String fileName) throws Exception {
    Path warc = WarcFiles.write(tmp.resolve(fileName), fileName.endsWith(".gz"));
    List<WarcSource.Page> pages = WarcSource.list(warc);
    assertEquals(List.of(WarcFiles.REUTERS, WarcFiles.PUBLIC_EYE), pages.stream().map(WarcSource.Page::uri).toList());
    assertEquals(List.of("crawl/www.reuters.com-world-china-china-rare-earth-magnet-exports-2025-08-20-"
        + WarcSource.slug(WarcFiles.REUTERS).substring(WarcSource.slug(WarcFiles.REUTERS).length() - 8) + ".html",
        "crawl/stories.publiceye.ch-nestle-coffee-"
        + WarcSource.slug(WarcFiles.PUBLIC_EYE).substring(WarcSource.slug(WarcFiles.PUBLIC_EYE).length() - 8) + ".html"),
        pages.stream().map(WarcSource.Page::name).toList());

    ArticleReader reader = new ArticleReader();
    WarcSource.Page eye = pages.get(1);
    WarcSource.Loaded loaded = WarcSource.load(eye);
    assertEquals(new ArticleReader.Hints(WarcFiles.PUBLIC_EYE, LocalDate.of(2025, 8, 21), "windows-1252"), loaded.hints());
    Article a = reader.read(eye.label(), eye.name(), loaded.bytes(), loaded.hints());
    assertEquals("crawl/stories.publiceye.ch-nestle-coffee-" + a.docName().substring(a.docName().length() - 8), a.docName());
    assertEquals(WarcFiles.PUBLIC_EYE, a.url());
    assertEquals(LocalDate.of(2025, 8, 21), a.date());
    assertEquals("http-header", a.provenance().encodingSource());
    assertTrue(a.text().contains("Nestl\u00e9 holds the top position"), a.text());
    assertTrue(a.text().contains("\u201cresponsible\u201d"), a.text());

    WarcSource.Page reuters = pages.get(0);
    Article r = reader.read(reuters.label(), reuters.name(), WarcSource.load(reuters).bytes(), WarcSource.load(reuters).hints());
    assertEquals("China's rare earth magnet exports to US jump in July", r.title());
  }

  @Test
  void namesAreDeterministicAndDistinctPerAddress() {
    assertEquals(WarcSource.slug("https://apnews.com/article/x"), WarcSource.slug("https://apnews.com/article/x"));
    assertTrue(!WarcSource.slug("https://apnews.com/article/x?page=2").equals(WarcSource.slug("https://apnews.com/article/x")));
    assertTrue(WarcSource.slug("https://apnews.com/").startsWith("apnews.com-"));
  }

  @Test
  void aFileThatIsNotWarcIsOneClearError() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.warc"), "<html>not a web archive</html>", StandardCharsets.UTF_8);
    ArticleException e = assertThrows(ArticleException.class, () -> WarcSource.list(bad));
    assertTrue(e.getMessage().startsWith(bad + ": not a readable WARC file"), e.getMessage());
  }

  @Test
  void expandsAWarcFileIntoItsPagesAndKeepsOtherFiles() throws Exception {
    Path warc = WarcFiles.write(tmp.resolve("crawl.warc.gz"), true);
    Path html = Files.writeString(tmp.resolve("004_x.html"), "<p>x</p>");
    List<SourceEntry> entries = SourceEntry.expand(List.of(SourceFile.of(html), SourceFile.of(warc)));
    assertEquals(3, entries.size());
    assertEquals("004_x.html", entries.get(0).name());
    assertTrue(entries.get(1).name().startsWith("crawl/www.reuters.com-"), entries.get(1).name());
    assertEquals(warc + "#" + WarcFiles.REUTERS, entries.get(1).label());
  }
}
