package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.claimgraph.graph.GraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph ingest}: new, unchanged, replaced and failed files, and what the store keeps. */
class IngestCommandIT {

  @TempDir Path tmp;
  Path pages;
  Path store;

  @BeforeEach
  void copyPages() throws Exception {
    pages = Files.createDirectories(tmp.resolve("pages"));
    for (String name : List.of("wire-service.html", "wordpress-blog.html", "bare-divs.html")) {
      TestPages.copy(name, pages);
    }
    Files.writeString(pages.resolve("notes.md"), "not an article: folders only yield .html, .htm and .txt");
    store = tmp.resolve("store");
  }

  @Test
  void ingestsAFolderThenSkipsUnchangedThenReplacesAChangedFile() throws Exception {
    CliRun first = CliRun.of("ingest", "--store", store.toString(), pages.toString());
    assertEquals(0, first.status(), first.err());
    assertTrue(first.out().contains("3 articles: 3 new, 0 unchanged, 0 replaced, 0 failed in "), first.out());
    // the line before the last: what the run did after its articles (a store never compacted is compacted)
    assertTrue(first.out().matches("(?s)(.*\n)?after the articles: stories \\d+\\.\\d s, summary \\d+\\.\\d s, compaction \\d+\\.\\d s.*\n"
        + "3 articles: .*"), first.out());
    assertEquals(3, graphCount());

    CliRun again = CliRun.of("ingest", "--store", store.toString(), pages.toString());
    assertTrue(again.out().contains("3 articles: 0 new, 3 unchanged, 0 replaced, 0 failed in "), again.out());
    assertFalse(again.out().contains("after the articles"), "a run that stored nothing did nothing after: " + again.out());

    Path wire = pages.resolve("wire-service.html");
    Files.writeString(wire, Files.readString(wire).replace("fell 38%", "fell 39%"));
    CliRun changed = CliRun.of("ingest", "--store", store.toString(), pages.toString());
    assertEquals(0, changed.status());
    assertTrue(changed.out().contains("3 articles: 0 new, 2 unchanged, 1 replaced, 0 failed in "), changed.out());
    assertTrue(changed.out().matches("(?s)(.*\n)?after the articles: stories \\d+\\.\\d s, summary \\d+\\.\\d s, "
        + "(no compaction \\(\\d+ MB; due past \\d+ MB\\)|compaction \\d+\\.\\d s.*)\n3 articles: .*"), changed.out());
    assertEquals(3, graphCount());
    CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
        "PREFIX cg: <https://claimgraph.org/ns#> SELECT (COUNT(*) AS ?n) { ?a cg:text ?t FILTER(CONTAINS(?t, 'fell 39%')) }");
    assertEquals("n\r\n1\r\n", q.out());
  }

  @Test
  void badFilesFailOneLineEachWhileGoodFilesAreStored() throws Exception {
    Path bad = Files.createDirectories(tmp.resolve("bad"));
    Files.write(bad.resolve("empty.html"), new byte[0]);
    Files.write(bad.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Files.write(bad.resolve("latin1.html"), "<html><body><p>Caf\u00e9 owners in Baotou.</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(bad.resolve("cut.html"), "<html><body><p>China exported 5,577 tonnes of magnets in Ju");
    byte[] big = new byte[10 * 1024 * 1024 + 10];
    Arrays.fill(big, (byte) 'a');
    Files.write(bad.resolve("huge.txt"), big);
    Path missing = tmp.resolve("missing.html");

    CliRun run = CliRun.of("ingest", "--store", store.toString(), pages.resolve("bare-divs.html").toString(),
        bad.toString(), missing.toString());
    assertEquals(1, run.status());
    // A cut-off page is stored as far as it goes, with a warning; a latin-1 page is decoded.
    assertTrue(run.out().contains("7 articles: 3 new, 0 unchanged, 0 replaced, 4 failed, 1 truncated in "), run.out());
    List<String> errors = run.err().lines().toList();
    assertEquals(List.of(
        "warning: " + bad.resolve("cut.html") + ": truncated HTML (no closing </body> or </html>, and the text stops"
            + " mid-element); read as far as it goes",
        bad.resolve("empty.html") + ": empty file",
        bad.resolve("huge.txt") + ": too large (10.0 MB; the limit is 10 MB)",
        bad.resolve("image.html") + ": not text (binary content: PNG image)",
        missing + ": no such file"), errors);
    assertEquals(3, graphCount());
  }

  @Test
  void ingestsTheHtmlPagesOfAWarcFileCountingRecords() throws Exception {
    Path warc = org.claimgraph.ingest.WarcFiles.write(tmp.resolve("crawl.warc.gz"), true);
    CliRun run = CliRun.of("ingest", "--store", store.toString(), warc.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("[2/2] "), run.out());
    assertTrue(run.out().contains("2 articles: 2 new, 0 unchanged, 0 replaced, 0 failed in "), run.out());
    assertEquals(2, graphCount());
    CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
        "PREFIX cg: <https://claimgraph.org/ns#> PREFIX schema: <https://schema.org/> SELECT ?doc ?url ?enc"
            + " { ?a cg:docName ?doc ; schema:url ?url ; cg:encodingSource ?enc } ORDER BY ?doc");
    List<String> rows = q.out().lines().skip(1).toList();
    assertEquals(2, rows.size(), q.out());
    assertTrue(rows.get(0).startsWith("crawl/stories.publiceye.ch-nestle-coffee-"), q.out());
    assertTrue(rows.get(0).endsWith("," + org.claimgraph.ingest.WarcFiles.PUBLIC_EYE + ",http-header"), q.out());
    assertTrue(rows.get(1).startsWith("crawl/www.reuters.com-world-china-"), q.out());

    CliRun again = CliRun.of("ingest", "--store", store.toString(), warc.toString());
    assertTrue(again.out().contains("2 articles: 0 new, 2 unchanged, 0 replaced, 0 failed in "), again.out());
  }

  @Test
  void anArticleInAnotherLanguageIsStoredWithoutFiguresAndCounted() throws Exception {
    // Green Univers (2023): a French article whose figures the English rules must not read.
    Path fr = Files.writeString(tmp.resolve("recyclage.html"), "<html lang=\"fr\"><body><article><p>La France et"
        + " l’Europe sont aujourd’hui dépendantes à 100% d’approvisionnements extérieurs pour leur utilisation de lithium"
        + " et de cobalt, matériaux clés des batteries automobiles, dont la demande pourrait être multipliée par 40 en"
        + " vingt ans. Le lithium est aujourd’hui produit à 44% au Chili, à 39% en Chine et à 13% en Argentine.</p>"
        + "</article></body></html>");
    CliRun run = CliRun.of("ingest", "--store", store.toString(), fr.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains(": new, 0 figures"), run.out());
    assertTrue(run.out().contains("1 article: 1 new, 0 unchanged, 0 replaced, 0 failed, 1 skipped for language in "),
        run.out());
    CliRun q = CliRun.of("query", "--store", store.toString(), "--format", "csv", "-e",
        "PREFIX schema: <https://schema.org/> SELECT ?l { ?a schema:inLanguage ?l }");
    assertEquals("l\r\nfr\r\n", q.out());
  }

  @Test
  void aFolderThatIsNotAStoreGetsOneClearLine() throws Exception {
    Path notStore = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(notStore.resolve("readme.txt"), "hello");
    CliRun run = CliRun.of("ingest", "--store", notStore.toString(), pages.toString());
    assertEquals(1, run.status());
    assertEquals("claimgraph ingest: " + notStore + ": not a claimgraph store (the directory holds other files);"
        + " choose a new or empty directory with --store", run.err().strip());
    assertEquals(List.of("readme.txt"), Files.list(notStore).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void compactsAFirstRunThenOnlyOnceTheStoreHasGrownOrWhenAsked() throws Exception {
    CliRun first = CliRun.of("ingest", "--store", store.toString(), pages.resolve("wire-service.html").toString(),
        pages.resolve("bare-divs.html").toString());
    assertEquals(0, first.status(), first.err());
    assertEquals(List.of("Data-0002"), generations(), "a store never compacted is compacted after its first run");
    long compacted = Long.parseLong(Files.readString(store.resolve("compacted-size")).strip());
    assertTrue(compacted > 0);

    CliRun small = CliRun.of("ingest", "--store", store.toString(), pages.resolve("wordpress-blog.html").toString());
    assertEquals(0, small.status(), small.err());
    assertEquals(List.of("Data-0002"), generations(), "one more article is far from 1.4 times the compacted size");
    assertEquals(3, graphCount());

    Path changed = Files.writeString(tmp.resolve("changed.html"), Files.readString(pages.resolve("wire-service.html"))
        .replace("fell 38%", "fell 39%"));
    CliRun asked = CliRun.of("ingest", "--compact", "--store", store.toString(), changed.toString());
    assertEquals(0, asked.status(), asked.err());
    assertEquals(List.of("Data-0003"), generations(), "--compact compacts whatever the growth");

    CliRun both = CliRun.of("ingest", "--compact", "--no-compact", "--store", store.toString(), changed.toString());
    assertEquals(2, both.status());
    assertEquals("claimgraph ingest: --compact and --no-compact cannot be given together", both.err().strip());
  }

  private List<String> generations() throws Exception {
    try (var s = Files.list(store)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
    }
  }

  @Test
  void withoutPathsIsAUsageError() {
    CliRun run = CliRun.of("ingest");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("Missing required parameter"), run.err());
  }

  private long graphCount() {
    try (GraphStore s = GraphStore.openExisting(store)) {
      return s.graphNames().size();
    }
  }
}
