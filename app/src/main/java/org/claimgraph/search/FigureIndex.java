package org.claimgraph.search;

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
import org.claimgraph.graph.FigureRows;

/**
 * The figures index beside a store ({@code STORE/figures}): one Lucene document per keyed figure, found by its
 * {@code cg:citeKey}s, holding as a doc value what citation reads of it ({@link FigureRows.Row}: the key look-ups'
 * fields and the full record a citation shows), and one per article, found by its graph and its stored implied levels'
 * keys, holding its metadata, its figures and its implied levels ({@link FigureRows.ArticleRow}), so that a citation
 * page is answered by postings walks instead of TDB2 reads per figure (format 2; a format-1 index is read as
 * incomplete until {@code reindex --figures}). Written with its article by {@link SourceIndex} (staged with the sentence
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
  /** An article's document: its graph as a term, its stored implied levels' keys as terms, its row as a doc value. */
  static final String ARTICLE = "article";
  static final String IMPLIED = "implied";
  static final String RESTATES = "restates";
  static final String ARTICLE_ROW = "article_row";
  private static final String COMPLETE = "complete";
  private static final String FORMAT = "format";
  private static final String FORMAT_VERSION = "2"; // 2: full records, article rows
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
  public synchronized void stage(String id, String source, List<String> sources, FigureRows.ArticleRows rows) {
    stage(id, source, sources, rows, true);
  }

  /** As {@link #stage(String, String, List, FigureRows.ArticleRows)}; {@code replace} false for an article known not to be indexed (a rebuild). */
  public synchronized void stage(String id, String source, List<String> sources, FigureRows.ArticleRows rows, boolean replace) {
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
      w.addDocument(document(id, source, rows.article()));
      for (FigureRows.Row r : rows.rows()) w.addDocument(document(id, source, r));
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

  /** Commits the index as it was, marked behind the sentence index's write {@code write} (a write of the store is coming). */
  synchronized void markBehind(String write) {
    try {
      writer();
      if (!complete) return;
      behind = true;
      commitAlone(write);
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot commit the figures index (" + e.getMessage() + ")", e);
    }
  }

  /** Commits the staged changes as in step with the sentence index's write {@code write} again (after {@link #markBehind}). */
  synchronized void commitInStep(String write) {
    behind = false;
    commitAlone(write);
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
    d.add(new BinaryDocValuesField(ROW, new BytesRef(RowCodec.encode(r))));
    return d;
  }

  private static Document document(String id, String source, FigureRows.ArticleRow a) {
    Document d = new Document();
    d.add(new StringField(ID, id, Field.Store.NO));
    d.add(new StringField(SOURCE, source, Field.Store.NO));
    d.add(new StringField(ARTICLE, a.graph(), Field.Store.NO));
    for (String k : a.impliedKeys()) d.add(new StringField(IMPLIED, k, Field.Store.NO));
    for (String r : a.rewrites()) d.add(new StringField(RESTATES, r, Field.Store.NO));
    d.add(new BinaryDocValuesField(ARTICLE_ROW, new BytesRef(RowCodec.encode(a))));
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
      return walk(new Term(KEY, key), ROW, b -> RowCodec.decode(b, List.of(key)));
    }

    /** The row of article graph {@code graph}, or null where the index holds none. */
    public FigureRows.ArticleRow article(String graph) {
      List<FigureRows.ArticleRow> found = walk(new Term(ARTICLE, graph), ARTICLE_ROW, RowCodec::decodeArticle);
      return found.isEmpty() ? null : found.get(0);
    }

    /** The rows of the articles holding stored implied levels with this {@code cg:impliedKey}, in index order. */
    public List<FigureRows.ArticleRow> withImpliedKey(String key) {
      return walk(new Term(IMPLIED, key), ARTICLE_ROW, RowCodec::decodeArticle);
    }

    /** The articles {@code article} restates ({@code cg:restates}, in any article's graph), each once. */
    public List<String> restated(String article) {
      java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
      for (FigureRows.ArticleRow a : walk(new Term(RESTATES, article), ARTICLE_ROW, RowCodec::decodeArticle)) {
        for (FigureRows.Link l : a.links()) if (l.rewrite().equals(article)) out.add(l.source());
      }
      return new ArrayList<>(out);
    }

    /** Whom figure {@code iri} of article {@code article} is credited to ({@link org.claimgraph.graph.StoredFigures#credit}), or null. */
    public String credit(String article, String iri) {
      FigureRows.ArticleRow a = article(article);
      if (a == null) return null;
      for (FigureRows.Figure f : a.figures()) if (f.iri().equals(iri)) return f.credit();
      return null;
    }

    /** The doc values {@code field} of the live documents with term {@code t}, decoded, in index order: one postings walk. */
    private <T> List<T> walk(Term t, String field, java.util.function.Function<BytesRef, T> decode) {
      List<T> out = new ArrayList<>();
      try {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          PostingsEnum p = leaf.reader().postings(t, PostingsEnum.NONE);
          if (p == null) continue;
          Bits live = leaf.reader().getLiveDocs();
          BinaryDocValues rows = leaf.reader().getBinaryDocValues(field);
          for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
            if (live != null && !live.get(d)) continue;
            if (rows == null || !rows.advanceExact(d)) continue;
            out.add(decode.apply(rows.binaryValue()));
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
          BinaryDocValues articles = leaf.reader().getBinaryDocValues(ARTICLE_ROW);
          for (int d = 0; d < leaf.reader().maxDoc(); d++) {
            if (live != null && !live.get(d)) continue;
            String row = rows != null && rows.advanceExact(d) ? java.util.HexFormat.of().formatHex(BytesRef.deepCopyOf(rows.binaryValue()).bytes)
                : articles != null && articles.advanceExact(d)
                    ? "article " + java.util.HexFormat.of().formatHex(BytesRef.deepCopyOf(articles.binaryValue()).bytes) : "";
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
      try {
        return searcher.count(new org.apache.lucene.search.FieldExistsQuery(ROW));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
