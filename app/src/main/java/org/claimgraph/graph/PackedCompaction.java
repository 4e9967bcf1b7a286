package org.claimgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.base.Sys;
import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.StoragePrefixesTDB;
import org.apache.jena.tdb2.store.TDB2StorageBuilder;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Compacts a TDB2 store by rebuilding each index from its own sorted order instead of copying the store quad by quad.
 * TDB2's compaction ({@link DatabaseMgr#compact}) reads every quad as nodes and inserts it again into nine B+trees in
 * random order (4.7–4.9 s of CPU at 161 real or 10³ synthetic articles, leaves half full); here every B+tree of the live
 * generation is read in its key order and written packed ({@link BPlusTreeRewriter}, as TDB2's bulk loader builds
 * them), and the node file is copied byte for byte, so every node keeps its id and no record is decoded (0.4–0.5 s, and a
 * store 0.6× the size of TDB2's compacted one). The node file keeps the nodes no quad uses any more: when they are more
 * than {@value #MAX_DEAD_NODES} of the nodes, TDB2's own compaction, which drops them, runs instead (and for a node file
 * past 2 GB, whose places the dead-node count cannot index).
 *
 * <p>Crash safety is TDB2's: the new generation is written into {@code Data-NNNN-tmp} while the old one stays the store,
 * forced to disk, and renamed into place only when complete (an atomic rename); a {@code -tmp} left by a crash is deleted
 * when the store is next opened. The switch to the new generation is TDB2's too: writers wait while the copy runs,
 * readers keep reading the old generation, which is dropped once they end.
 *
 * <p>Memory: every block the copy reads or writes stays resident while its file is mapped, so a copy that kept them all
 * held the old generation's live blocks and the whole new one at once (5.7 GB at the end of a first ingest of 10⁴
 * articles, BENCHMARKS.md, round 16). Each index's new segments are unmapped once it is packed and committed, and, when
 * the compaction holds the store alone ({@link #compact(DatasetGraph, boolean)}), its old ones once it is copied: the
 * copy holds one index at a time ({@link MappedSegments#release}). Alone, an old index is also read in ranges of
 * {@link #rangeRecords} records and unmapped between them ({@link RangedRecords}), so that the copy holds one new index
 * and one range of the old one (round 19).
 */
public final class PackedCompaction {
  private PackedCompaction() {}

  /** Share of the node table's nodes that no quad uses past which TDB2's own compaction runs (it drops them). */
  static final double MAX_DEAD_NODES = 0.2;

  /** Tests only: runs once the new generation has its final name, before the store switches to it. */
  static volatile Runnable afterRename = () -> {};

  private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");

  /** Compacts the store of {@code dsg} (a TDB2 database on disk) into its next generation and deletes the old one. */
  public static void compact(DatasetGraph dsg) {
    compact(dsg, false);
  }

  /**
   * As {@link #compact(DatasetGraph)}; {@code alone}: the compaction waits for every transaction to end and holds new
   * ones back until the store runs on the new generation (readers too, which otherwise go on reading the old one), so
   * that it can unmap each old index once it is copied. For a process that holds the store alone (an ingest run from the
   * command line), never for a server, whose readers never all stop.
   */
  public static void compact(DatasetGraph dsg, boolean alone) {
    DatasetGraphSwitchable container = TDBInternal.getDatabaseContainer(dsg);
    if (Sys.isWindows || container == null || !container.hasContainerPath() || !(container.get() instanceof DatasetGraphTDB old)) {
      DatabaseMgr.compact(dsg, true);
      return;
    }
    // A node file past 2 GB (bit sets index its places by int) or with many dead nodes: TDB2's own compaction.
    if (Txn.calculateRead(old, () -> nodeFileTooLarge(old) || deadNodes(old) > MAX_DEAD_NODES)) {
      DatabaseMgr.compact(dsg, true);
      return;
    }
    Path db1 = DatabaseOps.findStorageLocation(container.getContainerPath());
    if (db1 == null || !Location.create(db1).equals(old.getLocation())) {
      throw new IllegalStateException("not the store's live generation: " + old.getLocation() + " (" + db1 + ")");
    }
    Path db2 = db1.resolveSibling(next(db1.getFileName().toString()));
    Path tmp = db2.resolveSibling(db2.getFileName() + "-tmp");
    if (Files.exists(db2) || Files.exists(tmp)) throw new IllegalStateException(db2 + " or " + tmp + " already exists");
    TransactionCoordinator txn1 = old.getTxnSystem().getTxnMgr();
    // Alone, every other transaction waits from here, and for good: the old generation is closed after the switch (this
    // thread's own read below is let in, the exclusive lock being reentrant).
    if (alone) txn1.startExclusiveMode();
    try {
      copyAndSwitch(container, old, txn1, db1, db2, tmp, alone);
    } catch (RuntimeException | Error e) {
      if (alone) txn1.finishExclusiveMode();
      throw e;
    }
    // The old generation: once its last readers end, closed and deleted.
    if (!alone) txn1.startExclusiveMode();
    StorageRelease.release(old.getLocation());
    IO.deleteAll(db1);
    deleteOlderGenerations(db2);
  }

  /** Copies {@code old} (at {@code db1}) packed into {@code db2} (written as {@code tmp}) and switches the store to it. */
  private static void copyAndSwitch(DatasetGraphSwitchable container, DatasetGraphTDB old, TransactionCoordinator txn1,
      Path db1, Path db2, Path tmp, boolean alone) {
    // Writers wait from here until the store runs on the new generation; readers go on reading the old one.
    container.execReadOnlyDatabase(() -> {
      try {
        Files.createDirectory(tmp);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Location locTmp = Location.create(tmp);
      // Built apart from Jena's connections (no lock, no cache), so that closing it needs no expel: an expel ends with a
      // full collection of the heap (StorageRelease), and these files are renamed, not deleted.
      DatasetGraphTDB[] fresh = {null};
      try {
        copyConfig(db1, tmp);
        fresh[0] = TDB2StorageBuilder.build(locTmp, null, null);
        Txn.executeRead(old, () -> copy(old, fresh[0], alone ? db1 : null, tmp));
        DatasetGraphTDB built = fresh[0];
        fresh[0] = null;
        built.shutdown();
        force(tmp);
        Files.move(tmp, db2);
      } catch (IOException e) {
        discard(locTmp, fresh[0], e);
        throw new UncheckedIOException(e);
      } catch (RuntimeException | Error e) {
        discard(locTmp, fresh[0], e);
        throw e;
      }
      // From here the new generation is the one the next open reads: until the store runs on it, a failure must take it
      // away again, or the writes that go on into the old generation would be lost at the next open.
      boolean[] switched = {false};
      try {
        forceFolder(db2.getParent());
        afterRename.run();
        DatasetGraphTDB compacted = StoreConnection.connectCreate(Location.create(db2)).getDatasetGraphTDB();
        TransactionCoordinator txn2 = compacted.getTxnSystem().getTxnMgr();
        txn2.execExclusive(() -> {
          txn2.takeOverFrom(txn1);
          txn2.modifyConfigDirect(() -> txn1.listExternals().forEach(txn2::addExternal));
          if (!container.change(old, compacted)) container.set(compacted);
          switched[0] = true;
        });
      } catch (RuntimeException | Error e) {
        if (!switched[0]) withdraw(db2, tmp, e);
        throw e;
      }
    });
  }

  /**
   * Deletes generations older than {@code live} that an earlier run left (a crash after its switch, before it deleted the
   * old one): TDB2 opens the highest generation and never reads them, and their files would count in the store's size.
   */
  private static void deleteOlderGenerations(Path live) {
    int number = generation(live.getFileName().toString());
    try (Stream<Path> siblings = Files.list(live.getParent())) {
      for (Path p : siblings.filter(Files::isDirectory).toList()) {
        Matcher m = GENERATION.matcher(p.getFileName().toString());
        if (m.matches() && Integer.parseInt(m.group(1)) < number) IO.deleteAll(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int generation(String name) {
    Matcher m = GENERATION.matcher(name);
    if (!m.matches()) throw new IllegalStateException("not a TDB2 generation: " + name);
    return Integer.parseInt(m.group(1));
  }

  /** Drops a new generation that failed: the store stays on the old one. */
  private static void discard(Location tmp, DatasetGraphTDB open, Throwable failure) {
    try {
      if (open != null) open.shutdown();
      IO.deleteAll(Path.of(tmp.getDirectoryPath()));
    } catch (RuntimeException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  /**
   * Takes back a new generation renamed into place that the store never switched to: renamed back to its temporary name
   * (which the next open deletes if this process cannot), then deleted.
   */
  private static void withdraw(Path db2, Path tmp, Throwable failure) {
    try {
      StoreConnection.internalExpel(Location.create(db2), true);
      Files.move(db2, tmp);
      forceFolder(tmp.getParent());
      IO.deleteAll(tmp);
    } catch (IOException | RuntimeException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  /** The next generation's name: {@code Data-0002} after {@code Data-0001}. */
  static String next(String generation) {
    return String.format(Locale.ROOT, "Data-%04d", generation(generation) + 1);
  }

  /**
   * Copies the live state of {@code from} (inside a read transaction) into the new, empty {@code to} (in {@code toDir}),
   * unmapping each new index once it is packed and, with {@code fromDir} (null: readers may be reading), each old one once
   * it is copied: nothing reads either again before its storage is closed.
   */
  private static void copy(DatasetGraphTDB from, DatasetGraphTDB to, Path fromDir, Path toDir) {
    List<NodeTupleTable[]> tables = List.of(
        new NodeTupleTable[] {from.getTripleTable().getNodeTupleTable(), to.getTripleTable().getNodeTupleTable()},
        new NodeTupleTable[] {from.getQuadTable().getNodeTupleTable(), to.getQuadTable().getNodeTupleTable()},
        new NodeTupleTable[] {prefixes(from), prefixes(to)});
    // The node files byte for byte (a node's id is its place in the file) and their hash indexes packed, in one write.
    to.executeWrite(() -> {
      copyNodes(nodes(from.getTripleTable().getNodeTupleTable()), nodes(to.getTripleTable().getNodeTupleTable()), fromDir);
      copyNodes(nodes(prefixes(from)), nodes(prefixes(to)), fromDir);
    });
    for (NodeTupleTable t : List.of(from.getTripleTable().getNodeTupleTable(), prefixes(from))) release(fromDir, (BPlusTree) nodes(t).getIndex());
    for (NodeTupleTable t : List.of(to.getTripleTable().getNodeTupleTable(), prefixes(to))) release(toDir, (BPlusTree) nodes(t).getIndex());
    // Each tuple index in a write of its own, as TDB2's bulk loader writes them.
    for (NodeTupleTable[] t : tables) {
      TupleIndex[] source = t[0].getTupleTable().getIndexes();
      TupleIndex[] target = t[1].getTupleTable().getIndexes();
      for (int i = 0; i < source.length; i++) {
        if (!source[i].getName().equals(target[i].getName())) {
          throw new IllegalStateException("indexes differ: " + source[i].getName() + ", " + target[i].getName());
        }
        BPlusTree s = tree(source[i]);
        BPlusTree d = tree(target[i]);
        CoLib.executeWrite(target[i], () -> pack(records(s, fromDir), d));
        release(fromDir, s);
        release(toDir, d);
      }
    }
  }

  /**
   * The records of the old generation's {@code tree} in key order; with {@code fromDir} (the compaction holds the store
   * alone), read in ranges of {@link #rangeRecords} with its files unmapped between two ranges, so that what the copy
   * holds of an old index is one range's blocks, not the whole index's (RangedRecords).
   */
  private static Iterator<Record> records(BPlusTree tree, Path fromDir) {
    return fromDir == null ? tree.iterator() : new RangedRecords(tree, rangeRecords, () -> release(fromDir, tree));
  }

  /**
   * Records of an old index read between two unmappings: 2²⁰ quads are 32 MB of records, read from about twice that in
   * the half-full blocks an ingest leaves (and the pages the kernel maps around each), against up to 1.26 GB of store files
   * resident while one whole index was copied at 10⁴ articles, 494 MB in ranges (BENCHMARKS.md, round 19). Tests set fewer.
   */
  static volatile long rangeRecords = 1 << 20;

  /** Unmaps the segments of B+tree {@code tree}'s two files in {@code dir} (none when {@code dir} is null). */
  private static void release(Path dir, BPlusTree tree) {
    if (dir != null) MappedSegments.release(dir, tree.getNodeManager().getBlockMgr(), tree.getRecordsMgr().getBlockMgr());
  }

  private static void copyNodes(NodeTableTRDF from, NodeTableTRDF to, Path fromDir) {
    BinaryDataFile source = from.getData();
    BinaryDataFile target = to.getData();
    long length = source.length();
    byte[] buffer = new byte[1 << 20];
    for (long at = 0; at < length; ) {
      int read = source.read(at, buffer, 0, (int) Math.min(buffer.length, length - at));
      if (read <= 0) throw new IllegalStateException("node file ends at " + at + " of " + length);
      target.write(buffer, 0, read);
      at += read;
    }
    if (target.length() != length) throw new IllegalStateException("node file copied " + target.length() + " of " + length);
    BPlusTree packed = pack(records((BPlusTree) from.getIndex(), fromDir), (BPlusTree) to.getIndex());
    if (packed != null) packed.sync();
    target.sync();
  }

  /** Writes {@code records}, in key order, into the empty B+tree {@code target}'s files as a packed tree. */
  private static BPlusTree pack(Iterator<Record> records, BPlusTree target) {
    return BPlusTreeRewriter.packIntoBPlusTree(records, target.getParams(), target.getRecordFactory(),
        target.getStateManager().getBufferChannel(), target.getNodeManager().getBlockMgr(), target.getRecordsMgr().getBlockMgr());
  }

  /**
   * The share of the node table's nodes (those stored in its file, not inlined in ids) that no triple or quad uses: from
   * the ids of the node index and of one triple and one quad index (every index holds every tuple).
   */
  static double deadNodes(DatasetGraphTDB dsg) {
    NodeTableTRDF nodes = nodes(dsg.getTripleTable().getNodeTupleTable());
    BitSet stored = new BitSet();
    ((BPlusTree) nodes.getIndex()).iterator().forEachRemaining(r -> mark(stored, r.getValue(), 0));
    int all = stored.cardinality();
    if (all == 0) return 0;
    BitSet used = new BitSet();
    for (TupleIndex index : List.of(dsg.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()[0],
        dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()[0])) {
      int width = index.getTupleLength();
      tree(index).iterator().forEachRemaining(r -> {
        for (int i = 0; i < width; i++) mark(used, r.getKey(), i * NodeId.SIZE);
      });
    }
    used.and(stored);
    return 1 - (double) used.cardinality() / all;
  }

  /** Whether the node file is too large for {@link #deadNodes}'s bit sets (indexed by a node's place in the file). */
  static boolean nodeFileTooLarge(DatasetGraphTDB dsg) {
    return nodes(dsg.getTripleTable().getNodeTupleTable()).getData().length() > Integer.MAX_VALUE;
  }

  /** Marks the node a stored (not inlined) id points to; node files this size (under 2 GB) index a bit set by place. */
  private static void mark(BitSet set, byte[] bytes, int at) {
    NodeId id = NodeIdFactory.get(bytes, at);
    if (id.isInline()) return;
    long place = id.getPtrLocation();
    if (place > Integer.MAX_VALUE) throw new IllegalStateException("node file past 2 GB");
    set.set((int) place);
  }

  private static BPlusTree tree(TupleIndex index) {
    return (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
  }

  private static NodeTupleTable prefixes(DatasetGraphTDB dsg) {
    return ((StoragePrefixesTDB) dsg.getStoragePrefixes()).getNodeTupleTable();
  }

  /** The node table under its caches: the index of node hashes and the file of nodes. */
  private static NodeTableTRDF nodes(NodeTupleTable table) {
    NodeTable t = table.getNodeTable();
    for (int i = 0; i < 8 && !(t instanceof NodeTableTRDF); i++) t = t.wrapped();
    if (t instanceof NodeTableTRDF trdf) return trdf;
    throw new IllegalStateException("not a TDB2 node table: " + table.getNodeTable());
  }

  /** TDB2's settings files of a generation ({@code tdb.cfg}, optimizer {@code *.opt}). */
  private static void copyConfig(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(f -> f.getFileName().toString().equals("tdb.cfg") || f.getFileName().toString().endsWith(".opt")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  /** Forces the files of {@code dir} (and the folder itself) to disk. */
  private static void force(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
          c.force(true);
        }
      }
    }
    forceFolder(dir);
  }

  /** Forces the entries of the folder {@code dir} (a rename in it) to disk, not its files (the store's folder holds others'). */
  private static void forceFolder(Path dir) {
    try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException e) {
      // Some file systems cannot force a folder; the files themselves are forced.
    }
  }
}
