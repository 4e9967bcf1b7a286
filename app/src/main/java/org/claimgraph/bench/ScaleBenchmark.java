package org.claimgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.figure.Figure;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.query.ResultFormat;
import org.claimgraph.search.SearchRequest;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.StoreFiles;

/**
 * Builds stores of 10³, 10⁴ … synthetic articles ({@link SyntheticArticles}, through the real
 * mapper, store and index, NLP skipped) and measures, at each size: write throughput, store size
 * before and after compaction and against a bulk-loaded store of the same quads, peak RSS, and
 * p50/p95 of cite, search and every query of {@code queries/}, warm (in this process, as the
 * server answers) and cold (a new {@code claimgraph} process per call).
 *
 * <pre>{@code
 * new ScaleBenchmark(42, Path.of("queries"), out).run(Path.of("/tmp/scale"), List.of(1000, 10000));
 * }</pre>
 */
public final class ScaleBenchmark {

  private static final int BATCH = 500;
  private static final int WARM_RUNS = 3;
  private static final int COLD_RUNS = 3;
  private static final double SLOW_MS = 5000;
  private static final String[] SEARCHES = {"export licences", "rare earth magnets", "gallium", "stockpiles",
      "\"wind turbines\"", "Germany lithium", "defence", "refiners Asia", "cobalt Congo*", "volatile prices"};

  private final long seed;
  private final Path queries;
  private final PrintWriter out;
  private final int queryTimeoutSeconds;
  private String mainClass;
  private int bulkFrom = Integer.MAX_VALUE;
  private final java.util.Set<String> coldCommands = new java.util.HashSet<>();
  private boolean measureExisting;
  private int cites = 40;
  private int citeLimit = Integer.MAX_VALUE;
  private boolean buildOnly;
  private java.util.Set<String> only = java.util.Set.of();
  private int warmPasses = 1;

  public ScaleBenchmark(long seed, Path queries, PrintWriter out, int queryTimeoutSeconds) {
    this.seed = seed;
    this.queries = queries;
    this.out = out;
    this.queryTimeoutSeconds = queryTimeoutSeconds;
  }

  /** The command-line entry point that cold runs start (with {@code --cold}). */
  public ScaleBenchmark coldRunsWith(String mainClass) {
    this.mainClass = mainClass;
    return this;
  }

  /**
   * Stores of {@code n} articles or more are built with Jena's bulk loader (through the same mapper)
   * instead of write transactions; their size is then the bulk-loaded size by construction.
   */
  public ScaleBenchmark bulkLoadFrom(int n) {
    this.bulkFrom = n;
    return this;
  }

  /** How many stated values {@code cite} is timed on at each size (default 40). */
  public ScaleBenchmark cites(int n) {
    this.cites = n;
    return this;
  }

  /** How many citations a timed {@code cite} answers (a page, as {@code /api/cite?limit=N}); default all. */
  public ScaleBenchmark citeLimit(int n) {
    this.citeLimit = n;
    return this;
  }

  /**
   * Untimed passes before a warm look-up's timed pass (default 1). One pass loads the classes and the store's pages;
   * the JIT keeps compiling for several more, so a long-running server's steady state needs 3-5.
   */
  public ScaleBenchmark warmPasses(int n) {
    if (n < 1) throw new IllegalArgumentException("--warm-passes must be at least 1, not " + n);
    this.warmPasses = n;
    return this;
  }

  /** Only builds the stores (for measuring them later with {@link #measureExisting}). */
  public ScaleBenchmark buildOnly(boolean only) {
    this.buildOnly = only;
    return this;
  }

  /**
   * Measures only these look-ups ({@code cite}, {@code search}, {@code queries}, {@code cold}); all when empty.
   * {@code --existing --only cite} re-times cite on a store without its queries' minutes.
   */
  public ScaleBenchmark only(java.util.Collection<String> what) {
    for (String w : what) {
      if (!List.of("cite", "search", "queries", "cold").contains(w)) throw new IllegalArgumentException("--only takes cite, search, queries, cold: " + w);
    }
    this.only = java.util.Set.copyOf(what);
    return this;
  }

  private boolean measures(String what) {
    return only.isEmpty() || only.contains(what);
  }

  /** Stores already under the folder are measured again instead of being rebuilt. */
  public ScaleBenchmark measureExisting(boolean existing) {
    this.measureExisting = existing;
    return this;
  }

  /** Builds and measures a store of each size under {@code dir} (kept for inspection). */
  public void run(Path dir, List<Integer> sizes, boolean cold) throws IOException, InterruptedException {
    SyntheticArticles gen = new SyntheticArticles(seed);
    for (int n : sizes) {
      Path store = dir.resolve("n" + n);
      List<FigureQuery> cites = citeSample(gen, n);
      if (measureExisting && Files.isDirectory(store)) {
        line("== %,d articles: the store built before (%s), measured again (load average %s)", n, store, loadAverage());
        if (!summaryFresh(store)) summarize(store);
      } else {
        build(dir, store, gen, n);
      }
      if (!buildOnly) measure(store, cites, cold);
      out.flush();
    }
  }

  private void build(Path dir, Path store, SyntheticArticles gen, int n) throws IOException {
      deleteTree(store);
      line("== %,d articles (load average %s)", n, loadAverage());
      boolean bulkLoad = n >= bulkFrom;
      long t0 = System.nanoTime();
      long figures;
      try (Claimgraph cg = Claimgraph.open(store)) {
        figures = bulkLoad ? SyntheticStore.bulkLoad(cg.store(), cg.index(), gen, 0, n, BATCH)
            : SyntheticStore.write(cg.store(), cg.index(), gen, 0, n, BATCH);
      }
      double writeSeconds = (System.nanoTime() - t0) / 1e9;
      summarize(store);
      long before = StoreFiles.size(store);
      long quads;
      try (Claimgraph cg = Claimgraph.openExisting(store)) {
        quads = Txn.calculateRead(cg.store().dataset(), () -> cg.store().dataset().asDatasetGraph().stream().count());
      }
      line("%,d figures, %,d quads", figures, quads);
      if (bulkLoad) {
        line("write (map + Jena's bulk loader + Lucene, NLP skipped): %.1f s, %.0f articles/s, %.0f quads/s; store %s (bulk-loaded: no compaction)",
            writeSeconds, n / writeSeconds, quads / writeSeconds, mb(before));
      } else {
        double compactSeconds;
        try (Claimgraph cg = Claimgraph.openExisting(store)) {
          long c0 = System.nanoTime();
          cg.compact();
          compactSeconds = (System.nanoTime() - c0) / 1e9;
        }
        long after = StoreFiles.size(store);
        long bulk = bulkLoadedSize(store, dir.resolve("bulk-" + n));
        line("write (map + TDB2 + Lucene, %d articles per transaction, NLP skipped): %.1f s, %.0f articles/s, %.0f quads/s", BATCH,
            writeSeconds, n / writeSeconds, quads / writeSeconds);
        line("store: %s before compaction, %s after (%.1f s); bulk-loaded store of the same quads: %s; ratio %.2f",
            mb(before), mb(after), compactSeconds, mb(bulk), after / (double) Math.max(1, bulk));
      }
      line("peak RSS so far: %.2f GB; load average %s", IngestBenchmark.peakRssKb() / 1048576.0, loadAverage());
  }

  private void measure(Path store, List<FigureQuery> cites, boolean cold) throws IOException, InterruptedException {
      try (Claimgraph cg = Claimgraph.openForReading(store)) {
        cg.store().dataset().getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutSeconds * 1000L));
        if (!cites.isEmpty() && measures("cite")) {
          int[] citations = new int[cites.size()];
          warm("cite", () -> {
            List<Double> ms = new ArrayList<>();
            for (int k = 0; k < cites.size(); k++) {
              FigureQuery q = cites.get(k);
              int at = k;
              ms.add(time(() -> citations[at] = cg.cite(q, 0, citeLimit).citations().size()));
            }
            return ms;
          });
          perCitation(cites, citations);
        }
        if (measures("search")) warm("search", () -> {
          List<Double> ms = new ArrayList<>();
          for (String s : SEARCHES) ms.add(time(() -> cg.search(new SearchRequest(s, 10, null, null, null, null)).articles()));
          return ms;
        });
        for (Path q : measures("queries") ? queryFiles() : List.<Path>of()) {
          Query query = QueryRunner.parse(Files.readString(q), q.toString());
          double first = time(() -> runQuery(cg, query)); // warm-up
          int from = cpuMs.size();
          List<Double> ms = new ArrayList<>();
          if (first >= queryTimeoutSeconds * 1000.0) {
            ms.add(first); // a query that times out is not run again
          } else {
            // A slow query is timed once more (the store is large, the runs long), a fast one WARM_RUNS times.
            for (int i = 0; i < (first > SLOW_MS ? 1 : WARM_RUNS); i++) ms.add(time(() -> runQuery(cg, query)));
          }
          line("warm %-50s p50 %8.1f ms  p95 %8.1f ms  (%d runs after a warm-up of %.0f ms)%s%s", q.getFileName(), percentile(ms, 50),
              percentile(ms, 95), ms.size(), first, first >= queryTimeoutSeconds * 1000.0 ? " TIMED OUT" : "", cpuSince(from));
        }
      } catch (org.claimgraph.query.QuerySyntaxException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
      if (cold && mainClass != null && measures("cold")) {
        line("cold runs through %s (load average %s)", launcher() == null ? "java -cp" : launcher(), loadAverage());
        for (int k = 0; k < Math.min(2, cites.size()); k++) {
          FigureQuery q = cites.get(k);
          cold("cite (cold CLI) " + q.text(), store, COLD_RUNS, "cite", "--value", Double.toString(q.value()), "--unit", q.unit());
        }
        cold("search (cold CLI) rare earth magnets", store, COLD_RUNS, "search", "rare earth magnets");
        cold("search (cold CLI) gallium", store, COLD_RUNS, "search", "gallium");
        for (Path qf : queryFiles()) cold(qf.getFileName() + " (cold CLI)", store, 1, "query", "--format", "csv", qf.toString());
      }
      line("peak RSS so far: %.2f GB; load average %s", IngestBenchmark.peakRssKb() / 1048576.0, loadAverage());
  }

  private static boolean summaryFresh(Path store) {
    try (org.claimgraph.graph.GraphStore s = org.claimgraph.graph.GraphStore.openExisting(store)) {
      return org.claimgraph.graph.StoreSummary.isFresh(s.dataset());
    }
  }

  /** Rebuilds the summary the queries read (ingest does it after each run; these writes bypass ingest). */
  private void summarize(Path store) {
    try (org.claimgraph.graph.GraphStore s = org.claimgraph.graph.GraphStore.openExisting(store)) {
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      var built = org.claimgraph.graph.StoreSummary.rebuild(s.dataset());
      line("summary: %,d quads in %.1f s (thread CPU %.1f s); rows %s; ms %s", built.quads(), (System.nanoTime() - t) / 1e9,
          (threads.getCurrentThreadCpuTime() - c) / 1e9, built.rows(), built.millis());
    }
  }

  /** Values the generator states, spread over the store: real cite requests. */
  private List<FigureQuery> citeSample(SyntheticArticles gen, int n) {
    List<FigureQuery> out = new ArrayList<>();
    for (int k = 0; k < cites; k++) {
      ArticleAnalysis a = gen.article((int) ((long) k * n / cites));
      Figure f = a.figures().get(k % a.figures().size());
      out.add(new FigureQuery(f.quantity().value(), f.quantity().unit(), f.evidence().quote()));
    }
    return out;
  }

  private int runQuery(Claimgraph cg, Query query) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      cg.query(query, ResultFormat.CSV, buffer);
    } catch (RuntimeException e) {
      if (String.valueOf(e.getClass().getSimpleName()).contains("Cancel")) return -1;
      throw e;
    }
    return buffer.size();
  }

  private List<Path> queryFiles() throws IOException {
    try (Stream<Path> s = Files.list(queries)) {
      return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
  }

  private void warm(String what, Supplier<List<Double>> runs) {
    List<Double> first = runs.get(); // warm-up
    for (int pass = 1; pass < warmPasses && first.stream().noneMatch(t -> t >= queryTimeoutSeconds * 1000.0); pass++) first = runs.get();
    int from = cpuMs.size();
    // A query that times out is not run again.
    List<Double> ms = first.stream().anyMatch(t -> t >= queryTimeoutSeconds * 1000.0) ? first : runs.get();
    line("warm %-50s p50 %8.1f ms  p95 %8.1f ms  (%d calls%s)%s", what, percentile(ms, 50), percentile(ms, 95), ms.size(),
        warmPasses > 1 ? ", after " + warmPasses + " warm-up passes" : "", cpuSince(from));
  }

  /**
   * Times {@code runs} new processes of a command, after one untimed run the first time a command
   * is run (which lets the launcher write the command's class-data archive). Through the {@code claimgraph} launcher when this
   * process was started by it (as a user runs the command), else {@code java -cp}.
   */
  private void cold(String what, Path store, int runs, String... args) throws IOException, InterruptedException {
    List<Double> ms = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    // One untimed run per command: the launcher writes the command's class-data archive on its first run after a build.
    int first = coldCommands.add(args[0]) ? 0 : 1;
    Path cpuFile = Files.createTempFile("claimgraph-cold", ".cpu");
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time")); // the process's CPU (user + system), which the load does not inflate
    for (int i = first; i <= runs; i++) {
      List<String> cmd = new ArrayList<>();
      if (timed) cmd.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", cpuFile.toString()));
      if (launcher() != null) {
        cmd.add(launcher());
      } else {
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-cp",
            System.getProperty("java.class.path"), mainClass));
      }
      cmd.add(args[0]);
      cmd.add("--store");
      cmd.add(store.toString());
      cmd.addAll(Arrays.asList(args).subList(1, args.length));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().remove("CLAIMGRAPH_JAVA_OPTS"); // the launcher's own options for look-up commands
      long t = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(queryTimeoutSeconds + 60, TimeUnit.SECONDS)) p.destroyForcibly();
      if (i > 0) {
        ms.add((System.nanoTime() - t) / 1e6);
        if (timed) cpu.add(cpuSeconds(cpuFile));
      }
    }
    Files.deleteIfExists(cpuFile);
    line("cold %-50s p50 %8.1f ms  max %8.1f ms  (%d processes)%s", what, percentile(ms, 50), percentile(ms, 100), ms.size(),
        cpu.isEmpty() ? "" : String.format(java.util.Locale.ROOT, "  process CPU p50 %.2f s max %.2f s", percentile(cpu, 50), percentile(cpu, 100)));
  }

  /** User + system seconds that {@code /usr/bin/time -f "%U %S"} wrote (the last line: it may follow the command's messages). */
  private static double cpuSeconds(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int k = lines.size() - 1; k >= 0; k--) {
      String[] p = lines.get(k).trim().split("\\s+");
      if (p.length == 2 && p[0].matches("[0-9.]+") && p[1].matches("[0-9.]+")) return Double.parseDouble(p[0]) + Double.parseDouble(p[1]);
    }
    return Double.NaN;
  }

  /** The {@code claimgraph} launcher that started this process, or null. */
  private static String launcher() {
    String l = System.getProperty("claimgraph.launcher");
    return l != null && Files.isExecutable(Path.of(l)) ? l : null;
  }

  /** The 1-, 5- and 15-minute load averages ({@code /proc/loadavg}), or "?" where there is none. */
  static String loadAverage() {
    try {
      String[] p = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return p[0] + " / " + p[1] + " / " + p[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** The size of a store bulk-loaded with the same quads by Jena's loader, as a baseline. */
  private static long bulkLoadedSize(Path store, Path target) throws IOException {
    deleteTree(target);
    try (Claimgraph cg = Claimgraph.openExisting(store)) {
      DatasetGraph bulk = DatabaseMgr.connectDatasetGraph(target.toString());
      DataLoader loader = LoaderFactory.createLoader(bulk, (MonitorOutput) (fmt, args) -> { });
      loader.startBulk();
      StreamRDF sink = loader.stream();
      Txn.executeRead(cg.store().dataset(), () -> {
        Iterator<Quad> it = cg.store().dataset().asDatasetGraph().find();
        while (it.hasNext()) sink.quad(it.next());
      });
      loader.finishBulk();
      org.apache.jena.tdb2.sys.TDBInternal.expel(bulk);
    }
    long size = StoreFiles.size(target);
    deleteTree(target);
    return size;
  }

  /** CPU milliseconds of this thread in the timed calls, beside their wall-clock times (the machine is shared). */
  private final List<Double> cpuMs = new ArrayList<>();

  private double time(Supplier<Integer> call) {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long c = threads.getCurrentThreadCpuTime();
    long t = System.nanoTime();
    call.get();
    cpuMs.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
    return (System.nanoTime() - t) / 1e6;
  }

  /**
   * The timed pass's thread CPU per citation, in all and per cited value (the last {@code cites.size()}
   * calls timed): what grows with the store when a value's statements and their neighbourhoods grow.
   */
  private void perCitation(List<FigureQuery> cites, int[] citations) {
    List<Double> cpu = cpuMs.subList(cpuMs.size() - cites.size(), cpuMs.size());
    double total = 0;
    long count = 0;
    StringBuilder each = new StringBuilder();
    for (int k = 0; k < cites.size(); k++) {
      total += cpu.get(k);
      count += citations[k];
      each.append(String.format(Locale.ROOT, "%s%s %d/%.1f", k == 0 ? "" : ", ", cites.get(k).text(), citations[k], cpu.get(k)));
    }
    line("cite thread CPU per citation: %.2f ms (%.1f ms for %,d citations of %d values); value citations/CPU ms: %s",
        total / Math.max(1, count), total, count, cites.size(), each);
  }

  /** " (CPU p50 x ms)" over the calls timed since the last {@link #cpuSince}. */
  private String cpuSince(int from) {
    List<Double> c = cpuMs.subList(from, cpuMs.size());
    return c.isEmpty() ? "" : String.format(Locale.ROOT, "  CPU p50 %8.1f ms p95 %8.1f ms", percentile(c, 50), percentile(c, 95));
  }

  static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.1f MB", bytes / 1048576.0);
  }

  private void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
    out.flush();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  static String utf8(ByteArrayOutputStream b) {
    return b.toString(StandardCharsets.UTF_8);
  }
}
