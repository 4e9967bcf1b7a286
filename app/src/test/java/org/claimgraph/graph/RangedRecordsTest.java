package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RangedRecordsTest {

  @TempDir Path tmp;

  @Test
  void readsEveryRecordOnceInKeyOrderWithTheFilesUnmappedBetweenRanges() {
    Path dir = tmp.resolve("store");
    try (GraphStore store = GraphStore.open(dir)) {
      for (int batch = 0; batch < 4; batch++) PackedCompactionTest.write(store, batch * 150, 150); // several trees' copies
      Txn.executeRead(store.dataset(), () -> {
        BPlusTree tree = gspo(store);
        List<Record> whole = new ArrayList<>();
        tree.iterator().forEachRemaining(whole::add);
        assertTrue(whole.size() > 4_000, "records: " + whole.size());
        for (long range : new long[] {1, 7, 250, whole.size() - 1, whole.size(), whole.size() + 1}) {
          int[] unmapped = {0};
          RangedRecords ranged = new RangedRecords(tree, range, () -> {
            // no page of the tree is in use here: unmapping its files must not change what is read next
            assertTrue(MappedSegments.release(dir, tree) > 0 || !MappedSegments.supported(), "segments unmapped");
            assertTrue(MappedSegments.of(tree, dir).isEmpty());
            unmapped[0]++;
          });
          List<Record> read = new ArrayList<>();
          ranged.forEachRemaining(read::add);
          assertEquals(whole.size(), read.size(), "range " + range);
          for (int i = 0; i < whole.size(); i++) assertTrue(Record.equals(whole.get(i), read.get(i)), "record " + i + ", range " + range);
          assertEquals(whole.size() / range, unmapped[0], "unmappings, range " + range);
          assertEquals(unmapped[0] + 1, ranged.ranges());
          assertFalse(ranged.hasNext());
          assertThrows(NoSuchElementException.class, ranged::next);
        }
      });
    }
  }

  @Test
  void anEmptyTreeHasNoRecordAndNoRange() {
    try (GraphStore store = GraphStore.open(tmp.resolve("empty"))) {
      Txn.executeRead(store.dataset(), () -> {
        RangedRecords ranged = new RangedRecords(gspo(store), 3, () -> {
          throw new AssertionError("nothing to unmap between");
        });
        assertFalse(ranged.hasNext());
        assertEquals(1, ranged.ranges());
      });
    }
    assertThrows(IllegalArgumentException.class, () -> new RangedRecords(null, 0, () -> {}));
  }

  private static BPlusTree gspo(GraphStore store) {
    return (BPlusTree) ((TupleIndexRecord) PackedCompactionTest.tdb(store).getQuadTable().getNodeTupleTable().getTupleTable()
        .getIndexes()[0]).getRangeIndex();
  }
}
