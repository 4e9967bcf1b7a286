package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process that unmaps at exit closes and compacts stores as Jena does, without a full collection per close. */
class StorageReleaseTest {

  @TempDir Path tmp;

  @BeforeEach
  void quiet() {
    StorageRelease.unmapAtExit(true);
    assertTrue(StorageRelease.quiet(), "this Jena's connection cache is reachable");
  }

  @AfterEach
  void asBefore() {
    StorageRelease.unmapAtExit(false);
  }

  @Test
  void aClosedStoreIsForgottenAndUnlockedWithoutACollection() {
    Path dir = tmp.resolve("store");
    List<String> expected;
    long full;
    try (GraphStore store = GraphStore.open(dir)) {
      PackedCompactionTest.write(store, 0, 50);
      expected = PackedCompactionTest.quads(store.dataset().asDatasetGraph());
      full = fullCollections();
    }
    assertEquals(full, fullCollections(), "no full collection at close");
    assertNull(StoreConnection.connectExisting(Location.create(dir.resolve("Data-0001"))), "Jena forgot the storage");
    try (GraphStore store = GraphStore.open(dir)) { // the lock is released and the files read back whole
      assertEquals(expected, PackedCompactionTest.quads(store.dataset().asDatasetGraph()));
    }
  }

  @Test
  void aCompactionReleasesBothGenerationsWithoutACollection() throws Exception {
    Path dir = tmp.resolve("store");
    List<String> expected;
    try (GraphStore store = GraphStore.open(dir)) {
      for (int batch = 0; batch < 3; batch++) PackedCompactionTest.write(store, batch * 40, 40);
      expected = PackedCompactionTest.quads(store.dataset().asDatasetGraph());
      long full = fullCollections();
      PackedCompaction.compact(store.dataset().asDatasetGraph());
      assertEquals(full, fullCollections(), "no full collection in the compaction");
      assertEquals(List.of("Data-0002"), PackedCompactionTest.generations(dir));
      assertNull(StoreConnection.connectExisting(Location.create(dir.resolve("Data-0001"))), "the old generation is forgotten");
      assertNull(StoreConnection.connectExisting(Location.create(dir.resolve("Data-0002-tmp"))), "the copy was never connected");
      assertEquals(expected, PackedCompactionTest.quads(store.dataset().asDatasetGraph()));
      PackedCompactionTest.checkTrees(store);
      PackedCompactionTest.write(store, 500, 10); // writes after the switch
      expected = PackedCompactionTest.quads(store.dataset().asDatasetGraph());
    }
    try (GraphStore store = GraphStore.open(dir)) {
      assertEquals(expected, PackedCompactionTest.quads(store.dataset().asDatasetGraph()));
    }
  }

  static long fullCollections() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      String name = gc.getName();
      if (name.contains("Old") || name.contains("MarkSweep") || name.contains("Full")) n += gc.getCollectionCount();
    }
    return n;
  }
}
