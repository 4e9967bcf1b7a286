package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.bench.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph benchmark [--passes N] [--threads N] PATH...} */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = {"Measure the whole ingest against CoreNLP's default NER pipeline alone on the same texts, in one run.",
        "The ingest reads, annotates, extracts, stores and indexes. Prints tokens/s of both, their ratio, load time, time to first result",
        "and peak memory. Needs about 8 GB of heap: CLAIMGRAPH_JAVA_OPTS=-Xmx8g."})
final class BenchmarkCommand implements Callable<Integer> {

  @Option(names = "--passes", defaultValue = "4", description = "Timed passes after one warm-up (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--threads", description = "Articles analysed at once by the ingest (default: cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles to measure on, e.g. corpus.")
  List<Path> paths;

  @Option(names = "--generate", paramLabel = "N",
      description = "Instead: write N synthetic articles (plain text, deterministic) into --into, for ingest runs.")
  Integer generate;

  @Option(names = "--into", paramLabel = "DIR", description = "Folder for --generate and --scale (created).")
  Path into;

  @Option(names = "--scale", split = ",", paramLabel = "N",
      description = "Instead: build stores of N synthetic articles each (e.g. 1000,10000) under --into and measure write throughput,"
          + " store size, compaction, cite, search and every query of queries/ (warm, and cold with --cold).")
  List<Integer> scale;

  @Option(names = "--cold", description = "With --scale: also time cold CLI processes.")
  boolean cold;

  @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR", description = "With --scale: the query library (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(names = "--query-timeout", defaultValue = "120", paramLabel = "S", description = "With --scale: longest a query may run (default: ${DEFAULT-VALUE} s).")
  int queryTimeout;

  @Option(names = "--bulk-from", paramLabel = "N", description = "With --scale: build stores of N articles or more with Jena's bulk loader"
      + " (same mapper, no write transactions, no compaction) so a 10^5 store is built in minutes (default: never).")
  Integer bulkFrom;

  @Option(names = "--existing", description = "With --scale: measure the stores already under --into again instead of rebuilding them.")
  boolean existing;

  @Option(names = "--build-only", description = "With --scale: build the stores (and report their size) without measuring look-ups.")
  boolean buildOnly;

  @Option(names = "--cites", defaultValue = "40", description = "With --scale: stated values cite is timed on (default: ${DEFAULT-VALUE}).")
  int cites;

  @Option(names = "--only", split = ",", paramLabel = "WHAT",
      description = "With --scale: measure only these of cite, search, queries, cold (e.g. --existing --only cite,search).")
  List<String> only;

  @Option(names = "--cite-limit", paramLabel = "N", description = "With --scale: cite answers a page of N citations, as /api/cite?limit=N (default: all).")
  Integer citeLimit;

  @Option(names = "--warm-passes", defaultValue = "1", paramLabel = "N",
      description = "Untimed passes first: with --scale, before each warm look-up's timed pass; else before each side's timed ingest"
          + " passes (default: ${DEFAULT-VALUE}; 3-5 for a steady state: claimgraph's many rules take longer to compile than CoreNLP's CRF).")
  int warmPasses;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic articles (default: ${DEFAULT-VALUE}).")
  long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (generate != null) {
      if (into == null) throw new IllegalArgumentException("--generate needs --into DIR");
      java.nio.file.Files.createDirectories(into);
      org.claimgraph.bench.SyntheticArticles gen = new org.claimgraph.bench.SyntheticArticles(seed);
      for (int i = 0; i < generate; i++) {
        java.nio.file.Files.writeString(into.resolve(String.format(Locale.ROOT, "syn_%06d.txt", i)), gen.text(i));
      }
      out.printf(Locale.ROOT, "wrote %d synthetic articles to %s%n", generate, into);
      out.flush();
      return 0;
    }
    if (scale != null) {
      if (into == null) throw new IllegalArgumentException("--scale needs --into DIR");
      new org.claimgraph.bench.ScaleBenchmark(seed, queries, out, queryTimeout)
          .coldRunsWith(ClaimgraphCommand.class.getName()).bulkLoadFrom(bulkFrom == null ? Integer.MAX_VALUE : bulkFrom).measureExisting(existing).buildOnly(buildOnly).cites(cites)
          .only(only == null ? List.of() : only).citeLimit(citeLimit == null ? Integer.MAX_VALUE : citeLimit).warmPasses(warmPasses)
          .run(into, scale, cold);
      return 0;
    }
    if (paths == null || paths.isEmpty()) throw new IllegalArgumentException("give PATH... (articles to measure on), or --generate/--scale");
    IngestBenchmark.Result r = new IngestBenchmark().run(paths, warmPasses, passes, threads, out);
    out.println();
    out.printf(Locale.ROOT, "articles %d, tokens per pass %d, passes %d after %d warm-up, ingest threads %d%n", r.articles(),
        r.tokens(), r.passes(), warmPasses, r.threads());
    out.printf(Locale.ROOT, "claimgraph ingest (read+annotate+extract+store+index, then stories+summary+compaction): %.0f tok/s; first article stored %.1f s after start%n",
        r.ourTokensPerSecond(), r.ourFirstResultSeconds());
    out.printf(Locale.ROOT, "CoreNLP default NER alone (tokenize,ssplit,pos,lemma,ner): %.0f tok/s; model load %.1f s%n",
        r.coreNlpTokensPerSecond(), r.coreNlpLoadSeconds());
    out.printf(Locale.ROOT, "ratio: %.2fx%n", r.ratio());
    out.printf(Locale.ROOT, "process CPU per 1,000 tokens: claimgraph %.3f s, CoreNLP %.3f s; CPU ratio %.2fx"
        + " (what a token costs, unmoved by other load; the ratio above is wall time, both cores for claimgraph)%n",
        r.ourCpuPerKiloToken(), r.coreNlpCpuPerKiloToken(), r.cpuRatio());
    out.printf(Locale.ROOT, "peak RSS after the ingest passes (claimgraph's pipeline only): %.2f GB%n", r.ourPeakRssKb() / 1048576.0);
    out.printf(Locale.ROOT, "peak RSS at the end (both pipelines loaded): %.2f GB%n", r.peakRssKb() / 1048576.0);
    out.flush();
    return 0;
  }
}
