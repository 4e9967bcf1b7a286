package org.claimgraph.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.CG;
import org.claimgraph.graph.Iris;
import org.claimgraph.lexicon.UnitTable;

/**
 * Finds, at ingest, the stored articles a new article restates or is restated by, and writes the
 * links into the new article's graph. Candidates come only from exact lookups of the article's
 * {@code cg:storyKey}s, never from a scan:
 *
 * <ul>
 *   <li>{@code b7|3f2a…}: LSH band keys of the MinHash signature of its 3-word shingles ({@link MinHash});
 *   <li>{@code v|kg|5.99E+3}: each figure's value at 3 significant digits in its base unit, so
 *       "5,994 tons" and "5,994.3 metric tons" share a key;
 *   <li>{@code o|reuters|v|kg|5.99E+3} and {@code c|reuters|v|kg|5.99E+3}: a figure of an article of
 *       an outlet (its publisher's words, its wire), and a figure of an article crediting that outlet.
 * </ul>
 * An article sharing a band key, two value keys, or a figure with the outlet it credits is a candidate; {@link RestatementDetector}
 * decides, for at most {@value #MAX_CANDIDATES} candidates sharing most keys. A key stated by more than
 * {@value #STOP_KEY} articles is too common to narrow and is skipped.
 *
 * <p>For a link, the rewrite's graph gets:
 * <pre>
 * &lt;…/article/R&gt; cg:restates &lt;…/article/S&gt; ; cg:restatement &lt;…/restatement/R--S&gt; .
 * &lt;…/restatement/R--S&gt; a cg:Restatement ; cg:rewrite &lt;…/article/R&gt; ; cg:restated &lt;…/article/S&gt; ;
 *     cg:similarity 0.41 ; cg:sharedFigures 6 ; cg:creditedOutlet "reuters" ; cg:directionEvidence "credit" .
 * &lt;figure of R&gt; cg:restatesFigure &lt;figure of S&gt; .
 * </pre>
 * (written into the graph of the article being ingested, whichever side it is).
 */
public final class StoryLinker {

  public static final int STOP_KEY = 500;
  /** At most this many candidates are decided per new article, the ones sharing most keys. */
  static final int MAX_CANDIDATES = 10;

  private final Dataset dataset;
  private final RestatementDetector detector = new RestatementDetector();
  private int lastCandidates;
  private long[] lastPhases = new long[4];

  public StoryLinker(Dataset dataset) {
    this.dataset = dataset;
  }

  /**
   * Links each of these (newly stored) articles, in order, in one write transaction (one commit
   * for the batch; each article sees the keys of those before it); returns every link found.
   */
  public List<Restatement> linkAll(Collection<String> articleIris) {
    return linkAll(articleIris, Integer.MAX_VALUE, () -> {});
  }

  /**
   * As {@link #linkAll(Collection)}, committing every {@code batch} articles, each batch its own write transaction, and
   * running {@code between} after each commit but the last (an ingest's reopening of the storage, so that what a batch
   * copied is unmapped before the next: BENCHMARKS.md, round 17). The links are the same: each article still sees the
   * keys of those before it, committed. An article's keys and links are committed whole, as its graph was; a crash
   * between batches leaves the later articles unlinked, as a crash during one transaction leaves them all.
   */
  public List<Restatement> linkAll(Collection<String> articleIris, int batch, Runnable between) {
    List<Restatement> out = new ArrayList<>();
    List<String> all = List.copyOf(articleIris);
    for (int from = 0; from < all.size(); from += batch) {
      if (from > 0) between.run();
      List<String> part = all.subList(from, (int) Math.min(all.size(), (long) from + batch));
      Txn.executeWrite(dataset, () -> {
        for (String iri : part) out.addAll(link(iri));
      });
    }
    return out;
  }

  /**
   * Drops every story key and restatement link and links all stored articles again, in IRI order
   * (after a change of the rules; ingest links new articles by itself). Returns the links.
   */
  public List<Restatement> relinkAll() {
    cache.clear();
    List<Node> predicates = List.of(CG.storyKey.asNode(), CG.restates.asNode(), CG.restatement.asNode(), CG.rewrite.asNode(),
        CG.restated.asNode(), CG.similarity.asNode(), CG.sharedFigures.asNode(), CG.creditedOutlet.asNode(),
        CG.directionEvidence.asNode(), CG.restatesFigure.asNode());
    List<String> articles = new ArrayList<>();
    Txn.executeWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      List<Quad> drop = new ArrayList<>();
      for (Node p : predicates) dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(drop::add);
      dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CG.Restatement.asNode()).forEachRemaining(drop::add);
      drop.forEach(dsg::delete);
      dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CG.Article.asNode())
          .forEachRemaining(q -> { if (q.getGraph().equals(q.getSubject())) articles.add(q.getSubject().getURI()); });
    });
    articles.sort(null);
    return linkAll(articles);
  }

  /** Writes only the story keys of a stored article, linking nothing (to build a benchmark store fast). */
  public void writeKeys(String articleIri) {
    Profile p = profile(articleIri);
    if (p != null) write(articleIri, keys(articleIri, p), List.of(), Map.of());
  }

  /** Writes the keys of a stored article and its links to the candidates that pass; returns the links. */
  public List<Restatement> link(String articleIri) {
    long t0 = System.nanoTime();
    Profile p = profile(articleIri);
    if (p == null) return List.of();
    List<String> keys = keys(articleIri, p);
    long t1 = System.nanoTime();
    Set<String> candidates = candidates(articleIri, lookups(keys));
    long t2 = System.nanoTime();
    lastCandidates = candidates.size();
    List<Restatement> links = new ArrayList<>();
    Map<String, Profile> profiles = new TreeMap<>();
    profiles.put(articleIri, p);
    for (String c : candidates) {
      Profile q = profile(c);
      if (q == null) continue;
      profiles.put(c, q);
      detector.decide(p, q).ifPresent(links::add);
    }
    long t3 = System.nanoTime();
    write(articleIri, keys, links, profiles);
    long t4 = System.nanoTime();
    lastPhases = new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3};
    return links;
  }

  /** The story keys of an article: its band keys and its figures' value keys. */
  public static List<String> keys(String articleIri, Profile p) {
    Set<String> keys = new LinkedHashSet<>(MinHash.bandKeys(TextSimilarity.shingles(p.text(), 3)));
    for (FigureRecord f : p.figures()) {
      String v = valueKey(f);
      keys.add(v);
      for (String o : p.outletWords()) keys.add("o|" + o + "|" + v);
      for (String c : p.creditWords()) keys.add("c|" + c + "|" + v);
    }
    return new ArrayList<>(keys);
  }

  /**
   * The keys to look up for an article's keys: its band and value keys as they are, and for each
   * outlet-figure key the matching credit-figure key and back ("o|bloomberg|v…" ↔ "c|bloomberg|v…"),
   * so an article crediting Bloomberg finds Bloomberg's articles with one of its figures, and back.
   */
  public static List<String> lookups(List<String> keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      if (k.startsWith("o|")) out.add("c|" + k.substring(2));
      else if (k.startsWith("c|")) out.add("o|" + k.substring(2));
      else out.add(k);
    }
    return out;
  }

  /** {@code v|<base unit>|<value at 3 significant digits>}. */
  public static String valueKey(FigureRecord f) {
    UnitTable.Entry e = f.unit() == null ? null : UnitTable.get().entry(f.unit());
    String dim = e == null ? String.valueOf(f.unit()) : "Count".equals(e.kind()) ? "count" : e.base();
    return "v|" + dim + "|" + Rounding.key(FigureMatch.base(f));
  }

  private Set<String> candidates(String self, List<String> keys) {
    Map<String, int[]> hits = new TreeMap<>();
    Txn.executeRead(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      for (String key : keys) {
        int kind = keyKind(key);
        List<String> found = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, CG.storyKey.asNode(), NodeFactory.createLiteralString(key));
        while (it.hasNext() && found.size() <= STOP_KEY) {
          Quad q = it.next();
          String a = q.getSubject().getURI();
          if (!a.equals(self) && !found.contains(a)) found.add(a);
        }
        if (found.size() > STOP_KEY) continue;
        for (String a : found) {
          hits.computeIfAbsent(a, k -> new int[3])[kind]++;
        }
      }
    });
    return ranked(hits);
  }

  /** What a hit through a looked-up key counts as: 0 a band key, 1 a value key, 2 an outlet/credit key. */
  public static int keyKind(String key) {
    return key.startsWith("b") ? 0 : key.startsWith("v") ? 1 : 2;
  }

  /**
   * The candidates to decide, from the hits per stored article (counts by {@link #keyKind}): those with a
   * band hit, {@link RestatementDetector#MIN_SHARED} value hits or a credit hit, the strongest
   * {@value #MAX_CANDIDATES} first (most band hits, i.e. near-duplicate text, then credit hits, then
   * shared values; ties by IRI). Shared with the Spark stage, which must choose exactly as ingest does.
   */
  public static Set<String> ranked(Map<String, int[]> hits) {
    List<Map.Entry<String, int[]>> ranked = new ArrayList<>();
    for (var e : hits.entrySet()) {
      int[] h = e.getValue();
      if (h[0] >= 1 || h[1] >= RestatementDetector.MIN_SHARED || h[2] >= 1) ranked.add(e);
    }
    ranked.sort(java.util.Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(4 * e.getValue()[0] + 3 * e.getValue()[2]
        + e.getValue()[1])).thenComparing(Map.Entry::getKey));
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < Math.min(MAX_CANDIDATES, ranked.size()); i++) out.add(ranked.get(i).getKey());
    return out;
  }

  /**
   * Profiles read by this linker, the most recently used {@value #CACHED} (an ingest run links many
   * articles against the same few candidates; links and keys, which linking adds, are not part of a
   * profile, so an entry stays right for the linker's life: one ingest run or relink).
   */
  static final int CACHED = 2000;

  private final Map<String, Profile> cache = new java.util.LinkedHashMap<>(256, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Profile> eldest) {
      return size() > CACHED;
    }
  };

  /** The profile of a stored article, or null if it is not stored (direct quad lookups, see {@link GraphProfiles}). */
  public Profile profile(String iri) {
    Profile cached = cache.get(iri);
    if (cached != null) return cached;
    Profile p = Txn.calculateRead(dataset, () -> GraphProfiles.read(dataset.asDatasetGraph(), iri));
    if (p != null) cache.put(iri, p);
    return p;
  }

  private void write(String articleIri, List<String> keys, List<Restatement> links, Map<String, Profile> profiles) {
    List<Quad> quads = linkQuads(articleIri, keys, links, profiles);
    Txn.executeWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      quads.forEach(dsg::add);
    });
  }

  /**
   * The quads {@link #link} adds to the article's graph: its story keys, and for each link the
   * restatement with its evidence and the figures it restates (the Spark stage writes the same).
   */
  public static List<Quad> linkQuads(String articleIri, List<String> keys, List<Restatement> links, Map<String, Profile> profiles) {
    Node g = NodeFactory.createURI(articleIri);
    List<Quad> out = new ArrayList<>();
    QuadSink dsg = (gn, s, p, o) -> out.add(Quad.create(gn, s, p, o));
    {
      for (String k : keys) dsg.add(g, g, CG.storyKey.asNode(), NodeFactory.createLiteralString(k));
      for (Restatement r : links) {
        Node rw = NodeFactory.createURI(r.rewrite());
        Node src = NodeFactory.createURI(r.source());
        Node link = NodeFactory.createURI(linkIri(r.rewrite(), r.source()));
        dsg.add(g, rw, CG.restates.asNode(), src);
        dsg.add(g, rw, CG.restatement.asNode(), link);
        dsg.add(g, link, org.apache.jena.vocabulary.RDF.type.asNode(), CG.Restatement.asNode());
        dsg.add(g, link, CG.rewrite.asNode(), rw);
        dsg.add(g, link, CG.restated.asNode(), src);
        add(dsg, g, link, CG.similarity, Double.toString(r.similarity()), XSDDatatype.XSDdecimal);
        add(dsg, g, link, CG.sharedFigures, Integer.toString(r.sharedFigures()), XSDDatatype.XSDinteger);
        if (r.creditedOutlet() != null) dsg.add(g, link, CG.creditedOutlet.asNode(), NodeFactory.createLiteralString(r.creditedOutlet()));
        dsg.add(g, link, CG.directionEvidence.asNode(), NodeFactory.createLiteralString(r.direction()));
        Profile rp = profiles.get(r.rewrite());
        Profile sp = profiles.get(r.source());
        for (FigureRecord f : rp.figures()) {
          for (FigureRecord o : sp.figures()) {
            if (FigureMatch.sameValue(f, o) && f.start() != null && o.start() != null) {
              dsg.add(g, NodeFactory.createURI(Iris.figure(id(r.rewrite()), f.start(), f.end())), CG.restatesFigure.asNode(),
                  NodeFactory.createURI(Iris.figure(id(r.source()), o.start(), o.end())));
              break;
            }
          }
        }
      }
    }
    return out;
  }

  /** Where {@link #linkQuads} puts its quads. */
  private interface QuadSink {
    void add(Node g, Node s, Node p, Node o);
  }

  private static void add(QuadSink dsg, Node g, Node s, Property p, String lexical, XSDDatatype type) {
    dsg.add(g, s, p.asNode(), NodeFactory.createLiteralDT(lexical, type));
  }

  /** The profile of the article {@code iri} in {@code dsg} (any dataset holding its graph), or null. */
  public static Profile profile(DatasetGraph dsg, String iri) {
    return GraphProfiles.read(dsg, iri);
  }

  /** Nanoseconds of the last {@link #link}'s phases: profile and keys, candidate lookup, decisions, write (for benchmarks). */
  public long[] lastPhases() {
    return lastPhases.clone();
  }

  /** Shared value keys that make an unlinked article an independent report of a story's facts. */
  static final int INDEPENDENT_KEYS = 3;

  /**
   * The articles not among {@code members} that state at least {@value #INDEPENDENT_KEYS} of the
   * members' figure values (value keys, exact lookups): independent reports of the same facts.
   */
  public java.util.List<String> independentOf(java.util.Set<String> members, Map<String, Profile> profiles) {
    Set<String> keys = new LinkedHashSet<>();
    for (String m : members) {
      Profile p = profiles.get(m);
      if (p != null) for (FigureRecord f : p.figures()) if (f.quote() != null && f.quote().matches(".*\\d.*")) keys.add(valueKey(f));
    }
    Map<String, Integer> hits = new TreeMap<>();
    Txn.executeRead(dataset, () -> {
      for (String key : keys) {
        List<String> found = new ArrayList<>();
        Iterator<Quad> it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, CG.storyKey.asNode(), NodeFactory.createLiteralString(key));
        while (it.hasNext() && found.size() <= STOP_KEY) {
          String a = it.next().getSubject().getURI();
          if (!members.contains(a) && !found.contains(a)) found.add(a);
        }
        if (found.size() > STOP_KEY) continue;
        for (String a : found) hits.merge(a, 1, Integer::sum);
      }
    });
    List<String> out = new ArrayList<>();
    hits.forEach((a, n) -> {
      if (n >= INDEPENDENT_KEYS) out.add(a);
    });
    return out;
  }

  /** How many candidates the last {@link #link} examined (for benchmarks). */
  public int lastCandidates() {
    return lastCandidates;
  }

  /** {@code https://claimgraph.org/id/restatement/{rewriteId}--{sourceId}}. */
  public static String linkIri(String rewriteIri, String sourceIri) {
    return CG.ID + "restatement/" + id(rewriteIri) + "--" + id(sourceIri);
  }

  static String id(String articleIri) {
    return articleIri.substring(articleIri.lastIndexOf('/') + 1);
  }
}
