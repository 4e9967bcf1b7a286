package org.claimgraph.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionPolicyTest {

  @TempDir Path dir;

  @Test
  void aStoreNeverCompactedIsDue() {
    assertEquals(0, CompactionPolicy.lastCompacted(dir));
    assertTrue(CompactionPolicy.due(dir, 1));
  }

  @Test
  void aCompactedStoreIsDueOnlyPastItsGrowthFactor() {
    CompactionPolicy.record(dir, 1_000_000);
    assertEquals(1_000_000, CompactionPolicy.lastCompacted(dir));
    assertFalse(CompactionPolicy.due(dir, 1_000_000));
    assertFalse(CompactionPolicy.due(dir, 1_400_000));
    assertTrue(CompactionPolicy.due(dir, 1_400_001));
    assertFalse(Files.exists(dir.resolve(CompactionPolicy.MARK + ".tmp")), "the record is renamed into place");
  }

  @Test
  void aRecordThatCannotBeWrittenDoesNotFailTheCompactionThatRanIt() {
    Path gone = dir.resolve("removed-meanwhile");
    CompactionPolicy.record(gone, 1_000_000); // no exception: the compaction is done, the record is best effort
    assertEquals(0, CompactionPolicy.lastCompacted(gone));
  }

  @Test
  void anUnreadableRecordCountsAsNone() throws Exception {
    Files.writeString(dir.resolve(CompactionPolicy.MARK), "twelve\n");
    assertTrue(CompactionPolicy.due(dir, 5));
  }

  @Test
  void aRunCompactsBetweenBatchesOnlyPastTheFloorAndItsGrowthFactor() {
    long floor = 256L << 20;
    double growth = CompactionPolicy.GROWTH;
    assertFalse(CompactionPolicy.dueDuringRun(floor, 0, floor, growth), "a new store at the floor");
    assertTrue(CompactionPolicy.dueDuringRun(floor + 1, 0, floor, growth), "a new store past the floor");
    assertFalse(CompactionPolicy.dueDuringRun(floor + 1, 200L << 20, floor, growth), "past the floor, not 1.4× the base");
    assertFalse(CompactionPolicy.dueDuringRun(1_400L << 20, 1_000L << 20, floor, growth), "exactly 1.4× the base");
    assertTrue(CompactionPolicy.dueDuringRun((1_400L << 20) + 1, 1_000L << 20, floor, growth));
  }

  @Test
  void compactionDuringARunIsOffUnlessItsFloorIsGiven() {
    assertEquals(Long.MAX_VALUE, CompactionPolicy.duringRunFloor(null));
    assertEquals(Long.MAX_VALUE, CompactionPolicy.duringRunFloor("lots"));
    assertEquals(256L << 20, CompactionPolicy.duringRunFloor(" 256 "));
    assertFalse(CompactionPolicy.dueDuringRun(Long.MAX_VALUE, 0, CompactionPolicy.duringRunFloor(null), CompactionPolicy.GROWTH));
  }
}
