package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Store problems are told apart by what failed: in use, read-only, damaged; each one line. */
class StoreStateTest {

  @TempDir Path tmp;

  Path storeWithOneArticle() throws Exception {
    Path dir = tmp.resolve("store");
    Article a = new ArticleReader().readText("x.txt", "x.txt", "China exported 5,577 tonnes of rare earth magnets in July 2025.");
    try (GraphStore store = GraphStore.open(dir)) {
      store.put(a.id(), a.source(), "f1", sink -> new GraphMapper().map(a, "f1", sink));
    }
    return dir;
  }

  static void truncate(Path file, long size) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
  }

  @Test
  void aTruncatedNodeTableIsDamageNotAStoreInUse() throws Exception {
    Path dir = storeWithOneArticle();
    truncate(dir.resolve("Data-0001").resolve("nodes-data.obj"), 100);
    StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(dir));
    assertEquals(StoreException.Kind.CORRUPT, e.kind(), e.getMessage());
    assertTrue(e.getMessage().startsWith(dir + ": the store is damaged (") && e.getMessage().contains("writes are refused"),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("in use"), e.getMessage());
  }

  @Test
  void aLookUpFindsADamagedNodeTableWithoutReadingTheWholeStore() throws Exception {
    Path dir = storeWithOneArticle();
    try (GraphStore store = GraphStore.openForReading(dir)) {
      assertEquals(1, store.graphNames().size(), "a sound store opens for reading");
    }
    truncate(dir.resolve("Data-0001").resolve("nodes-data.obj"), 100);
    StoreException e = assertThrows(StoreException.class, () -> GraphStore.openForReading(dir));
    assertEquals(StoreException.Kind.CORRUPT, e.kind(), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void aTruncatedIndexFileWhoseMessageSaysBlocksizeIsDamage() throws Exception {
    Path dir = storeWithOneArticle();
    truncate(dir.resolve("Data-0001").resolve("GSPO.dat"), 100);
    truncate(dir.resolve("Data-0001").resolve("GSPO.idn"), 100);
    StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(dir));
    assertEquals(StoreException.Kind.CORRUPT, e.kind(), e.getMessage());
    assertFalse(e.getMessage().contains("in use"), e.getMessage());
  }

  @Test
  void classifiesByTheTypeOfWhatFailed() {
    Path dir = tmp.resolve("s");
    assertEquals(StoreException.Kind.LOCKED, StoreState.classify(dir, new RuntimeException(new AlreadyLocked("held"))).kind());
    assertEquals(StoreException.Kind.READ_ONLY,
        StoreState.classify(dir, new RuntimeException(new AccessDeniedException("tdb.lock"))).kind());
    assertEquals(StoreException.Kind.CORRUPT,
        StoreState.classify(dir, new org.apache.jena.dboe.base.block.BlockException("File size (100) not a multiple of blocksize")).kind());
    StoreException other = StoreState.classify(dir, new IllegalStateException("something with a lock in blocksize"));
    assertEquals(StoreException.Kind.OTHER, other.kind(), "words in a message decide nothing");
  }
}
