package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.claimgraph.bench.SyntheticArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new store's first run records one "every segment" change instead of one per segment; later runs record segments. */
class StoreSummaryFirstRunTest {
  private static final Node DIRTY = NodeFactory.createURI(StoreSummary.NS + "dirty");

  @TempDir Path tmp;

  @Test
  void aFirstRunRecordsEverySegmentOnceAndUpdatesToWhatARebuildWrites() {
    SyntheticArticles gen = new SyntheticArticles(42);
    try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
      StoreSummary.rebuild(store.dataset()); // an empty summary marked built, as a new store's first open leaves it
      put(store, gen, 0, 40);
      assertEquals(List.of("\"*\""), records(store), "one record for the whole first run");

      StoreSummary.update(store.dataset());
      assertTrue(StoreSummary.isFresh(store.dataset()));
      List<String> updated = summary(store);
      assertTrue(updated.size() > 1000, "the summary has rows: " + updated.size());
      StoreSummary.rebuild(store.dataset());
      assertEquals(summary(store), updated, "the first run's summary is the one a full rebuild writes");

      // A second run: the summary has rows, so each write records the segments it touches.
      put(store, gen, 40, 45);
      List<String> second = records(store);
      assertTrue(second.size() > 5 && !second.contains("\"*\""), "segments recorded: " + second);
      StoreSummary.update(store.dataset());
      assertFalse(summary(store).equals(updated), "the second run changed the summary");
      List<String> again = summary(store);
      StoreSummary.rebuild(store.dataset());
      assertEquals(summary(store), again, "the second run's update is the one a full rebuild writes");
    }
  }

  /** Articles {@code from} to {@code to} stored as ingest stores them ({@link GraphStore#put}), in one batch. */
  static void put(GraphStore store, SyntheticArticles gen, int from, int to) {
    GraphMapper mapper = new GraphMapper();
    GraphStore.Batch batch = store.batch();
    for (int i = from; i < to; i++) {
      var a = gen.article(i);
      String fingerprint = "fp-" + i;
      store.put(a.article().id(), a.article().source(), fingerprint, sink -> mapper.map(a, fingerprint, sink));
    }
    batch.commit();
  }

  private static List<String> records(GraphStore store) {
    return Txn.calculateRead(store.dataset(), () -> {
      List<String> out = new ArrayList<>();
      store.dataset().asDatasetGraph().find(StoreSummary.GRAPH, StoreSummary.GRAPH, DIRTY, Node.ANY)
          .forEachRemaining(q -> out.add(NodeFmtLib.strNT(q.getObject())));
      out.sort(null);
      return out;
    });
  }

  /** The summary graph's quads, sorted. */
  static List<String> summary(GraphStore store) {
    return Txn.calculateRead(store.dataset(), () -> {
      List<String> out = new ArrayList<>();
      store.dataset().asDatasetGraph().find(StoreSummary.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
      out.sort(null);
      return out;
    });
  }
}
