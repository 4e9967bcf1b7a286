package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.StoredArticles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles are stored under a stable, unique name: their path below the folder given to ingest.
 * Two pages both called index.html in different folders are both kept; the same article under a
 * second name is a duplicate, reported and not analysed again; a folder that cannot be read is
 * reported and skipped.
 */
class IngestNamesIT {

  @TempDir Path tmp;

  static void copy(String corpusFile, Path target) throws Exception {
    Files.createDirectories(target.getParent());
    Files.copy(Path.of("..", "corpus", corpusFile), target);
  }

  List<String> docs(Path store) {
    try (GraphStore s = GraphStore.openExisting(store)) {
      return StoredArticles.all(s.dataset()).values().stream().map(a -> a.doc()).sorted().toList();
    }
  }

  @Test
  void samelyNamedPagesInTwoFoldersAreBothStoredAndACopyIsADuplicate() throws Exception {
    Path news = tmp.resolve("news");
    copy("003_effcb89402fbbc39.html", news.resolve("site1/index.html"));
    copy("004_073a1bba27b7e5aa.html", news.resolve("site2/index.html"));
    copy("003_effcb89402fbbc39.html", news.resolve("zz-mirror/copy.html"));
    copy("002_1ee6e6480b7cc619.html", news.resolve("002_1ee6e6480b7cc619.html"));
    Path store = tmp.resolve("store");

    CliRun first = CliRun.of("ingest", "--store", store.toString(), "--threads", "1", news.toString());
    assertEquals(0, first.status(), first.err());
    assertTrue(first.out().contains("4 articles: 3 new, 0 unchanged, 0 replaced, 0 failed, 1 duplicate"), first.out());
    assertTrue(first.out().contains("site1/index.html: new") && first.out().contains("site2/index.html: new"), first.out());
    assertTrue(first.out().contains("zz-mirror/copy.html: duplicate of site1/index.html"), first.out());
    List<String> expected = List.of("002_1ee6e6480b7cc619", "site1/index", "site2/index");
    assertEquals(expected, docs(store), "a file at the top keeps its stem; deeper ones keep their folders");

    CliRun second = CliRun.of("ingest", "--store", store.toString(), news.toString());
    assertEquals(0, second.status(), second.err());
    assertTrue(second.out().contains("4 articles: 0 new, 3 unchanged, 0 replaced, 0 failed, 1 duplicate"), second.out());
    assertTrue(second.out().contains("zz-mirror/copy.html: duplicate of site1/index.html"), second.out());
    assertEquals(expected, docs(store), "the same names on every run");
  }

  @Test
  void aFileNameTakenTwiceInOneRunIsRefusedNotReplaced() throws Exception {
    copy("003_effcb89402fbbc39.html", tmp.resolve("a/index.html"));
    copy("004_073a1bba27b7e5aa.html", tmp.resolve("b/index.html"));
    Path store = tmp.resolve("store");
    CliRun run = CliRun.of("ingest", "--store", store.toString(), tmp.resolve("a").toString(), tmp.resolve("b").toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains(tmp.resolve("b/index.html") + ": same name 'index.html' as " + tmp.resolve("a/index.html"))
        && !run.err().contains(": " + tmp.resolve("b/index.html") + ":"),
        run.err());
    assertEquals(List.of("index"), docs(store));
  }

  @Test
  void anUnreadableFolderIsReportedAndTheRestStored() throws Exception {
    Path news = tmp.resolve("news");
    copy("003_effcb89402fbbc39.html", news.resolve("ok/a.html"));
    Path locked = Files.createDirectories(news.resolve("locked"));
    copy("004_073a1bba27b7e5aa.html", locked.resolve("b.html"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "permissions do not bind this user (root): nothing to test");
      Path store = tmp.resolve("store");
      CliRun run = CliRun.of("ingest", "--store", store.toString(), news.toString());
      assertEquals(1, run.status());
      assertTrue(run.err().contains(locked + ": cannot read the folder (AccessDeniedException); skipped"), run.err());
      assertEquals(List.of("ok/a"), docs(store));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
