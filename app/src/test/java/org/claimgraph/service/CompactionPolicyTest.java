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
}
