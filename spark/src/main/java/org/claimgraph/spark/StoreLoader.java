package org.claimgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.claimgraph.graph.CG;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.Iris;
import org.claimgraph.search.SourceIndex;

/**
 * Turns a Spark ingest's parts into a normal store: the N-Quads parts into TDB2 (a new store with
 * Jena's parallel bulk loader), the index shards into the store's Lucene index with
 * {@link IndexWriter#addIndexes}. A store that already holds articles first loses the graphs and
 * index documents the new articles replace (same article id, or same source name), as ingest's
 * writes would, in the same write transaction as the new quads.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.open(out)) {
 *   StoreLoader.Loaded l = StoreLoader.load(store, result);
 * }
 * }</pre>
 *
 * <p>Every part file is passed to one loader and the quads it counted are checked against the
 * lines the job wrote: a loader that silently read only some files (Jena's {@code CmdxLoader}
 * reads only its first) fails the load instead of leaving a partial store unnoticed. If the
 * index merge fails after the graphs are in, {@code claimgraph reindex} rebuilds the index.
 */
public final class StoreLoader {
  private StoreLoader() {}

  /** The index's article id and source name fields ({@code search.Fields.ID}, {@code SOURCE}; package-private there). */
  static final String ID_FIELD = "id";
  static final String SOURCE_FIELD = "source";

  /** What was loaded: quads read by the loader, graphs removed first, index documents merged. */
  public record Loaded(long quads, int replacedGraphs, int shards) {}

  /**
   * Loads the parts of {@code result} into {@code store} and its index. A new (empty) store is
   * filled by Jena's parallel bulk loader; a store that holds articles gets the removals and the
   * new quads in one write transaction, so a failure leaves it as it was.
   */
  public static Loaded load(GraphStore store, Path parts, SparkIngest.Result result) {
    List<String> files = nquadFiles(parts.resolve("nquads"));
    boolean empty = Txn.calculateRead(store.dataset(), () -> !store.dataset().asDatasetGraph().listGraphNodes().hasNext());
    int removed = 0;
    long quads;
    if (empty) {
      quads = bulkLoad(store, files);
      checkCount(parts, files, quads, result.quads());
    } else {
      long[] counted = new long[1];
      removed = Txn.calculateWrite(store.dataset(), () -> {
        org.claimgraph.graph.StoreSummary.markStale(store.dataset().asDatasetGraph()); // rebuilt after the load
        int r = removeReplaced(store.dataset().asDatasetGraph(), result.stored());
        counted[0] = parse(store.dataset().asDatasetGraph(), files);
        checkCount(parts, files, counted[0], result.quads()); // throws: the transaction aborts
        return r;
      });
      quads = counted[0];
    }
    mergeIndex(store.dir(), result);
    return new Loaded(quads, removed, result.shards().size());
  }

  /** All files through one parallel bulk loader; returns the quads it counted. */
  private static long bulkLoad(GraphStore store, List<String> files) {
    if (files.isEmpty()) return 0;
    DataLoader loader = LoaderFactory.parallelLoader(store.dataset().asDatasetGraph(), (format, args) -> { });
    loader.startBulk();
    try {
      loader.load(files);
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      throw e;
    }
    return loader.countQuads();
  }

  /** Parses the files into {@code dsg} (inside the caller's write transaction); returns the quads read. */
  private static long parse(DatasetGraph dsg, List<String> files) {
    long[] n = new long[1];
    StreamRDF into = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
      @Override
      public void quad(Quad quad) {
        n[0]++;
        super.quad(quad);
      }
    };
    for (String f : files) RDFParser.source(f).lang(Lang.NQUADS).parse(into);
    return n[0];
  }

  private static void checkCount(Path parts, List<String> files, long read, long written) {
    if (read != written) {
      throw new IllegalStateException(parts + ": the loader read " + read + " quads of " + written + " written in "
          + files.size() + " files");
    }
  }

  /** Removes the graphs that the new articles replace (inside the caller's write transaction); returns how many. */
  static int removeReplaced(DatasetGraph dsg, List<ArticleOutput> articles) {
    Set<Node> old = new LinkedHashSet<>();
    for (ArticleOutput a : articles) {
      Node g = NodeFactory.createURI(Iris.article(a.id()));
      if (dsg.containsGraph(g)) old.add(g);
      Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, CG.sourceFile.asNode(), NodeFactory.createLiteralString(a.source()));
      while (it.hasNext()) {
        Quad q = it.next();
        if (q.getGraph().equals(q.getSubject())) old.add(q.getGraph());
      }
    }
    old.forEach(dsg::removeGraph);
    return old.size();
  }

  /** Deletes the replaced articles' documents from the store's index and adds the shards. */
  static void mergeIndex(Path storeDir, SparkIngest.Result result) {
    try (SourceIndex index = SourceIndex.open(storeDir)) {
      IndexWriter w = index.textIndex().getIndexWriter();
      for (ArticleOutput a : result.stored()) {
        w.deleteDocuments(new Term(ID_FIELD, a.id()), new Term(SOURCE_FIELD, a.source()));
      }
      List<Directory> shards = new ArrayList<>();
      try {
        for (Path s : result.shards()) shards.add(FSDirectory.open(SourceIndex.dirOf(s)));
        w.addIndexes(shards.toArray(Directory[]::new));
      } finally {
        for (Directory d : shards) d.close();
      }
      index.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(storeDir + ": cannot merge the index shards (" + e.getMessage() + ")", e);
    }
  }

  /** The fingerprints of the articles in the store, so unchanged files skip annotation. */
  public static Set<String> storedFingerprints(GraphStore store) {
    return Txn.calculateRead(store.dataset(), () -> {
      Set<String> out = new TreeSet<>();
      Iterator<Quad> it = store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, CG.fingerprint.asNode(), Node.ANY);
      while (it.hasNext()) {
        Quad q = it.next();
        if (q.getGraph().equals(q.getSubject())) out.add(q.getObject().getLiteralLexicalForm());
      }
      return out;
    });
  }

  private static List<String> nquadFiles(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".nq")).sorted().map(Path::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list the N-Quads parts (" + e.getMessage() + ")", e);
    }
  }
}
