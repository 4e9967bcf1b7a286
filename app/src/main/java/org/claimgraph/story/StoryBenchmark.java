package org.claimgraph.story;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.bench.SyntheticArticles;
import org.claimgraph.graph.GraphMapper;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.Iris;

/**
 * The cost of restatement detection per new article as the store grows: synthetic articles
 * ({@link SyntheticArticles}: many outlets, the same facts restated in other words) are stored
 * through the real mapper in batches of {@value #BATCH}, and each batch is linked as ingest links
 * it ({@link StoryLinker#linkAll}: one write transaction). Reported per thousand stored articles:
 * the link time per article (wall, and CPU time of the linking thread, which the load of other
 * processes does not inflate), its phases, and the candidates examined, which stay bounded because
 * candidates come from exact key lookups, not a scan.
 *
 * <pre>
 * java -cp "app/target/claimgraph-app-0.1.0.jar:$(cat app/target/runtime-classpath.txt)" \
 *     org.claimgraph.story.StoryBenchmark 10000 /tmp/story-bench 1000   # N, store, last M linked and timed
 *     … StoryBenchmark 10000 /tmp/story-bench-cold 1000 cold                # each article with an empty profile cache
 * </pre>
 */
public final class StoryBenchmark {
  private StoryBenchmark() {}

  static final int BATCH = 100;
  /** CPU time of the linking thread: what the linking costs, whatever else the machine runs (wall time includes waits). */
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/story-bench");
    SyntheticArticles gen = new SyntheticArticles(42);
    GraphMapper mapper = new GraphMapper();
    int report = Math.max(BATCH, Math.min(1000, n / 10));
    // Articles before the last `measured` are stored with their story keys only (as linking would
    // leave them, less the links), so the store reaches n articles quickly; the rest are linked and timed.
    int measured = args.length > 2 ? Integer.parseInt(args[2]) : n;
    boolean cold = args.length > 3 && args[3].equals("cold");
    try (GraphStore store = GraphStore.open(dir)) {
      StoryLinker linker = new StoryLinker(store.dataset());
      long linkNanos = 0;
      long cpuNanos = 0;
      long[] phases = new long[4];
      List<Integer> candidates = new ArrayList<>();
      int links = 0;
      for (int start = 0; start < n; start += BATCH) {
        List<String> batch = new ArrayList<>();
        int from = start;
        Txn.executeWrite(store.dataset(), () -> {
          StreamRDF sink = StreamRDFLib.dataset(store.dataset().asDatasetGraph());
          sink.start();
          for (int i = from; i < Math.min(n, from + BATCH); i++) {
            ArticleAnalysis a = gen.article(i);
            mapper.map(a, "bench-" + i, sink);
            batch.add(Iris.article(a.article().id()));
          }
          sink.finish();
        });
        if (start + BATCH <= n - measured) {
          Txn.executeWrite(store.dataset(), () -> batch.forEach(linker::writeKeys));
          if ((start + BATCH) % report == 0) System.out.printf(Locale.ROOT, "stored %6d (keys only)%n", start + BATCH);
          continue;
        }
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        List<Restatement> found = new ArrayList<>();
        Txn.executeWrite(store.dataset(), () -> {
          for (String iri : batch) {
            // "cold": a new linker (an empty profile cache) per article, as a single-article ingest pays.
            StoryLinker l = cold ? new StoryLinker(store.dataset()) : linker;
            found.addAll(l.link(iri));
            candidates.add(l.lastCandidates());
            long[] ph = l.lastPhases();
            for (int k = 0; k < 4; k++) phases[k] += ph[k];
          }
        });
        linkNanos += System.nanoTime() - t0;
        cpuNanos += CPU.getCurrentThreadCpuTime() - c0;
        links += found.size();
        int stored = Math.min(n, start + BATCH);
        if (stored % report == 0 || stored == n) {
          int[] c = candidates.stream().mapToInt(Integer::intValue).sorted().toArray();
          int k = c.length;
          System.out.printf(Locale.ROOT,
              "stored %6d: link per article %.1f ms (with the batch commit; CPU %.1f ms); read new article %.1f ms, key lookups %.1f ms,"
                  + " decisions %.1f ms, write %.1f ms; candidates p50 %d, p95 %d, max %d; links so far %d%n",
              stored, linkNanos / 1e6 / k, cpuNanos / 1e6 / k, phases[0] / 1e6 / k, phases[1] / 1e6 / k, phases[2] / 1e6 / k, phases[3] / 1e6 / k,
              c[k / 2], c[(int) (k * 0.95)], c[k - 1], links);
          linkNanos = 0;
          cpuNanos = 0;
          Arrays.fill(phases, 0);
          candidates.clear();
        }
      }
    }
  }
}
