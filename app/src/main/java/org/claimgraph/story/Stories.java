package org.claimgraph.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.claimgraph.eval.FigureRecord;

/**
 * The stories of a store: articles joined by restatement links, each with its origin and, per
 * rewrite, the article it restates and what it dropped, added and changed.
 *
 * <p>A story is a connected set of linked articles; its tree keeps, of the links, the strongest
 * that join every article once (a maximum spanning tree), so a copy of a copy restates the copy,
 * and two copies of one origin both restate the origin rather than each other. The origin is the
 * article no directed link points away from (a wire copy, the credited outlet, the earliest),
 * "stated" when a link's evidence (credit or wire) makes it the source, else "inferred".
 *
 * <pre>{@code
 * List<Stories.Story> all = Stories.of(dataset);
 * all.get(0).origin();                 // "m-29-reuters"
 * all.get(0).rewrites().get(0).changed(); // [Misstatement[... "38.563.6 tons" vs "38,563.6 tons", value]]
 * }</pre>
 */
public final class Stories {
  private Stories() {}

  /** One story. */
  public record Story(String id, String origin, String originTitle, String originBasis, List<Rewrite> rewrites,
      List<String> independent) {}

  /**
   * One rewrite of a story.
   *
   * @param doc its doc name
   * @param restates the doc it restates
   * @param direction how the direction was decided: credit, wire, date, or undetermined / inferred (from the story's origin)
   * @param creditedOutlet the outlet it credits, or null
   * @param similarity text similarity with the restated article
   * @param sharedFigures figures both state
   * @param dropped quotes of the restated article's figures it does not state
   * @param added its figures no source states (unsourced)
   * @param changed its figures its sources state otherwise
   */
  public record Rewrite(String doc, String restates, String direction, String creditedOutlet, double similarity,
      int sharedFigures, List<String> dropped, List<Misstatement> added, List<Misstatement> changed) {}

  private static final String LINKS = """
      PREFIX cg: <https://claimgraph.org/ns#>
      SELECT DISTINCT ?r ?s ?sim ?shared ?outlet ?how
      WHERE {
        ?l a cg:Restatement ; cg:rewrite ?r ; cg:restated ?s ; cg:similarity ?sim ; cg:sharedFigures ?shared ;
           cg:directionEvidence ?how .
        OPTIONAL { ?l cg:creditedOutlet ?outlet }
      }
      ORDER BY ?r ?s
      """;

  /** Every stored restatement link. */
  public static List<Restatement> links(Dataset dataset) {
    return Txn.calculateRead(dataset, () -> {
      List<Restatement> out = new ArrayList<>();
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(LINKS).set(TDB2.symUnionDefaultGraph, true).build()) {
        qe.execSelect().forEachRemaining(s -> out.add(link(s)));
      }
      return out;
    });
  }

  private static Restatement link(QuerySolution s) {
    double sim = s.getLiteral("sim").getDouble();
    int shared = s.getLiteral("shared").getInt();
    String outlet = s.contains("outlet") ? s.getLiteral("outlet").getString() : null;
    String how = s.getLiteral("how").getString();
    return new Restatement(s.getResource("r").getURI(), s.getResource("s").getURI(), sim, shared, outlet, how, 0);
  }

  /** The stories of the store, by origin doc name. */
  public static List<Story> of(Dataset dataset) {
    List<Restatement> links = links(dataset);
    StoryLinker linker = new StoryLinker(dataset);
    Map<String, Profile> profiles = new HashMap<>();
    for (Restatement r : links) {
      profiles.computeIfAbsent(r.rewrite(), linker::profile);
      profiles.computeIfAbsent(r.source(), linker::profile);
    }
    profiles.values().removeIf(java.util.Objects::isNull);
    return build(links, profiles, members -> {
      List<Profile> out = new ArrayList<>();
      for (String iri : linker.independentOf(members, profiles)) {
        Profile p = profiles.containsKey(iri) ? profiles.get(iri) : linker.profile(iri);
        if (p != null) out.add(p);
      }
      return out;
    });
  }

  /** The stories of these links over these articles (profiles by IRI), without independent reports. */
  public static List<Story> build(List<Restatement> links, Map<String, Profile> profiles) {
    return build(links, profiles, members -> List.of());
  }

  /**
   * The stories of these links; {@code independent} gives, for a story's member IRIs, the
   * independent reports of the same facts (articles not linked to it that state several of its
   * figures): their figures count as sources, so a rewrite's figure an independent report states is
   * not unsourced.
   */
  public static List<Story> build(List<Restatement> links, Map<String, Profile> profiles,
      java.util.function.Function<java.util.Set<String>, List<Profile>> independent) {
    // Maximum spanning forest (Kruskal), strongest links first; ties by IRIs for a stable answer.
    List<Restatement> sorted = new ArrayList<>();
    for (Restatement r : links) {
      if (profiles.containsKey(r.rewrite()) && profiles.containsKey(r.source())) sorted.add(weighed(r, profiles));
    }
    sorted = siblingsYield(sorted, profiles);
    sorted.sort(Comparator.comparingDouble(Restatement::weight).reversed().thenComparing(Restatement::rewrite)
        .thenComparing(Restatement::source));
    UnionFind sets = new UnionFind();
    List<Restatement> tree = new ArrayList<>();
    for (Restatement r : sorted) {
      if (sets.union(r.rewrite(), r.source())) tree.add(r);
    }
    Map<String, List<Restatement>> byComponent = new TreeMap<>();
    for (Restatement r : tree) byComponent.computeIfAbsent(sets.find(r.rewrite()), k -> new ArrayList<>()).add(r);
    List<Story> stories = new ArrayList<>();
    for (List<Restatement> edges : byComponent.values()) stories.add(story(edges, profiles, independent));
    stories.sort(Comparator.comparing(Story::origin));
    return stories;
  }

  private static Story story(List<Restatement> edges, Map<String, Profile> profiles,
      java.util.function.Function<java.util.Set<String>, List<Profile>> independentOf) {
    TreeSet<String> nodes = new TreeSet<>();
    Map<String, Integer> outDirected = new HashMap<>();
    Map<String, Integer> inDirected = new HashMap<>();
    for (Restatement r : edges) {
      nodes.add(r.rewrite());
      nodes.add(r.source());
      if (r.directed()) {
        outDirected.merge(r.rewrite(), 1, Integer::sum);
        inDirected.merge(r.source(), 1, Integer::sum);
      }
    }
    // Origin: most directed links pointing to it and none away; then undirected sources; then earliest, fullest.
    String origin = nodes.stream().min(Comparator
        .comparingInt((String n) -> outDirected.getOrDefault(n, 0))
        .thenComparing(n -> -inDirected.getOrDefault(n, 0))
        .thenComparing(n -> edges.stream().filter(r -> r.rewrite().equals(n)).count())
        .thenComparing(n -> profiles.get(n).date() == null ? "9999" : profiles.get(n).date())
        .thenComparing(n -> -profiles.get(n).figures().size())
        .thenComparing(n -> n)).orElseThrow();
    String basis = inDirected.getOrDefault(origin, 0) > 0 ? "stated" : "inferred";
    List<Profile> independent = independentOf.apply(nodes);
    // Orient the tree from the origin outwards.
    Map<String, Restatement> edgeTo = new LinkedHashMap<>();
    Map<String, String> restates = new LinkedHashMap<>();
    List<String> queue = new ArrayList<>(List.of(origin));
    for (int i = 0; i < queue.size(); i++) {
      String n = queue.get(i);
      for (Restatement r : edges) {
        String other = r.rewrite().equals(n) ? r.source() : r.source().equals(n) ? r.rewrite() : null;
        if (other == null || other.equals(origin) || restates.containsKey(other)) continue;
        restates.put(other, n);
        edgeTo.put(other, r);
        queue.add(other);
      }
    }
    List<Rewrite> rewrites = new ArrayList<>();
    for (var e : restates.entrySet()) {
      String doc = e.getKey();
      Restatement r = edgeTo.get(doc);
      boolean asLinked = r.rewrite().equals(doc);
      String how = asLinked ? r.direction() : r.directed() ? "inferred" : Restatement.UNDETERMINED;
      if (asLinked && !r.directed()) how = Restatement.UNDETERMINED;
      List<Misstatements.Source> sources = new ArrayList<>();
      for (String s = e.getValue(); s != null; s = restates.get(s)) {
        sources.add(new Misstatements.Source(profiles.get(s).doc(), profiles.get(s).figures(), profiles.get(s).text()));
      }
      for (Profile p : independent) sources.add(new Misstatements.Source(p.doc(), p.figures(), p.text()));
      Profile me = profiles.get(doc);
      List<Misstatement> found = Misstatements.of(me.doc(), me.text(), me.figures(), sources);
      List<String> dropped = new ArrayList<>();
      String restatedDoc = profiles.get(e.getValue()).doc();
      for (FigureRecord o : profiles.get(e.getValue()).figures()) {
        // A figure the rewrite changed ("38.563.6" for "38,563.6 tons") is listed as changed, not dropped.
        boolean changed = found.stream().anyMatch(m -> !m.type().equals("unsourced") && restatedDoc.equals(m.origin())
            && o.quote().equals(m.originQuote()));
        if (!changed && me.figures().stream().noneMatch(f -> FigureMatch.sameValue(f, o))) dropped.add(o.quote());
      }
      rewrites.add(new Rewrite(me.doc(), profiles.get(e.getValue()).doc(), how, asLinked ? r.creditedOutlet() : null,
          r.similarity(), r.sharedFigures(), dropped,
          found.stream().filter(m -> m.type().equals("unsourced")).toList(),
          found.stream().filter(m -> !m.type().equals("unsourced")).toList()));
    }
    rewrites.sort(Comparator.comparing(Rewrite::doc));
    Profile o = profiles.get(origin);
    return new Story(o.doc(), o.doc(), null, basis, rewrites, independent.stream().map(Profile::doc).sorted().toList());
  }

  /**
   * Of two articles A and B that an article R restates and that are linked to each other, R restates
   * the one it owes something to: a figure only that one of the two states (e-30 writes the "21% in
   * December 2022" that only the longer of two Reuters versions has); owing nothing to either, R
   * restates the one the other restates by evidence (two rewrites of a wire copy both restate the
   * copy, not each other). The other link is weakened (weight − 1), so the story tree drops it.
   */
  static List<Restatement> siblingsYield(List<Restatement> links, Map<String, Profile> profiles) {
    Map<String, Restatement> byPair = new HashMap<>();
    Map<String, List<Restatement>> fromRewrite = new TreeMap<>();
    for (Restatement r : links) {
      byPair.put(pairKey(r.rewrite(), r.source()), r);
      fromRewrite.computeIfAbsent(r.rewrite(), k -> new ArrayList<>()).add(r);
    }
    java.util.Set<String> weak = new java.util.HashSet<>();
    for (var e : fromRewrite.entrySet()) {
      Profile x = profiles.get(e.getKey());
      List<Restatement> out = e.getValue();
      for (int i = 0; i < out.size(); i++) {
        for (int j = i + 1; j < out.size(); j++) {
          String a = out.get(i).source();
          String b = out.get(j).source();
          Restatement ab = byPair.get(pairKey(a, b));
          if (ab == null) continue;
          int owesA = owed(x, profiles.get(a), profiles.get(b));
          int owesB = owed(x, profiles.get(b), profiles.get(a));
          String drop = owesA > 0 && owesB == 0 ? b : owesB > 0 && owesA == 0 ? a
              : owesA == 0 && owesB == 0 && ab.directed() ? ab.rewrite() : null;
          if (drop != null) weak.add(pairKey(e.getKey(), drop));
        }
      }
    }
    List<Restatement> result = new ArrayList<>();
    for (Restatement r : links) {
      result.add(weak.contains(pairKey(r.rewrite(), r.source())) ? new Restatement(r.rewrite(), r.source(), r.similarity(),
          r.sharedFigures(), r.creditedOutlet(), r.direction(), r.weight() - 1) : r);
    }
    return result;
  }

  /** How many of {@code x}'s figures {@code a} states and {@code b} does not. */
  static int owed(Profile x, Profile a, Profile b) {
    int n = 0;
    for (FigureRecord f : x.figures()) {
      if (a.figures().stream().anyMatch(o -> FigureMatch.sameValue(f, o))
          && b.figures().stream().noneMatch(o -> FigureMatch.sameValue(f, o))) n++;
    }
    return n;
  }

  private static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  /**
   * The strength of a link for the story tree: text similarity, plus the Jaccard share of the
   * figures both state (× 0.5), plus 0.5 when one credits the other's outlet and 0.06
   * when a wire mark or date gives the direction; so a copy of a copy attaches to the copy it
   * shares most figures with, and of two sibling copies each attaches to the directed origin.
   */
  static Restatement weighed(Restatement r, Map<String, Profile> profiles) {
    int union = profiles.get(r.rewrite()).figures().size() + profiles.get(r.source()).figures().size() - r.sharedFigures();
    double share = union <= 0 ? 0 : Math.min(1, r.sharedFigures() / (double) union);
    double w = r.similarity() + 0.5 * share + (r.creditedOutlet() != null ? 0.5 : 0) + (r.directed() ? 0.06 : 0);
    return new Restatement(r.rewrite(), r.source(), r.similarity(), r.sharedFigures(), r.creditedOutlet(), r.direction(), w);
  }
}
