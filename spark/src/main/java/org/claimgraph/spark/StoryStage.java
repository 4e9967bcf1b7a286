package org.claimgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.Optional;
import org.claimgraph.graph.CG;
import org.claimgraph.graph.Iris;
import org.claimgraph.graph.Vocab;
import org.claimgraph.story.Profile;
import org.claimgraph.story.Restatement;
import org.claimgraph.story.RestatementDetector;
import org.claimgraph.story.StoryLinker;
import scala.Tuple2;

/**
 * Restatement links (issue 13) as keyed Spark stages, written into the article graphs exactly as
 * {@code ingest} writes them ({@link StoryLinker}): ingest links its new articles one by one in
 * input order, each against the articles before it, looking its story keys up; here every
 * article's keys are grouped by key (one shuffle), and inside a key's group an article sees the
 * members that come before it in input order, so no pair of articles is compared unless they share a
 * key, and the candidates, decisions and quads are the ones ingest finds.
 *
 * <pre>
 * (key, member) → group by key → (article, candidate, kind) hits → rank per article (top 10)
 *   → join the candidates' graphs → decide → story quads of each article (added to its graph by the caller)
 * </pre>
 *
 * <p>Every step sees the articles' slim outputs only (the quads a story profile reads), so the
 * shuffles carry a third of the graphs, and each article's profile is parsed from that third.
 *
 * <p>Only for a job whose target store holds no articles yet: an incremental run links its new
 * articles against the stored ones on the driver after the load, as ingest does.
 */
final class StoryStage {
  private StoryStage() {}

  /** An article with a story key: as a holder of the key, or as one looking it up. */
  record Member(int order, String iri, boolean lookup) implements Serializable {}

  /** A hit: the looking article, one earlier article found through a key, and the key's kind. */
  record Hit(String candidate, int kind) implements Serializable {}

  /**
   * The N-Quads lines ingest's story linking writes into each article's graph (its story keys, its
   * restatement links and restated figures), by article id, for the articles that get any; from
   * the articles' slim outputs ({@link #profileQuadsOnly}), keyed by id.
   */
  static JavaPairRDD<String, List<String>> lines(JavaPairRDD<String, ArticleOutput> slimById, int slices) {
    JavaPairRDD<String, ArticleOutput> byIri = slimById.mapToPair(t -> new Tuple2<>(Iris.article(t._1()), t._2()));
    // (key, member): the keys an article holds and the keys it looks up (outlet ↔ credit swapped).
    JavaPairRDD<String, Member> members = byIri.flatMapToPair(t -> {
      Profile p = profile(t._2());
      List<Tuple2<String, Member>> out = new ArrayList<>();
      if (p == null) return out.iterator();
      List<String> keys = StoryLinker.keys(t._1(), p);
      for (String k : keys) out.add(new Tuple2<>(k, new Member(t._2().order(), t._1(), false)));
      for (String k : StoryLinker.lookups(keys)) out.add(new Tuple2<>(k, new Member(t._2().order(), t._1(), true)));
      return out.iterator();
    });
    // (article, hit) for each earlier holder of a key the article looks up; a key held by more than
    // STOP_KEY earlier articles narrows nothing and is skipped, as ingest skips it.
    JavaPairRDD<String, Hit> hits = members.groupByKey(slices).flatMapToPair(t -> {
      List<Member> holders = new ArrayList<>();
      List<Member> lookers = new ArrayList<>();
      for (Member m : t._2()) (m.lookup() ? lookers : holders).add(m);
      holders.sort(Comparator.comparingInt(Member::order).thenComparing(Member::iri));
      int kind = StoryLinker.keyKind(t._1());
      List<Tuple2<String, Hit>> out = new ArrayList<>();
      for (Member looker : lookers) {
        Set<String> earlier = new TreeSet<>();
        for (Member h : holders) {
          if (h.order() >= looker.order() || earlier.size() > StoryLinker.STOP_KEY) break;
          if (!h.iri().equals(looker.iri())) earlier.add(h.iri());
        }
        if (earlier.size() > StoryLinker.STOP_KEY) continue; // too common to narrow: skipped as ingest skips it
        for (String e : earlier) out.add(new Tuple2<>(looker.iri(), new Hit(e, kind)));
      }
      return out.iterator();
    });
    // (candidate, (article, rank)): the candidates ingest would decide for each article, in its order.
    JavaPairRDD<String, Tuple2<String, Integer>> chosen = hits.groupByKey(slices).flatMapToPair(t -> {
      Map<String, int[]> counts = new TreeMap<>();
      for (Hit h : t._2()) counts.computeIfAbsent(h.candidate(), k -> new int[3])[h.kind()]++;
      List<Tuple2<String, Tuple2<String, Integer>>> out = new ArrayList<>();
      int rank = 0;
      for (String c : StoryLinker.ranked(counts)) out.add(new Tuple2<>(c, new Tuple2<>(t._1(), rank++)));
      return out.iterator();
    });
    // (article, [(rank, candidate's slim output)]): the candidates brought to the article.
    JavaPairRDD<String, Iterable<Tuple2<Integer, ArticleOutput>>> candidates = chosen.join(byIri, slices)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._1()._2(), t._2()._2())))
        .groupByKey(slices);
    return byIri.leftOuterJoin(candidates, slices)
        .mapPartitionsToPair(it -> {
          // A candidate is decided for many articles of a partition: its profile is read once.
          Map<String, Profile> cache = new HashMap<>();
          List<Tuple2<String, List<String>>> out = new ArrayList<>();
          while (it.hasNext()) {
            var t = it.next();
            ArticleOutput o = t._2()._1();
            List<String> added = storyLines(t._1(), o, t._2()._2(), cache);
            if (!added.isEmpty()) out.add(new Tuple2<>(o.id(), added));
          }
          return out.iterator();
        });
  }

  /** The article's output with {@code storyLines} merged into its sorted N-Quads lines. */
  static ArticleOutput withLines(ArticleOutput o, Optional<List<String>> storyLines) {
    if (!storyLines.isPresent() || storyLines.get().isEmpty()) return o;
    Set<String> lines = new TreeSet<>(o.nquads());
    lines.addAll(storyLines.get());
    return new ArticleOutput(o.order(), o.label(), o.id(), o.source(), o.fingerprint(), List.copyOf(lines), o.figures(),
        o.citeKeys(), o.indexed(), o.tokens(), o.error(), o.unchanged());
  }

  /** The story quads of one article (as N-Quads lines), decided against its ranked candidates. */
  private static List<String> storyLines(String iri, ArticleOutput o,
      Optional<Iterable<Tuple2<Integer, ArticleOutput>>> candidates, Map<String, Profile> cache) {
    Profile p = profile(o);
    if (p == null) return List.of();
    List<Tuple2<Integer, ArticleOutput>> ranked = new ArrayList<>();
    if (candidates.isPresent()) candidates.get().forEach(ranked::add);
    ranked.sort(Comparator.comparingInt(Tuple2::_1));
    RestatementDetector detector = new RestatementDetector();
    Map<String, Profile> profiles = new TreeMap<>();
    profiles.put(iri, p);
    List<Restatement> links = new ArrayList<>();
    for (Tuple2<Integer, ArticleOutput> c : ranked) {
      ArticleOutput candidate = c._2();
      Profile q = cache.computeIfAbsent(candidate.id(), k -> profile(candidate));
      if (q == null) continue;
      profiles.put(q.iri(), q);
      detector.decide(p, q).ifPresent(links::add);
    }
    List<Quad> quads = StoryLinker.linkQuads(iri, StoryLinker.keys(iri, p), links, profiles);
    return quads.isEmpty() ? List.of() : lines(quads);
  }

  /** The predicates a story profile reads ({@code GraphProfiles}); every one single-valued per subject. */
  private static final Set<String> PROFILE_PREDICATES = Set.of(CG.docName, CG.text, Vocab.datePublished, Vocab.publisher,
      Vocab.name, CG.quote, CG.sentence, CG.value, CG.valueMax, CG.placeList, CG.unitCode, CG.kind, CG.basis, CG.direction,
      CG.qualifier, CG.period, CG.measure, CG.inTitle, Vocab.exact, Vocab.start, Vocab.end).stream()
      .map(p -> "<" + p.getURI() + ">").collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final String FIGURE_TYPE = "<" + RDF.type.getURI() + "> <" + CG.Figure.getURI() + ">";

  /**
   * The article's output with only the N-Quads lines its story profile reads (a third or less of
   * its graph: no entities, sentences' index entries, keys or implied figures), for shipping.
   */
  static ArticleOutput profileQuadsOnly(ArticleOutput o) {
    List<String> kept = new ArrayList<>();
    for (String line : o.nquads()) {
      int s = line.indexOf(' ');
      int p = s < 0 ? -1 : line.indexOf(' ', s + 1);
      if (p < 0) continue;
      String predicate = line.substring(s + 1, p);
      if (PROFILE_PREDICATES.contains(predicate) || line.startsWith(FIGURE_TYPE, s + 1)) kept.add(line);
    }
    return new ArticleOutput(o.order(), o.label(), o.id(), o.source(), o.fingerprint(), kept, List.of(), List.of(), null,
        o.tokens(), o.error(), o.unchanged());
  }

  /** The article's story profile, read from its own graph as ingest reads it from the store. */
  static Profile profile(ArticleOutput o) {
    DatasetGraph dsg = DatasetGraphFactory.create(); // one reader, no transactions needed
    String text = String.join("\n", o.nquads());
    RDFParser.fromString(text, Lang.NQUADS).parse(dsg);
    return StoryLinker.profile(dsg, Iris.article(o.id()));
  }

  /** Quads as N-Quads lines, formatted as {@link Extraction#nquads} formats the article's own. */
  private static List<String> lines(List<Quad> quads) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    StreamRDF out = StreamRDFLib.writer(buf);
    out.start();
    quads.forEach(out::quad);
    out.finish();
    List<String> lines = new ArrayList<>();
    for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) lines.add(line);
    }
    return lines;
  }
}
