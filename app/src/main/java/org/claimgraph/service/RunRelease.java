package org.claimgraph.service;

import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Reopens the store's storage between an ingest run's batches ({@link org.claimgraph.graph.StorageReopen}) once the store's
 * files it holds resident have grown {@value #PROPERTY} MB since the run's start or its last reopening. Mapped, every block a write
 * transaction copies stays resident, so without it an ingest's memory grows with what it writes (BENCHMARKS.md, rounds 15
 * and 16); reopened, only what the next batches touch is resident again. It runs only between committed batches and
 * copies nothing, so every article is stored whole or not at all and the store's quads are the same.
 */
final class RunRelease implements org.claimgraph.graph.StoreSummary.Between {
  private static final Logger LOG = Logger.getLogger(RunRelease.class.getName());

  /** The system property that sets the MB of resident store files that make a run reopen the storage; 0 turns it off. */
  static final String PROPERTY = "claimgraph.releaseDuringIngest";

  /** MB of resident store files between two reopenings unless {@value #PROPERTY} says otherwise (BENCHMARKS.md, round 16). */
  static final long DEFAULT_MB = 256;

  private final LongSupplier held;
  private final long every;
  private final Runnable reopen;
  private long base;
  private int count;
  private long nanos;

  /**
   * For a run now at its start: {@code held} measures the store's files (bytes resident), {@code reopen} reopens its
   * storage once they have grown {@code every} bytes since the start or the last reopening.
   */
  RunRelease(LongSupplier held, long every, Runnable reopen) {
    this.held = held;
    this.every = every;
    this.reopen = reopen;
    this.base = held.getAsLong();
  }

  /** Bytes of growth between two reopenings, from the property's value in MB: the default if unset, none (off) at 0. */
  static long every(String mb) {
    if (mb == null) return DEFAULT_MB << 20;
    try {
      long n = Long.parseLong(mb.strip());
      return n <= 0 ? Long.MAX_VALUE : Math.min(n, Long.MAX_VALUE >> 20) << 20;
    } catch (NumberFormatException e) {
      LOG.warning("-D" + PROPERTY + "=" + mb + " is not a size in MB; reopening every " + DEFAULT_MB + " MB");
      return DEFAULT_MB << 20;
    }
  }

  /** Whether a run reopens at all at this setting. */
  static boolean on(long every) {
    return every != Long.MAX_VALUE;
  }

  /** Whether the store's resident files have grown enough since the start or the last reopening for {@link #run} to reopen. */
  @Override
  public boolean due() {
    long size = held.getAsLong();
    return size - Math.min(base, size) >= every;
  }

  @Override
  public void run() {
    long size = held.getAsLong();
    // A compaction between batches leaves less resident: the growth is counted from there.
    if (size < base) base = size;
    if (size - base < every) return;
    long t0 = System.nanoTime();
    reopen.run();
    nanos += System.nanoTime() - t0;
    base = held.getAsLong();
    count++;
  }

  /** What it did, for the run's note: empty when it never reopened. */
  String note() {
    return count == 0 ? "" : String.format(Locale.ROOT, "storage reopened %d× during the run (%.1f s), ", count, nanos / 1e9);
  }
}
