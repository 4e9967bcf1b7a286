package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.bench.SyntheticArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first run's view rows computed on their own thread, a part or two ahead of the writer, give the summary the writer's
 * own views give, quad for quad, with the stories' writes beside them and the storage reopened between the parts.
 */
class ViewsAheadTest {
  private static final int ARTICLES = 60;

  @TempDir Path tmp;

  @AfterEach
  void resetSizes() {
    PartedListing.part = 256;
    PartedListing.ranks = 4096;
  }

  @Test
  void partsComputedAheadWriteTheSummaryTheWriterWritesBesideTheStoriesAndReopenings() {
    List<String> alone;
    try (GraphStore store = firstRun("alone")) {
      StoreSummary.update(store.dataset());
      linkLikeStories(store);
      alone = StoreSummaryFirstRunTest.summary(store);
    }
    assertTrue(alone.size() > 1000, "a real summary: " + alone.size());

    PartedListing.part = 7;
    PartedListing.ranks = 50;
    try (GraphStore store = firstRun("ahead")) {
      int expected = items(store);
      int[] reopened = {0};
      ViewsAhead ahead = ViewsAhead.start(store.dataset());
      try (ahead) {
        linkLikeStories(store); // the stories' writes run while the first parts are read
        StoreSummary.update(store.dataset(), always(() -> {
          StorageReopen.reopen(store.dataset().asDatasetGraph()); // waits for the thread's read transaction
          reopened[0]++;
        }), ahead);
      }
      assertTrue(reopened[0] > 12 * 2, "reopened between the parts: " + reopened[0]);
      assertEquals(expected, ahead.computed(), "every part and 04's view computed on the thread");
      assertEquals(expected, ahead.taken(), "and every one taken by the writer");
      assertTrue(StoreSummary.isFresh(store.dataset()));
      assertEquals(alone, StoreSummaryFirstRunTest.summary(store));
    }
  }

  @Test
  void closedEarlyTheWriterComputesTheRestAndASecondRunStartsNoThread() {
    List<String> alone;
    try (GraphStore store = firstRun("alone")) {
      StoreSummary.update(store.dataset());
      alone = StoreSummaryFirstRunTest.summary(store);
    }
    PartedListing.part = 7;
    try (GraphStore store = firstRun("closed")) {
      ViewsAhead ahead = ViewsAhead.start(store.dataset());
      ahead.close(); // before the update: nothing or a part or two computed, the writer computes the rest
      StoreSummary.update(store.dataset(), always(() -> {}), ahead);
      assertEquals(alone, StoreSummaryFirstRunTest.summary(store));

      StoreSummaryFirstRunTest.put(store, new SyntheticArticles(42), ARTICLES, ARTICLES + 5); // records segments
      assertSame(ViewsAhead.none(), ViewsAhead.start(store.dataset()), "a later run's update is no first run's");
      assertFalse(StoreSummary.isFresh(store.dataset()));
    }
  }

  @Test
  void aPartOfOtherSegmentsThanTheWritersIsNotTaken() {
    PartedListing.part = 7;
    try (GraphStore store = firstRun("other")) {
      try (ViewsAhead ahead = ViewsAhead.start(store.dataset())) {
        List<SummaryListing> first = StoreSummary.BATCHES.get(0);
        assertTrue(PartedListing.builds(first));
        List<Node> segments = Txn.calculateRead(store.dataset(), () ->
            new ArrayList<>(first.get(0).allSegments(store.dataset().asDatasetGraph())).subList(1, 8));
        assertNull(ahead.takePart(first, 0, segments), "the thread's first part starts a segment earlier");
        assertEquals(0, ahead.taken());
      }
    }
  }

  /** A store whose summary is built empty, then {@value #ARTICLES} articles stored: a first run's update is due. */
  private GraphStore firstRun(String name) {
    GraphStore store = GraphStore.open(tmp.resolve(name));
    StoreSummary.rebuild(store.dataset());
    StoreSummaryFirstRunTest.put(store, new SyntheticArticles(42), 0, ARTICLES);
    return store;
  }

  /** The items the thread computes: the parts of each listing built in parts, and 04's view. */
  private static int items(GraphStore store) {
    return Txn.calculateRead(store.dataset(), () -> {
      var dsg = store.dataset().asDatasetGraph();
      int n = 0;
      for (List<SummaryListing> batch : StoreSummary.BATCHES) {
        SummaryListing l = batch.get(0);
        if (PartedListing.builds(batch)) n += (l.scope(dsg, l.allSegments(dsg)).size() + PartedListing.part - 1) / PartedListing.part;
        else n += (int) batch.stream().filter(b -> b.kind() == SummaryListing.Kind.PUBLISHER).count();
      }
      return n;
    });
  }

  /** Writes story keys into every article graph, a transaction per article, as the story linker does after the articles. */
  private static void linkLikeStories(GraphStore store) {
    List<Node> graphs = Txn.calculateRead(store.dataset(), () -> {
      List<Node> out = new ArrayList<>();
      store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
        if (!StoreSummary.isSummary(g)) out.add(g);
      });
      return out;
    });
    for (Node g : graphs) {
      Txn.executeWrite(store.dataset(), () ->
          store.dataset().asDatasetGraph().add(g, g, CG.storyKey.asNode(), NodeFactory.createLiteralString("k|" + g)));
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
}
