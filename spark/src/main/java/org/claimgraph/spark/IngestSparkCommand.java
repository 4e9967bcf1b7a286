package org.claimgraph.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.Iris;
import org.claimgraph.graph.StoreException;
import org.claimgraph.story.StoryLinker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimgraph ingest-spark [--master local[*]|spark://HOST:7077|yarn] [--partitions N] INPUT… OUT}:
 * the ingest as a Spark job. OUT becomes (or grows as) a normal store, equal by sorted N-Quads
 * dump and search results to what {@code claimgraph ingest --store OUT INPUT…} builds; the
 * partition outputs stay in {@code OUT/spark-parts}.
 *
 * <pre>
 * $ ./claimgraph ingest-spark --master 'local[2]' corpus /tmp/store
 * ingest-spark: 5 entries: 5 stored, 0 unchanged, 0 failed; 3212 tokens; 3942 quads in 2 index shards;
 *   23 shared cite keys, 6 related figure pairs; extract 63.3 s, load 4.3 s (store: /tmp/store)
 * </pre>
 */
@Command(name = "ingest-spark", mixinStandardHelpOptions = true,
    description = "Ingest pages and WARC files with Apache Spark into the store OUT (created, or added to).")
public final class IngestSparkCommand implements Callable<Integer> {

  static final int FAILED = 1;

  @Option(names = "--master",
      description = "Spark master: local[*] (the default, no Spark installation needed), local[N], spark://HOST:7077, yarn."
          + " Under spark-submit, its --master.")
  String master;

  /** Tasks per core by default: articles vary in length, and a shared machine's cores in speed. */
  static final int TASKS_PER_CORE = 4;

  @Option(names = "--partitions", defaultValue = "0",
      description = "Partitions (tasks) of the extraction; 0: four per core of Spark's default parallelism, so a"
          + " core that finishes early takes the next task instead of idling. Default: ${DEFAULT-VALUE}.")
  int partitions;

  @Parameters(arity = "2..*", paramLabel = "INPUT… OUT", description = "Files and folders of pages and WARC files (local"
      + " paths, or Hadoop URIs: hdfs://…, s3a://…, file:/…), then the store folder.")
  List<String> paths;

  @Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new IngestSparkCommand());
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : FAILED);
    System.exit(cl.execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> inputs = paths.subList(0, paths.size() - 1);
    Path store = Path.of(paths.get(paths.size() - 1));
    try {
      Run run = run(master(master), partitions, inputs, store);
      for (ArticleOutput e : run.result().entries()) if (e.error() != null) err.println(e.error());
      out.println(run.summary() + " (store: " + store + ")");
      out.flush();
      err.flush();
      return run.failed() > 0 ? FAILED : 0;
    } catch (StoreException e) {
      err.println("claimgraph ingest-spark: " + e.getMessage());
      return FAILED;
    }
  }

  /** A finished run: the job's result, what was loaded, and the times of the two phases. */
  public record Run(SparkIngest.Result result, StoreLoader.Loaded loaded, double extractSeconds, double loadSeconds) {

    public long failed() {
      return result.entries().stream().filter(e -> e.error() != null).count();
    }

    public String summary() {
      long unchanged = result.entries().stream().filter(ArticleOutput::unchanged).count();
      long tokens = result.entries().stream().mapToLong(ArticleOutput::tokens).sum();
      return String.format(Locale.ROOT, "ingest-spark: %d entries: %d stored, %d unchanged, %d failed; %d tokens;"
              + " %d quads in %d index shards; %d shared cite keys, %d related figure pairs; extract %.1f s, load %.1f s",
          result.entries().size(), result.stored().size(), unchanged, failed(), tokens, loaded.quads(), loaded.shards(),
          result.keyGroups(), result.relations(), extractSeconds, loadSeconds);
    }
  }

  /** Runs the job on {@code master} and loads its parts into the store in {@code storeDir}. */
  public static Run run(String master, int partitions, List<String> inputs, Path storeDir) {
    try (GraphStore store = GraphStore.open(storeDir)) {
      Set<String> stored = StoreLoader.storedFingerprints(store);
      Path parts = storeDir.resolve("spark-parts").toAbsolutePath();
      SparkIngest.Result result;
      double extract;
      try (JavaSparkContext sc = new JavaSparkContext(conf(master))) {
        int n = partitions > 0 ? partitions : TASKS_PER_CORE * sc.defaultParallelism();
        long t0 = System.nanoTime(); // Spark's start-up and stop are not part of the extraction
        result = SparkIngest.run(sc, inputs, parts, stored, n);
        extract = (System.nanoTime() - t0) / 1e9;
      }
      long t2 = System.nanoTime();
      StoreLoader.Loaded loaded = StoreLoader.load(store, parts, result);
      if (!SparkIngest.linksStories(stored)) {
        // Against the articles stored before this run: on the driver, in input order, as ingest does.
        List<String> added = result.stored().stream().sorted(Comparator.comparingInt(ArticleOutput::order))
            .map(o -> Iris.article(o.id())).toList();
        new StoryLinker(store.dataset()).linkAll(added);
      }
      // The summary the analyst queries read, rebuilt as ingest does (all or nothing, see StoreSummary).
      org.claimgraph.graph.StoreSummary.ensureFresh(store.dataset());
      return new Run(result, loaded, extract, (System.nanoTime() - t2) / 1e9);
    }
  }

  /** The master given, else spark-submit's ({@code spark.master}), else {@code local[*]}. */
  static String master(String given) {
    if (given != null) return given;
    return System.getProperty("spark.master", "local[*]");
  }

  /** Spark's settings: no UI, and for a local master a driver on the loopback address. */
  static SparkConf conf(String master) {
    SparkConf c = new SparkConf().setMaster(master).setAppName("claimgraph ingest-spark").set("spark.ui.enabled", "false");
    if (master.startsWith("local")) c.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    return c;
  }
}
