package org.claimgraph.graph;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;

/**
 * The records of a B+tree in key order, read {@code range} records at a time, each range by an iterator of its own that
 * starts after the last record of the one before, with {@code between} run between two ranges. A range's iterator holds
 * pages of the tree's mapped files (the path from the root and the current records page), so those files may be unmapped
 * only where no iterator is open: between ranges, where the last one is dropped and the next not yet made. The records
 * themselves are copies on the heap ({@link Record}'s bytes), so the ones handed out stay readable.
 *
 * <p>Used by {@link PackedCompaction} to unmap the old generation's index as it is copied: read whole, an index's live
 * blocks stayed resident until its copy ended, together with the pages around them that the kernel maps at each fault
 * (up to 1.26 GB of store files at the end of a first ingest of 10⁴ articles, 494 MB read in ranges; BENCHMARKS.md
 * round 19).
 */
final class RangedRecords implements Iterator<Record> {
  private final BPlusTree tree;
  private final long range;
  private final Runnable between;
  private Iterator<Record> current;
  private long read;
  private Record last;
  private Record next;
  private boolean restarted;
  private int ranges = 1;

  RangedRecords(BPlusTree tree, long range, Runnable between) {
    if (range < 1) throw new IllegalArgumentException("a range holds at least one record: " + range);
    this.tree = tree;
    this.range = range;
    this.between = between;
    this.current = tree.iterator();
  }

  @Override
  public boolean hasNext() {
    if (next != null) return true;
    if (current == null) return false;
    if (read >= range) {
      current = null; // the range's pages: never read again
      between.run();
      current = tree.iterator(last, null);
      read = 0;
      restarted = true;
      ranges++;
    }
    while (current.hasNext()) {
      Record r = current.next();
      // A new range starts at the last record handed out (the lower bound is inclusive): skip it.
      if (restarted && Record.keyLE(r, last)) continue;
      restarted = false;
      next = r;
      return true;
    }
    current = null;
    return false;
  }

  @Override
  public Record next() {
    if (!hasNext()) throw new NoSuchElementException();
    Record r = next;
    next = null;
    last = r;
    read++;
    return r;
  }

  /** How many ranges have been read so far. */
  int ranges() {
    return ranges;
  }
}
