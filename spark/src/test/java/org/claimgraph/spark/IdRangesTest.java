package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The id ranges that replace sortByKey's sampled ones: in id order, and of equal size. */
class IdRangesTest {

  /** Content-derived ids as the reader makes them: 16 hex digits. */
  private static List<String> ids(int n) {
    Random r = new Random(16);
    return IntStream.range(0, n).mapToObj(i -> String.format("%016x", r.nextLong())).sorted().toList();
  }

  @Test
  void partitionsAreContiguousRangesInIdOrderOfNearlyEqualSize() {
    List<String> ids = ids(1003);
    IdRanges r = IdRanges.of(ids, 8);
    assertEquals(8, r.numPartitions());
    int[] sizes = new int[8];
    int previous = 0;
    for (String id : ids) {
      int p = r.getPartition(id);
      assertTrue(p >= previous, id + " in partition " + p + " after " + previous);
      previous = p;
      sizes[p]++;
    }
    for (int s : sizes) assertTrue(s == 125 || s == 126, "sizes " + java.util.Arrays.toString(sizes));
  }

  @Test
  void idsNotSeenFallIntoTheRangeAroundThem() {
    IdRanges r = IdRanges.of(List.of("a1", "b2", "c3", "d4"), 2);
    assertEquals(0, r.getPartition("a0"));
    assertEquals(0, r.getPartition("b9"));
    assertEquals(1, r.getPartition("c3"));
    assertEquals(1, r.getPartition("z"));
  }

  @Test
  void fewerIdsThanSlicesGiveOnePartitionEachAndNoIdsOne() {
    assertEquals(3, IdRanges.of(List.of("a", "b", "c"), 8).numPartitions());
    assertEquals(1, IdRanges.of(new ArrayList<>(), 8).numPartitions());
    assertEquals(0, IdRanges.of(new ArrayList<>(), 8).getPartition("a"));
  }
}
