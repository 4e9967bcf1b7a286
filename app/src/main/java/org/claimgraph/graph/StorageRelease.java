package org.claimgraph.graph;

import java.lang.reflect.Field;
import java.util.Map;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Closes TDB2 storage as Jena's expel does (shut down, forget the connection, release the lock), and unmaps its files
 * only where a process goes on after its files are deleted. Jena ends every expel with {@code Runtime.gc()}, the only
 * way to unmap the files TDB2 maps (disk space of a deleted file stays in use while it is mapped); under ParallelGC
 * that is a full collection of the whole heap, three per {@code claimgraph ingest} (the compaction's new and old
 * generations, the close): 9% of the process CPU of a first ingest of 161 articles (BENCHMARKS.md, round 14). A
 * command that exits after its work unmaps everything at exit anyway ({@link #unmapAtExit}); a server keeps the
 * collection, so the old generation a compaction deleted frees its disk at once.
 */
public final class StorageRelease {
  private StorageRelease() {}

  private static volatile boolean unmapAtExit;

  /** Jena's cache of open storage ({@code StoreConnection.cache}, private), or null if this Jena has none by that name. */
  @SuppressWarnings("unchecked")
  private static final Map<Location, StoreConnection> CONNECTIONS = connections();

  private static Map<Location, StoreConnection> connections() {
    try {
      Field f = StoreConnection.class.getDeclaredField("cache");
      f.setAccessible(true);
      return f.get(null) instanceof Map<?, ?> m ? (Map<Location, StoreConnection>) m : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** For a process that exits after its command: files are unmapped at exit, not by a full collection at each close. */
  public static void unmapAtExit() {
    unmapAtExit(true);
  }

  static void unmapAtExit(boolean atExit) {
    unmapAtExit = atExit;
  }

  /** Whether a release skips the full collection (this process unmaps at exit, and this Jena's cache is reachable). */
  static boolean quiet() {
    return unmapAtExit && CONNECTIONS != null;
  }

  /**
   * Unmaps the files of storage released since the last collection, where a release skipped it ({@link #quiet}): for a
   * process that goes on writing after a compaction (an ingest that compacts between its batches), whose old generation's
   * pages would otherwise stay resident until a collection happens to run.
   */
  public static void unmapReleased() {
    if (quiet()) System.gc();
  }

  /** Closes the store of {@code dsg} (its container and its storage), as {@link TDBInternal#expel(DatasetGraph)}. */
  static void expel(DatasetGraph dsg) {
    if (!quiet()) {
      TDBInternal.expel(dsg);
      return;
    }
    DatasetGraph storage = dsg;
    if (dsg instanceof DatasetGraphSwitchable container) {
      DatabaseConnection.internalExpel(container.getLocation(), false); // Jena's: no collection here
      storage = container.getWrapped();
    }
    if (storage instanceof DatasetGraphTDB tdb) release(tdb.getLocation());
  }

  /** Closes the storage at {@code location}, as {@link StoreConnection#release}; fails while a transaction is active. */
  static void release(Location location) {
    if (!quiet()) {
      StoreConnection.release(location);
      return;
    }
    releaseWithoutCollection(location);
  }

  /** Whether {@link #releaseWithoutCollection} can be used (this Jena's cache of open storage is reachable). */
  static boolean canReleaseWithoutCollection() {
    return CONNECTIONS != null;
  }

  /**
   * As {@link #release}, without the full collection even in a process that goes on: for a caller that unmaps the
   * storage's files itself ({@link StorageReopen}). Only where {@link #canReleaseWithoutCollection}.
   */
  static void releaseWithoutCollection(Location location) {
    // StoreConnection's own methods hold its class lock while they use the cache.
    synchronized (StoreConnection.class) {
      StoreConnection connection = CONNECTIONS.get(location);
      if (connection == null) return;
      DatasetGraphTDB storage = connection.getDatasetGraphTDB();
      if (storage.getTxnSystem().getTxnMgr().countActive() > 0) {
        throw new TransactionException("Can't expel: Active transactions for location: " + location);
      }
      storage.shutdown();
      CONNECTIONS.remove(location);
      ProcessFileLock lock = connection.getLock();
      if (!location.isMem() && lock != null && lock.isLockedHere()) {
        lock.unlock();
        ProcessFileLock.release(lock);
      }
    }
  }
}
