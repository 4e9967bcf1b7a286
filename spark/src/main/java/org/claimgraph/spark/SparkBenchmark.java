package org.claimgraph.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.analysis.Analyzer;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.bench.SyntheticArticles;
import org.claimgraph.ingest.IngestListener;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.service.Claimgraph;

/**
 * {@code local[1]} against {@code local[2]} (or any masters) on generated articles: the extract
 * phase's wall time without Spark's start-up, its CPU time, the load phase, and the per-article
 * costs a cluster estimate needs; {@code ingest} as a master name runs the plain ingest for
 * comparison. At the end, the sorted N-Quads dumps of all stores are compared.
 *
 * <pre>
 * java -cp … org.claimgraph.spark.SparkBenchmark 2000 /tmp/bench local[1] local[2] ingest
 * articles 2000, tokens 301234
 * local[1]: start 4.1 s, extract 212.3 s (9.4 articles/s, CPU 230 s), load 14.2 s, quads 1234567
 * </pre>
 *
 * <p>The JVM's CoreNLP pipeline is loaded before the first timed run, as an executor's would be
 * by its first task; the runs write fresh stores under the work folder.
 */
public final class SparkBenchmark {
  private SparkBenchmark() {}

  public static void main(String[] args) throws IOException, org.claimgraph.article.ArticleException {
    int n = Integer.parseInt(args[0]);
    Path work = Path.of(args[1]);
    List<String> masters = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("local[1]", "local[2]");
    Path pages = work.resolve("pages");
    if (!Files.isDirectory(pages)) {
      Files.createDirectories(pages);
      SyntheticArticles synthetic = new SyntheticArticles(2026);
      for (int i = 0; i < n; i++) Files.writeString(pages.resolve(String.format("synthetic_%06d.txt", i)), synthetic.text(i));
    }
    long t = System.nanoTime();
    Analyzer warm = Extraction.analyzer();
    warm.analyze(new ArticleReader().read("warm-up", "warm-up.txt",
        new SyntheticArticles(1).text(0).getBytes(java.nio.charset.StandardCharsets.UTF_8), ArticleReader.Hints.NONE));
    System.out.printf(Locale.ROOT, "pipeline loaded in %.1f s; load average %s%n", (System.nanoTime() - t) / 1e9, loadAverage());
    // Warm-up: a first untimed job on a few hundred pages, so JIT compilation is not charged to the first master.
    int warmup = Math.min(n, Integer.getInteger("warmup", 200));
    Path warmPages = work.resolve("warm-up");
    SparkIngest.deleteTree(warmPages);
    Files.createDirectories(warmPages);
    SyntheticArticles other = new SyntheticArticles(7);
    for (int i = 0; i < warmup; i++) Files.writeString(warmPages.resolve(String.format("warm_%06d.txt", i)), other.text(i));
    long w = System.nanoTime();
    Path warmStore = work.resolve("store-warm-up");
    SparkIngest.deleteTree(warmStore);
    IngestSparkCommand.run("local[2]", 0, List.of(warmPages.toString()), warmStore);
    System.out.printf(Locale.ROOT, "warm-up: %d articles on local[2] in %.1f s%n", warmup, (System.nanoTime() - w) / 1e9);
    Map<String, String> dumps = new LinkedHashMap<>();
    for (String master : masters) {
      Path store = work.resolve("store-" + master.replaceAll("[^a-z0-9]+", ""));
      if (master.equals("ingest")) {
        dumps.put(master, ingest(pages, store));
        continue;
      }
      SparkIngest.deleteTree(store);
      double cpu0 = cpuSeconds();
      long w0 = System.nanoTime();
      IngestSparkCommand.Run run = IngestSparkCommand.run(master, 0, List.of(pages.toString()), store);
      double wall = (System.nanoTime() - w0) / 1e9;
      double cpu = cpuSeconds() - cpu0;
      long articles = run.result().stored().size();
      long tokens = run.result().entries().stream().mapToLong(ArticleOutput::tokens).sum();
      System.out.printf(Locale.ROOT, "%s: stage 1 (read and extract) %.1f s, later stages %.1f s%n", master,
          run.result().extractSeconds(), run.extractSeconds() - run.result().extractSeconds());
      System.out.printf(Locale.ROOT, "%s: %d articles, %d tokens; total %.1f s (Spark start-up and stop %.1f s), extract %.1f s"
              + " (%.2f articles/s, %.1f ms wall per article), load %.1f s; process CPU %.1f s (%.1f ms per article);"
              + " %d quads; load average %s%n",
          master, articles, tokens, wall, wall - run.extractSeconds() - run.loadSeconds(), run.extractSeconds(),
          articles / run.extractSeconds(), 1000 * run.extractSeconds() / articles, run.loadSeconds(), cpu,
          1000 * cpu / articles, run.loaded().quads(), loadAverage());
      dumps.put(master, dumpHash(store));
    }
    dumps.forEach((m, h) -> System.out.println("sorted dump of " + m + ": sha256 " + h));
    System.out.println(new java.util.HashSet<>(dumps.values()).size() == 1 ? "all sorted dumps equal" : "SORTED DUMPS DIFFER");
  }

  /** {@code ingest} (2 threads, the command's service) into a fresh store, timed the same way. */
  private static String ingest(Path pages, Path store) {
    SparkIngest.deleteTree(store);
    double cpu0 = cpuSeconds();
    long w0 = System.nanoTime();
    IngestReport r;
    try (Claimgraph cg = Claimgraph.open(store)) {
      r = cg.ingest(List.of(pages), 2, IngestListener.NONE); // as the command: stores, indexes, links stories, compacts
    }
    double wall = (System.nanoTime() - w0) / 1e9;
    double cpu = cpuSeconds() - cpu0;
    long n = r.files().size();
    System.out.printf(Locale.ROOT, "ingest (2 threads): %s; %.1f s (%.2f articles/s); process CPU %.1f s (%.1f ms per article);"
        + " load average %s%n", r.summary(), wall, n / wall, cpu, 1000 * cpu / n, loadAverage());
    return dumpHash(store);
  }

  private static String dumpHash(Path store) {
    List<String> lines = StoreDump.lines(store);
    return StoreDump.sha256(lines) + " (" + lines.size() + " quads)";
  }

  private static double cpuSeconds() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime() / 1e9;
    return Double.NaN;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "n/a";
    }
  }
}
