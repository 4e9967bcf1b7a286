package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStoreTest {

  @TempDir Path tmp;
  private final GraphMapper mapper = new GraphMapper();
  private final ArticleReader reader = new ArticleReader();

  @Test
  void storesReplacesAndSkipsUnchanged() throws Exception {
    Article v1 = reader.readText("x.txt", "x.txt", "China exported 5,577 tonnes of rare earth magnets in July.");
    Article v2 = reader.readText("x.txt", "x.txt", "China exported 5,577 metric tons of rare earth magnets in July.");
    try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
      assertEquals(Outcome.NEW, put(store, v1, "f1"));
      assertEquals(Outcome.UNCHANGED, put(store, v1, "f1"));
      assertEquals(Outcome.REPLACED, put(store, v2, "f2"));
      assertEquals(List.of(Iris.article(v2.id())), store.graphNames());
      assertEquals(1, store.removeSource("x.txt"));
      assertEquals(List.of(), store.graphNames());
    }
  }

  @Test
  void aFailingWriteLeavesTheStoreAsItWas() throws Exception {
    Article a = reader.readText("a.txt", "a.txt", "Germany imported 1,116 tons of magnets in July.");
    Article b = reader.readText("b.txt", "b.txt", "The US imported 619 tons of magnets in July.");
    try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
      put(store, a, "fa");
      assertThrows(IllegalStateException.class, () -> store.put(b.id(), b.source(), "fb", sink -> {
        mapper.map(b, "fb", sink);
        throw new IllegalStateException("boom half-way");
      }));
      assertEquals(List.of(Iris.article(a.id())), store.graphNames());
      long quadsOfB = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
          .stream(NodeFactory.createURI(Iris.article(b.id())), null, null, null).count());
      assertEquals(0, quadsOfB);
    }
  }

  @Test
  void aDirectoryOfOtherFilesIsNotAStore() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(dir.resolve("cat.jpg"), "meow");
    StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(dir));
    assertEquals(dir + ": not a claimgraph store (the directory holds other files); choose a new or empty"
        + " directory with --store", e.getMessage());
    StoreException missing = assertThrows(StoreException.class, () -> GraphStore.openExisting(tmp.resolve("none")));
    assertTrue(missing.getMessage().contains("no store here yet"), missing.getMessage());
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThrows(StoreException.class, () -> GraphStore.open(file));
  }

  @Test
  void aStoreOpenInAnotherProcessIsReportedAsInUse() throws Exception {
    Path dir = tmp.resolve("locked");
    try (GraphStore store = GraphStore.open(dir)) {
      store.graphNames();
    }
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), StoreLockHolder.class.getName(), dir.toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.equals("open")) {
        // wait until the other process holds the store
      }
      assertEquals("open", line);
      StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(dir));
      assertTrue(e.getMessage().startsWith(dir + ": the store is in use by another process"), e.getMessage());
      assertEquals(StoreException.Kind.LOCKED, e.kind());
    } finally {
      holder.destroy();
      holder.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private Outcome put(GraphStore store, Article a, String fingerprint) {
    return store.put(a.id(), a.source(), fingerprint, sink -> mapper.map(a, fingerprint, sink));
  }
}
