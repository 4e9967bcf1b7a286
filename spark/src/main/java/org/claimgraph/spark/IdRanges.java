package org.claimgraph.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.Partitioner;

/**
 * Article ids in contiguous ranges of (nearly) equal counts, one range per partition, ranges in id
 * order. Built on the driver from the ids the job keeps (stage 2 collects them anyway), so putting
 * the articles in id order needs no sampling job (which {@code sortByKey} runs over its whole input
 * first) and every partition gets its share, where sampling can leave one partition twice as large.
 *
 * <pre>{@code
 * IdRanges r = IdRanges.of(List.of("a1", "b2", "c3", "d4"), 2);   // [a1 b2] [c3 d4]
 * r.getPartition("c3");                                          // 1
 * }</pre>
 */
final class IdRanges extends Partitioner {
  private static final long serialVersionUID = 1L;

  /** The first id of partitions 1…n-1, ascending. */
  private final String[] firsts;

  private IdRanges(String[] firsts) {
    this.firsts = firsts;
  }

  /** Ranges over {@code sortedIds} (ascending, distinct) in {@code slices} partitions, or fewer if there are fewer ids. */
  static IdRanges of(List<String> sortedIds, int slices) {
    int n = sortedIds.size();
    int parts = Math.max(1, Math.min(slices, n));
    String[] firsts = new String[parts - 1];
    for (int i = 1; i < parts; i++) firsts[i - 1] = sortedIds.get((int) ((long) i * n / parts));
    return new IdRanges(firsts);
  }

  @Override
  public int numPartitions() {
    return firsts.length + 1;
  }

  @Override
  public int getPartition(Object key) {
    int i = Arrays.binarySearch(firsts, (String) key);
    return i >= 0 ? i + 1 : -i - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdRanges r && Arrays.equals(firsts, r.firsts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(firsts);
  }
}
