package org.claimgraph.story;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.claimgraph.bench.SyntheticArticles;
import org.claimgraph.graph.GraphMapper;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.Iris;
import org.claimgraph.analysis.ArticleAnalysis;

/**
 * The cost of restatement detection per new article as the store grows: synthetic articles
 * ({@link SyntheticArticles}: many outlets, the same facts restated in other words) are stored
 * through the real mapper, and each is linked as ingest links it; the time of the link step is
 * reported per thousand stored articles, with the candidates it examined (which stay bounded:
 * candidates come from exact key lookups, not a scan).
 *
 * <pre>
 * java -cp app/target/claimgraph-app-*.jar org.claimgraph.story.StoryBenchmark 10000 /tmp/story-bench
 * </pre>
 */
public final class StoryBenchmark {
  private StoryBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/story-bench");
    SyntheticArticles gen = new SyntheticArticles(42);
    GraphMapper mapper = new GraphMapper();
    int block = Math.max(1, Math.min(1000, n / 10));
    long[] nanos = new long[block];
    int[] candidates = new int[block];
    try (GraphStore store = GraphStore.open(dir)) {
      StoryLinker linker = new StoryLinker(store.dataset());
      int links = 0;
      for (int i = 0; i < n; i++) {
        ArticleAnalysis a = gen.article(i);
        String fp = "bench-" + i;
        store.put(a.article().id(), a.article().source(), fp, sink -> mapper.map(a, fp, sink));
        long t0 = System.nanoTime();
        links += linker.link(Iris.article(a.article().id())).size();
        nanos[i % block] = System.nanoTime() - t0;
        candidates[i % block] = linker.lastCandidates();
        if ((i + 1) % block == 0) {
          long[] sorted = nanos.clone();
          Arrays.sort(sorted);
          int[] c = candidates.clone();
          Arrays.sort(c);
          System.out.printf(Locale.ROOT, "stored %6d: link step per article mean %.1f ms, p50 %.1f ms, p95 %.1f ms; candidates p50 %d, max %d; links so far %d%n",
              i + 1, Arrays.stream(sorted).average().orElse(0) / 1e6, sorted[block / 2] / 1e6, sorted[(int) (block * 0.95)] / 1e6,
              c[block / 2], c[block - 1], links);
        }
      }
    }
  }
}
