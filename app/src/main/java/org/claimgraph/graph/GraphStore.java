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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

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

  private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

  private final Path dir;
  private final Dataset dataset;

  private GraphStore(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** Opens the store in {@code dir}, creating it if the directory is missing or empty. */
  public static GraphStore open(Path dir) {
    checkUsable(dir);
    return connect(dir);
  }

  /** Opens an existing store; fails if {@code dir} holds none (for read-only commands). */
  public static GraphStore openExisting(Path dir) {
    if (!isStore(dir)) {
      if (Files.isDirectory(dir) && !isEmptyDir(dir)) {
        throw new StoreException(dir + ": not a claimgraph store (the directory holds other files)");
      }
      throw new StoreException(dir + ": no store here yet; run ./claimgraph ingest --store " + dir + " FILES first");
    }
    return connect(dir);
  }

  private static GraphStore connect(Path dir) {
    try {
      return new GraphStore(dir, TDB2Factory.connectDataset(dir.toString()));
    } catch (RuntimeException e) {
      String m = String.valueOf(e.getMessage());
      Matcher pid = HELD_BY.matcher(m);
      if (pid.find()) {
        throw new StoreException(dir + ": the store is in use by another process (pid " + pid.group(1)
            + "); stop it (a running 'claimgraph serve'?) or use another --store", e);
      }
      if (m.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
        throw new StoreException(dir + ": the store is in use by another process (" + m + ")", e);
      }
      throw new StoreException(dir + ": cannot open the store (" + m + ")", e);
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
      throw new StoreException(dir + ": not a directory; --store needs a directory");
    }
    if (Files.isDirectory(dir) && !isEmptyDir(dir) && !isStore(dir)) {
      throw new StoreException(dir + ": not a claimgraph store (the directory holds other files);"
          + " choose a new or empty directory with --store");
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
   * <p>If a graph with this article's IRI is stored with the same fingerprint, nothing changes.
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
      if (dsg.contains(graph, graph, CG.fingerprint.asNode(), NodeFactory.createLiteralString(fingerprint))) {
        return Outcome.UNCHANGED;
      }
      Set<Node> old = new LinkedHashSet<>(graphsOfSource(dsg, sourceFile));
      if (dsg.containsGraph(graph)) old.add(graph);
      for (Node g : old) dsg.removeGraph(g);
      StreamRDF sink = StreamRDFLib.dataset(dsg);
      sink.start();
      writer.accept(sink);
      sink.finish();
      return old.isEmpty() ? Outcome.NEW : Outcome.REPLACED;
    });
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

  /** Removes the graphs of a source file; returns how many were removed. */
  public int removeSource(String sourceFile) {
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      List<Node> graphs = graphsOfSource(dsg, sourceFile);
      graphs.forEach(dsg::removeGraph);
      return graphs.size();
    });
  }

  /** The IRIs of the article graphs, sorted. */
  public List<String> graphNames() {
    return Txn.calculateRead(dataset, () -> {
      List<String> names = new ArrayList<>();
      dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
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
    TDBInternal.expel(dataset.asDatasetGraph());
  }
}
