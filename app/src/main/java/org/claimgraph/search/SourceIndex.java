package org.claimgraph.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.claimgraph.graph.CG;
import org.claimgraph.graph.FigureRows;
import org.claimgraph.graph.Vocab;

/**
 * The Lucene index beside a store ({@code STORE/index}): one document per article and one per
 * sentence, replaced together when an article is re-ingested.
 *
 * <pre>{@code
 * try (SourceIndex index = SourceIndex.open(Path.of("data"))) {
 *   index.prepare(article, List.of("x.html"));   // staged, not yet visible
 *   store.put(...);                               // the graph write
 *   index.commit();                               // or index.rollback() if the graph write failed
 * }
 * }</pre>
 *
 * <p><b>One writer.</b> Lucene allows one {@link IndexWriter} per index folder, and jena-text's
 * {@link TextIndexLucene} opens one as soon as it is built. So the index owns a single
 * {@code TextIndexLucene} (built on first need) and ingest writes through <em>its</em> writer:
 * {@code text:query} in SPARQL and ingest share one index in one process, the server included.
 * Readers (search, {@code text:query}) see only committed changes.
 *
 * <p>Once jena-text wraps the store ({@link TextDatasets}), it also joins the store's
 * transactions: a TDB2 write commits (or aborts) the staged index changes with the graph, and
 * {@link #commit} then has nothing left to do.
 */
public final class SourceIndex implements AutoCloseable {

  private final Path dir;
  private final Directory directory;
  private TextIndexLucene textIndex;
  /** The figures index beside it ({@link FigureIndex}), staged and committed with it. */
  private FigureIndex figures;
  private java.util.function.UnaryOperator<Directory> figuresDirectory = d -> d;
  private volatile LastWrite lastWriteSeen;
  /** How long a figures rebuild waits for another thread's staged article (its graph write) to be committed. */
  private static final long STAGED_WAIT_NANOS = 120_000_000_000L;
  /** The thread whose staged changes wait for {@link #commit} or {@link #rollback} (null when none are staged). */
  private Thread stagedBy;
  private SearcherManager searchers;
  /** The commit generation searchers were last refreshed to. */
  private volatile long refreshedAt = Long.MIN_VALUE;

  private SourceIndex(Path dir, Directory directory) {
    this.dir = dir;
    this.directory = directory;
  }

  /** The index folder of a store. */
  public static Path dirOf(Path store) {
    return store.resolve("index");
  }

  /** Opens (creating if needed) the index of the store in {@code store}. */
  public static SourceIndex open(Path store) {
    Path dir = dirOf(store);
    try {
      Files.createDirectories(dir);
      return new SourceIndex(dir, FSDirectory.open(dir));
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot open the full-text index (" + e.getMessage() + ")", e);
    }
  }

  /** Whether the store in {@code store} has an index. */
  public static boolean exists(Path store) {
    try {
      return Files.isDirectory(dirOf(store)) && DirectoryReader.indexExists(FSDirectory.open(dirOf(store)));
    } catch (IOException e) {
      return false;
    }
  }

  public Directory directory() {
    return directory;
  }

  /**
   * Stages the article's documents, replacing those of the same id and of {@code sources}
   * (older versions of the file); nothing is visible until {@link #commit}.
   */
  public synchronized void prepare(IndexedArticle a, List<String> sources) {
    prepare(a, sources, null);
  }

  /**
   * As {@link #prepare(IndexedArticle, List)}, marking the article document with the
   * {@code fingerprint} of the graph it is stored with, so that a later run can tell whether
   * index and store hold the same version ({@link #markers()}).
   */
  public synchronized void prepare(IndexedArticle a, List<String> sources, String fingerprint) {
    prepare(a, sources, fingerprint, null);
  }

  /**
   * As {@link #prepare(IndexedArticle, List, String)}, staging the article's figures' rows ({@link FigureRows#written})
   * in the figures index; without rows (null) the figures index is left incomplete (cite reads the store).
   */
  public synchronized void prepare(IndexedArticle a, List<String> sources, String fingerprint, FigureRows.ArticleRows rows) {
    staging();
    try {
      figures().stage(a.id(), a.source(), sources, rows);
      IndexWriter w = writer();
      w.deleteDocuments(new Term(Fields.ID, a.id()));
      for (String s : sources) w.deleteDocuments(new Term(Fields.SOURCE, s));
      w.deleteDocuments(new Term(Fields.SOURCE, a.source()));
      w.addDocument(articleDocument(a, fingerprint));
      for (IndexedArticle.Sentence s : a.sentences()) w.addDocument(sentenceDocument(a, s));
    } catch (RuntimeException e) {
      rollback();
      throw e;
    } catch (IOException e) {
      rollback();
      throw new IndexException(dir + ": cannot index " + a.source() + " (" + e.getMessage() + ")", e);
    }
  }

  /** Stages an index of exactly these articles (all else removed); {@link #commit} makes it visible. */
  public synchronized void prepareRebuild(List<IndexedArticle> articles) {
    prepareRebuild(articles, Map.of());
  }

  /** As {@link #prepareRebuild(List)}, marking each article with its graph's fingerprint (by article id). */
  public synchronized void prepareRebuild(List<IndexedArticle> articles, Map<String, String> fingerprints) {
    prepareRebuild(articles, fingerprints, null);
  }

  /**
   * As {@link #prepareRebuild(List, Map)}, rebuilding the figures index from {@code rows} (article IRI → its rows);
   * without it (null) the figures index is left incomplete.
   */
  public synchronized void prepareRebuild(List<IndexedArticle> articles, Map<String, String> fingerprints,
      java.util.function.Function<String, FigureRows.ArticleRows> rows) {
    staging();
    try {
      if (rows == null) {
        figures().incomplete();
      } else {
        figures().stageRebuild();
        for (IndexedArticle a : articles) figures().stage(a.id(), a.source(), List.of(), rows.apply(a.iri()), false);
      }
      IndexWriter w;
      try {
        w = writer();
        w.deleteAll();
      } catch (IOException | RuntimeException unreadable) {
        // An index that cannot be opened or read is rebuilt from nothing: its files go.
        dropUnreadable();
        clear();
        w = writer();
      }
      for (IndexedArticle a : articles) {
        w.addDocument(articleDocument(a, fingerprints.get(a.id())));
        for (IndexedArticle.Sentence s : a.sentences()) w.addDocument(sentenceDocument(a, s));
      }
    } catch (RuntimeException e) {
      rollback();
      throw e;
    } catch (IOException e) {
      rollback();
      throw new IndexException(dir + ": cannot rebuild the index (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Makes the staged changes visible: the figures index's with the sentence index's, both marked with one new write id.
   * A failure before the sentence index's commit drops both's staged changes and throws; a failure of the figures
   * index's last phase after it drops the figures' and is only logged: the sentence index holds the write, and the
   * figures index, behind it, is not read until rebuilt ({@link FigureIndex.State#BEHIND}; {@code IndexSync.repair}).
   */
  public synchronized void commit() {
    // The figures index takes part when this write staged it (prepare, prepareRebuild, prepareRepair). A sentence index
    // changed by other means (a writer of its own: the Spark load's merge) still gets a new write id, which leaves the
    // figures index behind it: not read until rebuilt.
    boolean withFigures = stagedBy != null && figures != null;
    staged(null);
    try {
      IndexWriter w = textIndex == null ? null : textIndex.getIndexWriter();
      if (!withFigures && (w == null || !w.hasUncommittedChanges())) {
        if (w != null) w.commit(); // nothing written: both indexes stay as they are, in step
        return;
      }
      String write = java.util.UUID.randomUUID().toString();
      if (withFigures) figures.prepareCommit(write);
      if (w != null) {
        w.setLiveCommitData(Map.of(FigureIndex.WRITE, write).entrySet());
        w.commit();
      }
    } catch (IOException | RuntimeException e) {
      rollback();
      throw new IndexException(dir + ": cannot commit the index (" + e.getMessage() + ")", e);
    }
    if (!withFigures) return;
    try {
      figures.commit();
    } catch (IndexException e) {
      LOG.warning(e.getMessage() + "; the figures index is behind the sentence index until it is rebuilt (reindex --figures)");
    }
  }

  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SourceIndex.class.getName());

  /**
   * Rebuilds only the figures index: {@code stageAll} stages every article's rows into the emptied index, committed once
   * at the end as of the sentence index's last write (whose write lock is held meanwhile, so that no other process
   * commits it in between). All or nothing: a failure leaves the figures index as it was.
   *
   * @throws org.claimgraph.graph.StoreException of kind LOCKED when another process writes the store's indexes
   */
  public synchronized void rebuildFigures(java.util.function.Consumer<FigureIndex> stageAll) {
    // An article staged by another thread (its graph being written) is committed or rolled back first: a rebuild in
    // between would drop its staged rows and then be committed as complete without them.
    if (stagedBy == Thread.currentThread()) throw new IllegalStateException("a figures rebuild with this thread's article staged");
    long until = System.nanoTime() + STAGED_WAIT_NANOS;
    while (stagedBy != null) {
      long left = until - System.nanoTime();
      if (left <= 0) throw new IndexException(dir + ": an article staged by another thread (" + stagedBy.getName() + ") was neither committed"
          + " nor rolled back; the figures index is not rebuilt");
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IndexException(dir + ": interrupted while waiting for an article's commit", e);
      }
    }
    org.apache.lucene.store.Lock held = null;
    try {
      if (textIndex == null) held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME); // (else this process holds it)
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw FigureIndex.inUse(dir.getParent(), e);
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot lock the index (" + e.getMessage() + ")", e);
    }
    try {
      FigureIndex f = figures();
      try {
        f.stageRebuild();
        stageAll.accept(f);
        f.commitAlone(lastWrite());
      } catch (RuntimeException e) {
        f.rollback();
        throw e;
      }
    } finally {
      try {
        if (held != null) held.close();
      } catch (IOException ignored) {
        // the lock file stays; Lucene's native locks are released with the process anyway
      }
    }
  }

  private void staging() {
    stagedBy = Thread.currentThread();
  }

  private void staged(Thread by) {
    stagedBy = by;
    notifyAll();
  }

  /** The figures index of this store, opened on first need. */
  public synchronized FigureIndex figures() {
    if (figures == null) figures = FigureIndex.open(dir.getParent(), () -> count(Fields.ARTICLE) == 0, this::lastWrite, figuresDirectory);
    return figures;
  }

  /**
   * Runs {@code write}, a store write that changes what the rows of {@code graphs} hold (their restatement links), with
   * the figures index marked behind meanwhile (a crash in between leaves it so: rebuilt by the next repair), then
   * re-stages their rows ({@code rows}: article graph → rows read from the store after the write) and commits. A
   * figures index that is not complete is left as it is.
   */
  public synchronized void rewriteFigures(Runnable write, List<FigureRows.Article> graphs,
      java.util.function.Function<String, FigureRows.ArticleRows> rows) {
    rewriteFigures(write, graphs, a -> true, rows);
  }

  /**
   * As {@link #rewriteFigures(Runnable, List, java.util.function.Function)}, re-staging only the graphs that {@code
   * changed} says the write changed (asked after it): the others keep the rows staged before.
   */
  public synchronized void rewriteFigures(Runnable write, List<FigureRows.Article> graphs,
      java.util.function.Predicate<FigureRows.Article> changed, java.util.function.Function<String, FigureRows.ArticleRows> rows) {
    if (FigureIndex.state(dir.getParent()) != FigureIndex.State.COMPLETE || graphs.isEmpty()) {
      write.run();
      return;
    }
    String sentences = lastWrite();
    FigureIndex f = figures();
    f.markBehind(sentences);
    write.run();
    try {
      for (FigureRows.Article a : graphs) if (changed.test(a)) f.stage(a.id(), a.source(), List.of(), rows.apply(a.graph()));
      f.commitInStep(sentences);
    } catch (RuntimeException e) {
      f.rollback();
      throw e;
    }
  }

  /** How the figures index's folder is seen (tests wrap it to make it fail); set before its first use. */
  synchronized void figuresDirectory(java.util.function.UnaryOperator<Directory> wrap) {
    this.figuresDirectory = wrap;
  }

  /** The write id of this index's last commit, read again only when a new commit is there (a folder listing). */
  private String lastWrite() {
    try {
      long generation = org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(directory);
      LastWrite seen = lastWriteSeen;
      if (seen != null && seen.generation() == generation) return seen.write();
      String write = generation < 0 ? null : org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get(FigureIndex.WRITE);
      lastWriteSeen = new LastWrite(generation, write);
      return write;
    } catch (IOException | RuntimeException e) {
      return UNREADABLE;
    }
  }

  /** The write id of an index whose last commit cannot be read: no figures index is in step with it. */
  private static final String UNREADABLE = "(unreadable)";

  private record LastWrite(long generation, String write) {}

  /** The write id of the last commit of the index in {@code dir}, null where it has none (or no index). */
  static String lastWrite(Path dir) {
    if (!Files.isDirectory(dir)) return null;
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) return null;
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData().get(FigureIndex.WRITE);
    } catch (IOException | RuntimeException e) {
      return UNREADABLE;
    }
  }

  /** Drops the staged changes; the index is as at the last commit. */
  public synchronized void rollback() {
    staged(null);
    // Lucene's rollback closes the writer; jena-text's opens a fresh one on the same index.
    if (textIndex != null) textIndex.rollback();
    if (figures != null) figures.rollback();
  }

  /**
   * The index as jena-text sees it, for {@code text:query} in SPARQL: {@code ?a text:query (cg:text "samarium")}
   * finds articles, {@code ?s text:query (oa:exact "5,577")} sentences. Shares this index's writer.
   */
  public synchronized TextIndexLucene textIndex() {
    if (textIndex == null) {
      EntityDefinition def = new EntityDefinition(Fields.URI, Fields.ARTICLE_TEXT, CG.text.asNode());
      def.set(Fields.TEXT, Vocab.exact.asNode());
      TextIndexConfig config = new TextIndexConfig(def);
      config.setAnalyzer(Fields.analyzer());
      config.setValueStored(false);
      textIndex = new TextIndexLucene(directory, config);
    }
    return textIndex;
  }

  /**
   * A searcher on the last commit, reused while nothing new is committed (warm searches skip
   * opening the index). Release it with {@link #release}.
   */
  public IndexSearcher acquireSearcher() {
    try {
      SearcherManager m = searchers();
      // A new commit has a new generation: telling it from the folder's listing costs far less than
      // reading and checking the last commit's file, which the refresh does each time it is asked.
      long generation = org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(directory);
      if (generation != refreshedAt) {
        m.maybeRefreshBlocking(); // (the non-blocking one returns at once while another thread refreshes)
        refreshedAt = generation;
      }
      return m.acquire();
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot read the index (" + e.getMessage() + ")", e);
    }
  }

  /** Gives back a searcher from {@link #acquireSearcher}. */
  public void release(IndexSearcher searcher) {
    try {
      searchers().release(searcher);
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot release a searcher (" + e.getMessage() + ")", e);
    }
  }

  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null) searchers = new SearcherManager(directory, null);
    return searchers;
  }

  /** Number of documents of a type ({@code article} or {@code sentence}) at the last commit. */
  public int count(String type) {
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      return new IndexSearcher(r).count(new TermQuery(new Term(Fields.TYPE, type)));
    } catch (IOException e) {
      return 0;
    }
  }

  private IndexWriter writer() {
    return textIndex().getIndexWriter();
  }

  /** Deletes the index's files (not the folder), for a rebuild of an index that cannot be read. */
  private void clear() throws IOException {
    for (String f : directory.listAll()) {
      if (!f.equals(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)) directory.deleteFile(f);
    }
  }

  /** Lets go of the writer and searchers of an index that cannot be read, without reading it. */
  private void dropUnreadable() {
    try {
      if (textIndex != null) textIndex.getIndexWriter().rollback();
    } catch (IOException | RuntimeException ignored) {
      // the index is being replaced: nothing of it is kept
    }
    textIndex = null;
    try {
      if (searchers != null) searchers.close();
    } catch (IOException ignored) {
      // as above
    }
    searchers = null;
  }

  /**
   * Stages a repair: the documents of the articles {@code remove} (ids) go, {@code add} are
   * indexed anew with their fingerprints; {@link #commit} makes it visible.
   */
  public synchronized void prepareRepair(List<IndexedArticle> add, Map<String, String> fingerprints, java.util.Collection<String> remove) {
    prepareRepair(add, fingerprints, remove, null);
  }

  /** As {@link #prepareRepair(List, Map, java.util.Collection)}, with the added articles' figures' rows (article IRI → rows). */
  public synchronized void prepareRepair(List<IndexedArticle> add, Map<String, String> fingerprints, java.util.Collection<String> remove,
      java.util.function.Function<String, FigureRows.ArticleRows> rows) {
    staging();
    try {
      figures().stageRemoval(remove);
      for (IndexedArticle a : add) figures().stage(a.id(), a.source(), List.of(), rows == null ? null : rows.apply(a.iri()));
      IndexWriter w = writer();
      for (String id : remove) w.deleteDocuments(new Term(Fields.ID, id));
      for (IndexedArticle a : add) {
        w.deleteDocuments(new Term(Fields.ID, a.id()));
        w.addDocument(articleDocument(a, fingerprints.get(a.id())));
        for (IndexedArticle.Sentence s : a.sentences()) w.addDocument(sentenceDocument(a, s));
      }
    } catch (RuntimeException e) {
      rollback();
      throw e;
    } catch (IOException e) {
      rollback();
      throw new IndexException(dir + ": cannot repair the index (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The articles the index holds at its last commit: article id → the fingerprint it was marked
   * with ("" for an article indexed without one). Empty for an index not yet written.
   *
   * @throws IndexException if the index cannot be read
   */
  public Map<String, String> markers() {
    try {
      if (!DirectoryReader.indexExists(directory)) return Map.of();
      Map<String, String> out = new java.util.TreeMap<>();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        var searcher = new org.apache.lucene.search.IndexSearcher(reader);
        var storedFields = reader.storedFields();
        for (var hit : searcher.search(new org.apache.lucene.search.TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)),
            Math.max(1, reader.maxDoc())).scoreDocs) {
          Document d = storedFields.document(hit.doc, java.util.Set.of(Fields.ID, Fields.FINGERPRINT));
          String fp = d.get(Fields.FINGERPRINT);
          out.put(d.get(Fields.ID), fp == null ? "" : fp);
        }
      }
      return out;
    } catch (IOException | RuntimeException e) {
      throw new IndexException(dir + ": cannot read the index (" + e.getMessage() + ")", e);
    }
  }

  private static Document articleDocument(IndexedArticle a, String fingerprint) {
    Document d = common(a, Fields.ARTICLE);
    if (fingerprint != null) d.add(new StringField(Fields.FINGERPRINT, fingerprint, Field.Store.YES));
    d.add(new StringField(Fields.URI, a.iri(), Field.Store.YES));
    d.add(new TextField(Fields.ARTICLE_TEXT, a.text(), Field.Store.NO));
    return d;
  }

  private static Document sentenceDocument(IndexedArticle a, IndexedArticle.Sentence s) {
    Document d = common(a, Fields.SENTENCE);
    String text = a.text().substring(s.start(), s.end());
    d.add(new StringField(Fields.URI, s.iri(), Field.Store.YES));
    d.add(new TextField(Fields.TEXT, text, Field.Store.YES));
    d.add(new TextField(Fields.EXACT, text, Field.Store.NO));
    for (String f : s.figures()) d.add(new TextField(Fields.FIGURES, f, Field.Store.YES));
    d.add(new StoredField(Fields.START, s.start()));
    d.add(new StoredField(Fields.END, s.end()));
    d.add(new StoredField(Fields.INDEX, s.index()));
    return d;
  }

  /** Fields both kinds of document carry, so one query can filter either by article metadata. */
  private static Document common(IndexedArticle a, String type) {
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, type, Field.Store.YES));
    d.add(new StringField(Fields.GRAPH, a.iri(), Field.Store.YES));
    // Search groups its sentence hits by article: a column read costs far less than a stored document.
    d.add(new org.apache.lucene.document.SortedDocValuesField(Fields.GRAPH_COLUMN, new org.apache.lucene.util.BytesRef(a.iri())));
    d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    d.add(new StringField(Fields.SOURCE, a.source(), Field.Store.YES));
    d.add(new StringField(Fields.DOC, a.doc(), Field.Store.YES));
    if (a.title() != null) d.add(new TextField(Fields.TITLE, a.title(), Field.Store.YES));
    if (a.publisher() != null) {
      d.add(new TextField(Fields.PUBLISHER, a.publisher(), Field.Store.YES));
      d.add(new StringField(Fields.PUBLISHER_KEY, a.publisher().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    for (String author : a.authors()) d.add(new TextField(Fields.AUTHORS, author, Field.Store.YES));
    if (a.date() != null) d.add(new StringField(Fields.DATE, a.date(), Field.Store.YES));
    for (String c : a.countries()) d.add(new StringField(Fields.COUNTRY, c, Field.Store.YES));
    return d;
  }

  /** Stored values of a field, for results. */
  static List<String> values(Document d, String field) {
    List<String> out = new ArrayList<>();
    for (var f : d.getFields(field)) out.add(f.stringValue());
    return out;
  }

  @Override
  public synchronized void close() {
    try {
      if (figures != null) figures.close();
      if (searchers != null) searchers.close();
      if (textIndex != null) {
        textIndex.getIndexWriter().rollback(); // anything not committed is not wanted; closes the writer
        textIndex = null;
      }
      directory.close();
    } catch (IOException e) {
      throw new IndexException(dir + ": cannot close the index (" + e.getMessage() + ")", e);
    }
  }
}
