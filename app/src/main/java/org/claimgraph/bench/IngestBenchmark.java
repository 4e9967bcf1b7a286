package org.claimgraph.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.IngestService;
import org.claimgraph.ingest.SourceFiles;
import org.claimgraph.service.Claimgraph;

/**
 * Measures, in one JVM and one run: (1) claimgraph's whole ingest as {@code claimgraph ingest} runs it — read,
 * annotate, extract, store in TDB2, index in Lucene, then link stories, update the summary and compact — into a fresh store, with {@code threads} articles at once; (2) CoreNLP's default
 * {@code tokenize,ssplit,pos,lemma,ner} pipeline alone on the same clean texts, one document at a
 * time as CoreNLP is normally run. Each side gets {@code warmUps} warm-up passes (one by default), then {@code passes} timed
 * passes; throughput is tokens (as CoreNLP counts them) per second.
 */
public final class IngestBenchmark {

  /** CoreNLP's default NER pipeline: what our ingest is compared with. */
  public static final String DEFAULT_NER = "tokenize,ssplit,pos,lemma,ner";

  private final String referenceAnnotators;

  /** Compares with CoreNLP's default NER pipeline ({@value #DEFAULT_NER}). */
  public IngestBenchmark() {
    this(DEFAULT_NER);
  }

  /** Compares with a CoreNLP pipeline of these annotators (a test runs a light one: the default loads 3.5 GB). */
  IngestBenchmark(String referenceAnnotators) {
    this.referenceAnnotators = referenceAnnotators;
  }

  /** The numbers of one run. */
  public record Result(int articles, int tokens, double ourLoadSeconds, double ourFirstResultSeconds,
      double ourTokensPerSecond, double coreNlpLoadSeconds, double coreNlpTokensPerSecond, long ourPeakRssKb,
      long peakRssKb, int threads, int passes, double ourCpuPerKiloToken, double coreNlpCpuPerKiloToken) {
    public double ratio() {
      return ourTokensPerSecond / coreNlpTokensPerSecond;
    }

    /**
     * CoreNLP's process CPU per token over ours: what each token costs, whatever else the machine runs (a busy machine
     * takes cores from our threads, not from CoreNLP's one, and so lowers {@link #ratio} but not this).
     */
    public double cpuRatio() {
      return coreNlpCpuPerKiloToken / ourCpuPerKiloToken;
    }
  }

  /** CPU time of this process so far, in seconds (all threads), or NaN where the JVM does not tell. */
  static double processCpuSeconds() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  public Result run(List<Path> inputs, int passes, int threads, PrintWriter log) throws IOException, ArticleException {
    return run(inputs, 1, passes, threads, log);
  }

  /** As {@link #run(List, int, int, PrintWriter)}, with {@code warmUps} untimed passes on each side first. */
  public Result run(List<Path> inputs, int warmUps, int passes, int threads, PrintWriter log) throws IOException, ArticleException {
    List<Path> files = SourceFiles.expand(inputs);
    ArticleReader reader = new ArticleReader();
    List<Article> articles = new ArrayList<>();
    for (Path f : files) articles.add(reader.read(f));

    // 1. Our ingest, cold: time to the first stored article includes loading the pipeline.
    Path tmp = Files.createTempDirectory("claimgraph-bench");
    try {
      long t0 = System.nanoTime();
      IngestService service = new IngestService(threads);
      double[] firstResult = {0};
      try (GraphStore store = GraphStore.open(tmp.resolve("cold"))) {
        service.ingest(files.subList(0, 1), store, new org.claimgraph.ingest.IngestListener() {
          @Override
          public void started(int n) {}

          @Override
          public void done(org.claimgraph.ingest.FileResult r) {
            if (firstResult[0] == 0) firstResult[0] = (System.nanoTime() - t0) / 1e9;
          }
        });
      }
      double ourLoad = firstResult[0];
      int tokens = 0;
      double seconds = 0;
      double cpu = 0;
      for (int pass = 1 - warmUps; pass <= passes; pass++) {
        Path dir = tmp.resolve("pass" + (pass + warmUps));
        IngestReport report;
        double s;
        // A fresh, empty store per pass, created before the clock starts: creating a store is a one-time cost, not part
        // of ingesting articles. The pass is the whole of `claimgraph ingest`: store and index each article, then link
        // stories, bring the summary up to date and compact (Claimgraph.ingest).
        try (Claimgraph cg = Claimgraph.open(dir)) {
          long t = System.nanoTime();
          double c0 = processCpuSeconds();
          report = cg.ingest(service, files, org.claimgraph.ingest.IngestListener.NONE);
          s = (System.nanoTime() - t) / 1e9;
          if (pass > 0) cpu += processCpuSeconds() - c0;
        }
        int passTokens = report.files().stream().mapToInt(org.claimgraph.ingest.FileResult::tokens).sum();
        log.printf(Locale.ROOT, "claimgraph ingest pass %d: %d articles, %d tokens, %.2f s, %.0f tok/s%s%n", pass,
            report.files().size(), passTokens, s, passTokens / s, pass <= 0 ? " (warm-up)" : "");
        log.flush();
        if (pass > 0) {
          tokens += passTokens;
          seconds += s;
        }
      }
      double ours = tokens / seconds;
      int articleTokens = tokens / passes;
      long ourPeak = peakRssKb();

      // 2. CoreNLP's default NER pipeline alone on the same clean texts.
      long l0 = System.nanoTime();
      Properties p = new Properties();
      p.setProperty("annotators", referenceAnnotators);
      StanfordCoreNLP defaults = new StanfordCoreNLP(p);
      double coreLoad = (System.nanoTime() - l0) / 1e9;
      int coreTokens = 0;
      double coreSeconds = 0;
      double coreCpu = 0;
      for (int pass = 1 - warmUps; pass <= passes; pass++) {
        long t = System.nanoTime();
        double c0 = processCpuSeconds();
        int passTokens = 0;
        for (Article a : articles) {
          Annotation doc = new Annotation(a.text());
          if (a.date() != null) doc.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
          defaults.annotate(doc);
          passTokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        double s = (System.nanoTime() - t) / 1e9;
        if (pass > 0) coreCpu += processCpuSeconds() - c0;
        log.printf(Locale.ROOT, "CoreNLP default NER pass %d: %d tokens, %.2f s, %.0f tok/s%s%n", pass, passTokens, s,
            passTokens / s, pass <= 0 ? " (warm-up)" : "");
        log.flush();
        if (pass > 0) {
          coreTokens += passTokens;
          coreSeconds += s;
        }
      }
      return new Result(articles.size(), articleTokens, ourLoad, firstResult[0], ours, coreLoad, coreTokens / coreSeconds,
          ourPeak, peakRssKb(), threads, passes, 1000 * cpu / tokens, 1000 * coreCpu / coreTokens);
    } finally {
      deleteTree(tmp);
    }
  }

  /** Peak resident memory of this process (VmHWM), or -1 where /proc is not available. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
