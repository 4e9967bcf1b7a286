package org.claimgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Searchers that search a large index's segments on every core: a search's passes over the index
 * (its best sentences, its count of articles) are split into one slice of segments per core, of about
 * equal size, the calling thread searching one of them. The answer is the same (Lucene merges the
 * slices' hits as one pass orders them); on an idle machine a search takes about its CPU time divided
 * by the cores, on a busy one about what it took alone.
 *
 * <pre>{@code
 * IndexSearcher s = Slices.searcher(reader);   // a plain searcher for a small index
 * }</pre>
 */
final class Slices {

  /**
   * Below this many documents a search is too short for a second thread to pay: 100,000, or the system property
   * {@code claimgraph.search.sliceMinDocs} (a very large number searches on the caller's thread only; tests lower it).
   */
  static volatile int minDocs = Integer.getInteger("claimgraph.search.sliceMinDocs", 100_000);

  private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

  private Slices() {}

  /** A searcher of {@code reader}: sliced over the cores when the index is large and there are several. */
  static IndexSearcher searcher(IndexReader reader) {
    if (CORES < 2 || reader.maxDoc() < minDocs || reader.leaves().size() < 2) return new IndexSearcher(reader);
    return new Sliced(reader);
  }

  /** Slices of about equal documents, one per core: the largest segments first, each to the smallest slice. */
  static IndexSearcher.LeafSlice[] balanced(List<LeafReaderContext> leaves, int slices) {
    List<List<LeafReaderContext>> into = new ArrayList<>();
    long[] docs = new long[Math.min(slices, leaves.size())];
    for (int i = 0; i < docs.length; i++) into.add(new ArrayList<>());
    List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
    largestFirst.sort(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed()
        .thenComparingInt(l -> l.ord));
    for (LeafReaderContext leaf : largestFirst) {
      int least = 0;
      for (int i = 1; i < docs.length; i++) if (docs[i] < docs[least]) least = i;
      into.get(least).add(leaf);
      docs[least] += leaf.reader().maxDoc();
    }
    IndexSearcher.LeafSlice[] out = new IndexSearcher.LeafSlice[into.size()];
    for (int i = 0; i < out.length; i++) out[i] = new IndexSearcher.LeafSlice(into.get(i));
    return out;
  }

  private static final class Sliced extends IndexSearcher {
    Sliced(IndexReader reader) {
      super(reader, Pool.EXECUTOR);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      return balanced(leaves, CORES);
    }
  }

  /** The threads beside the caller's (one fewer than the cores: the caller searches a slice too), made when first needed. */
  private static final class Pool {
    static final Executor EXECUTOR = executor();

    private static Executor executor() {
      AtomicInteger n = new AtomicInteger();
      ThreadPoolExecutor pool = new ThreadPoolExecutor(CORES - 1, CORES - 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "claimgraph-search-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      pool.allowCoreThreadTimeOut(true);
      return pool;
    }
  }
}
