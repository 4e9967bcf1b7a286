package org.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.claimgraph.analysis.Analyzer;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.graph.GraphMapper;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.Outcome;
import org.claimgraph.search.IndexedArticles;
import org.claimgraph.search.SourceIndex;

/**
 * Reads, analyses and stores articles. Reading runs on {@code threads} worker threads (the
 * expensive part once annotation is added); storing runs on the calling thread in input order, up
 * to {@value #BATCH} articles in one store transaction and one index commit. An article that
 * cannot be mapped or indexed fails alone within its batch; a failure of the store itself aborts
 * the batch, whose articles are then stored again one transaction each, so a failure in one file
 * never touches another's graph. At
 * most {@value #IN_FLIGHT_PER_THREAD} articles per thread are read or analysed ahead of the
 * writer, and at most one batch waits for it, so memory does not grow with the number of files.
 */
public final class IngestService {

  /** Articles analysed ahead of the writer, per worker thread. */
  static final int IN_FLIGHT_PER_THREAD = 2;
  /**
   * Articles stored in one transaction: TDB2 copies every B+tree block a write transaction touches, so 304,039 quads of
   * 255 articles took 44–61 s and 1,136 MB written one article per transaction, 10–13 s and 348–499 MB in batches of
   * 8–32 (BENCHMARKS.md, 2026-12-04); and the copies grow with the store, so 16 a batch still wrote 891 MB for 1,000
   * synthetic articles (a 299 MB store), 64 a batch 547 MB, with 7% less ingest CPU and a lower peak RSS (round 15). A
   * batch holds its articles' analyses (text, entities, figures: not CoreNLP's annotations) until its commit. Progress is
   * reported per batch, once it is stored.
   */
  public static final int BATCH = 64;
  /** Files, stored or not (unchanged, duplicate, failed), that wait in one batch for its commit at most. */
  static final int MAX_ITEMS = 4 * BATCH;

  private final ArticleReader reader = new ArticleReader();
  private final Mapping mapper;
  private final TextLimit textLimit = new TextLimit(TextLimit.DEFAULT_MAX_CHARS);
  private final Supplier<Analyzer> analyzer;
  private final int threads;

  /** An ingest service on the JVM's shared CoreNLP pipeline, loaded when the first article needs it. */
  public IngestService(int threads) {
    this(threads, new Lazy<>(Analyzer::new));
  }

  public IngestService(int threads, Supplier<Analyzer> analyzer) {
    this(threads, analyzer, new GraphMapper()::map);
  }

  /** Writes an analysed article's quads ({@link GraphMapper#map}); another one only in tests, to make a write fail. */
  @FunctionalInterface
  interface Mapping {
    void map(ArticleAnalysis analysis, String fingerprint, org.apache.jena.riot.system.StreamRDF out);
  }

  IngestService(int threads, Supplier<Analyzer> analyzer, Mapping mapper) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    this.threads = threads;
    this.analyzer = analyzer;
    this.mapper = mapper;
  }

  /** Builds a value once, on first use, for every thread. */
  static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
      this.factory = factory;
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) value = v = factory.get();
        }
      }
      return v;
    }
  }

  /** Ingests {@code inputs} (files and folders) into {@code store}. */
  public IngestReport ingest(List<Path> inputs, GraphStore store, IngestListener listener) {
    return ingest(inputs, store, null, listener);
  }

  /**
   * Ingests {@code inputs} into {@code store} and, if not null, the full-text {@code index},
   * keeping the two in step: each article's index change is prepared, its graph written, and the
   * index change committed only if the graph write succeeded.
   */
  public IngestReport ingest(List<Path> inputs, GraphStore store, SourceIndex index, IngestListener listener) {
    return ingest(inputs, store, index, listener, () -> {});
  }

  /**
   * As {@link #ingest(List, GraphStore, SourceIndex, IngestListener)}, running {@code betweenBatches} on the writing
   * thread after each batch but the last is committed (graphs and index) and before the next is opened: the store then
   * holds whole articles only, so work there (a compaction) cannot split one.
   */
  public IngestReport ingest(List<Path> inputs, GraphStore store, SourceIndex index, IngestListener listener,
      Runnable betweenBatches) {
    long t0 = System.nanoTime();
    List<String> notes = new ArrayList<>();
    if (index != null) {
      // A run killed between a graph commit and its index commit left them apart: mend that first.
      try {
        IndexSync.Divergence repaired = IndexSync.repair(store, index);
        if (!repaired.none()) notes.add("repaired the search index: " + repaired.describe());
      } catch (RuntimeException e) {
        // Best effort: each file below still succeeds or fails on its own.
        notes.add("the search index could not be checked against the store (" + e.getMessage() + ")");
      }
    }
    List<SourceEntry> files = SourceEntry.expand(SourceFiles.list(inputs));
    listener.started(files.size());
    List<FileResult> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "claimgraph-ingest");
      t.setDaemon(true);
      return t;
    });
    try {
      // A window of analyses in flight: each worker has one article in hand and one ready, so
      // memory holds a few articles per thread however many files the run has.
      int window = IN_FLIGHT_PER_THREAD * threads;
      Deque<Future<Analysed>> pending = new ArrayDeque<>();
      Map<String, Path> named = new HashMap<>();
      int submitted = 0;
      Batch batch = new Batch(store, index);
      try {
        for (int i = 0; i < files.size(); i++) {
          while (submitted < files.size() && submitted < i + window) {
            SourceEntry f = files.get(submitted++);
            Path first = f.error() == null ? named.putIfAbsent(f.name(), f.file()) : null;
            String refused = first != null ? "same name '" + f.name() + "' as " + first
                + " in this run; ingest their common parent folder so that the names differ" : null;
            pending.add(refused != null ? CompletableFuture.failedFuture(new ArticleException(f.file().toString(), refused))
                : pool.submit(() -> analyse(f, store)));
          }
          Ready ready = await(files.get(i).file(), pending.poll());
          Batch current = batch;
          SourceEntry entry = files.get(i);
          uninterrupted(() -> {
            current.add(ready, entry);
            return null;
          });
          if (batch.full() || i == files.size() - 1) {
            for (FileResult done : uninterrupted(current::finish)) {
              results.add(done);
              listener.done(done);
            }
            if (i < files.size() - 1) {
              uninterrupted(() -> {
                betweenBatches.run();
                return null;
              });
            }
            batch = new Batch(store, index);
          }
        }
      } finally {
        Batch last = batch;
        uninterrupted(() -> {
          last.abandon();
          return null;
        });
      }
    } finally {
      pool.shutdownNow();
    }
    return new IngestReport(results, Duration.ofNanos(System.nanoTime() - t0), notes);
  }

  /**
   * Runs store work with this thread's interrupt flag cleared, and sets it again after: an interrupt closes the file
   * channels TDB2 and Lucene write through, which leaves the store unusable for the rest of the process. After an
   * interrupt the batch's articles are still committed, and the files not yet analysed are reported interrupted.
   */
  private static <T> T uninterrupted(Supplier<T> work) {
    boolean interrupted = Thread.interrupted();
    try {
      return work.get();
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  /**
   * An analysed article with the fingerprint of the file's bytes; or, for a file stored before
   * with the same fingerprint, only the stored article's id ({@code analysis} is null).
   */
  private record Analysed(ArticleAnalysis analysis, String fingerprint, String unchangedId, String duplicateOf, String warning) {}

  private Analysed analyse(SourceEntry entry, GraphStore store) throws ArticleException {
    WarcSource.Loaded loaded = entry.load();
    byte[] bytes = loaded.bytes();
    String fingerprint = fingerprint(bytes);
    // Annotation is the expensive step: a file stored before, under this name or another, skips it.
    GraphStore.Stored stored = store.storedWithFingerprint(fingerprint);
    if (stored != null) {
      return new Analysed(null, fingerprint, stored.articleId(), stored.source().equals(entry.name()) ? null : stored.source(),
          null);
    }
    Article read = reader.read(entry.label(), entry.name(), bytes, loaded.hints());
    Article article = textLimit.apply(read);
    return new Analysed(analyzer.get().analyze(article), fingerprint, null, null, textLimit.warning(entry.label(), read, article));
  }

  /** A file whose analysis is in: {@code done} when nothing is left to store (failed, unchanged), else {@code analysed}. */
  private record Ready(Path file, Analysed analysed, FileResult done) {}

  private Ready await(Path file, Future<Analysed> pending) {
    Analysed a;
    try {
      a = pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Ready(file, null, FileResult.failed(file, file + ": interrupted"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String message = cause instanceof ArticleException ? cause.getMessage()
          : file + ": cannot analyse (" + cause + ")";
      return new Ready(file, null, FileResult.failed(file, message));
    }
    if (a.unchangedId() != null) {
      return new Ready(file, null, a.duplicateOf() == null ? new FileResult(file, Outcome.UNCHANGED, a.unchangedId(), null, 0, 0, null)
          : FileResult.duplicate(file, a.unchangedId(), a.duplicateOf()));
    }
    return new Ready(file, a, null);
  }

  /**
   * The articles of one store transaction, written as their analyses come in (so that storing overlaps the analysis of
   * the next articles), committed with one index commit when {@value #BATCH} are in. Nothing that can fail for one
   * article runs inside the transaction while it is partly written: its quads are mapped first, its outcome (new,
   * replaced, unchanged, duplicate) is known before anything is staged, and an article whose index entry cannot be
   * staged fails alone (the batch's earlier entries are staged again). Only a failure of the store itself aborts the
   * transaction; the batch's articles are then stored one per transaction, as without batching. (An aborted TDB2 write
   * transaction is also best avoided for itself: a store that had aborted one and wrote the same nodes again failed its
   * next compaction, "NodeTableTRDF/Read", in IngestSparkIT.) Its analyses and quads are kept until the commit: at most
   * {@value #BATCH} articles.
   */
  private final class Batch {
    private final GraphStore store;
    private final SourceIndex index;
    private final List<Ready> items = new ArrayList<>();
    private final Map<Path, Outcome> outcomes = new HashMap<>();
    private final Map<Path, Mapped> quads = new HashMap<>();
    private final Map<Path, FileResult> failed = new HashMap<>();
    private GraphStore.Batch open;
    private boolean aborted;
    private boolean finished;
    private int analysed;

    Batch(GraphStore store, SourceIndex index) {
      this.store = store;
      this.index = index;
    }

    /**
     * Whether the batch should be committed and its results reported now: {@value #BATCH} articles to store are in; or
     * none is (files found unchanged, duplicate or failed before analysis are reported as they come, not held until 16
     * articles to store have come in: a re-run over an unchanged corpus showed no progress until its end); or
     * {@value #MAX_ITEMS} files wait in it (a few articles to store among many unchanged files do not keep the write
     * transaction and the staged index changes open, and the progress back, for the whole run).
     */
    boolean full() {
      return analysed == BATCH || analysed == 0 || items.size() >= MAX_ITEMS;
    }

    void add(Ready r, SourceEntry entry) {
      if (!aborted && staleDuplicate(r)) {
        // Found a duplicate before its analysis, of an article that a file before it in this run has since replaced (a
        // write the worker could not see): analysed here, it is stored as one transaction per article would store it.
        FutureTask<Analysed> again = new FutureTask<>(() -> analyse(entry, store));
        again.run();
        r = await(entry.file(), again);
        // A failure of the store in its look-up ended the open transaction (Txn aborts the one it joined).
        if (open != null && !store.dataset().isInTransaction()) abandon();
      }
      items.add(r);
      if (r.done() != null) return;
      analysed++;
      if (aborted) return;
      Path file = r.file();
      Analysed a = r.analysed();
      Article article = a.analysis().article();
      Mapped mapped;
      try {
        mapped = new Mapped(mapper, a);
      } catch (RuntimeException e) {
        failed.put(file, FileResult.failed(file, file + ": not stored (" + e.getMessage() + ")"));
        return;
      }
      try {
        if (open == null) open = store.batch();
        Outcome expected = store.expected(article.id(), article.source(), a.fingerprint());
        boolean stores = expected == Outcome.NEW || expected == Outcome.REPLACED;
        if (stores && index != null) {
          try {
            index.prepare(IndexedArticles.of(a.analysis()), List.of(article.source()), a.fingerprint(), mapped.rows(article));
          } catch (RuntimeException e) {
            // SourceIndex.prepare rolled back everything staged: the batch's earlier articles are staged again.
            failed.put(file, FileResult.failed(file, file + ": not indexed, so not stored (" + e.getMessage() + ")"));
            restage();
            return;
          }
        }
        quads.put(file, mapped);
        outcomes.put(file, store.put(article.id(), article.source(), a.fingerprint(), mapped));
      } catch (RuntimeException e) {
        abandon();
      }
    }

    /** Whether {@code r} is a duplicate, found before its analysis, of an article no longer stored under that name. */
    private boolean staleDuplicate(Ready r) {
      FileResult d = r.done();
      if (d == null || d.failed() || d.outcome() != Outcome.DUPLICATE || d.duplicateOf() == null) return false;
      try {
        return !d.duplicateOf().equals(store.sourceOf(d.articleId()));
      } catch (RuntimeException e) {
        abandon(); // a failure of the store itself (it ended the open transaction): stored one by one in finish
        return false;
      }
    }

    /** Stages again the index entries of the batch's articles stored so far. */
    private void restage() {
      for (Ready r : items) {
        Outcome o = outcomes.get(r.file());
        if (o == Outcome.NEW || o == Outcome.REPLACED) {
          Analysed a = r.analysed();
          Article article = a.analysis().article();
          index.prepare(IndexedArticles.of(a.analysis()), List.of(article.source()), a.fingerprint(), quads.get(r.file()).rows(article));
        }
      }
    }

    /** Aborts the open transaction and the staged index changes: nothing of the batch is stored. */
    void abandon() {
      if (aborted || finished) return;
      aborted = true;
      try {
        if (open != null) open.close();
      } finally {
        if (open != null && index != null) index.rollback();
      }
    }

    /** Commits the batch (or, if it was aborted, stores its articles one by one); the results in input order. */
    List<FileResult> finish() {
      if (!aborted && open != null) {
        try {
          open.commit();
        } catch (RuntimeException e) {
          if (index != null) index.rollback();
          aborted = true;
        }
      }
      finished = true;
      List<FileResult> out = new ArrayList<>();
      if (aborted) {
        for (Ready r : items) {
          FileResult f = failed.get(r.file());
          out.add(r.done() != null ? r.done() : f != null ? f : IngestService.this.store(r.file(), r.analysed(), store, index));
        }
        return out;
      }
      boolean wrote = outcomes.values().stream().anyMatch(o -> o == Outcome.NEW || o == Outcome.REPLACED);
      String indexFailure = null;
      if (index != null) {
        try {
          if (wrote) index.commit();
        } catch (RuntimeException e) {
          // The graphs are written but their index entries are not: take the graphs back out.
          for (Ready r : items) {
            Outcome o = outcomes.get(r.file());
            if (o == Outcome.NEW || o == Outcome.REPLACED) store.removeSource(r.analysed().analysis().article().source());
          }
          indexFailure = e.getMessage();
        }
      }
      for (Ready r : items) {
        Outcome o = outcomes.get(r.file());
        if (r.done() != null) out.add(r.done());
        else if (failed.containsKey(r.file())) out.add(failed.get(r.file()));
        else if (o == Outcome.DUPLICATE) {
          String id = r.analysed().analysis().article().id();
          String of = store.sourceOf(id);
          // Its twin was stored by this batch and taken back out with the index failure: stored alone, it would have failed so.
          if (of == null && indexFailure != null) {
            out.add(FileResult.failed(r.file(), r.file() + ": not indexed, so not stored (" + indexFailure + ")"));
          } else out.add(FileResult.duplicate(r.file(), id, of));
        } else if (indexFailure != null && o != Outcome.UNCHANGED) {
          out.add(FileResult.failed(r.file(), r.file() + ": not indexed, so not stored (" + indexFailure + ")"));
        } else out.add(stored(r.file(), r.analysed(), o));
      }
      return out;
    }
  }

  /** An article's quads as the mapper writes them, recorded once: given to the figures index's rows and to the store. */
  private static final class Mapped implements java.util.function.Consumer<org.apache.jena.riot.system.StreamRDF> {
    private final org.apache.jena.riot.lang.CollectorStreamRDF recorded = new org.apache.jena.riot.lang.CollectorStreamRDF();

    Mapped(Mapping mapper, Analysed a) {
      recorded.start();
      mapper.map(a.analysis(), a.fingerprint(), recorded);
      recorded.finish();
    }

    @Override
    public void accept(org.apache.jena.riot.system.StreamRDF out) {
      recorded.getTriples().forEach(out::triple);
      recorded.getQuads().forEach(out::quad);
    }

    org.claimgraph.graph.FigureRows.ArticleRows rows(Article article) {
      return org.claimgraph.graph.FigureRows.written(org.claimgraph.graph.Iris.article(article.id()), this);
    }
  }

  /**
   * One article in its own transaction and index commit. Its quads are mapped first, as in a batch, so that a mapping
   * failure gives the same line whether its batch was committed or stored one article at a time.
   */
  private FileResult store(Path file, Analysed a, GraphStore store, SourceIndex index) {
    Article article = a.analysis().article();
    Mapped mapped;
    try {
      mapped = new Mapped(mapper, a);
    } catch (RuntimeException e) {
      return FileResult.failed(file, file + ": not stored (" + e.getMessage() + ")");
    }
    try {
      // The article's sentences and its figures' rows, read from the very quads the store is given below.
      if (index != null) index.prepare(IndexedArticles.of(a.analysis()), List.of(article.source()), a.fingerprint(), mapped.rows(article));
    } catch (RuntimeException e) {
      return FileResult.failed(file, file + ": not indexed, so not stored (" + e.getMessage() + ")");
    }
    Outcome o;
    try {
      o = store.put(article.id(), article.source(), a.fingerprint(), mapped);
    } catch (RuntimeException e) {
      if (index != null) index.rollback();
      return FileResult.failed(file, file + ": not stored (" + e.getMessage() + ")");
    }
    if (index != null) {
      if (o == Outcome.UNCHANGED || o == Outcome.DUPLICATE) {
        index.rollback();
      } else {
        try {
          index.commit();
        } catch (RuntimeException e) {
          // The graph is written but its index entry is not: take the graph back out.
          store.removeSource(article.source());
          return FileResult.failed(file, file + ": not indexed, so not stored (" + e.getMessage() + ")");
        }
      }
    }
    if (o == Outcome.DUPLICATE) return FileResult.duplicate(file, article.id(), store.sourceOf(article.id()));
    return stored(file, a, o);
  }

  private static FileResult stored(Path file, Analysed a, Outcome o) {
    Article article = a.analysis().article();
    return new FileResult(file, o, article.id(), article.title(), a.analysis().figures().size(), a.analysis().tokens(), null,
        article.provenance().warnings().stream().map(w -> file + ": " + w).toList(), article.provenance().truncated(),
        a.analysis().languageSkipped()).withWarning(a.warning());
  }

  /** SHA-256 of the file's bytes and the extractor version, in hex. */
  static String fingerprint(byte[] bytes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes);
      sha.update(("\0claimgraph-extractor " + GraphMapper.EXTRACTOR_VERSION).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
