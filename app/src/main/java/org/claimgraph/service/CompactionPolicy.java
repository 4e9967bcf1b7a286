package org.claimgraph.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * When an ingest run compacts the store: when the store has grown past {@value #GROWTH} times its size right after its
 * last compaction (or was never compacted). Compacting after every run copied the whole store for a handful of new
 * articles (394 s for a 10⁴-article store: BENCHMARKS.md); compacting at a growth factor costs, like a growing array, a
 * bounded share of what the runs write. The bound holds all the same: a compacted store is 1.01–1.04× a bulk load of
 * its quads, so one never more than {@value #GROWTH}× its last compacted size stays within 1.5× a bulk load.
 */
final class CompactionPolicy {

  /** Growth since the last compaction that makes a run compact. */
  static final double GROWTH = 1.4;

  /** The file in the store's folder that holds its size in bytes right after its last compaction. */
  static final String MARK = "compacted-size";

  /**
   * The system property that turns compaction between a run's batches on: the store size in MB past which it may run
   * (256 bounds a first ingest's mapped files at 10³ articles: BENCHMARKS.md, round 15). Off by default: each compaction
   * ends with a full collection to unmap the old generation: +16% of a 10³ ingest's CPU at 256 MB.
   */
  static final String DURING_RUN_PROPERTY = "claimgraph.compactDuringIngest";

  private CompactionPolicy() {}

  /** The floor in bytes for compaction during a run, from the property's value in MB: none (off) if unset or not a number. */
  static long duringRunFloor(String mb) {
    try {
      return mb == null ? Long.MAX_VALUE : Math.min(Math.max(0, Long.parseLong(mb.strip())), Long.MAX_VALUE >> 20) << 20;
    } catch (NumberFormatException e) {
      LOG.warning("-D" + DURING_RUN_PROPERTY + "=" + mb + " is not a size in MB; no compaction during a run");
      return Long.MAX_VALUE;
    }
  }

  /**
   * Whether a run should compact between two of its batches: the store, now {@code size} bytes, has grown past the
   * floor and past {@code growth} ({@value #GROWTH} but in tests) × {@code base}, its size at the run's start or right
   * after the run's last compaction. Mapped, every block a write transaction copies stays resident until the store is
   * compacted and the old generation unmapped, so the files' share of an ingest's memory grows with what the run writes
   * (BENCHMARKS.md, round 15); the growth factor keeps the compactions' work a bounded share of it.
   */
  static boolean dueDuringRun(long size, long base, long floor, double growth) {
    return size > floor && size > growth * base;
  }

  /** Whether a run that stored something should compact the store in {@code dir}, now {@code size} bytes. */
  static boolean due(Path dir, long size) {
    long last = lastCompacted(dir);
    return last <= 0 || size > GROWTH * last;
  }

  /** The size right after the last compaction, or 0 when none is recorded (or the record cannot be read). */
  static long lastCompacted(Path dir) {
    try {
      return Long.parseLong(Files.readString(dir.resolve(MARK), StandardCharsets.US_ASCII).strip());
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Records the size right after a compaction; written whole or not at all (a temporary file renamed into place). A
   * record that cannot be written is a warning, not a failure of the compaction (nor of the ingest that ran it, whose
   * articles are stored and compacted): the old record stays, and a later run compacts again sooner at worst.
   */
  static void record(Path dir, long size) {
    Path tmp = dir.resolve(MARK + ".tmp");
    try {
      Files.writeString(tmp, Long.toString(size) + "\n", StandardCharsets.US_ASCII);
      Files.move(tmp, dir.resolve(MARK), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warning(dir + ": cannot record the compacted size (" + e + "); a later run may compact again sooner");
    }
  }

  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(CompactionPolicy.class.getName());
}
