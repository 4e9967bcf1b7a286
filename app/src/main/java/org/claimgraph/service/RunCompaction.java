package org.claimgraph.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.claimgraph.graph.StorageRelease;
import org.claimgraph.service.Claimgraph.Compaction;

/**
 * Compacts the store between an ingest run's batches when {@link CompactionPolicy#dueDuringRun} says so, and unmaps the
 * old generation at once ({@link StorageRelease#unmapReleased}): mapped, the blocks every write transaction copies stay
 * resident, so without it an ingest's memory grows with what the run writes (BENCHMARKS.md, round 15). It runs only
 * between committed batches, so every article is in the store whole or not at all whichever generation holds it. Off
 * unless {@value CompactionPolicy#DURING_RUN_PROPERTY} gives its floor (its CPU: BENCHMARKS.md, round 15).
 */
final class RunCompaction implements Runnable {
  private static final Logger LOG = Logger.getLogger(RunCompaction.class.getName());

  private final Path dir;
  private final long floor;
  private final double growth;
  private final Supplier<Compaction> compact;
  private long base;
  private int count;
  private long nanos;
  private boolean failed;

  /**
   * For a run on the store in {@code dir}, now at its start: compacts past {@code floor} bytes and {@code growth}× the
   * size at the start or after the last compaction; {@code compact} compacts it (writers wait meanwhile).
   */
  RunCompaction(Path dir, long floor, double growth, Supplier<Compaction> compact) {
    this.dir = dir;
    this.floor = floor;
    this.growth = growth;
    this.compact = compact;
    this.base = StoreFiles.size(dir);
  }

  @Override
  public void run() {
    if (failed || !CompactionPolicy.dueDuringRun(StoreFiles.size(dir), base, floor, growth)) return;
    long t0 = System.nanoTime();
    try {
      base = compact.get().after();
      StorageRelease.unmapReleased();
      count++;
    } catch (RuntimeException e) {
      // The batches committed so far stay stored (the compaction is all or nothing); the run goes on uncompacted.
      failed = true;
      LOG.warning(dir + ": compaction during the run failed (" + e + "); not tried again in this run");
    }
    nanos += System.nanoTime() - t0;
  }

  /** What it did, for the run's note: empty when it never compacted. */
  String note() {
    return count == 0 ? "" : String.format(Locale.ROOT, "compacted %d× during the run (%.1f s), ", count, nanos / 1e9);
  }
}
