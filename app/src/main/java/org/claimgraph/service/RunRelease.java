package org.claimgraph.service;

import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Reopens the store's storage between an ingest run's batches ({@link org.claimgraph.graph.StorageReopen}) once the run has
 * written {@value #PROPERTY} MB of store files since its start or its last reopening. Mapped, every block a write
 * transaction copies stays resident, so without it an ingest's memory grows with what it writes (BENCHMARKS.md, rounds 15
 * and 16); reopened, only what the next batches touch is resident again. It runs only between committed batches and
 * copies nothing, so every article is stored whole or not at all and the store's quads are the same.
 */
final class RunRelease implements Runnable {
  private static final Logger LOG = Logger.getLogger(RunRelease.class.getName());

  /** The system property that sets the MB written between two reopenings; 0 turns them off. */
  static final String PROPERTY = "claimgraph.releaseDuringIngest";

  /** MB written between two reopenings unless {@value #PROPERTY} says otherwise (BENCHMARKS.md, round 16). */
  static final long DEFAULT_MB = 256;

  private final LongSupplier written;
  private final long every;
  private final Runnable reopen;
  private long base;
  private int count;
  private long nanos;

  /**
   * For a run now at its start: {@code written} measures the store's files (bytes), {@code reopen} reopens its storage
   * once they have grown {@code every} bytes since the start or the last reopening.
   */
  RunRelease(LongSupplier written, long every, Runnable reopen) {
    this.written = written;
    this.every = every;
    this.reopen = reopen;
    this.base = written.getAsLong();
  }

  /** Bytes written between two reopenings, from the property's value in MB: the default if unset, none (off) at 0. */
  static long every(String mb) {
    if (mb == null) return DEFAULT_MB << 20;
    try {
      long n = Long.parseLong(mb.strip());
      return n <= 0 ? Long.MAX_VALUE : Math.min(n, Long.MAX_VALUE >> 20) << 20;
    } catch (NumberFormatException e) {
      LOG.warning("-D" + PROPERTY + "=" + mb + " is not a size in MB; reopening every " + DEFAULT_MB + " MB written");
      return DEFAULT_MB << 20;
    }
  }

  /** Whether a run reopens at all at this setting. */
  static boolean on(long every) {
    return every != Long.MAX_VALUE;
  }

  @Override
  public void run() {
    long size = written.getAsLong();
    // A compaction between batches leaves smaller files: what is written is counted from there.
    if (size < base) base = size;
    if (size - base < every) return;
    long t0 = System.nanoTime();
    reopen.run();
    nanos += System.nanoTime() - t0;
    base = written.getAsLong();
    count++;
  }

  /** What it did, for the run's note: empty when it never reopened. */
  String note() {
    return count == 0 ? "" : String.format(Locale.ROOT, "storage reopened %d× during the run (%.1f s), ", count, nanos / 1e9);
  }
}
