package org.claimgraph.graph;

import java.nio.MappedByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionalComponent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Closes a TDB2 store's live storage and opens it again on the same files, so that its mapped pages can be unmapped.
 * Mapped, TDB2 copies every block a write transaction changes into new pages of its files, and every page written stays
 * resident until its mapping goes: a first ingest's memory grew with what it wrote (7.4 GB of files after 6,048 of 10⁴
 * articles, BENCHMARKS.md, round 15). Reopened, only the pages the next transactions touch are resident again. Nothing
 * is copied and the files are not changed: the store reads the same before and after.
 */
public final class StorageReopen {
  private StorageReopen() {}

  /**
   * The system property that, set to {@code gc}, leaves the old mappings to a full collection as Jena does, instead of
   * unmapping them at once ({@link MappedSegments}); to measure the one against the other (BENCHMARKS.md, round 16).
   */
  static final String UNMAP_PROPERTY = "claimgraph.reopenUnmap";

  private static final boolean UNMAP_AT_ONCE = !"gc".equals(System.getProperty(UNMAP_PROPERTY));

  /**
   * Reopens the storage of {@code dsg}'s store: waits for the transactions on it to end and holds new ones back meanwhile
   * (they then run on the reopened storage), then unmaps the old mappings: at once ({@link MappedSegments}), or where
   * that cannot be done by a full collection.
   * Returns false, doing nothing, for a dataset that is not a TDB2 store on disk.
   */
  public static boolean reopen(DatasetGraph dsg) {
    if (!TDBInternal.isTDB2(dsg)) return false;
    DatasetGraphSwitchable container = TDBInternal.getDatabaseContainer(dsg);
    if (container == null || !container.hasContainerPath() || !(container.get() instanceof DatasetGraphTDB)) return false;
    boolean unmapped;
    boolean collected; // by Jena's own release, in a process that does not unmap at exit
    container.startExclusiveMode();
    try {
      DatasetGraphTDB old = (DatasetGraphTDB) container.get();
      Location location = old.getLocation();
      List<MappedByteBuffer> segments = UNMAP_AT_ONCE && StorageRelease.canReleaseWithoutCollection()
          ? MappedSegments.of(old, Path.of(location.getDirectoryPath())) : List.of();
      TransactionCoordinator txn1 = old.getTxnSystem().getTxnMgr();
      List<TransactionalComponent> externals = List.copyOf(txn1.listExternals());
      // Unmapped here at once, the old segments need no collection (in a server, Jena's release would run one).
      collected = segments.isEmpty() && !StorageRelease.quiet();
      if (segments.isEmpty()) StorageRelease.release(location);
      else StorageRelease.releaseWithoutCollection(location);
      DatasetGraphTDB reopened = StoreConnection.connectCreate(location).getDatasetGraphTDB();
      TransactionCoordinator txn2 = reopened.getTxnSystem().getTxnMgr();
      txn2.takeOverFrom(txn1);
      txn2.modifyConfigDirect(() -> externals.forEach(txn2::addExternal));
      if (!container.change(old, reopened)) container.set(reopened);
      // The old storage is shut down and no transaction can reach it: nothing reads its segments any more.
      unmapped = !segments.isEmpty() && MappedSegments.unmap(segments);
    } finally {
      container.finishExclusiveMode();
    }
    if (!unmapped && !collected) System.gc(); // Jena unmaps only when a collection frees the buffers
    return true;
  }
}
