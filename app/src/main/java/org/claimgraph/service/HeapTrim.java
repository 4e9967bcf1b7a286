package org.claimgraph.service;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;

/**
 * Gives back to the system the heap that a command-line ingest no longer needs once its articles are analysed. The heap
 * the articles grew (CoreNLP's models, the workers' garbage) stays committed under the serial collector, which shrinks it
 * only past {@code MaxHeapFreeRatio} (70% free) and then in damped steps (0, 10, 40, then 100% of the excess on
 * consecutive full collections, {@code ShrinkHeapInSteps}): at 10⁴ articles 0.6–1.1 GB stayed committed through the stories,
 * the summary and the compaction, whose mapped store files came on top (BENCHMARKS.md, rounds 18 and 19). A trim sets
 * both free ratios low for {@value #COLLECTIONS} explicit full collections, enough for the damping to reach the whole
 * excess, then sets them back, so that the heap grows again as the later stages need and no further. No generation
 * shrinks below its initial size, so the launcher starts {@code ingest} with a small one ({@code -Xms64m}).
 *
 * <p>Only for a process whose last work is this run ({@code claimgraph ingest}, {@link #endOfProcessRun}): a server or a
 * benchmark goes on annotating. Where the JVM refuses the settings (another collector, another VM), the collections
 * still run and the collector shrinks what it would.
 */
public final class HeapTrim {
  private HeapTrim() {}

  /** Explicit full collections of a trim: the serial collector's damping shrinks 0, 10, 40, then 100% of the excess. */
  static final int COLLECTIONS = 4;
  /** Free ratios during a trim: the heap is left at about 1.1–1.25× what is live. */
  private static final String MIN_FREE = "10";
  private static final String MAX_FREE = "20";

  private static volatile boolean endOfProcess;

  /** The process ends with this command's ingest run: after its articles the run lets the analysis go and trims the heap. */
  public static void endOfProcessRun() {
    endOfProcess = true;
  }

  /** Whether {@link #endOfProcessRun} was called. */
  static boolean atEndOfProcess() {
    return endOfProcess;
  }

  /** The heap's committed and used bytes before and after a trim. */
  record Trimmed(long committedBefore, long committedAfter, long usedAfter) {
    /** For the run's note: {@code heap 1080 → 420 MB (310 MB live) after the articles}. */
    String note(String when) {
      return String.format(Locale.ROOT, "heap %d → %d MB (%d MB live) %s", committedBefore >> 20, committedAfter >> 20,
          usedAfter >> 20, when);
    }
  }

  /** Collects with the free ratios set low, then sets them back. */
  static Trimmed trim() {
    long before = heap().getCommitted();
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    String min = option(vm, "MinHeapFreeRatio");
    String max = option(vm, "MaxHeapFreeRatio");
    // The JVM checks min <= max at every change: lowered min first, raised max first.
    boolean minSet = min != null && max != null && set(vm, "MinHeapFreeRatio", MIN_FREE);
    boolean maxSet = minSet && set(vm, "MaxHeapFreeRatio", MAX_FREE);
    try {
      for (int i = 0; i < COLLECTIONS; i++) System.gc();
    } finally {
      if (maxSet) set(vm, "MaxHeapFreeRatio", max);
      if (minSet) set(vm, "MinHeapFreeRatio", min);
    }
    MemoryUsage after = heap();
    return new Trimmed(before, after.getCommitted(), after.getUsed());
  }

  private static MemoryUsage heap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
  }

  private static String option(HotSpotDiagnosticMXBean vm, String name) {
    try {
      return vm == null ? null : vm.getVMOption(name).getValue();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean set(HotSpotDiagnosticMXBean vm, String name, String value) {
    try {
      vm.setVMOption(name, value);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
