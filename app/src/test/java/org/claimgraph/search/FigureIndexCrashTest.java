package org.claimgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.bench.SyntheticArticles;
import org.claimgraph.bench.SyntheticStore;
import org.claimgraph.graph.FigureRows;
import org.claimgraph.graph.GraphMapper;
import org.claimgraph.graph.Iris;
import org.claimgraph.graph.StoreException;
import org.claimgraph.ingest.IndexSync;
import org.claimgraph.service.Claimgraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures index stays in step with the sentence index when a write stops between their commits, when its own
 * commit fails, when a rebuild and article writes run at once, and when another process holds it.
 */
class FigureIndexCrashTest {

  @TempDir Path tmp;

  @Test
  void aCrashBetweenTheTwoCommitsLeavesTheFiguresIndexBehindUnreadUntilRepaired() throws IOException {
    Path dir = tmp.resolve("crash");
    SyntheticArticles gen = new SyntheticArticles(42);
    try (Claimgraph cg = FigureIndexTest.written(dir, gen, 10)) {
      // An 11th article staged and stored; then its write commits the sentence index, not the figures index.
      ArticleAnalysis a = gen.article(10);
      stageAndStore(cg, a);
      String write = "crash-test";
      cg.index().figures().prepareCommit(write);
      IndexWriter sentences = cg.index().textIndex().getIndexWriter();
      sentences.setLiveCommitData(Map.of(FigureIndex.WRITE, write).entrySet());
      sentences.commit();
    } // the process ends here: the figures index's prepared commit is never made
    assertEquals(FigureIndex.State.BEHIND, FigureIndex.state(dir));
    assertFalse(FigureIndex.complete(dir));
    try (Claimgraph cg = Claimgraph.open(dir)) {
      assertNull(cg.index().figures().lookup(), "a figures index behind the sentence index is never read");
      IndexSync.Divergence d = IndexSync.compare(cg.store(), cg.index());
      assertTrue(d.figuresBehind() && d.missing().isEmpty() && d.orphans().isEmpty(), d.describe());
      // the next ingest's repair rebuilds it
      IndexSync.repair(cg.store(), cg.index());
      assertEquals(FigureIndex.State.COMPLETE, FigureIndex.state(dir));
      assertTrue(IndexSync.compare(cg.store(), cg.index()).none());
      FigureIndexTest.assertEqualToARebuild(cg, gen, "repaired");
    }
  }

  @Test
  void aSentenceIndexWrittenByOtherMeansLeavesTheFiguresIndexBehind() throws IOException {
    Path dir = tmp.resolve("other");
    SyntheticArticles gen = new SyntheticArticles(42);
    try (Claimgraph cg = FigureIndexTest.written(dir, gen, 5)) {
      cg.index().commit(); // nothing written: still in step
      assertEquals(FigureIndex.State.COMPLETE, FigureIndex.state(dir));
      // as the Spark load merges its shards: the sentence index's own writer, then a commit
      cg.index().textIndex().getIndexWriter().deleteDocuments(new org.apache.lucene.index.Term("id", gen.article(0).article().id()));
      cg.index().commit();
      assertEquals(FigureIndex.State.BEHIND, FigureIndex.state(dir));
    }
  }

  @Test
  void aFailedFirstPhaseDropsBothIndexesStagedChanges() {
    Path dir = tmp.resolve("first");
    SyntheticArticles gen = new SyntheticArticles(42);
    Failing fail = new Failing("pending_segments");
    try (Claimgraph cg = written(dir, gen, 10, fail)) {
      ArticleAnalysis a = gen.article(10);
      List<String> before = committedWhileFailing(cg, fail, a, () -> assertThrows(IndexException.class, () -> cg.index().commit()));
      cg.store().removeSource(a.article().source()); // as ingest does when the index cannot be committed
      assertEquals(FigureIndex.State.COMPLETE, FigureIndex.state(dir));
      assertFalse(cg.index().markers().containsKey(a.article().id()), "the sentence index's staged article is dropped");
      assertEquals(before, snapshot(cg), "the figures index's staged rows are dropped");
      // the next article commits alone: nothing of the failed one comes with it
      FigureIndexTest.put(cg, gen.article(11));
      FigureIndexTest.assertEqualToARebuild(cg, gen, "after a failed commit");
    }
  }

  @Test
  void aFailedLastPhaseDropsTheFiguresStagedRowsAndLeavesItBehind() {
    Path dir = tmp.resolve("last");
    SyntheticArticles gen = new SyntheticArticles(42);
    Failing fail = new Failing("segments_");
    try (Claimgraph cg = written(dir, gen, 10, fail)) {
      ArticleAnalysis a = gen.article(10);
      // the sentence index holds the article; the figures index could not commit it
      List<String> before = committedWhileFailing(cg, fail, a, () -> cg.index().commit());
      assertTrue(cg.index().markers().containsKey(a.article().id()));
      assertEquals(FigureIndex.State.BEHIND, FigureIndex.state(dir));
      assertNull(cg.index().figures().lookup());
      // its staged rows are gone: a later write of both indexes does not bring them back as if in step
      FigureIndexTest.put(cg, gen.article(11));
      assertEquals(FigureIndex.State.BEHIND, FigureIndex.state(dir), "an index behind stays so until a rebuild");
      IndexSync.repair(cg.store(), cg.index());
      assertEquals(FigureIndex.State.COMPLETE, FigureIndex.state(dir));
      assertFalse(before.equals(snapshot(cg)));
      FigureIndexTest.assertEqualToARebuild(cg, gen, "repaired after a failed last phase");
    }
  }

  @Test
  void aRebuildAndArticleWritesAtOnceNeitherDeadlockNorLoseRows() throws Exception {
    Path dir = tmp.resolve("race");
    SyntheticArticles gen = new SyntheticArticles(42);
    try (Claimgraph cg = Claimgraph.open(dir)) {
      SyntheticStore.write(cg.store(), cg.index(), gen, 0, 10, 10);
    }
    deleteTree(FigureIndex.dirOf(dir)); // a store without a figures index (written before it)
    try (Claimgraph cg = Claimgraph.open(dir)) {
      AtomicReference<Throwable> failed = new AtomicReference<>();
      Thread writes = new Thread(() -> {
        try {
          for (int i = 10; i < 20; i++) FigureIndexTest.put(cg, gen.article(i));
        } catch (Throwable t) {
          failed.set(t);
        }
      }, "article-writes");
      Thread rebuilds = new Thread(() -> {
        try {
          for (int i = 0; i < 3; i++) cg.reindexFigures((done, all) -> {});
        } catch (Throwable t) {
          failed.set(t);
        }
      }, "figures-rebuilds");
      writes.start();
      rebuilds.start();
      writes.join(120_000);
      rebuilds.join(120_000);
      assertFalse(writes.isAlive() || rebuilds.isAlive(), "deadlocked: " + threadDump());
      assertNull(failed.get(), () -> "failed: " + failed.get());
      cg.reindexFigures((done, all) -> {}); // the rebuilds may all have run before the last write
      FigureIndexTest.assertEqualToARebuild(cg, gen, "rebuilt while writing");
    }
  }

  @Test
  void aFiguresRebuildWhileAnotherProcessWritesSaysTheStoreIsInUse() {
    Path dir = tmp.resolve("locked");
    SyntheticArticles gen = new SyntheticArticles(42);
    try (Claimgraph server = FigureIndexTest.written(dir, gen, 3)) {
      // the "server" holds both indexes' writers; a reindex --figures of the same store (its own index objects) fails
      try (SourceIndex other = SourceIndex.open(dir); var store = org.claimgraph.graph.GraphStore.openForReading(dir)) {
        StoreException e = assertThrows(StoreException.class, () -> IndexSync.rebuildFigures(store, other, (d, all) -> {}));
        assertEquals(StoreException.Kind.LOCKED, e.kind());
        assertTrue(e.getMessage().startsWith(dir + ": the store is in use by another process ("), e.getMessage());
      }
      assertNotNull(server.index().figures().lookup(), "the server's index is untouched");
    }
  }

  /** Stages an article as ingest does and writes its graph, leaving the index commit to the test. */
  private static void stageAndStore(Claimgraph cg, ArticleAnalysis a) {
    GraphMapper mapper = new GraphMapper();
    String fp = Integer.toHexString(a.article().text().hashCode());
    var rows = FigureRows.written(Iris.article(a.article().id()), sink -> mapper.map(a, fp, sink));
    cg.index().prepare(IndexedArticles.of(a), List.of(a.article().source()), fp, rows);
    cg.store().put(a.article().id(), a.article().source(), fp, sink -> mapper.map(a, fp, sink));
  }

  /** Stages and stores {@code a}, then {@code commit}s while the figures index's folder fails; returns its rows before. */
  private static List<String> committedWhileFailing(Claimgraph cg, Failing fail, ArticleAnalysis a, Runnable commit) {
    List<String> before = snapshot(cg);
    stageAndStore(cg, a);
    fail.armed = true;
    try {
      commit.run();
    } finally {
      fail.armed = false;
    }
    return before;
  }

  private static Claimgraph written(Path dir, SyntheticArticles gen, int n, Failing fail) {
    Claimgraph cg = Claimgraph.open(dir);
    cg.index().figuresDirectory(fail::wrap);
    SyntheticStore.write(cg.store(), cg.index(), gen, 0, n, 10);
    return cg;
  }

  private static List<String> snapshot(Claimgraph cg) {
    try (var l = cg.index().figures().lookup()) {
      return l.snapshot();
    }
  }

  private static String threadDump() {
    StringBuilder b = new StringBuilder();
    for (var t : java.lang.management.ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) b.append(t);
    return b.toString();
  }

  private static void deleteTree(Path p) throws IOException {
    try (var files = java.nio.file.Files.walk(p)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(f);
    }
  }

  /** A folder whose commits fail while armed: writing a file whose name starts so, or renaming to one. */
  private static final class Failing {
    final String prefix;
    volatile boolean armed;

    Failing(String prefix) {
      this.prefix = prefix;
    }

    Directory wrap(Directory d) {
      return new FilterDirectory(d) {
        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
          if (armed && name.startsWith(prefix)) throw new IOException("disk full (test)");
          return super.createOutput(name, context);
        }

        @Override
        public void rename(String source, String dest) throws IOException {
          if (armed && dest.startsWith(prefix)) throw new IOException("disk full (test)");
          super.rename(source, dest);
        }
      };
    }
  }
}
