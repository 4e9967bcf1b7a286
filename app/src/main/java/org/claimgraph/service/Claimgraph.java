package org.claimgraph.service;

import org.claimgraph.story.Stories;
import org.claimgraph.story.StoryLinker;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.cite.Citation;
import org.claimgraph.cite.CitationFinder;
import org.claimgraph.cite.CitationIndex;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.export.DatasetExporter;
import org.claimgraph.export.ExportFormat;
import org.claimgraph.export.ExportSummary;
import org.claimgraph.graph.CG;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.Outcome;
import org.claimgraph.graph.PackedCompaction;
import org.claimgraph.graph.StoredArticles;
import org.claimgraph.graph.StoredFigures;
import org.claimgraph.graph.StoreSummary;
import org.claimgraph.graph.ViewsAhead;
import org.claimgraph.ingest.IngestListener;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.IngestService;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.ResultFormat;
import org.claimgraph.search.IndexedArticle;
import org.claimgraph.search.IndexedArticles;
import org.claimgraph.search.SearchRequest;
import org.claimgraph.search.SearchResult;
import org.claimgraph.search.SearchService;
import org.claimgraph.search.SourceIndex;
import org.claimgraph.search.TextDatasets;
import org.claimgraph.validate.ShapesValidator;
import org.claimgraph.validate.ValidationResult;

/**
 * An opened claimgraph store with its full-text index, and everything that can be asked of it.
 * The command line and the server both call these methods, so they answer alike.
 *
 * <pre>{@code
 * try (Claimgraph cg = Claimgraph.openExisting(Path.of("data"))) {
 *   List<Citation> cs = cg.cite(FigureQuery.parse("619 tons"));
 *   SearchResult r = cg.search(new SearchRequest("samarium", 10, null, null, null, null));
 * }
 * }</pre>
 *
 * <p>It owns the one TDB2 dataset and the one Lucene writer of the store (jena-text's
 * {@code text:query} and ingest share it), so one process holds one {@code Claimgraph} per store.
 * Reads may run on many threads at once; ingest, reindex and compaction run one at a time.
 */
public final class Claimgraph implements AutoCloseable {

  private volatile long searchTimeoutMillis = SearchService.DEFAULT_TIMEOUT_MILLIS;
  private final GraphStore store;
  private final Path dir;
  /** Opened once; read without this object's lock, so that a thread between an article's staging and its commit never waits for it. */
  private volatile SourceIndex index;
  private DatasetGraph textDataset;
  private volatile boolean keyed;
  private boolean compactAfterIngest = true;
  private boolean compactAlways;
  private long duringRunFloor = CompactionPolicy.duringRunFloor(System.getProperty(CompactionPolicy.DURING_RUN_PROPERTY));
  private double duringRunGrowth = CompactionPolicy.GROWTH;
  private long releaseEvery = RunRelease.every(System.getProperty(RunRelease.PROPERTY));
  private int storyBatch = STORY_BATCH;

  private Claimgraph(GraphStore store, SourceIndex index) {
    this.store = store;
    this.dir = store.dir();
    this.index = index;
  }

  /**
   * Rebuilds the store's summary if an article was written after it (a store written before
   * summaries, or a crash between an article write and the rebuild; see {@link StoreSummary}).
   */
  private static Claimgraph withFreshSummary(Claimgraph cg) {
    try {
      StoreSummary.ensureFresh(cg.store.dataset());
      return cg;
    } catch (RuntimeException e) {
      cg.close();
      throw e;
    }
  }

  /** Opens the store in {@code dir} for reading and writing, creating store and index if missing. */
  public static Claimgraph open(Path dir) {
    GraphStore store = GraphStore.open(dir);
    try {
      SourceIndex index = SourceIndex.open(dir);
      index.textIndex(); // opens the one writer, creating an empty index if there is none
      return withFreshSummary(new Claimgraph(store, index));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Opens an existing store; fails with a {@code StoreException} saying so if {@code dir} holds none. */
  public static Claimgraph openExisting(Path dir) {
    return withFreshSummary(new Claimgraph(GraphStore.openExisting(dir), null));
  }

  /**
   * Opens an existing store for look-ups (cite, search, figures, query), checking only its first
   * quads so that opening does not read the whole store ({@link GraphStore#openForReading}).
   */
  public static Claimgraph openForReading(Path dir) {
    return withFreshSummary(new Claimgraph(GraphStore.openForReading(dir), null));
  }

  /** The store folder. */
  public Path dir() {
    return dir;
  }

  /** The TDB2 store. */
  public GraphStore store() {
    return store;
  }

  /** Whether the store has a full-text index. */
  public synchronized boolean hasIndex() {
    return index != null || SourceIndex.exists(dir);
  }

  /** The full-text index, opened on first use. */
  public SourceIndex index() {
    SourceIndex opened = index;
    if (opened != null) return opened;
    synchronized (this) {
      if (index == null) index = SourceIndex.open(dir);
      return index;
    }
  }

  /** Reads, analyses and stores {@code inputs} (files and folders), indexing each article in step. */
  public synchronized IngestReport ingest(List<Path> inputs, int threads, IngestListener listener) {
    return ingest(new IngestService(threads), inputs, listener);
  }

  /**
   * Ingests with an ingest service of the caller's (its thread count and analyzer); then, if any
   * article was stored, compacts the store (see {@link #compact}) unless turned off.
   */
  public synchronized IngestReport ingest(IngestService service, List<Path> inputs, IngestListener listener) {
    SourceIndex searchIndex = index();
    // Off (no floor given), the run does not even measure the store between its batches.
    RunCompaction during = compactAfterIngest && duringRunFloor != Long.MAX_VALUE
        ? new RunCompaction(dir, duringRunFloor, duringRunGrowth, this::compact) : null;
    RunRelease release = RunRelease.on(releaseEvery) ? new RunRelease(() -> StoreFiles.residentGenerations(dir), releaseEvery,
        () -> org.claimgraph.graph.StorageReopen.reopen(store.dataset().asDatasetGraph())) : null;
    IngestReport report = service.ingest(inputs, store, searchIndex, listener, () -> {
      if (during != null) during.run();
      if (release != null) release.run();
    });
    // A command-line run ends its process: the analysis (CoreNLP's models) goes, and the heap it grew is given back
    // before the stories, the summary and the compaction map the store's files (BENCHMARKS.md, round 19).
    service = null;
    List<String> heap = new java.util.ArrayList<>();
    if (HeapTrim.atEndOfProcess()) {
      org.claimgraph.nlp.Pipelines.release();
      heap.add(HeapTrim.trim().note("after the articles"));
    }
    long t0 = System.nanoTime();
    // The stories and the summary read and rewrite much of the store: committed in batches, with the storage reopened
    // between them once what they copied has grown (not after the stories as such: the summary reads every node, and a
    // reopened storage's node cache starts cold, +5% CPU at 10³, round 16). Without reopening (a server), the summary is
    // updated in one transaction, which its readers see whole (StoreSummary.update).
    Runnable between = release == null ? () -> {} : release;
    long t1;
    // A first run's summary views run on the other core beside the stories and the summary's writes, a part or two ahead
    // (round 19): only where the run holds the store alone (release: the command line), so no other writer changes what
    // they read. Closed (its thread joined) before the storage is released or compacted, also when the update fails.
    try (ViewsAhead ahead = release == null ? ViewsAhead.none() : ViewsAhead.start(store.dataset())) {
      linkStories(report, between);
      t1 = System.nanoTime();
      // Every stored or removed article cleared the summary's marker: rebuild it before compacting.
      StoreSummary.ensureFresh(store.dataset(), release, ahead);
    }
    if (release != null) release.run();
    long t2 = System.nanoTime();
    boolean stored = report.count(Outcome.NEW) + report.count(Outcome.REPLACED) > 0;
    Compaction compaction = null;
    long size = StoreFiles.size(dir);
    if (compactAfterIngest && stored && (compactAlways || CompactionPolicy.due(dir, size))) {
      // What the stories and the summary grew, given back before the compaction maps an index's old and new files.
      if (HeapTrim.atEndOfProcess()) heap.add(HeapTrim.trim().note("before the compaction"));
      compaction = compact();
    }
    long t3 = System.nanoTime();
    // What each trim left, for measuring (`--verbose`): not part of the run's summary line.
    if (!heap.isEmpty()) org.slf4j.LoggerFactory.getLogger(Claimgraph.class).info("{}", String.join(", ", heap));
    if (!stored) return report;
    return report.withNote(String.format(Locale.ROOT, "%safter the articles: stories %.1f s, summary %.1f s, %s",
        (during == null ? "" : during.note()) + (release == null ? "" : release.note()), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
        compactionNote(compaction, (t3 - t2) / 1e9, size)));
  }

  /**
   * What a run did about compaction: how long it took (and the sizes, where the files' lengths show a change: a small
   * store's preallocated files keep them equal), or why it did not compact.
   */
  private String compactionNote(Compaction compaction, double seconds, long size) {
    if (!compactAfterIngest) return "compaction off";
    if (compaction == null) return String.format(Locale.ROOT, "no compaction (%d MB; due past %d MB)", size >> 20, dueAt() >> 20);
    String sizes = (compaction.before() - compaction.after()) >> 20 > 0
        ? String.format(Locale.ROOT, " (%d → %d MB)", compaction.before() >> 20, compaction.after() >> 20) : "";
    return String.format(Locale.ROOT, "compaction %.1f s", seconds) + sizes;
  }

  /** The size past which an ingest run compacts the store (its size after its last compaction × the growth factor). */
  private long dueAt() {
    return (long) (CompactionPolicy.GROWTH * CompactionPolicy.lastCompacted(dir));
  }

  /** The longest a search may run ({@code serve --timeout} sets it for the server); returns this. */
  public synchronized Claimgraph searchTimeout(long millis) {
    this.searchTimeoutMillis = millis;
    return this;
  }

  /** Whether {@link #ingest} may compact the store after a run that stored something (default: yes, when {@link CompactionPolicy} says it is due). */
  public synchronized Claimgraph compactAfterIngest(boolean compact) {
    this.compactAfterIngest = compact;
    return this;
  }

  /**
   * Tests only: {@link #ingest} compacts between batches past {@code floor} bytes and {@code growth}× the store's size at
   * the run's start or its last compaction (else the floor of {@value CompactionPolicy#DURING_RUN_PROPERTY}, off when
   * unset, and {@value CompactionPolicy#GROWTH}). Off with {@link #compactAfterIngest}.
   */
  synchronized Claimgraph compactDuringIngest(long floor, double growth) {
    this.duringRunFloor = floor;
    this.duringRunGrowth = growth;
    return this;
  }

  /**
   * Tests only: {@link #ingest} reopens the store's storage between batches every {@code bytes} written (else the MB of
   * {@value RunRelease#PROPERTY}, {@value RunRelease#DEFAULT_MB} when unset; {@code Long.MAX_VALUE}: never).
   */
  synchronized Claimgraph releaseDuringIngest(long bytes) {
    this.releaseEvery = bytes;
    return this;
  }

  /** Tests only: {@link #ingest} links the new articles to their stories {@code articles} at a time (else {@value #STORY_BATCH}). */
  synchronized Claimgraph storyBatch(int articles) {
    this.storyBatch = articles;
    return this;
  }

  /**
   * Whether {@link #ingest} may reopen the store's storage between batches (default: yes, every
   * {@value RunRelease#DEFAULT_MB} MB held resident). A reopening waits for every transaction to end, as a compaction does:
   * a server, whose readers never all stop, turns it off.
   */
  public synchronized Claimgraph reopenDuringIngest(boolean reopen) {
    if (!reopen) this.releaseEvery = Long.MAX_VALUE;
    return this;
  }

  /**
   * Whether {@link #ingest} compacts after every run that stored something (true) or only once the store has grown past
   * {@value CompactionPolicy#GROWTH}× its size after its last compaction (false, the default: {@link CompactionPolicy}).
   */
  public synchronized Claimgraph compactAlways(boolean always) {
    this.compactAlways = always;
    return this;
  }

  /**
   * Links each newly stored article to the stored articles it restates or that restate it (issue 13). The links go
   * into the new articles' graphs, whose rows in the figures index (origins read them) are written again after: only
   * those of graphs that hold a link (the others' rows, staged as the articles were stored, read no story key).
   */
  private void linkStories(IngestReport report, Runnable between) {
    List<String> stored = report.files().stream()
        .filter(f -> f.outcome() == Outcome.NEW || f.outcome() == Outcome.REPLACED)
        .map(f -> org.claimgraph.graph.Iris.article(f.articleId())).toList();
    List<org.claimgraph.graph.FigureRows.Article> graphs = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> stored.stream()
        .map(g -> org.claimgraph.graph.FigureRows.article(store.dataset().asDatasetGraph(), g)).filter(java.util.Objects::nonNull).toList());
    index().rewriteFigures(() -> new StoryLinker(store.dataset()).linkAll(stored, storyBatch, between), graphs, a -> holdsLink(a.graph()),
        g -> org.claimgraph.graph.FigureRows.stored(store.dataset(), g));
  }

  /** Articles an ingest run links to their stories in one write transaction (BENCHMARKS.md, round 17). */
  static final int STORY_BATCH = 256;

  /** Whether article graph {@code graph} holds a restatement link ({@code cg:restates}). */
  private boolean holdsLink(String graph) {
    org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(graph);
    return org.apache.jena.system.Txn.calculateRead(store.dataset(),
        () -> store.dataset().asDatasetGraph().find(g, org.apache.jena.graph.Node.ANY, CG.restates.asNode(), org.apache.jena.graph.Node.ANY).hasNext());
  }

  /** Recomputes every restatement link of the store (after a change of the rules); returns how many. */
  public synchronized int relinkStories() {
    int[] n = {0};
    List<org.claimgraph.graph.FigureRows.Article> all = org.apache.jena.system.Txn.calculateRead(store.dataset(),
        () -> org.claimgraph.graph.FigureRows.articles(store.dataset().asDatasetGraph()));
    index().rewriteFigures(() -> n[0] = new StoryLinker(store.dataset()).relinkAll().size(), all,
        g -> org.claimgraph.graph.FigureRows.stored(store.dataset(), g));
    return n[0];
  }

  /** The stories of the store: origins, rewrites, what each dropped, added and changed. */
  public List<Stories.Story> stories() {
    return Stories.of(store.dataset());
  }

  /** Every statement of the figure, with corroborating, contradicting and implied figures. */
  public List<Citation> cite(FigureQuery q) {
    return cite(q, 0, Integer.MAX_VALUE).citations();
  }

  /**
   * Citations {@code offset} to {@code offset + limit} of {@link #cite(FigureQuery)}'s answer, with how
   * many there are: a page costs the statements it relates, however many articles state the value.
   */
  public org.claimgraph.cite.CitationPage cite(FigureQuery q, int offset, int limit) {
    // A store written before figures carried cite keys is scanned (reindex adds the keys).
    if (!keyed) keyed = StoredFigures.hasKeys(store.dataset());
    if (!keyed) return org.claimgraph.cite.CitationPage.of(CitationFinder.of(store.dataset()).cite(q), offset, limit);
    org.claimgraph.cite.CitationPage found;
    org.claimgraph.search.FigureIndex.Lookup figures = figureLookup();
    try {
      found = new CitationIndex(store.dataset(), figures).cite(q, offset, limit);
    } finally {
      if (figures != null) figures.close();
    }
    // The index looks values up as stored; "5.6 kt" against "5,577 t" needs a conversion within
    // rounding, which only a scan does: used when the query names a unit that other units convert
    // to (never for "%", whose figures the index finds by value alone) and the index found nothing.
    if (found.count() == 0 && q.unit() != null && convertible(q.unit())) {
      found = org.claimgraph.cite.CitationPage.of(CitationFinder.of(store.dataset()).cite(q), offset, limit);
    }
    return found;
  }

  /** The figures index's view of its last commit, or null where the store has none or an incomplete one (cite reads TDB2). */
  private org.claimgraph.search.FigureIndex.Lookup figureLookup() {
    if (!java.nio.file.Files.isDirectory(org.claimgraph.search.FigureIndex.dirOf(dir))) return null;
    return index().figures().lookup();
  }

  /** Whether a unit of the table other than {@code unit} itself converts to it ("kilotonne" to "tonne"; none to "percent"). */
  private static boolean convertible(String unit) {
    var units = org.claimgraph.lexicon.UnitTable.get();
    String own = org.claimgraph.lexicon.UnitTable.canonical(unit);
    return units.rows().keySet().stream().anyMatch(code -> !code.equals(own) && units.comparable(code, unit));
  }

  /** The independent origins of these citations' articles (a rewrite never confirms its own origin). */
  public List<org.claimgraph.story.OriginGroups.Group> origins(List<Citation> citations) {
    return org.claimgraph.story.OriginGroups.of(store.dataset(), citations);
  }

  /** The independent origins of every statement of a page's value (not only of the page's citations). */
  public List<org.claimgraph.story.OriginGroups.Group> origins(org.claimgraph.cite.CitationPage page) {
    org.claimgraph.search.FigureIndex.Lookup figures = figureLookup();
    if (figures == null) return org.claimgraph.story.OriginGroups.of(store.dataset(), page.statements(), page.articles());
    try {
      return origins(page, figures);
    } finally {
      figures.close();
    }
  }

  /** {@link #origins(org.claimgraph.cite.CitationPage)} from the figures index: its articles' links and figures' credits. */
  private static List<org.claimgraph.story.OriginGroups.Group> origins(org.claimgraph.cite.CitationPage page,
      org.claimgraph.search.FigureIndex.Lookup figures) {
    return org.claimgraph.story.OriginGroups.of(page.statements(), page.articles(), figures::restated,
        s -> figures.credit(s.article(), s.iri()));
  }

  /** A citation page with its origins. */
  public record Cited(org.claimgraph.cite.CitationPage page, List<org.claimgraph.story.OriginGroups.Group> origins) {}

  /**
   * {@link #cite(FigureQuery, int, int)} and its {@link #origins} from the store's figures index alone, without opening
   * the store (a cold {@code cite}); null where the index cannot answer alone: missing, incomplete or behind, empty, or
   * a query in a unit others convert to that it finds nothing for (the store's scan answers that).
   */
  public static Cited citeFromFiguresIndex(Path dir, FigureQuery q, int offset, int limit) {
    if (org.claimgraph.search.FigureIndex.state(dir) != org.claimgraph.search.FigureIndex.State.COMPLETE) return null;
    try (SourceIndex index = SourceIndex.open(dir); org.claimgraph.search.FigureIndex.Lookup figures = index.figures().lookup()) {
      if (figures == null || figures.count() == 0) return null; // (a store written before cite keys has no rows)
      org.claimgraph.cite.CitationPage page = new CitationIndex(null, figures).cite(q, offset, limit);
      if (page.count() == 0 && q.unit() != null && convertible(q.unit())) return null;
      return new Cited(page, origins(page, figures));
    }
  }

  /** Full-text search of the sources; fails saying so when the store has no index yet. */
  public SearchResult search(SearchRequest request) {
    if (!hasIndex()) {
      throw new IllegalStateException(dir + ": no full-text index yet; run ./claimgraph reindex --store " + dir);
    }
    return new SearchService(index()).withTimeout(searchTimeoutMillis).search(request);
  }

  private static final String TEXT_NS = "http://jena.apache.org/text#";

  /** Runs a read-only SPARQL query (with {@code text:query} when the store has an index) into {@code out}. */
  public void query(Query query, ResultFormat format, OutputStream out) {
    // Only a query that searches text needs the index (and its writer) opened.
    boolean text = query.serialize().contains(TEXT_NS);
    new QueryRunner().run(text ? sparqlDataset() : store.dataset(), query, format, out);
  }

  /** The dataset SPARQL sees: the store with the full-text index attached, when there is one. */
  public Dataset sparqlDataset() {
    return hasIndex() ? DatasetFactory.wrap(sparqlDatasetGraph()) : store.dataset();
  }

  /**
   * The same as a dataset graph, for the SPARQL endpoint; built once, since jena-text joins the
   * store's transactions when it wraps it (a TDB2 write then commits the staged index changes).
   */
  public synchronized DatasetGraph sparqlDatasetGraph() {
    if (textDataset == null) textDataset = TextDatasets.of(store.dataset().asDatasetGraph(), index());
    return textDataset;
  }

  /** Every stored figure, or those of one document ({@code doc} null for all). */
  public List<FigureRecord> figures(String doc) {
    List<FigureRecord> all = StoredFigures.all(store.dataset());
    return doc == null ? all : all.stream().filter(f -> f.doc().equals(doc)).toList();
  }

  /** The stored figures {@code filter} lets through, sorted by document and position. */
  public List<FigureRecord> figures(FigureFilter filter) {
    return StoredFigures.all(store.dataset()).stream().filter(filter).toList();
  }

  /** One page of the figures {@code filter} lets through, with the total and facet counts. */
  public FigurePage figurePage(FigureFilter filter, int offset, int limit) {
    return FigurePage.of(StoredFigures.all(store.dataset()), filter, offset, limit);
  }

  /** A measure over time, one line per source ({@code place}: ISO codes, or null for any). */
  public MeasureSeries series(String measure, String place, String kind, String unit) {
    return MeasureSeries.of(StoredFigures.all(store.dataset()), measure, place, kind, unit);
  }

  /** The metadata of every stored article, sorted by document name. */
  public List<org.claimgraph.graph.ArticleInfo> articles() {
    return List.copyOf(StoredArticles.all(store.dataset()).values());
  }

  /** The stored article named {@code doc}: metadata, clean text and figures; empty when there is none. */
  public java.util.Optional<ArticleView> article(String doc) {
    var info = StoredArticles.all(store.dataset()).values().stream().filter(a -> a.doc().equals(doc)).findFirst();
    if (info.isEmpty()) return java.util.Optional.empty();
    String iri = info.get().iri();
    String text = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
      var node = org.apache.jena.graph.NodeFactory.createURI(iri);
      var it = store.dataset().asDatasetGraph().find(node, node, CG.text.asNode(), org.apache.jena.graph.Node.ANY);
      return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    });
    return java.util.Optional.of(new ArticleView(info.get(), text, StoredFigures.ofArticle(store.dataset(), iri)));
  }

  /** What {@link #reindex} did. */
  public record Reindexed(int articles, int sentences) {}

  /** Rebuilds the full-text index from the store; the store is not changed. */
  public synchronized Reindexed reindex() {
    List<IndexedArticle> articles = IndexedArticles.fromStore(store.dataset());
    index().prepareRebuild(articles, store.fingerprints(), iri -> org.claimgraph.graph.FigureRows.stored(store.dataset(), iri));
    index().commit();
    return new Reindexed(articles.size(), articles.stream().mapToInt(a -> a.sentences().size()).sum());
  }

  /** What {@link #reindexFigures} did. */
  public record FiguresReindexed(int articles, long figures) {}

  /**
   * Rebuilds only the figures index ({@code STORE/figures}) from the store, the sentence index untouched: the backfill
   * of a store written before it. All or nothing: the rows are committed once, at the end (an interrupted run leaves
   * the index as it was), so it is safe to run again. {@code progress} is told (articles done, articles in all) as it goes.
   */
  public synchronized FiguresReindexed reindexFigures(java.util.function.BiConsumer<Integer, Integer> progress) {
    int[] done = {0};
    long figures = org.claimgraph.ingest.IndexSync.rebuildFigures(store, index(), (d, all) -> {
      done[0] = d;
      progress.accept(d, all);
    });
    return new FiguresReindexed(done[0], figures);
  }

  /** Checks every article graph against {@code ontology/shapes.ttl}. */
  public ValidationResult validate() {
    return ShapesValidator.standard().validate(store.dataset());
  }

  /** How the full-text index differs from the store (articles missing, stale or extra); none when in step. */
  public synchronized org.claimgraph.ingest.IndexSync.Divergence indexDivergence() {
    return org.claimgraph.ingest.IndexSync.compare(store, index());
  }

  /** Writes every article graph, sorted, in {@code format}. */
  public ExportSummary export(ExportFormat format, OutputStream out) {
    return new DatasetExporter().export(store.dataset(), format, out);
  }

  /** The store's size on disk before and after a {@link #compact}, in bytes. */
  public record Compaction(long before, long after) {}

  /**
   * Compacts the TDB2 store: writes the live data into a new generation ({@code Data-NNNN}) and
   * drops the old one, which one write transaction per article leaves several times larger than
   * its data; each index rebuilt packed from its own sorted order ({@link PackedCompaction}).
   *
   * <p>Crash safety: the new generation is written into {@code Data-NNNN-tmp} while the old one
   * stays the store; only a complete copy is renamed into place (an atomic rename) and switched
   * to, and a {@code -tmp} left by a crash is deleted when the store is next opened. Readers keep
   * reading during compaction; writers wait.
   */
  public synchronized Compaction compact() {
    long before = StoreFiles.size(dir);
    // A process that reopens its storage during a run holds the store alone: the compaction may too, unmapping each old
    // index once it is copied (a server's readers go on reading the old generation instead).
    PackedCompaction.compact(store.dataset().asDatasetGraph(), RunRelease.on(releaseEvery));
    long after = StoreFiles.size(dir);
    CompactionPolicy.record(dir, after);
    return new Compaction(before, after);
  }

  @Override
  public synchronized void close() {
    try {
      if (index != null) index.close();
    } finally {
      store.close();
    }
  }
}
