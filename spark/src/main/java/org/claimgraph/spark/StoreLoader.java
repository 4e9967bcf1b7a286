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
 * Turns a Spark ingest's parts into a normal store: the N-Quads parts into TDB2 with Jena's bulk
 * loader, the index shards into the store's Lucene index with {@link IndexWriter#addIndexes}.
 * A store that already holds articles first loses the graphs and index documents the new articles
 * replace (same article id, or same source name), as ingest's writes would.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.open(out)) {
 *   StoreLoader.Loaded l = StoreLoader.load(store, result);
 * }
 * }</pre>
 *
 * <p>Every part file is passed to one loader and the quads it counted are checked against the
 * lines the job wrote: a loader that silently read only some files (Jena's {@code CmdxLoader}
 * reads only its first) fails the load instead of leaving a partial store unnoticed.
 */
public final class StoreLoader {
  private StoreLoader() {}

  /** The index's article id and source name fields ({@code search.Fields.ID}, {@code SOURCE}; package-private there). */
  static final String ID_FIELD = "id";
  static final String SOURCE_FIELD = "source";

  /** What was loaded: quads read by the loader, graphs removed first, index documents merged. */
  public record Loaded(long quads, int replacedGraphs, int shards) {}

  /** Loads the parts of {@code result} into {@code store} and its index. */
  public static Loaded load(GraphStore store, Path parts, SparkIngest.Result result) {
    int removed = removeReplaced(store, result.stored());
    List<String> files = nquadFiles(parts.resolve("nquads"));
    long quads = 0;
    if (!files.isEmpty()) {
      DataLoader loader = LoaderFactory.parallelLoader(store.dataset().asDatasetGraph(), (format, args) -> { });
      loader.startBulk();
      try {
        loader.load(files);
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      quads = loader.countQuads();
    }
    if (quads != result.quads()) {
      throw new IllegalStateException(parts + ": the loader read " + quads + " quads of " + result.quads()
          + " written in " + files.size() + " files");
    }
    mergeIndex(store.dir(), result);
    return new Loaded(quads, removed, result.shards().size());
  }

  /** Removes the graphs that the new articles replace; returns how many. */
  static int removeReplaced(GraphStore store, List<ArticleOutput> articles) {
    return Txn.calculateWrite(store.dataset(), () -> {
      DatasetGraph dsg = store.dataset().asDatasetGraph();
      if (!dsg.listGraphNodes().hasNext()) return 0;
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
    });
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
