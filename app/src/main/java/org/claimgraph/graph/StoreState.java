package org.claimgraph.graph;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.StorageException;
import org.apache.jena.dboe.base.block.BlockException;
import org.apache.jena.dboe.base.buffer.BufferException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.FileException;
import org.apache.jena.dboe.base.record.RecordException;
import org.apache.jena.dboe.trans.bplustree.BPTreeException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDBException;

/**
 * Says what is wrong with a store, by the type of what failed, never by words in a message:
 * in use by another process ({@link AlreadyLocked}, or a failure to open while the lock file names
 * another live process), read-only (files or file system not
 * writable), corrupt (TDB2's block, record, B+tree and node-table failures; a truncated file), or
 * something else. Each becomes a one-line {@link StoreException} of that {@link StoreException.Kind kind}.
 *
 * <pre>{@code
 * try { ... TDB2Factory.connectDataset(dir) ... }
 * catch (RuntimeException e) { throw StoreState.classify(dir, e); }
 * StoreState.check(dir, dataset);   // reads every quad: a damaged node table fails here
 * }</pre>
 */
public final class StoreState {
  private StoreState() {}

  /** The one-line exception for a failure to open or use the store in {@code dir}. */
  public static StoreException classify(Path dir, Throwable e) {
    if (e instanceof StoreException s) return s;
    String pid = lockHolder(dir);
    if (has(e, AlreadyLocked.class) || has(e, DBOpEnvException.class) && pid != null) {
      return new StoreException(StoreException.Kind.LOCKED, dir + ": the store is in use by another process"
          + (pid == null ? "" : " (pid " + pid + ")") + "; stop it (a running 'claimgraph serve'?) or use another --store", e);
    }
    if (has(e, AccessDeniedException.class) || has(e, ReadOnlyFileSystemException.class)
        || has(e, NonWritableChannelException.class) || readOnly(dir)) {
      return new StoreException(StoreException.Kind.READ_ONLY, dir + ": the store is read-only (its files cannot be written);"
          + " make it writable or copy it elsewhere", e);
    }
    if (corruption(e)) {
      return new StoreException(StoreException.Kind.CORRUPT, dir + ": the store is damaged (" + firstLine(e)
          + "); writes are refused. Restore it from a backup or an export, or ingest the articles into a new --store", e);
    }
    return new StoreException(StoreException.Kind.OTHER, dir + ": cannot open the store (" + firstLine(e) + ")", e);
  }

  /**
   * Reads every quad of the store and its nodes, to find damage before anything is written or
   * answered (one pass, linear in the size of the store).
   *
   * @throws StoreException of kind CORRUPT naming the damage
   */
  public static void check(Path dir, Dataset dataset) {
    try {
      Txn.executeRead(dataset, () -> {
        Iterator<Quad> it = dataset.asDatasetGraph().find();
        while (it.hasNext()) touch(it.next());
      });
    } catch (RuntimeException e) {
      throw new StoreException(StoreException.Kind.CORRUPT, dir + ": the store is damaged (" + firstLine(e)
          + "); writes are refused. Restore it from a backup or an export, or ingest the articles into a new --store", e);
    }
  }

  /** How many quads {@link #checkStart} reads back. */
  static final int START_QUADS = 10_000;

  /**
   * Reads back the store's first {@value #START_QUADS} quads and their nodes: a store whose files
   * do not open, or whose node table or first index blocks are damaged, fails here in one line, in
   * time that does not grow with the store.
   *
   * @throws StoreException of kind CORRUPT naming the damage
   */
  public static void checkStart(Path dir, Dataset dataset) {
    try {
      Txn.executeRead(dataset, () -> {
        Iterator<Quad> it = dataset.asDatasetGraph().find();
        for (int i = 0; i < START_QUADS && it.hasNext(); i++) touch(it.next());
      });
    } catch (RuntimeException e) {
      throw new StoreException(StoreException.Kind.CORRUPT, dir + ": the store is damaged (" + firstLine(e)
          + "); writes are refused. Restore it from a backup or an export, or ingest the articles into a new --store", e);
    }
  }

  private static void touch(Quad q) {
    for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
      if (n == null) throw new TDBException("a quad with a missing node");
      if (n.isLiteral()) n.getLiteralLexicalForm();
      else if (n.isURI()) n.getURI();
    }
  }

  /** Whether a failure is damage to the store's files (or one of TDB2's reports of it). */
  static boolean corruption(Throwable e) {
    return has(e, BlockException.class) || has(e, BufferException.class) || has(e, RecordException.class)
        || has(e, BPTreeException.class) || has(e, StorageException.class) || has(e, TDBException.class)
        || has(e, FileException.class) || has(e, RuntimeIOException.class) || has(e, BufferUnderflowException.class)
        || has(e, IndexOutOfBoundsException.class) || has(e, NoSuchFileException.class);
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) return true;
    }
    return false;
  }

  private static boolean readOnly(Path dir) {
    if (!Files.isDirectory(dir)) return false;
    if (!Files.isWritable(dir)) return true;
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("Data-")).anyMatch(p -> !Files.isWritable(p));
    } catch (IOException e) {
      return false;
    }
  }

  /** The id of another live process named in the store's lock file, or null. */
  private static String lockHolder(Path dir) {
    try {
      String s = Files.readString(dir.resolve("tdb.lock")).strip();
      if (!s.matches("\\d{1,18}")) return null;
      long pid = Long.parseLong(s);
      return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? s : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The exception's type and the first line of its message, without a stack trace. */
  static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) root = root.getCause();
    String m = root.getMessage();
    String first = m == null ? "" : m.strip().split("\\R", 2)[0];
    return root.getClass().getSimpleName() + (first.isEmpty() ? "" : ": " + first);
  }
}
