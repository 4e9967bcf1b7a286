package org.claimgraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The Apache Jena TDB2 store: one named graph per article, written one article per
 * transaction, so an article is stored completely or not at all.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.open(Path.of("data"))) {
 *   Outcome o = store.put(articleId, "x.html", fingerprint, sink -> mapper.map(article, fingerprint, sink));
 * }
 * }</pre>
 *
 * <p>TDB2 lets one process at a time open a directory; a second one gets a
 * {@link StoreException} that says so.
 */
public final class GraphStore implements AutoCloseable {

  private final Path dir;
  private final Dataset dataset;

  private GraphStore(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** Opens the store in {@code dir}, creating it if the directory is missing or empty. */
  public static GraphStore open(Path dir) {
    checkUsable(dir);
    return checked(dir, connect(dir));
  }

  /**
   * The store if it reads back whole: damage found now is one line (and no write), not a flood
   * of stack traces and silently wrong answers later.
   */
  private static GraphStore checked(Path dir, GraphStore store) {
    try {
      StoreState.check(dir, store.dataset);
    } catch (StoreException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** Opens an existing store; fails if {@code dir} holds none. Reads it whole first (see {@link StoreState#check}). */
  public static GraphStore openExisting(Path dir) {
    requireStore(dir);
    return checked(dir, connect(dir));
  }

  /**
   * Opens an existing store for a look-up (cite, search, figures, query): as {@link #openExisting},
   * but reads back only the store's first quads ({@link StoreState#checkStart}), so the time to
   * answer does not grow with the store (a full check reads every quad: seconds at 10⁴ articles,
   * minutes at 10⁵). Damage further in fails the look-up that meets it; writes open with the full check.
   */
  public static GraphStore openForReading(Path dir) {
    requireStore(dir);
    GraphStore store = connect(dir);
    try {
      StoreState.checkStart(dir, store.dataset);
    } catch (StoreException e) {
      store.close();
      throw e;
    }
    return store;
  }

  private static void requireStore(Path dir) {
    if (!isStore(dir)) {
      if (Files.isDirectory(dir) && !isEmptyDir(dir)) {
        throw new StoreException(StoreException.Kind.NOT_A_STORE, dir + ": not a claimgraph store (the directory holds other files)", null);
      }
      throw new StoreException(StoreException.Kind.NOT_A_STORE, dir + ": no store here yet; run ./claimgraph ingest --store " + dir
          + " FILES first", null);
    }
  }

  private static GraphStore connect(Path dir) {
    try {
      return new GraphStore(dir, TDB2Factory.connectDataset(dir.toString()));
    } catch (RuntimeException e) {
      throw StoreState.classify(dir, e);
    }
  }

  /** Whether {@code dir} looks like a TDB2 store. */
  public static boolean isStore(Path dir) {
    if (!Files.isDirectory(dir)) return false;
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
          || p.getFileName().toString().equals("tdb.lock") || p.getFileName().toString().equals("index"));
    } catch (IOException e) {
      return false;
    }
  }

  private static void checkUsable(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException(StoreException.Kind.NOT_A_STORE, dir + ": not a directory; --store needs a directory", null);
    }
    if (Files.isDirectory(dir) && !isEmptyDir(dir) && !isStore(dir)) {
      throw new StoreException(StoreException.Kind.NOT_A_STORE, dir + ": not a claimgraph store (the directory holds other files);"
          + " choose a new or empty directory with --store", null);
    }
  }

  private static boolean isEmptyDir(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** The directory of the store. */
  public Path dir() {
    return dir;
  }

  /** The Jena dataset, for queries; access it inside a transaction. */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Stores one article's graph in one write transaction.
   *
   * <p>If a graph with this article's IRI is stored with the same fingerprint, nothing changes
   * ({@link Outcome#UNCHANGED}, or {@link Outcome#DUPLICATE} if it is stored under another
   * source name; so is the same article from another file, which never replaces the first).
   * Otherwise the graphs of the same source file (an older version of the file) and of the same
   * IRI are removed and {@code writer} streams the new quads; if it throws, the transaction is
   * aborted and the store is as it was.
   *
   * @param writer writes the article's quads into the given sink
   */
  public Outcome put(String articleId, String sourceFile, String fingerprint, Consumer<StreamRDF> writer) {
    Node graph = NodeFactory.createURI(Iris.article(articleId));
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      String storedAs = sourceOf(dsg, graph);
      Outcome expected = expected(dsg, graph, storedAs, sourceFile, fingerprint);
      if (expected == Outcome.UNCHANGED) return expected;
      // The same article (same content id) stored under another name that still holds it: keep that one.
      if (expected == Outcome.DUPLICATE) {
        List<Node> older = graphsOfSource(dsg, sourceFile);
        for (Node g : older) { // this name's older version, if any
          StoreSummary.touch(dsg, g); // what the summary must recompute, recorded with the change
          dsg.removeGraph(g);
        }
        return Outcome.DUPLICATE;
      }
      Set<Node> old = new LinkedHashSet<>(graphsOfSource(dsg, sourceFile));
      if (dsg.containsGraph(graph)) old.add(graph);
      for (Node g : old) {
        StoreSummary.touch(dsg, g); // what the summary must recompute, recorded with the change
        dsg.removeGraph(g);
      }
      StreamRDF sink = StreamRDFLib.dataset(dsg);
      sink.start();
      writer.accept(sink);
      sink.finish();
      StoreSummary.touch(dsg, graph);
      return old.isEmpty() ? Outcome.NEW : Outcome.REPLACED;
    });
  }

  /**
   * What {@link #put} of this article would do, without writing: {@link Outcome#UNCHANGED} or {@link Outcome#DUPLICATE}
   * (nothing stored), or {@link Outcome#NEW} / {@link Outcome#REPLACED}. Inside a {@link #batch}, it sees the batch's puts.
   */
  public Outcome expected(String articleId, String sourceFile, String fingerprint) {
    Node graph = NodeFactory.createURI(Iris.article(articleId));
    return Txn.calculateRead(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      Outcome o = expected(dsg, graph, sourceOf(dsg, graph), sourceFile, fingerprint);
      if (o != null) return o;
      return graphsOfSource(dsg, sourceFile).isEmpty() && !dsg.containsGraph(graph) ? Outcome.NEW : Outcome.REPLACED;
    });
  }

  /** UNCHANGED or DUPLICATE when {@link #put} stores nothing new, else null. */
  private static Outcome expected(DatasetGraph dsg, Node graph, String storedAs, String sourceFile, String fingerprint) {
    if (dsg.contains(graph, graph, CG.fingerprint.asNode(), NodeFactory.createLiteralString(fingerprint))) {
      return storedAs == null || storedAs.equals(sourceFile) ? Outcome.UNCHANGED : Outcome.DUPLICATE;
    }
    return storedAs != null && !storedAs.equals(sourceFile) ? Outcome.DUPLICATE : null;
  }

  /**
   * Begins a write transaction that the {@link #put}s of this thread join until {@link Batch#commit}: all of them are
   * stored, or none ({@link Batch#close} without a commit aborts, leaving the store as it was). Each put keeps its own
   * checks and sees the puts before it. One transaction per article costs about four times the writes of one per 16
   * articles and leaves a store four times larger (TDB2 copies every B+tree block a transaction touches: BENCHMARKS.md).
   */
  public Batch batch() {
    dataset.begin(TxnType.WRITE);
    return new Batch();
  }

  /** A write transaction open on this thread ({@link #batch}). */
  public final class Batch implements AutoCloseable {
    private boolean ended;

    private Batch() {}

    /** Makes every put of the batch durable and visible at once. */
    public void commit() {
      ended = true;
      try {
        dataset.commit();
      } finally {
        dataset.end();
      }
    }

    /** Aborts the batch unless it was committed: nothing of it is stored. */
    @Override
    public void close() {
      if (ended) return;
      ended = true;
      try {
        if (dataset.isInTransaction()) dataset.abort();
      } finally {
        dataset.end();
      }
    }
  }

  /** An article in the store: its id and the source name it is stored under. */
  public record Stored(String articleId, String source) {}

  /**
   * The article stored from a file with this fingerprint (under whatever name), or null: a file
   * ingest can skip without analysing it again. Safe to call from any thread.
   */
  public Stored storedWithFingerprint(String fingerprint) {
    return Txn.calculateRead(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, CG.fingerprint.asNode(), NodeFactory.createLiteralString(fingerprint));
      List<Stored> found = new ArrayList<>();
      while (it.hasNext()) {
        Quad q = it.next();
        if (!q.getGraph().equals(q.getSubject())) continue;
        String uri = q.getGraph().getURI();
        found.add(new Stored(uri.substring(uri.lastIndexOf('/') + 1), String.valueOf(sourceOf(dsg, q.getGraph()))));
      }
      found.sort(java.util.Comparator.comparing(Stored::source));
      return found.isEmpty() ? null : found.get(0);
    });
  }

  /** The source name the article {@code articleId} is stored under, or null. */
  public String sourceOf(String articleId) {
    return Txn.calculateRead(dataset, () -> sourceOf(dataset.asDatasetGraph(), NodeFactory.createURI(Iris.article(articleId))));
  }

  private static String sourceOf(DatasetGraph dsg, Node graph) {
    Iterator<Quad> it = dsg.find(graph, graph, CG.sourceFile.asNode(), Node.ANY);
    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
  }

  /**
   * The id of the article stored from {@code sourceFile} with this fingerprint, or null: an
   * unchanged file, which ingest can skip without analysing it again. Safe to call from any
   * thread, also while another thread writes.
   */
  public String storedArticleId(String sourceFile, String fingerprint) {
    return Txn.calculateRead(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      for (Node g : graphsOfSource(dsg, sourceFile)) {
        if (dsg.contains(g, g, CG.fingerprint.asNode(), NodeFactory.createLiteralString(fingerprint))) {
          return g.getURI().substring(g.getURI().lastIndexOf('/') + 1);
        }
      }
      return null;
    });
  }

  /** Every stored article's fingerprint, by article id (the marker the search index is checked against). */
  public java.util.Map<String, String> fingerprints() {
    return Txn.calculateRead(dataset, () -> {
      java.util.Map<String, String> out = new java.util.TreeMap<>();
      DatasetGraph dsg = dataset.asDatasetGraph();
      Iterator<Node> graphs = dsg.listGraphNodes();
      while (graphs.hasNext()) {
        Node g = graphs.next();
        if (StoreSummary.isSummary(g)) continue;
        Iterator<Quad> fp = dsg.find(g, g, CG.fingerprint.asNode(), Node.ANY);
        String uri = g.getURI();
        out.put(uri.substring(uri.lastIndexOf('/') + 1), fp.hasNext() ? fp.next().getObject().getLiteralLexicalForm() : "");
      }
      return out;
    });
  }

  /** Removes the graphs of a source file; returns how many were removed. */
  public int removeSource(String sourceFile) {
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      List<Node> graphs = graphsOfSource(dsg, sourceFile);
      for (Node g : graphs) {
        StoreSummary.touch(dsg, g);
        dsg.removeGraph(g);
      }
      return graphs.size();
    });
  }

  /** The IRIs of the article graphs (not the summary's), sorted. */
  public List<String> graphNames() {
    return Txn.calculateRead(dataset, () -> {
      List<String> names = new ArrayList<>();
      dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> {
        if (!StoreSummary.isSummary(n)) names.add(n.getURI());
      });
      names.sort(null);
      return names;
    });
  }

  private static List<Node> graphsOfSource(DatasetGraph dsg, String sourceFile) {
    List<Node> graphs = new ArrayList<>();
    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, CG.sourceFile.asNode(), NodeFactory.createLiteralString(sourceFile));
    while (it.hasNext()) {
      Quad q = it.next();
      if (q.getGraph().equals(q.getSubject()) && !graphs.contains(q.getGraph())) graphs.add(q.getGraph());
    }
    return graphs;
  }

  /** Closes the store and releases its lock, so another process (or a later open) can use it. */
  @Override
  public void close() {
    StorageRelease.expel(dataset.asDatasetGraph());
  }
}
