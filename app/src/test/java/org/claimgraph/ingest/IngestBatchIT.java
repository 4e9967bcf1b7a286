package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.analysis.Analyzer;
import org.claimgraph.graph.GraphMapper;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.Outcome;
import org.claimgraph.search.SourceIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles are stored {@value IngestService#BATCH} to a transaction; one that cannot be written aborts its batch, whose
 * other articles are then stored one by one: each file still succeeds or fails on its own, in input order, with the
 * store and the search index in step.
 */
class IngestBatchIT {

  @TempDir Path tmp;

  /** {@code n} small distinct articles, named a-00.html …; real figures, so the mapper writes real quads. */
  private List<Path> articles(int n) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("pages"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path f = dir.resolve(String.format("a-%02d.html", i));
      Files.writeString(f, "<html><head><title>Lithium exports " + i + "</title></head><body><article><p>China exported "
          + (1200 + i) + " tonnes of lithium carbonate in July, up " + (3 + i) + "% from June, customs data showed.</p>"
          + "</article></body></html>");
      files.add(f);
    }
    return files;
  }

  @Test
  void aWriteThatFailsMidBatchFailsAloneAndTheRestOfItsBatchIsStored() throws Exception {
    List<Path> files = articles(IngestService.BATCH + 4);
    GraphMapper real = new GraphMapper();
    IngestService service = new IngestService(2, Analyzer::new, (analysis, fingerprint, out) -> {
      real.map(analysis, fingerprint, out); // half its quads are written when it fails
      if (analysis.article().source().endsWith("a-05.html")) throw new IllegalStateException("disk full (simulated)");
    });
    try (GraphStore store = GraphStore.open(tmp.resolve("store")); SourceIndex index = SourceIndex.open(tmp.resolve("store"))) {
      IngestReport report = service.ingest(files, store, index, IngestListener.NONE);

      assertEquals(files, report.files().stream().map(FileResult::file).toList(), "results in input order");
      for (FileResult r : report.files()) {
        if (r.file().endsWith("a-05.html")) {
          assertTrue(r.failed());
          assertTrue(r.error().endsWith("a-05.html: not stored (disk full (simulated))"), r.error());
        } else {
          assertEquals(Outcome.NEW, r.outcome(), r.file() + ": " + r.error());
          assertTrue(r.figures() > 0, r.file() + " has figures");
        }
      }
      assertEquals(files.size() - 1, store.graphNames().size(), "every article but the failed one, nothing of it");
      assertEquals(files.size() - 1, index.markers().size(), "the index holds exactly the stored articles");
      assertReadableAfterCompaction(store);
    }
  }

  @Test
  void aDuplicateInALaterBatchIsReportedAndTheStoreStaysSound() throws Exception {
    List<Path> files = new ArrayList<>(articles(IngestService.BATCH + 2));
    // The same bytes as the first article under a later name, in the second batch with a new article before it: found
    // a duplicate only when stored (its twin is not committed when it is analysed).
    Path copy = Files.copy(files.get(IngestService.BATCH), tmp.resolve("pages").resolve("zz-copy.html"));
    files.add(copy);
    try (GraphStore store = GraphStore.open(tmp.resolve("store")); SourceIndex index = SourceIndex.open(tmp.resolve("store"))) {
      IngestReport report = new IngestService(2).ingest(files, store, index, IngestListener.NONE);
      assertEquals(files.size() - 1, report.count(Outcome.NEW), report.summary());
      FileResult last = report.files().get(report.files().size() - 1);
      assertEquals(Outcome.DUPLICATE, last.outcome());
      assertEquals("a-" + IngestService.BATCH + ".html", last.duplicateOf());
      assertEquals(files.size() - 1, index.markers().size());
      assertReadableAfterCompaction(store);
    }
  }

  @Test
  void unchangedFilesAreReportedAsTheyComeNotWhenSixteenArticlesToStoreHaveComeIn() throws Exception {
    List<Path> files = articles(IngestService.BATCH + 4);
    Path added = files.remove(files.size() - 1);
    try (GraphStore store = GraphStore.open(tmp.resolve("store")); SourceIndex index = SourceIndex.open(tmp.resolve("store"))) {
      new IngestService(2).ingest(files, store, index, IngestListener.NONE);
      // Again with one new file at the end: by the time it is analysed, the unchanged files before it are reported.
      java.util.concurrent.atomic.AtomicInteger reported = new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.atomic.AtomicInteger reportedWhenAnalysed = new java.util.concurrent.atomic.AtomicInteger(-1);
      IngestService.Lazy<Analyzer> analyzer = new IngestService.Lazy<>(Analyzer::new);
      IngestService service = new IngestService(1, () -> {
        reportedWhenAnalysed.compareAndSet(-1, reported.get());
        return analyzer.get();
      });
      List<Path> again = new ArrayList<>(files);
      again.add(added);
      IngestReport report = service.ingest(again, store, index, new IngestListener() {
        @Override
        public void started(int n) {}

        @Override
        public void done(FileResult r) {
          reported.incrementAndGet();
        }
      });
      assertEquals(files.size(), report.count(Outcome.UNCHANGED), report.summary());
      assertEquals(1, report.count(Outcome.NEW), report.summary());
      assertTrue(reportedWhenAnalysed.get() >= files.size() - 2 * IngestService.IN_FLIGHT_PER_THREAD,
          "unchanged files reported before the new one was analysed: " + reportedWhenAnalysed.get());
    }
  }

  @Test
  void aFileWithTheOldBytesOfAFileReplacedBeforeItInTheRunIsStoredNotCalledItsDuplicate() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("site"));
    Path a = dir.resolve("a.html");
    Files.writeString(a, "<html><head><title>Lithium exports</title></head><body><article><p>China exported 1200 tonnes of"
        + " lithium carbonate in July, up 3% from June, customs data showed.</p></article></body></html>");
    byte[] old = Files.readAllBytes(a);
    try (GraphStore store = GraphStore.open(tmp.resolve("store")); SourceIndex index = SourceIndex.open(tmp.resolve("store"))) {
      new IngestService(2).ingest(List.of(dir), store, index, IngestListener.NONE);
      // a.html gets new content; its old page is kept as b.html. Stored one after the other, a.html's new version
      // replaces its old one, which b.html then holds: no longer stored, so not a duplicate of anything.
      Files.writeString(a, new String(old, java.nio.charset.StandardCharsets.UTF_8).replace("1200 tonnes", "1300 tonnes"));
      Files.write(dir.resolve("b.html"), old);
      IngestReport report = new IngestService(2).ingest(List.of(dir), store, index, IngestListener.NONE);
      assertEquals(Outcome.REPLACED, report.files().get(0).outcome(), report.summary());
      FileResult b = report.files().get(1);
      assertEquals(Outcome.NEW, b.outcome(), b.file() + ": " + b.outcome() + " of " + b.duplicateOf());
      assertEquals(2, store.graphNames().size(), "both versions are stored");
      assertEquals(2, index.markers().size());
    }
  }

  @Test
  void anInterruptedRunCommitsWhatItWroteAndLeavesTheStoreUsable() throws Exception {
    List<Path> files = articles(IngestService.BATCH + 4);
    try (GraphStore store = GraphStore.open(tmp.resolve("store")); SourceIndex index = SourceIndex.open(tmp.resolve("store"))) {
      // The writer's thread is interrupted once the first batch is reported (as a server's request thread may be).
      IngestReport report = new IngestService(2).ingest(files, store, index, new IngestListener() {
        @Override
        public void started(int n) {}

        @Override
        public void done(FileResult r) {
          Thread.currentThread().interrupt();
        }
      });
      assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
      long stored = report.count(Outcome.NEW);
      assertTrue(stored >= IngestService.BATCH, report.summary());
      for (FileResult r : report.files()) {
        assertTrue(r.outcome() == Outcome.NEW || (r.failed() && r.error().endsWith(": interrupted")), r.file() + ": " + r.error());
      }
      assertEquals(stored, store.graphNames().size(), "every article reported stored is in the store");
      assertEquals(stored, index.markers().size());
      // The store still writes in this process: the interrupted files go in now.
      IngestReport again = new IngestService(2).ingest(files, store, index, IngestListener.NONE);
      assertEquals(files.size() - stored, again.count(Outcome.NEW), again.summary());
      assertEquals(files.size(), store.graphNames().size());
      assertReadableAfterCompaction(store);
    }
  }

  /** Compacts the store (which reads every quad's nodes) and reads every quad: a node written by no commit would fail. */
  private static void assertReadableAfterCompaction(GraphStore store) {
    org.apache.jena.tdb2.DatabaseMgr.compact(store.dataset().asDatasetGraph(), true);
    long quads = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
      long[] n = {0};
      store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
        q.getObject().toString();
        n[0]++;
      });
      return n[0];
    });
    assertTrue(quads > 0);
  }

  @Test
  void aRunOfSeveralBatchesStoresWhatOneArticlePerTransactionStores() throws Exception {
    List<Path> files = articles(IngestService.BATCH * 2 + 3);
    try (GraphStore store = GraphStore.open(tmp.resolve("batched")); SourceIndex index = SourceIndex.open(tmp.resolve("batched"))) {
      IngestReport report = new IngestService(2).ingest(files, store, index, IngestListener.NONE);
      assertEquals(files.size(), report.count(Outcome.NEW));
      IngestReport again = new IngestService(2).ingest(files, store, index, IngestListener.NONE);
      assertEquals(files.size(), again.count(Outcome.UNCHANGED), "every article found stored, by its fingerprint");
      assertEquals(files.size(), store.graphNames().size());
      assertEquals(files.size(), index.markers().size());
    }
  }
}
