package org.claimgraph.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RunReleaseTest {

  private static final long MB = 1L << 20;

  @Test
  void isDueExactlyWhenRunWouldReopen() {
    AtomicLong files = new AtomicLong(100 * MB);
    AtomicInteger reopened = new AtomicInteger();
    RunRelease release = new RunRelease(files::get, 64 * MB, reopened::incrementAndGet);
    files.set(163 * MB);
    assertFalse(release.due(), "63 MB written: a summary update goes on in the same transaction");
    files.set(164 * MB);
    assertTrue(release.due(), "64 MB written: it commits and the storage is reopened");
    release.run();
    assertEquals(1, reopened.get());
    assertFalse(release.due(), "nothing written since the reopening");
    files.set(50 * MB); // a compaction left less resident
    assertFalse(release.due());
  }

  @Test
  void reopensOnceTheRunHasWrittenItsAmountSinceItsStartOrItsLastReopening() {
    AtomicLong files = new AtomicLong(100 * MB); // a store that had 100 MB at the run's start
    AtomicInteger reopened = new AtomicInteger();
    RunRelease release = new RunRelease(files::get, 64 * MB, reopened::incrementAndGet);

    files.set(163 * MB);
    release.run();
    assertEquals(0, reopened.get(), "63 MB written");
    files.set(164 * MB);
    release.run();
    assertEquals(1, reopened.get(), "64 MB written");
    files.set(200 * MB);
    release.run();
    assertEquals(1, reopened.get(), "36 MB since");
    files.set(228 * MB);
    release.run();
    assertEquals(2, reopened.get());
    assertTrue(release.note().startsWith("storage reopened 2× during the run ("), release.note());
  }

  @Test
  void countsFromASmallerStoreAfterACompaction() {
    AtomicLong files = new AtomicLong(300 * MB);
    AtomicInteger reopened = new AtomicInteger();
    RunRelease release = new RunRelease(files::get, 64 * MB, reopened::incrementAndGet);
    files.set(120 * MB); // compacted between two batches
    release.run();
    files.set(183 * MB);
    release.run();
    assertEquals(0, reopened.get());
    files.set(184 * MB);
    release.run();
    assertEquals(1, reopened.get());
  }

  @Test
  void saysNothingWhenItNeverReopened() {
    assertEquals("", new RunRelease(() -> 0, 64 * MB, () -> {}).note());
  }

  @Test
  void theAmountComesFromThePropertyInMbAndZeroTurnsItOff() {
    assertEquals(RunRelease.DEFAULT_MB * MB, RunRelease.every(null));
    assertEquals(RunRelease.DEFAULT_MB * MB, RunRelease.every("lots"));
    assertEquals(512 * MB, RunRelease.every(" 512 "));
    assertFalse(RunRelease.on(RunRelease.every("0")));
    assertTrue(RunRelease.on(RunRelease.every(null)));
  }
}
