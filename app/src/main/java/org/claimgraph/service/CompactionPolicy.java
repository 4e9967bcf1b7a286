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

  private CompactionPolicy() {}

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
