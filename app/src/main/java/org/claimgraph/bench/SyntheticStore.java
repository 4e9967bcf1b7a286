package org.claimgraph.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.graph.GraphMapper;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.search.IndexedArticle;
import org.claimgraph.search.IndexedArticles;
import org.claimgraph.search.SourceIndex;

/**
 * Writes synthetic articles into a store through the real {@link GraphMapper} and the store's
 * index, skipping NLP: {@code batch} articles per write transaction (all of a batch or none of it),
 * their index entries committed after the graph.
 *
 * <pre>{@code
 * SyntheticStore.write(store, index, new SyntheticArticles(42), 0, 10_000, 500);
 * }</pre>
 */
public final class SyntheticStore {
  private SyntheticStore() {}

  /** Writes articles {@code from} (inclusive) to {@code to} (exclusive); returns the number of figures. */
  public static long write(GraphStore store, SourceIndex index, SyntheticArticles gen, int from, int to, int batch) {
    GraphMapper mapper = new GraphMapper();
    long figures = 0;
    for (int start = from; start < to; start += batch) {
      List<ArticleAnalysis> analyses = new ArrayList<>();
      for (int i = start; i < Math.min(to, start + batch); i++) analyses.add(gen.article(i));
      if (index != null) for (ArticleAnalysis a : analyses) prepare(index, mapper, a);
      try {
        Txn.executeWrite(store.dataset(), () -> {
          StreamRDF sink = StreamRDFLib.dataset(store.dataset().asDatasetGraph());
          sink.start();
          for (ArticleAnalysis a : analyses) mapper.map(a, fingerprint(a), sink);
          sink.finish();
          // written around GraphStore.put, so without its records: a summary built before is rebuilt in full
          org.claimgraph.graph.StoreSummary.markStale(store.dataset().asDatasetGraph());
        });
      } catch (RuntimeException e) {
        if (index != null) index.rollback();
        throw e;
      }
      if (index != null) index.commit();
      for (ArticleAnalysis a : analyses) figures += a.figures().size();
    }
    return figures;
  }

  /**
   * Writes articles {@code from} to {@code to} into an empty store through the same mapper, with
   * Jena's bulk loader instead of write transactions (how a 10⁵-article store is built in minutes
   * here: the loader sorts the quads into the indexes once); the index is committed every
   * {@code batch} articles. Returns the number of figures.
   */
  public static long bulkLoad(GraphStore store, SourceIndex index, SyntheticArticles gen, int from, int to, int batch) {
    GraphMapper mapper = new GraphMapper();
    long figures = 0;
    org.apache.jena.tdb2.loader.DataLoader loader = org.apache.jena.tdb2.loader.LoaderFactory
        .createLoader(store.dataset().asDatasetGraph(), (format, args) -> { });
    loader.startBulk();
    try {
      StreamRDF sink = loader.stream();
      for (int start = from; start < to; start += batch) {
        for (int i = start; i < Math.min(to, start + batch); i++) {
          ArticleAnalysis a = gen.article(i);
          if (index != null) prepare(index, mapper, a);
          mapper.map(a, fingerprint(a), sink);
          figures += a.figures().size();
        }
        if (index != null) index.commit();
      }
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      throw e;
    }
    return figures;
  }

  /** Stages an article in the index with its figures' rows (read from the quads the mapper writes). */
  private static void prepare(SourceIndex index, GraphMapper mapper, ArticleAnalysis a) {
    IndexedArticle indexed = IndexedArticles.of(a);
    index.prepare(indexed, List.of(), null,
        org.claimgraph.graph.FigureRows.written(indexed.iri(), sink -> mapper.map(a, fingerprint(a), sink)));
  }

  private static String fingerprint(ArticleAnalysis a) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(a.article().text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
