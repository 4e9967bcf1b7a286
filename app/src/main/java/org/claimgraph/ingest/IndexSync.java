package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.Iris;
import org.claimgraph.graph.FigureRows;
import org.claimgraph.search.FigureIndex;
import org.claimgraph.search.IndexException;
import org.claimgraph.search.IndexedArticle;
import org.claimgraph.search.IndexedArticles;
import org.claimgraph.search.SourceIndex;

/**
 * Keeps the search index in step with the store across crashes. Each article is committed to the
 * graph first and to the index second; a process killed between the two (or an index folder
 * deleted) leaves an article stored but not searchable. Both sides carry the article's
 * fingerprint as a marker (the graph's {@code cg:fingerprint}, the index's article document), so
 * a later run finds what differs and re-indexes it from the stored text.
 *
 * <pre>{@code
 * IndexSync.Divergence d = IndexSync.compare(store, index); // validate: report it
 * IndexSync.Divergence fixed = IndexSync.repair(store, index); // ingest: fix it first
 * }</pre>
 */
public final class IndexSync {
  private IndexSync() {}

  /**
   * What differs between store and index.
   *
   * @param missing     ids of stored articles the index lacks or holds in another version
   * @param orphans     ids the index holds that the store does not
   * @param unreadable  the index cannot be read at all (it is rebuilt)
   * @param figuresBehind the figures index misses the sentence index's last write (cite does not read it; it is rebuilt)
   */
  public record Divergence(Set<String> missing, Set<String> orphans, boolean unreadable, boolean figuresBehind) {
    public Divergence {
      missing = Set.copyOf(missing);
      orphans = Set.copyOf(orphans);
    }

    public boolean none() {
      return missing.isEmpty() && orphans.isEmpty() && !unreadable && !figuresBehind;
    }

    /** "2 stored articles missing from the search index, 1 indexed article not in the store" */
    public String describe() {
      if (unreadable) return "the search index cannot be read";
      List<String> parts = new ArrayList<>();
      if (!missing.isEmpty()) parts.add(missing.size() + " stored " + (missing.size() == 1 ? "article" : "articles")
          + " missing from the search index or indexed in another version");
      if (!orphans.isEmpty()) parts.add(orphans.size() + " indexed " + (orphans.size() == 1 ? "article" : "articles")
          + " not in the store");
      if (figuresBehind) parts.add("the figures index is behind the search index (a write stopped between their commits)");
      return parts.isEmpty() ? "store and search index agree" : String.join(", ", parts);
    }
  }

  /** Compares the store's articles with the index's, by id and fingerprint. */
  public static Divergence compare(GraphStore store, SourceIndex index) {
    Map<String, String> stored = store.fingerprints();
    Map<String, String> indexed;
    try {
      indexed = index.markers();
    } catch (IndexException e) {
      return new Divergence(stored.keySet(), Set.of(), true, false);
    }
    Set<String> missing = new TreeSet<>();
    stored.forEach((id, fp) -> {
      String marker = indexed.get(id);
      // An article indexed before markers existed ("") is taken as it is.
      if (marker == null || !marker.isEmpty() && !marker.equals(fp)) missing.add(id);
    });
    Set<String> orphans = new TreeSet<>(indexed.keySet());
    orphans.removeAll(stored.keySet());
    return new Divergence(missing, orphans, false, FigureIndex.state(store.dir()) == FigureIndex.State.BEHIND);
  }

  /** Brings the index in step with the store and returns what was repaired. */
  public static Divergence repair(GraphStore store, SourceIndex index) {
    Divergence d = compare(store, index);
    if (d.none()) return d;
    if (d.missing().isEmpty() && d.orphans().isEmpty() && !d.unreadable()) {
      rebuildFigures(store, index, (done, all) -> {});
      return d;
    }
    Map<String, String> fingerprints = store.fingerprints();
    if (d.unreadable()) {
      index.prepareRebuild(IndexedArticles.fromStore(store.dataset()), fingerprints,
          iri -> org.claimgraph.graph.FigureRows.stored(store.dataset(), iri));
    } else {
      Set<String> iris = new TreeSet<>();
      for (String id : d.missing()) iris.add(Iris.article(id));
      List<IndexedArticle> articles = d.missing().isEmpty() ? List.of() : IndexedArticles.fromStore(store.dataset(), iris::contains);
      index.prepareRepair(articles, fingerprints, d.orphans(), iri -> org.claimgraph.graph.FigureRows.stored(store.dataset(), iri));
    }
    index.commit();
    if (d.figuresBehind()) rebuildFigures(store, index, (done, all) -> {});
    return d;
  }

  /**
   * Rebuilds only the figures index from the store (every article's rows, read once), committed once at the end: an
   * interrupted run leaves it as it was. {@code progress} is told (articles done, articles in all) as it goes. Returns
   * how many figures it holds.
   */
  public static long rebuildFigures(GraphStore store, SourceIndex index, java.util.function.BiConsumer<Integer, Integer> progress) {
    long[] n = {0};
    index.rebuildFigures(figures -> org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
      var dsg = store.dataset().asDatasetGraph();
      List<FigureRows.Article> all = FigureRows.articles(dsg);
      int done = 0;
      for (var a : all) {
        var rows = FigureRows.of(dsg, a.graph());
        figures.stage(a.id(), a.source(), List.of(), rows, false);
        n[0] += rows.rows().size();
        progress.accept(++done, all.size());
      }
    }));
    return n[0];
  }
}
