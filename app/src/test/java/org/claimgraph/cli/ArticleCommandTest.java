package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph article}: what the reader extracts, as text or JSON lines. */
class ArticleCommandTest {

  @TempDir Path tmp;

  @Test
  void jsonLinesCarryMetadataAndText() throws Exception {
    Path page = copy("wire-service.html");
    CliRun run = CliRun.of("article", "--format", "json", page.toString());
    assertEquals(0, run.status(), run.err());
    JsonObject o = Json.createReader(new StringReader(run.out().strip())).readObject();
    assertEquals(List.of("file", "id", "title", "publisher", "authors", "date", "url", "language", "encoding",
        "encoding_source", "truncated", "date_precision", "warnings", "text"),
        List.copyOf(o.keySet()));
    assertEquals(page.toString(), o.getString("file"));
    assertEquals("Example Wire", o.getString("publisher"));
    assertEquals("2025-10-20", o.getString("date"));
    assertEquals(2, o.getJsonArray("authors").size());
    assertEquals("UTF-8", o.getString("encoding"));
    assertEquals(false, o.getBoolean("truncated"));
    assertTrue(o.getString("text").startsWith("BEIJING, Oct 20 (Example Wire) - China's exports of gallium fell 38%"));
  }

  @Test
  void textFormatAndAFailingFile() throws Exception {
    Path page = copy("bare-divs.html");
    Path empty = Files.write(tmp.resolve("empty.htm"), new byte[0]);
    CliRun run = CliRun.of("article", page.toString(), empty.toString());
    assertEquals(1, run.status());
    assertTrue(run.out().contains("title:      Cobalt output in Congo falls"), run.out());
    assertTrue(run.out().contains("publisher:  -"), run.out());
    assertEquals(empty + ": empty file", run.err().strip());
  }

  private Path copy(String name) throws Exception {
    return TestPages.copy(name, tmp);
  }

  @Test
  void readsEachPageOfAWebArchive() throws Exception {
    Path warc = org.claimgraph.ingest.WarcFiles.write(tmp.resolve("crawl.warc.gz"), true);
    CliRun run = CliRun.of("article", "--format", "json", warc.toString());
    assertEquals(0, run.status(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    JsonObject eye = Json.createReader(new StringReader(lines.get(1))).readObject();
    assertEquals(warc + "#" + org.claimgraph.ingest.WarcFiles.PUBLIC_EYE, eye.getString("file"));
    assertEquals(org.claimgraph.ingest.WarcFiles.PUBLIC_EYE, eye.getString("url"));
    assertEquals("http-header", eye.getString("encoding_source"));
  }
}
