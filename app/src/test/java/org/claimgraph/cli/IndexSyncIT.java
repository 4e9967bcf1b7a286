package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.search.SourceIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash between an article's graph commit and its index commit leaves it stored but not
 * searchable; the next ingest finds that by the fingerprint markers and re-indexes it, so SPARQL
 * and search agree again, and validate reports it meanwhile.
 */
class IndexSyncIT {

  @TempDir Path tmp;
  Path pages;
  Path store;

  @BeforeEach
  void ingestTwo() throws Exception {
    pages = Files.createDirectories(tmp.resolve("pages"));
    for (String f : List.of("003_effcb89402fbbc39.html", "004_073a1bba27b7e5aa.html")) {
      Files.copy(Path.of("..", "corpus", f), pages.resolve(f));
    }
    store = tmp.resolve("store");
    CliRun first = CliRun.of("ingest", "--store", store.toString(), pages.toString());
    assertEquals(0, first.status(), first.err());
    assertEquals(List.of(2, 2), counts());
  }

  /** [articles in the store (what SPARQL sees), articles in the search index]. */
  List<Integer> counts() {
    try (GraphStore s = GraphStore.openExisting(store); SourceIndex i = SourceIndex.open(store)) {
      return List.of(s.graphNames().size(), i.count("article"));
    }
  }

  @Test
  void anArticleStoredButNotIndexedIsReindexedByTheNextIngest() throws Exception {
    // what a kill after the graph commit and before the index commit leaves behind
    String id;
    try (GraphStore s = GraphStore.openExisting(store)) {
      id = s.fingerprints().keySet().iterator().next();
    }
    try (IndexWriter w = new IndexWriter(FSDirectory.open(SourceIndex.dirOf(store)), new IndexWriterConfig())) {
      w.deleteDocuments(new Term("id", id));
    }
    assertEquals(List.of(2, 1), counts());
    CliRun validate = CliRun.of("validate", "--store", store.toString());
    assertEquals(1, validate.status());
    assertTrue(validate.err().contains("1 stored article missing from the search index"), validate.err());

    CliRun again = CliRun.of("ingest", "--store", store.toString(), pages.toString());
    assertEquals(0, again.status(), again.err());
    assertTrue(again.out().contains("repaired the search index: 1 stored article missing"), again.out());
    assertTrue(again.out().contains("0 new, 2 unchanged"), again.out());
    assertEquals(List.of(2, 2), counts());
    CliRun search = CliRun.of("search", "--store", store.toString(), "--format", "json", "magnets");
    assertTrue(search.out().contains(id), "the article is searchable again: " + search.out());
    assertEquals(0, CliRun.of("validate", "--store", store.toString()).status());
    assertFalse(CliRun.of("ingest", "--store", store.toString(), pages.toString()).out().contains("repaired"));
  }

  @Test
  void aDeletedIndexFolderIsRebuiltByTheNextIngest() throws Exception {
    try (var files = Files.walk(SourceIndex.dirOf(store))) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
    }
    CliRun again = CliRun.of("ingest", "--store", store.toString(), pages.toString());
    assertEquals(0, again.status(), again.err());
    assertTrue(again.out().contains("repaired the search index: 2 stored articles missing"), again.out());
    assertEquals(List.of(2, 2), counts());
  }
}
