package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.bench.SyntheticArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first run's summary update committed in parts of a listing (a few segments, a few ranks at a time), the storage
 * reopened after each, writes the summary that one transaction writes; and one that fails between two parts leaves the
 * summary dirty, and the next update writes the same summary again.
 */
class PartedListingTest {
  private static final int ARTICLES = 60;

  @TempDir Path tmp;

  @AfterEach
  void resetSizes() {
    PartedListing.part = 256;
    PartedListing.ranks = 4096;
  }

  @Test
  void aFirstRunUpdatedInPartsWritesTheSummaryOneTransactionWrites() {
    List<String> one = oneTransaction();
    assertTrue(one.size() > 1000, "a real summary: " + one.size());

    PartedListing.part = 7;
    PartedListing.ranks = 50;
    try (GraphStore store = firstRun("parted")) {
      int[] reopened = {0};
      StoreSummary.update(store.dataset(), always(() -> {
        assertFalse(StoreSummary.isFresh(store.dataset()), "dirty until the last part");
        StorageReopen.reopen(store.dataset().asDatasetGraph());
        reopened[0]++;
      }));
      assertTrue(StoreSummary.isFresh(store.dataset()));
      // 13 listings; 01 alone has ARTICLES / 7 parts and its ranks several chunks of 50
      assertTrue(reopened[0] > 12 * 2, "reopened between the parts of listings: " + reopened[0]);
      assertEquals(one, summary(store), "the same summary quads");
    }
  }

  @Test
  void anUpdateThatFailsBetweenTwoPartsLeavesTheSummaryDirtyAndTheNextWritesTheSameRows() {
    List<String> one = oneTransaction();
    PartedListing.part = 7;
    PartedListing.ranks = 50;
    // Fail at each of several points: inside 01's parts, inside its ranks, inside a later listing.
    for (int failAt : new int[] {3, 12, 40}) {
      try (GraphStore store = firstRun("failed-" + failAt)) {
        int[] commits = {0};
        assertThrows(IllegalStateException.class, () -> StoreSummary.update(store.dataset(), always(() -> {
          if (++commits[0] == failAt) throw new IllegalStateException("crash after commit " + failAt);
        })));
        assertFalse(StoreSummary.isFresh(store.dataset()), "a failed update leaves the summary dirty");
        assertTrue(summary(store).size() > 0, "some parts were committed");
        assertTrue(StoreSummary.ensureFresh(store.dataset()), "the next open updates it");
        assertEquals(one, summary(store), "the rows a whole update writes, failing at " + failAt);
      }
    }
  }

  /** A store whose summary is empty and built, with {@value #ARTICLES} articles written since (records "every segment"). */
  private GraphStore firstRun(String name) {
    GraphStore store = GraphStore.open(tmp.resolve(name));
    StoreSummary.rebuild(store.dataset());
    StoreSummaryFirstRunTest.put(store, new SyntheticArticles(42), 0, ARTICLES);
    return store;
  }

  /** The summary a first run's update writes in one transaction (as a server's). */
  private List<String> oneTransaction() {
    try (GraphStore store = firstRun("one")) {
      StoreSummary.update(store.dataset());
      return summary(store);
    }
  }

  /** A commit due after every part: {@code run} runs after each. */
  private static StoreSummary.Between always(Runnable run) {
    return new StoreSummary.Between() {
      @Override
      public boolean due() {
        return true;
      }

      @Override
      public void run() {
        run.run();
      }
    };
  }

  private static List<String> summary(GraphStore store) {
    return StoreSummaryFirstRunTest.summary(store);
  }
}
