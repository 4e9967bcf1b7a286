package org.claimgraph.graph;

import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;

/**
 * How a process reaches a TDB2 store's blocks: mapped (Jena's default: the files' pages count in the process's resident
 * memory once touched, and stay until the files are unmapped) or direct (read and written through Jena's block caches,
 * 10,000 + 2,000 blocks of 8 KB per file in Jena 5.6, on the heap). TDB2's B+trees copy every block a transaction
 * changes, so a first ingest touches far more file than the store keeps: mapped, 6,000 short articles held 7.3 GB of the
 * store's files resident, growing faster than the corpus. Direct mode caps that part but moves it into the heap: at 10³
 * articles its peak was no lower (BENCHMARKS.md, round 15), so mapped stays the default and direct is chosen with the
 * property {@value #PROPERTY}{@code =direct}, for measurements with a capped heap. The files are the same in either
 * mode (a store written in one is read in the other); the mode is the process's, chosen before Jena opens a store.
 */
public final class StoreFileMode {
  private StoreFileMode() {}

  /** The system property that chooses the mode of a process: {@code mapped} (the default) or {@code direct}. */
  public static final String PROPERTY = "claimgraph.storeFileMode";

  /** The mode the property's value {@code chosen} (or null) asks for: mapped unless it says direct. */
  public static FileMode forProperty(String chosen) {
    return "direct".equals(chosen) ? FileMode.direct : FileMode.mapped;
  }

  /** Sets this process's mode as the property asks; call before any store is opened. */
  public static void choose() {
    FileMode mode = forProperty(System.getProperty(PROPERTY));
    if (mode != FileMode.mapped) SystemIndex.setFileMode(mode);
  }
}
