package org.claimgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.claimgraph.ingest.SparkEntries;
import scala.Tuple2;

/**
 * The ingest as a Spark job, writing partition outputs that {@link StoreLoader} turns into a store:
 *
 * <pre>
 * PARTS/nquads/part-00000.nq …   article graphs, grouped by article id, ids in order, quads sorted
 * PARTS/figures/part-00000 …     figures as extract --format jsonl lines, in the same order
 * PARTS/keys/part-00000 …        cite keys shared by figures of two or more articles: key TAB figure IRIs
 * PARTS/relations/part-00000 …   figures of different articles with one fact key: IRI TAB corroborates|contradicts TAB IRI
 * PARTS/index/shard-00000/index  one Lucene index per partition, for IndexWriter.addIndexes
 * </pre>
 *
 * <p>Stages: (1) extract each entry on the executors (one CoreNLP pipeline per JVM); (2) resolve
 * entries that ingest would store over each other, keyed by article id and then by source name,
 * exactly as ingest's write order decides; (2b) restatement links ({@link StoryStage}) on slim
 * outputs, their quads joined to the article graphs in (3) the one shuffle of the full graphs,
 * into id ranges ({@link IdRanges}) sorted inside each partition, and the writes; (4) the global
 * step, keyed ({@link KeyGroups}): figures grouped by cite key ({@code FigureKeys}), so the candidates
 * for corroboration, contradiction and implied figures are found by key, never by comparing all
 * pairs; the pairs inside one fact key are decided as {@code cite} decides them.
 * Only the article id order and the sorted quads decide the bytes, so {@code local[1]},
 * {@code local[2]} and a cluster write the same part contents (split into files by partition).
 *
 * <pre>{@code
 * SparkIngest.Result r = SparkIngest.run(sc, List.of("corpus", "hdfs://nn/crawl"), Path.of("/tmp/parts"), Set.of(), 4);
 * }</pre>
 */
public final class SparkIngest {
  private SparkIngest() {}

  /**
   * What the job did.
   *
   * @param entries  every entry's outcome, in input order (without quads)
   * @param stored   the articles written to the parts, sorted by id
   * @param quads    N-Quads lines written
   * @param shards   index shard folders written
   * @param keyGroups cite keys shared by figures of two or more articles
   * @param relations related pairs of figures of different articles (corroborating or contradicting)
   * @param extractSeconds wall time of stage 1 alone (reading and extracting every entry), the part
   *     that scales with the executors' cores; the rest of the job is shuffles and writes
   */
  public record Result(List<ArticleOutput> entries, List<ArticleOutput> stored, long quads, List<Path> shards,
      long keyGroups, long relations, double extractSeconds) {}

  /**
   * Runs the job on {@code inputs} (files and folders: local paths every executor sees, or Hadoop
   * URIs such as {@code hdfs://…}), writing into {@code parts} (replaced).
   *
   * @param alreadyStored the fingerprints of the articles the target store already holds
   */
  public static Result run(JavaSparkContext sc, List<String> inputs, Path parts, Set<String> alreadyStored, int partitions) {
    deleteTree(parts);
    List<SparkEntries.Task> tasks = HadoopSources.tasks(inputs, sc.hadoopConfiguration());
    if (tasks.isEmpty()) return new Result(List.of(), List.of(), 0, List.of(), 0, 0, 0);
    int slices = Math.max(1, Math.min(partitions, tasks.size()));
    Broadcast<Set<String>> stored = sc.broadcast(new TreeSet<>(alreadyStored));
    Broadcast<HadoopSources.Settings> hadoop = sc.broadcast(HadoopSources.Settings.of(sc.hadoopConfiguration()));
    JavaRDD<ArticleOutput> outputs = sc.parallelize(tasks, slices).map(t -> Extraction.run(t, stored.value(), hadoop.value()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long t1 = System.nanoTime();
    outputs.count(); // materializes stage 1 (persisted, so the later stages reuse it): timed on its own
    double stage1 = (System.nanoTime() - t1) / 1e9;

    // Stage 2: what ingest's sequential writes would keep, decided on the entries without their
    // content (id, source, order, fingerprint), so only input positions and ids are shipped back;
    // the ids give the ranges in which the articles are sorted, without a sampling job.
    List<Tuple2<Integer, String>> kept = outputs.filter(ArticleOutput::stored).map(SparkIngest::withoutContent)
        .mapToPair(o -> new Tuple2<>(o.id(), o)).groupByKey().mapValues(SparkIngest::lastWrittenById)
        .mapToPair(t -> new Tuple2<>(t._2().source(), t._2())).groupByKey().mapValues(SparkIngest::lastWrittenBySource)
        .map(t -> new Tuple2<>(t._2().order(), t._2().id())).collect();
    int[] keptPositions = kept.stream().mapToInt(Tuple2::_1).sorted().toArray();
    Broadcast<int[]> keptOrders = sc.broadcast(keptPositions);
    IdRanges ranges = IdRanges.of(kept.stream().map(Tuple2::_2).sorted().toList(), slices);
    JavaPairRDD<String, ArticleOutput> survivors = outputs
        .filter(o -> o.stored() && Arrays.binarySearch(keptOrders.value(), o.order()) >= 0)
        .mapToPair(o -> new Tuple2<>(o.id(), o));
    // Stage 2b: restatement links by story key, into a store that holds no articles yet (an
    // incremental run links against the stored articles after the load: IngestSparkCommand). The
    // story stages see only the quads a story profile reads; what they add to an article's graph
    // (a few lines) meets the article in the one shuffle that also puts the articles in id order.
    JavaPairRDD<String, ArticleOutput> slim = null;
    JavaPairRDD<String, ArticleOutput> ordered;
    if (linksStories(alreadyStored)) {
      slim = survivors.mapValues(StoryStage::profileQuadsOnly).persist(StorageLevel.MEMORY_AND_DISK());
      JavaPairRDD<String, List<String>> storyLines = StoryStage.lines(slim, slices);
      ordered = survivors.leftOuterJoin(storyLines, ranges).mapValues(t -> StoryStage.withLines(t._1(), t._2()));
    } else {
      ordered = survivors.partitionBy(ranges);
    }
    JavaPairRDD<String, ArticleOutput> resolved = ordered.mapPartitionsToPair(SparkIngest::sortedById, true)
        .persist(StorageLevel.MEMORY_AND_DISK());

    // Stage 3: the parts.
    JavaRDD<ArticleOutput> articles = resolved.values();
    articles.map(o -> String.join("\n", o.nquads())).filter(s -> !s.isEmpty()).saveAsTextFile(parts.resolve("nquads").toUri().toString());
    articles.flatMap(o -> o.figures().iterator()).saveAsTextFile(parts.resolve("figures").toUri().toString());
    String indexRoot = parts.resolve("index").toAbsolutePath().toString();
    List<String> shards = articles.mapPartitionsWithIndex((i, it) -> ShardWriter.write(Path.of(indexRoot), i, it), true).collect();

    // Stage 4: the global step, by key (cite keys do not depend on the story stage: read from the survivors).
    JavaPairRDD<String, Iterable<KeyGroups.Member>> byKey = survivors.values().flatMapToPair(o -> o.citeKeys().stream().map(k -> {
          int tab = k.indexOf('\t');
          return new Tuple2<>(k.substring(0, tab), KeyGroups.Member.of(o.id(), k.substring(tab + 1)));
        }).iterator())
        .groupByKey(slices)
        .persist(StorageLevel.MEMORY_AND_DISK());
    // Persisted before and after the sort: its sampling job, the write and the count read them once.
    JavaRDD<String> keyLines = byKey.flatMap(t -> KeyGroups.line(t._1(), t._2()).iterator()).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<String> keyGroups = keyLines.sortBy(s -> s, true, slices).persist(StorageLevel.MEMORY_AND_DISK());
    keyGroups.saveAsTextFile(parts.resolve("keys").toUri().toString());
    JavaRDD<String> relationLines = byKey.flatMap(t -> KeyGroups.relations(t._1(), t._2()).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<String> relations = relationLines.sortBy(s -> s, true, slices).persist(StorageLevel.MEMORY_AND_DISK());
    relations.saveAsTextFile(parts.resolve("relations").toUri().toString());
    long groups = keyGroups.count();
    long related = relations.count();
    for (JavaRDD<String> r : List.of(keyLines, keyGroups, relationLines, relations)) r.unpersist(false);
    byKey.unpersist(false);

    List<ArticleOutput> entries = new ArrayList<>(outputs.map(SparkIngest::withoutContent).collect());
    entries.sort(Comparator.comparingInt(ArticleOutput::order));
    // The stored articles in id order: the kept entries, as the parts hold them.
    List<ArticleOutput> storedEntries = new ArrayList<>(entries.stream()
        .filter(o -> o.stored() && Arrays.binarySearch(keptPositions, o.order()) >= 0).toList());
    storedEntries.sort(Comparator.comparing(ArticleOutput::id));
    long quads = articles.map(o -> (long) o.nquads().size()).fold(0L, Long::sum);
    outputs.unpersist(false);
    resolved.unpersist(false);
    if (slim != null) slim.unpersist(false);
    nameNquadParts(parts.resolve("nquads"));
    return new Result(entries, storedEntries, quads, shards.stream().map(Path::of).toList(), groups, related, stage1);
  }

  /** A partition's articles in id order (each id once: stage 2 kept one entry per id). */
  static java.util.Iterator<Tuple2<String, ArticleOutput>> sortedById(java.util.Iterator<Tuple2<String, ArticleOutput>> it) {
    List<Tuple2<String, ArticleOutput>> list = new ArrayList<>();
    it.forEachRemaining(list::add);
    list.sort(Comparator.comparing(Tuple2::_1));
    return list.iterator();
  }

  /**
   * Whether the job writes the restatement links itself: when the target store holds no articles.
   * Otherwise the new articles must be linked against the stored ones after the load
   * ({@code StoryLinker.linkAll} in input order, as ingest links them).
   */
  static boolean linksStories(Set<String> alreadyStored) {
    return alreadyStored.isEmpty();
  }

  /**
   * Of entries with one article id, the one ingest leaves stored: it writes them in input order,
   * and a later entry replaces the graph unless its fingerprint is the stored one's (same bytes).
   */
  static ArticleOutput lastWrittenById(Iterable<ArticleOutput> sameId) {
    List<ArticleOutput> list = sorted(sameId);
    ArticleOutput kept = list.get(0);
    for (ArticleOutput o : list) {
      if (!o.fingerprint().equals(kept.fingerprint())) kept = o;
    }
    return kept;
  }

  /** Of entries with one source name, the last in input order: ingest's write removes older graphs of the source. */
  static ArticleOutput lastWrittenBySource(Iterable<ArticleOutput> sameSource) {
    List<ArticleOutput> list = sorted(sameSource);
    return list.get(list.size() - 1);
  }

  private static List<ArticleOutput> sorted(Iterable<ArticleOutput> outputs) {
    List<ArticleOutput> list = new ArrayList<>();
    outputs.forEach(list::add);
    list.sort(Comparator.comparingInt(ArticleOutput::order));
    return list;
  }

  /** The outcome without the bulky content, for the driver's report. */
  static ArticleOutput withoutContent(ArticleOutput o) {
    return new ArticleOutput(o.order(), o.label(), o.id(), o.source(), o.fingerprint(), List.of(), List.of(), List.of(),
        null, o.tokens(), o.error(), o.unchanged());
  }

  /** part-00000 → part-00000.nq, so Jena's loader knows the syntax; Hadoop's checksum files go. */
  private static void nameNquadParts(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        String n = p.getFileName().toString();
        if (n.startsWith("part-") && !n.endsWith(".nq")) Files.move(p, p.resolveSibling(n + ".nq"));
        else if (n.endsWith(".crc")) Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot name the N-Quads parts (" + e.getMessage() + ")", e);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot remove the old parts (" + e.getMessage() + ")", e);
    }
  }
}
