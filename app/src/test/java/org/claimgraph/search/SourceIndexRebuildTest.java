package org.claimgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reindex} rebuilds an index it cannot read, from scratch. */
class SourceIndexRebuildTest {

  @TempDir Path store;

  @Test
  void anUnreadableIndexIsRebuiltFromScratch() throws Exception {
    try (SourceIndex index = SourceIndex.open(store)) {
      index.prepareRebuild(List.of());
      index.commit();
    }
    Path dir = SourceIndex.dirOf(store);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }
    assertThrows(Exception.class, () -> DirectoryReader.open(FSDirectory.open(dir)).close(), "the index is damaged");
    try (SourceIndex index = SourceIndex.open(store)) {
      index.prepareRebuild(List.of());
      index.commit();
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(0, r.numDocs());
      assertTrue(SourceIndex.exists(store));
    }
  }
}
