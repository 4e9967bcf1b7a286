package org.claimgraph.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.FigureRows;

/**
 * The figures index beside a store ({@code STORE/figures}): one Lucene document per keyed figure, found by its
 * {@code cg:citeKey}s, holding as a doc value what citation reads of it ({@link FigureRows.Row}), so that cite's key
 * look-ups (the statements of a value and their order, same-fact and sum candidates) are one postings walk each
 * instead of TDB2 reads per figure. Written with its article by {@link SourceIndex} (staged with the sentence
 * index, committed with it) and rebuilt by {@code reindex}; a store written before it gets it with {@code reindex
 * --figures}. Only an index whose last commit says it is complete is read: any write that cannot keep it complete
 * (an article indexed without its rows) empties it and marks it incomplete, and cite reads TDB2 again.
 *
 * <p><b>In step with the sentence index.</b> The two indexes commit one after the other, so a crash may come between
 * them. Each commit of both carries one write id ({@code write} in both commits' data); a figures index whose id is
 * not the sentence index's last is behind it ({@link State#BEHIND}) and is read as incomplete until it is rebuilt
 * ({@code reindex --figures}, or {@code IndexSync.repair} at the next ingest).
 *
 * <p><b>Locks.</b> Its writes come through {@link SourceIndex}'s synchronized methods (the store's service, then the
 * sentence index, then this index: one order everywhere); nothing here calls back into {@link SourceIndex}'s lock.
 */
public final class FigureIndex implements AutoCloseable {

  static final String KEY = "key";
  static final String ID = "id";
  static final String SOURCE = "source";
  static final String ROW = "row";
  private static final String COMPLETE = "complete";
  private static final String FORMAT = "format";
  private static final String FORMAT_VERSION = "1";
  /** The id of the write both indexes committed last, in both commits' data (absent in indexes written before it). */
  static final String WRITE = "write";
  /** {@code complete}'s value in the commits of an index found behind, until a rebuild. */
  private static final String BEHIND = "behind";

  /** What the last commits of the figures and sentence indexes say of the figures index. */
  public enum State {
    /** No figures index. */
    MISSING,
    /** Marked incomplete, or rows of an older format: read only after a rebuild. */
    INCOMPLETE,
    /** Complete when committed, but the sentence index committed a later write since (a crash between the two). */
    BEHIND,
    /** Holds every stored figure: cite reads it. */
    COMPLETE
  }

  private final Path dir;
  private final Directory directory;
  private IndexWriter writer;
  /** Whether the staged state is complete (false once an article was indexed without its rows); null until a writer opens. */
  private Boolean complete;
  /** Whether the index was found behind the sentence index when the writer opened (it stays so until a rebuild). */
  private boolean behind;
  /** Whether the store holds no article yet (then a new figures index starts complete). */
  private final java.util.function.BooleanSupplier emptyStore;
  /** The write id of the sentence index's last commit (null where it has none). */
  private final java.util.function.Supplier<String> sentenceWrite;
  private SearcherManager searchers;
  private volatile long refreshedAt = Long.MIN_VALUE;

  private FigureIndex(Path dir, Directory directory, java.util.function.BooleanSupplier emptyStore,
      java.util.function.Supplier<String> sentenceWrite) {
    this.dir = dir;
    this.directory = directory;
    this.emptyStore = emptyStore;
    this.sentenceWrite = sentenceWrite;
  }

  /** The figures index folder of a store. */
  public static Path dirOf(Path store) {
    return store.resolve("figures");
  }

  /**
   * Opens (without writing anything yet) the figures index of the store in {@code store}. A missing one is started
   * (complete) by the first write only if {@code emptyStore} says the store holds no article: one started on a store
   * that holds some would miss theirs, which only {@link #stageRebuild} (reindex) adds. {@code sentenceWrite} gives
   * the write id of the sentence index's last commit.
   */
  static FigureIndex open(Path store, java.util.function.BooleanSupplier emptyStore, java.util.function.Supplier<String> sentenceWrite) {
    return open(store, emptyStore, sentenceWrite, d -> d);
  }

  /** As {@link #open(Path, java.util.function.BooleanSupplier, java.util.function.Supplier)}, its folder seen through {@code wrap} (tests make it fail). */
  static FigureIndex open(Path store, java.util.function.BooleanSupplier emptyStore, java.util.function.Supplier<String> sentenceWrite,
      java.util.function.UnaryOperator<Directory> wrap) {
    Path dir = dirOf(store);
    try {
      Files.createDirectories(dir);
      return new FigureIndex(dir, wrap.apply(FSDirectory.open(dir)), emptyStore, sentenceWrite);
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot open the figures index (" + e.getMessage() + ")", e);
    }
  }

  /** Whether the store in {@code store} has a complete figures index (its last commit says so, in step with the sentence index's). */
  public static boolean complete(Path store) {
    return state(store) == State.COMPLETE;
  }

  /** What the last commits of the store's figures and sentence indexes say of the figures index. */
  public static State state(Path store) {
    Path dir = dirOf(store);
    if (!Files.isDirectory(dir)) return State.MISSING;
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) return State.MISSING;
      return stateOf(org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData(), SourceIndex.lastWrite(SourceIndex.dirOf(store)));
    } catch (IOException | RuntimeException e) {
      return State.INCOMPLETE;
    }
  }

  private static State stateOf(Map<String, String> data, String sentenceWrite) {
    if (!FORMAT_VERSION.equals(data.get(FORMAT))) return State.INCOMPLETE;
    if (BEHIND.equals(data.get(COMPLETE))) return State.BEHIND;
    if (!"true".equals(data.get(COMPLETE))) return State.INCOMPLETE;
    return java.util.Objects.equals(data.get(WRITE), sentenceWrite) ? State.COMPLETE : State.BEHIND;
  }

  // ---- writing

  private synchronized IndexWriter writer() throws IOException {
    if (writer == null) {
      boolean existed = DirectoryReader.indexExists(directory);
      IndexWriter w;
      try {
        w = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        throw inUse(dir.getParent(), e);
      }
      try {
        // Read under the write lock, so that no other process commits in between.
        if (complete == null) {
          State state = existed ? stateOf(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData(), sentenceWrite.get())
              : emptyStore.getAsBoolean() ? State.COMPLETE : State.INCOMPLETE;
          complete = state == State.COMPLETE;
          behind = state == State.BEHIND;
        }
      } catch (IOException | RuntimeException e) {
        w.rollback();
        throw e;
      }
      writer = w;
    }
    return writer;
  }

  /** The one-line failure for an index whose write lock another process holds. */
  static org.claimgraph.graph.StoreException inUse(Path store, org.apache.lucene.store.LockObtainFailedException e) {
    return new org.claimgraph.graph.StoreException(org.claimgraph.graph.StoreException.Kind.LOCKED, store
        + ": the store is in use by another process (" + e.getMessage() + "); stop it (a running 'claimgraph serve'?) or use another --store", e);
  }

  /** Stages an article's rows, replacing those of the same id and of {@code sources}; null rows leave the index incomplete. */
  public synchronized void stage(String id, String source, List<String> sources, List<FigureRows.Row> rows) {
    stage(id, source, sources, rows, true);
  }

  /** As {@link #stage(String, String, List, List)}; {@code replace} false for an article known not to be indexed (a rebuild). */
  public synchronized void stage(String id, String source, List<String> sources, List<FigureRows.Row> rows, boolean replace) {
    try {
      IndexWriter w = writer();
      if (!complete) return;
      if (rows == null) {
        incomplete();
        return;
      }
      if (replace) {
        w.deleteDocuments(new Term(ID, id));
        for (String s : sources) w.deleteDocuments(new Term(SOURCE, s));
        w.deleteDocuments(new Term(SOURCE, source));
      }
      for (FigureRows.Row r : rows) w.addDocument(document(id, source, r));
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot index the figures of " + source + " (" + e.getMessage() + ")", e);
    }
  }

  /** Stages the removal of the rows of these article ids. */
  public synchronized void stageRemoval(java.util.Collection<String> ids) {
    try {
      IndexWriter w = writer();
      if (!complete) return;
      for (String id : ids) w.deleteDocuments(new Term(ID, id));
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot remove figures (" + e.getMessage() + ")", e);
    }
  }

  /** Stages an empty index, complete: {@link #stage} then adds every article's rows (a rebuild). */
  public synchronized void stageRebuild() {
    empty(true);
  }

  /** Stages an empty index marked incomplete: cite reads the store until a rebuild. */
  public synchronized void incomplete() {
    empty(false);
  }

  private void empty(boolean completeAfter) {
    try {
      writer().deleteAll();
      complete = completeAfter;
      if (completeAfter) behind = false;
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot empty the figures index (" + e.getMessage() + ")", e);
    }
  }

  /**
   * First phase of a commit (the files written, not yet the index's state), as part of the write {@code write} that
   * the sentence index commits next. A failure drops the staged changes (the index is as at its last commit).
   */
  synchronized void prepareCommit(String write) {
    commitPhase(true, write);
  }

  /** Makes the staged changes visible (after {@link #prepareCommit}); a failure drops them. */
  synchronized void commit() {
    commitPhase(false, null);
  }

  /** Commits the staged changes alone, as of the sentence index's last write {@code write} (a rebuild of this index only). */
  synchronized void commitAlone(String write) {
    commitPhase(true, write);
    commitPhase(false, null);
  }

  private void commitPhase(boolean first, String write) {
    if (writer == null && !first) return;
    try {
      if (first) {
        writer(); // nothing staged: the commit still records the write, so that both indexes stay in step
        mark(write);
        writer.prepareCommit();
      } else {
        writer.commit();
      }
    } catch (IOException | RuntimeException e) {
      rollback();
      throw new IndexException(dir + ": cannot commit the figures index (" + e.getMessage() + ")", e);
    }
  }

  /** What the commit says of the index: whether it is complete, its rows' format, and the write it belongs to. */
  private void mark(String write) {
    Map<String, String> data = new java.util.TreeMap<>(Map.of(COMPLETE, behind ? BEHIND : Boolean.toString(complete), FORMAT, FORMAT_VERSION));
    if (write != null) data.put(WRITE, write);
    writer.setLiveCommitData(data.entrySet());
  }

  /** Drops the staged changes; the index is as at its last commit. */
  public synchronized void rollback() {
    if (writer == null) return;
    try {
      writer.rollback(); // closes the writer
    } catch (IOException | RuntimeException e) {
      throw new IndexException(dir + ": cannot roll back the figures index (" + e.getMessage() + ")", e);
    } finally {
      writer = null;
      complete = null;
    }
  }

  private static Document document(String id, String source, FigureRows.Row r) {
    Document d = new Document();
    d.add(new StringField(ID, id, Field.Store.NO));
    d.add(new StringField(SOURCE, source, Field.Store.NO));
    for (String k : r.keys()) d.add(new StringField(KEY, k, Field.Store.NO));
    d.add(new BinaryDocValuesField(ROW, new BytesRef(encode(r))));
    return d;
  }

  // ---- reading

  /**
   * A view of the last commit for one answer, or null when the index is missing or incomplete. Close it (it holds a
   * searcher).
   */
  public Lookup lookup() {
    try {
      if (!DirectoryReader.indexExists(directory)) return null;
      SearcherManager m = searchers();
      long generation = org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(directory);
      if (generation != refreshedAt) {
        m.maybeRefreshBlocking();
        refreshedAt = generation;
      }
      String sentence = sentenceWrite.get();
      IndexSearcher s = m.acquire();
      boolean read = false;
      try {
        read = stateOf(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData(), sentence) == State.COMPLETE;
        return read ? new Lookup(m, s) : null;
      } finally {
        if (!read) m.release(s); // also when the commit's data cannot be read
      }
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot read the figures index (" + e.getMessage() + ")", e);
    }
  }

  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null) searchers = new SearcherManager(directory, null);
    return searchers;
  }

  /** The rows of one commit, by key. */
  public static final class Lookup implements AutoCloseable {
    private final SearcherManager manager;
    private final IndexSearcher searcher;

    private Lookup(SearcherManager manager, IndexSearcher searcher) {
      this.manager = manager;
      this.searcher = searcher;
    }

    /** The rows with this {@code cg:citeKey}, in index order. */
    public List<FigureRows.Row> withKey(String key) {
      List<FigureRows.Row> out = new ArrayList<>();
      Term t = new Term(KEY, key);
      try {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          PostingsEnum p = leaf.reader().postings(t, PostingsEnum.NONE);
          if (p == null) continue;
          Bits live = leaf.reader().getLiveDocs();
          BinaryDocValues rows = leaf.reader().getBinaryDocValues(ROW);
          for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
            if (live != null && !live.get(d)) continue;
            if (rows == null || !rows.advanceExact(d)) continue;
            out.add(decode(rows.binaryValue(), List.of(key)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }

    /**
     * Every row of the commit with its keys, one line each ({@code keys|row bytes in hex}), sorted: what two indexes
     * that answer alike hold alike, whatever their documents' order.
     */
    public List<String> snapshot() {
      List<String> out = new ArrayList<>();
      try {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          Map<Integer, java.util.TreeSet<String>> keys = new java.util.HashMap<>();
          org.apache.lucene.index.Terms terms = leaf.reader().terms(KEY);
          if (terms != null) {
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            PostingsEnum p = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
              p = te.postings(p, PostingsEnum.NONE);
              for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
                keys.computeIfAbsent(d, x -> new java.util.TreeSet<>()).add(t.utf8ToString());
              }
            }
          }
          Bits live = leaf.reader().getLiveDocs();
          BinaryDocValues rows = leaf.reader().getBinaryDocValues(ROW);
          for (int d = 0; d < leaf.reader().maxDoc(); d++) {
            if (live != null && !live.get(d)) continue;
            String row = rows != null && rows.advanceExact(d) ? java.util.HexFormat.of().formatHex(BytesRef.deepCopyOf(rows.binaryValue()).bytes) : "";
            out.add(String.join(" ", keys.getOrDefault(d, new java.util.TreeSet<>())) + "|" + row);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      java.util.Collections.sort(out);
      return out;
    }

    /** How many figures the commit holds. */
    public int count() {
      return searcher.getIndexReader().numDocs();
    }

    @Override
    public void close() {
      try {
        manager.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // ---- the row's bytes

  /** The row's bytes: its keys are the document's terms, not repeated here. */
  static byte[] encode(FigureRows.Row r) {
    try {
      org.apache.lucene.store.ByteBuffersDataOutput o = new org.apache.lucene.store.ByteBuffersDataOutput(256);
      str(o, r.graph());
      str(o, r.iri());
      str(o, r.statementKey());
      str(o, r.unit());
      o.writeByte((byte) ((r.value() != null ? 1 : 0) | (r.quoted() ? 2 : 0) | (r.article() ? 4 : 0) | (r.partial() != null ? 8 : 0)));
      if (r.value() != null) o.writeLong(Double.doubleToRawLongBits(r.value()));
      str(o, r.quote());
      str(o, r.doc());
      str(o, r.publisher());
      str(o, r.date());
      FigureRecord f = r.partial();
      if (f != null) {
        // doc and article are the row's own (FigureRows reads the figure with its graph's document name)
        str(o, f.quote());
        o.writeVInt(f.start() == null ? 0 : f.start() + 1);
        o.writeVInt(f.end() == null ? 0 : f.end() + 1);
        o.writeLong(Double.doubleToRawLongBits(f.value()));
        o.writeByte((byte) ((f.valueMax() != null ? 1 : 0) | (f.inTitle() ? 2 : 0)));
        if (f.valueMax() != null) o.writeLong(Double.doubleToRawLongBits(f.valueMax()));
        str(o, f.unit());
        str(o, f.kind());
        str(o, f.basis());
        str(o, f.direction());
        str(o, f.qualifier());
        str(o, f.period());
        str(o, f.measure());
        o.writeVInt(f.place().size());
        for (String p : f.place()) str(o, p);
      }
      return o.toArrayCopy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FigureRows.Row decode(BytesRef b, List<String> keys) {
    try {
      Cursor in = new Cursor(b.bytes, b.offset);
      String graph = str(in);
      String iri = str(in);
      String statementKey = str(in);
      String unit = str(in);
      int flags = in.readByte();
      Double value = (flags & 1) != 0 ? Double.longBitsToDouble(in.readLong()) : null;
      String quote = str(in);
      String doc = str(in);
      String publisher = str(in);
      String date = str(in);
      FigureRecord partial = null;
      if ((flags & 8) != 0) {
        String fquote = str(in);
        int start = in.readVInt();
        int end = in.readVInt();
        double v = Double.longBitsToDouble(in.readLong());
        int fflags = in.readByte();
        Double max = (fflags & 1) != 0 ? Double.longBitsToDouble(in.readLong()) : null;
        String funit = str(in);
        String kind = str(in);
        String basis = str(in);
        String direction = str(in);
        String qualifier = str(in);
        String period = str(in);
        String measure = str(in);
        int pn = in.readVInt();
        List<String> place = new ArrayList<>(pn);
        for (int i = 0; i < pn; i++) place.add(str(in));
        partial = new FigureRecord(doc, graph, fquote, start == 0 ? null : start - 1, end == 0 ? null : end - 1, v, max, funit, kind,
            basis, direction, qualifier, period, measure, place, null, null, null, null, null, null, null, null, (fflags & 2) != 0);
      }
      return new FigureRows.Row(graph, iri, keys, statementKey, unit, value, (flags & 2) != 0, quote, partial, doc, (flags & 4) != 0,
          publisher, date);
    } catch (RuntimeException e) {
      throw new IndexException("figures index: a row that cannot be read (" + e + ")", e);
    }
  }

  private static void str(org.apache.lucene.store.DataOutput o, String s) throws IOException {
    if (s == null) {
      o.writeVInt(0);
      return;
    }
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    o.writeVInt(b.length + 1);
    o.writeBytes(b, b.length);
  }

  private static String str(Cursor in) {
    int n = in.readVInt();
    if (n == 0) return null;
    String s = new String(in.bytes, in.at, n - 1, java.nio.charset.StandardCharsets.UTF_8);
    in.at += n - 1;
    return s;
  }

  /** Reads what {@link org.apache.lucene.store.DataOutput} wrote (vInts, big-endian longs, bytes), in place. */
  private static final class Cursor {
    final byte[] bytes;
    int at;

    Cursor(byte[] bytes, int at) {
      this.bytes = bytes;
      this.at = at;
    }

    byte readByte() {
      return bytes[at++];
    }

    int readVInt() {
      int b = bytes[at++];
      int i = b & 0x7F;
      for (int shift = 7; (b & 0x80) != 0; shift += 7) {
        b = bytes[at++];
        i |= (b & 0x7F) << shift;
      }
      return i;
    }

    long readLong() {
      // DataOutput.writeLong is little-endian since Lucene 9
      long v = 0;
      for (int k = 7; k >= 0; k--) v = (v << 8) | (bytes[at + k] & 0xFFL);
      at += 8;
      return v;
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (searchers != null) searchers.close();
      if (writer != null) {
        writer.rollback();
        writer = null;
      }
      directory.close();
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot close the figures index (" + e.getMessage() + ")", e);
    }
  }
}
