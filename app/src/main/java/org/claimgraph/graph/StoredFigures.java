package org.claimgraph.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.relate.FigureKeys;

/** Reads the stored figures back as flat records, sorted by document and position. */
public final class StoredFigures {

  private static final String QUERY = """
      PREFIX cg: <https://claimgraph.org/ns#>
      PREFIX oa: <http://www.w3.org/ns/oa#>
      PREFIX schema: <https://schema.org/>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?doc ?article ?quote ?start ?end ?value ?valueMax ?unit ?kindNode ?b ?direction ?qualifier ?period
             ?measure ?places ?source ?speaker ?title ?org ?sentence ?ss ?se
             ?from ?fromQuote ?to ?toQuote ?via ?inTitle
      WHERE {
        GRAPH ?article {
          ?f a cg:Figure ; cg:statedIn ?article ; cg:value ?value ; cg:unitCode ?unit ; cg:kind ?kindNode ;
             cg:quote ?q ; cg:sentence ?s .
          ?article cg:docName ?doc .
          ?q oa:start ?start ; oa:end ?end ; oa:exact ?quote .
          ?s oa:exact ?sentence ; oa:start ?ss ; oa:end ?se .
          OPTIONAL { ?f cg:valueMax ?valueMax }
          OPTIONAL { ?f cg:basis ?b }
          OPTIONAL { ?f cg:direction ?direction }
          OPTIONAL { ?f cg:qualifier ?qualifier }
          OPTIONAL { ?f cg:period ?period }
          OPTIONAL { ?f cg:measure ?measure }
          OPTIONAL { ?f cg:placeList ?places }
          OPTIONAL { ?f cg:attribution/cg:sourceText ?source }
          OPTIONAL { ?f cg:attribution/cg:reportedBy/rdfs:label ?via }
          OPTIONAL { ?f cg:inTitle ?inTitle }
          OPTIONAL { ?f cg:fromLevel ?from . ?from cg:quote/oa:exact ?fromQuote }
          OPTIONAL { ?f cg:toLevel ?to . ?to cg:quote/oa:exact ?toQuote }
          OPTIONAL { ?f cg:attribution/cg:speaker ?p . ?p schema:name ?speaker
                     OPTIONAL { ?p schema:jobTitle ?title } OPTIONAL { ?p schema:worksFor/schema:name ?org } }
        }
      }
      ORDER BY ?doc ?start ?end
      """;

  private StoredFigures() {}

  /**
   * The figures with this {@code cg:citeKey} (see {@link FigureKeys}): an exact lookup in the POS
   * index, sorted by document and position. Call inside a read transaction, or it opens one.
   */
  public static List<FigureRecord> withKey(Dataset dataset, String key) {
    return withKey(dataset, key, new java.util.HashSet<>());
  }

  /** As {@link #withKey(Dataset, String)}, leaving out figures whose IRI is in {@code seen}, and adding the others to it. */
  public static List<FigureRecord> withKey(Dataset dataset, String key, java.util.Set<String> seen) {
    return withKey(dataset, key, seen, new java.util.HashMap<>());
  }

  /**
   * As {@link #withKey(Dataset, String, java.util.Set)}, reading each figure once per {@code read}
   * (figure IRI → record; null for a subject that is no figure), which a caller keeps across the
   * lookups of one answer: a value stated by many articles meets the same neighbours many times.
   */
  public static List<FigureRecord> withKey(Dataset dataset, String key, java.util.Set<String> seen,
      java.util.Map<String, java.util.Optional<FigureRecord>> read) {
    return Txn.calculateRead(dataset, () -> {
      FigureReader reader = new FigureReader(dataset.asDatasetGraph());
      List<FigureRecord> out = new ArrayList<>();
      var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, CG.citeKey.asNode(), NodeFactory.createLiteralString(key));
      while (it.hasNext()) {
        var q = it.next();
        if (!seen.add(q.getSubject().getURI())) continue;
        FigureRecord r = read.computeIfAbsent(q.getSubject().getURI(),
            iri -> java.util.Optional.ofNullable(reader.figure(q.getGraph(), q.getSubject()))).orElse(null);
        if (r != null) out.add(r);
      }
      out.sort(ORDER);
      return out;
    });
  }

  /**
   * As {@link #withKey(Dataset, String, java.util.Set, java.util.Map)}, reading in full only the
   * figures whose {@code cg:statementKey} (one look-up each; null for a figure without one) {@code
   * keep} accepts: a key neighbourhood holds the statements of every measure of a place and month,
   * of which a citation wants those of one measure.
   */
  public static List<FigureRecord> withKey(Dataset dataset, String key, java.util.Set<String> seen,
      java.util.Map<String, java.util.Optional<FigureRecord>> read, java.util.function.Predicate<String> keep) {
    return Txn.calculateRead(dataset, () -> {
      FigureReader reader = new FigureReader(dataset.asDatasetGraph());
      List<FigureRecord> out = new ArrayList<>();
      eachKept(dataset, key, seen, read::containsKey, keep, (g, f) ->
          read.computeIfAbsent(f.getURI(), i -> java.util.Optional.ofNullable(reader.figure(g, f))).ifPresent(out::add));
      out.sort(ORDER);
      return out;
    });
  }

  /**
   * Each figure (graph, node) with this {@code cg:citeKey} whose IRI is not in {@code seen} (then added to it) and
   * whose {@code cg:statementKey} (null for none) {@code keep} accepts, asked only of those not {@code read} yet.
   */
  private static void eachKept(Dataset dataset, String key, java.util.Set<String> seen, java.util.function.Predicate<String> read,
      java.util.function.Predicate<String> keep, java.util.function.BiConsumer<Node, Node> each) {
    var dsg = dataset.asDatasetGraph();
    var it = dsg.find(Node.ANY, Node.ANY, CG.citeKey.asNode(), NodeFactory.createLiteralString(key));
    while (it.hasNext()) {
      var q = it.next();
      String iri = q.getSubject().getURI();
      if (seen.contains(iri)) continue;
      if (!read.test(iri)) {
        var sk = dsg.find(q.getGraph(), q.getSubject(), CG.statementKey.asNode(), Node.ANY);
        if (!keep.test(sk.hasNext() ? sk.next().getObject().getLiteralLexicalForm() : null)) continue;
      }
      seen.add(iri);
      each.accept(q.getGraph(), q.getSubject());
    }
  }


  /**
   * A figure read as far as relating it to others needs ({@link FigureReader#relatable}: no credit, speaker, outlet,
   * sentence text or level references), with its graph and IRI to read it in full ({@link #figure}) if it is shown.
   */
  public record Relatable(String graph, String iri, FigureRecord figure) {}

  /**
   * As {@link #withKey(Dataset, String, java.util.Set, java.util.Map, java.util.function.Predicate)}, each figure read
   * only as far as {@link Relatable} (once per {@code read}; document names once per {@code docs}), in document order.
   * Call inside a read transaction.
   */
  public static List<Relatable> relatableWithKey(Dataset dataset, String key, java.util.Set<String> seen,
      java.util.Map<String, java.util.Optional<Relatable>> read, java.util.Map<String, java.util.Optional<String>> docs,
      java.util.function.Predicate<String> keep) {
    FigureReader reader = new FigureReader(dataset.asDatasetGraph());
    List<Relatable> out = new ArrayList<>();
    eachKept(dataset, key, seen, read::containsKey, keep, (g, f) -> relatable(reader, g, f.getURI(), read, docs).ifPresent(out::add));
    out.sort(RELATABLE_ORDER);
    return out;
  }


  /** The figures of these IRIs (of the given graphs) as far as {@link Relatable}, in document order. Call inside a read transaction. */
  public static List<Relatable> relatable(Dataset dataset, java.util.Collection<Valued> which,
      java.util.Map<String, java.util.Optional<Relatable>> read, java.util.Map<String, java.util.Optional<String>> docs) {
    FigureReader reader = new FigureReader(dataset.asDatasetGraph());
    List<Relatable> out = new ArrayList<>();
    for (Valued v : which) relatable(reader, NodeFactory.createURI(v.graph()), v.iri(), read, docs).ifPresent(out::add);
    out.sort(RELATABLE_ORDER);
    return out;
  }

  private static java.util.Optional<Relatable> relatable(FigureReader reader, Node g, String iri,
      java.util.Map<String, java.util.Optional<Relatable>> read, java.util.Map<String, java.util.Optional<String>> docs) {
    return read.computeIfAbsent(iri, i -> {
      String doc = docs.computeIfAbsent(g.getURI(), x -> java.util.Optional.ofNullable(reader.docName(g))).orElse(null);
      FigureRecord r = reader.relatable(g, NodeFactory.createURI(i), doc);
      return r == null ? java.util.Optional.empty() : java.util.Optional.of(new Relatable(g.getURI(), i, r));
    });
  }

  /** {@link #ORDER} of the figures (a lambda: ORDER is initialized further down). */
  private static final java.util.Comparator<Relatable> RELATABLE_ORDER = (a, b) -> StoredFigures.ORDER.compare(a.figure(), b.figure());

  /**
   * The implied levels stored at ingest ({@code cg:ImpliedFigure}) with this {@code cg:impliedKey}:
   * those whose implied level is a figure of that key. Call inside a read transaction.
   */
  public static List<ImpliedRef> impliedWithKey(Dataset dataset, String key) {
    List<ImpliedRef> out = new ArrayList<>();
    var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, CG.impliedKey.asNode(), NodeFactory.createLiteralString(key));
    while (it.hasNext()) {
      var q = it.next();
      ImpliedRef r = ImpliedRef.of(q.getGraph().getURI(), q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
      if (r != null) out.add(r);
    }
    return out;
  }

  /** What {@link #impliedWithKey} finds in article graph {@code g}, whatever the key: each subject's {@code cg:impliedKey}s. */
  static List<ImpliedRef> impliedKeyed(org.apache.jena.sparql.core.DatasetGraph dsg, Node g) {
    List<ImpliedRef> out = new ArrayList<>();
    var it = dsg.find(g, Node.ANY, CG.impliedKey.asNode(), Node.ANY);
    while (it.hasNext()) {
      var q = it.next();
      ImpliedRef r = ImpliedRef.of(g.getURI(), q.getSubject().getURI(), q.getObject().getLiteralLexicalForm());
      if (r != null) out.add(r);
    }
    return out;
  }

  /** The implied levels stored with one article (its level-and-change pairs). Call inside a read transaction. */
  public static List<ImpliedRef> impliedIn(Dataset dataset, String articleIri) {
    return impliedIn(dataset.asDatasetGraph(), articleIri);
  }

  /** As {@link #impliedIn(Dataset, String)}. */
  static List<ImpliedRef> impliedIn(org.apache.jena.sparql.core.DatasetGraph dsg, String articleIri) {
    List<ImpliedRef> out = new ArrayList<>();
    Node g = NodeFactory.createURI(articleIri);
    var it = dsg.find(g, Node.ANY, RDF.type.asNode(), CG.ImpliedFigure.asNode());
    while (it.hasNext()) {
      Node node = it.next().getSubject();
      var key = dsg.find(g, node, CG.impliedKey.asNode(), Node.ANY);
      ImpliedRef r = ImpliedRef.of(articleIri, node.getURI(), key.hasNext() ? key.next().getObject().getLiteralLexicalForm() : null);
      if (r != null) out.add(r);
    }
    return out;
  }

  /** A figure of a key as far as citation order needs it: its graph, IRI and unit code. */
  public record Keyed(String graph, String iri, String unit) {}

  /**
   * The figures with this {@code cg:citeKey} and a unit, each read as far as {@link Keyed} (one lookup
   * each), in the index's order. Call inside a read transaction.
   */
  public static List<Keyed> unitsWithKey(Dataset dataset, String key) {
    var dsg = dataset.asDatasetGraph();
    FigureReader reader = new FigureReader(dsg);
    List<Keyed> out = new ArrayList<>();
    var it = dsg.find(Node.ANY, Node.ANY, CG.citeKey.asNode(), NodeFactory.createLiteralString(key));
    while (it.hasNext()) {
      var q = it.next();
      String unit = reader.unit(q.getGraph(), q.getSubject());
      if (unit != null) out.add(new Keyed(q.getGraph().getURI(), q.getSubject().getURI(), unit));
    }
    return out;
  }

  /** The figure of this IRI in this article graph read in full, or null. Call inside a read transaction. */
  public static FigureRecord figure(Dataset dataset, String graph, String iri) {
    return new FigureReader(dataset.asDatasetGraph()).figure(NodeFactory.createURI(graph), NodeFactory.createURI(iri));
  }

  /** Whom the figure of this IRI is credited to ({@link FigureRecord#attributedTo}), or null. Call inside a read transaction. */
  public static String credit(Dataset dataset, String graph, String iri) {
    return new FigureReader(dataset.asDatasetGraph()).credit(NodeFactory.createURI(graph), NodeFactory.createURI(iri));
  }

  /**
   * A figure as far as a value check needs it: its IRI, graph, value and rounding (half a unit of the
   * last digit its quote writes, {@link FigureKeys#precision}), read with three lookups instead of a
   * whole figure's twenty.
   */
  public record Valued(String graph, String iri, double value, double precision) {}

  /** The figures with this {@code cg:citeKey}, each read as far as {@link Valued} (call inside a read transaction). */
  public static List<Valued> valuesWithKey(Dataset dataset, String key) {
    var dsg = dataset.asDatasetGraph();
    List<Valued> out = new ArrayList<>();
    var it = dsg.find(Node.ANY, Node.ANY, CG.citeKey.asNode(), NodeFactory.createLiteralString(key));
    while (it.hasNext()) {
      var q = it.next();
      Node g = q.getGraph();
      Node f = q.getSubject();
      var v = dsg.find(g, f, CG.value.asNode(), Node.ANY);
      var quote = dsg.find(g, f, CG.quote.asNode(), Node.ANY);
      if (!v.hasNext() || !quote.hasNext()) continue;
      var exact = dsg.find(g, quote.next().getObject(), Vocab.exact.asNode(), Node.ANY);
      double value = new BigDecimal(v.next().getObject().getLiteralLexicalForm()).doubleValue();
      String text = exact.hasNext() ? exact.next().getObject().getLiteralLexicalForm() : null;
      out.add(new Valued(g.getURI(), f.getURI(), value, FigureKeys.precision(text, value)));
    }
    return out;
  }

  /** The figures of these IRIs (of the given graphs), in document order, each read once per {@code read}. */
  public static List<FigureRecord> figures(Dataset dataset, java.util.Collection<Valued> which,
      java.util.Map<String, java.util.Optional<FigureRecord>> read) {
    FigureReader reader = new FigureReader(dataset.asDatasetGraph());
    List<FigureRecord> out = new ArrayList<>();
    for (Valued v : which) {
      FigureRecord r = read.computeIfAbsent(v.iri(),
          iri -> java.util.Optional.ofNullable(reader.figure(NodeFactory.createURI(v.graph()), NodeFactory.createURI(iri)))).orElse(null);
      if (r != null) out.add(r);
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * The figures of one article at these offsets (its body's and its headline's: their IRIs differ),
   * in document order, read by IRI instead of reading the whole article. Call inside a read transaction.
   */
  public static List<FigureRecord> at(Dataset dataset, String articleIri, int start, int end) {
    var dsg = dataset.asDatasetGraph();
    FigureReader reader = new FigureReader(dsg);
    Node g = NodeFactory.createURI(articleIri);
    String id = articleIri.substring(articleIri.lastIndexOf('/') + 1);
    List<FigureRecord> out = new ArrayList<>();
    for (String iri : List.of(Iris.figure(id, start, end), Iris.titleFigure(id, start, end))) {
      Node f = NodeFactory.createURI(iri);
      // as FigureReader.figures: a figure stated in its article
      if (!dsg.contains(g, f, RDF.type.asNode(), CG.Figure.asNode()) || !dsg.find(g, f, CG.statedIn.asNode(), Node.ANY).hasNext()) continue;
      FigureRecord r = reader.figure(g, f);
      if (r != null) out.add(r);
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * The {@code cg:statementKey}s of the figures of one article at these offsets (body and headline),
   * an absent key as null; empty when no figure is there. One or two lookups each, where reading the
   * figures would take twenty: enough to tell a figure's unit and measure. Call inside a read transaction.
   */
  public static List<String> statementKeysAt(Dataset dataset, String articleIri, int start, int end) {
    var dsg = dataset.asDatasetGraph();
    Node g = NodeFactory.createURI(articleIri);
    String id = articleIri.substring(articleIri.lastIndexOf('/') + 1);
    List<String> out = new ArrayList<>(2);
    for (String iri : List.of(Iris.figure(id, start, end), Iris.titleFigure(id, start, end))) {
      Node f = NodeFactory.createURI(iri);
      if (!dsg.contains(g, f, RDF.type.asNode(), CG.Figure.asNode())) continue;
      var sk = dsg.find(g, f, CG.statementKey.asNode(), Node.ANY);
      out.add(sk.hasNext() ? sk.next().getObject().getLiteralLexicalForm() : null);
    }
    return out;
  }

  /** The article graphs holding figures with this {@code cg:citeKey}, sorted. */
  public static java.util.SortedSet<String> articlesWithKey(Dataset dataset, String key) {
    return Txn.calculateRead(dataset, () -> {
      java.util.SortedSet<String> out = new java.util.TreeSet<>();
      var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, CG.citeKey.asNode(), NodeFactory.createLiteralString(key));
      while (it.hasNext()) out.add(it.next().getGraph().getURI());
      return out;
    });
  }

  /** Document, then position: the order of {@link #all}. */
  public static final java.util.Comparator<FigureRecord> ORDER = java.util.Comparator.comparing(FigureRecord::doc)
      .thenComparing(f -> f.start() == null ? -1 : f.start()).thenComparing(f -> f.end() == null ? -1 : f.end());

  /** The figures whose value or upper value is exactly {@code value}: an exact lookup. */
  public static List<FigureRecord> withValue(Dataset dataset, double value) {
    return withKey(dataset, FigureKeys.value(value));
  }


  /** The figures of one article graph. */
  public static List<FigureRecord> ofArticle(Dataset dataset, String articleIri) {
    return Txn.calculateRead(dataset, () -> new FigureReader(dataset.asDatasetGraph()).figures(NodeFactory.createURI(articleIri)));
  }

  /** Whether the store's figures carry {@code cg:citeKey}s (stores written before keys were added do not). */
  public static boolean hasKeys(Dataset dataset) {
    return Txn.calculateRead(dataset, () -> {
      var dsg = dataset.asDatasetGraph();
      boolean figures = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Figure.asNode()).hasNext();
      return !figures || dsg.find(Node.ANY, Node.ANY, CG.citeKey.asNode(), Node.ANY).hasNext();
    });
  }

  /** All stored figures. */
  public static List<FigureRecord> all(Dataset dataset) {
    return Txn.calculateRead(dataset, () -> {
      List<FigureRecord> out = new ArrayList<>();
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(QUERY)
          .set(TDB2.symUnionDefaultGraph, true).build()) {
        ResultSet rs = qe.execSelect();
        while (rs.hasNext()) out.add(record(rs.next()));
      }
      return out;
    });
  }

  private static FigureRecord record(QuerySolution s) {
    String speaker = str(s, "speaker");
    // A figure in a quote is credited to its speaker when the article names no other source.
    String credited = str(s, "source") != null ? str(s, "source") : speaker;
    if (speaker != null) {
      if (str(s, "title") != null) speaker += ", " + str(s, "title");
      if (str(s, "org") != null) speaker += ", " + str(s, "org");
    }
    String places = str(s, "places");
    return new FigureRecord(str(s, "doc"), s.getResource("article").getURI(), str(s, "quote"), integer(s, "start"),
        integer(s, "end"), number(s, "value"), s.contains("valueMax") ? number(s, "valueMax") : null, str(s, "unit"),
        kindOf(s), basisOf(s), str(s, "direction"), str(s, "qualifier"), str(s, "period"), str(s, "measure"),
        places == null ? List.of() : Arrays.asList(places.split(" ")), credited, speaker, str(s, "sentence"),
        integer(s, "ss"), integer(s, "se"), ref(s, "from", "fromQuote"), ref(s, "to", "toQuote"), str(s, "via"),
        s.contains("inTitle") && s.getLiteral("inTitle").getBoolean());
  }

  /** A linked figure: its IRI ends in {start}-{end} (see {@link Iris#figure}). */
  private static org.claimgraph.figure.Figure.Ref ref(QuerySolution s, String var, String quoteVar) {
    if (!s.contains(var)) return null;
    String iri = s.getResource(var).getURI();
    String[] range = iri.substring(iri.lastIndexOf('/') + 1).split("-");
    return new org.claimgraph.figure.Figure.Ref(Integer.parseInt(range[0]), Integer.parseInt(range[1]), str(s, quoteVar));
  }

  private static String kindOf(QuerySolution s) {
    String iri = s.getResource("kindNode").getURI();
    return iri.substring(CG.NS.length()).toLowerCase(java.util.Locale.ROOT);
  }

  private static String basisOf(QuerySolution s) {
    if (!s.contains("b")) return null;
    String iri = s.getResource("b").getURI();
    if (iri.equals(CG.YearOnYear.getURI())) return "yoy";
    if (iri.equals(CG.MonthOnMonth.getURI())) return "mom";
    if (iri.equals(CG.QuarterOnQuarter.getURI())) return "qoq";
    return "vs-period";
  }

  private static String str(QuerySolution s, String var) {
    RDFNode n = s.get(var);
    return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
  }

  private static Integer integer(QuerySolution s, String var) {
    Literal l = s.getLiteral(var);
    return l == null ? null : l.getInt();
  }

  private static double number(QuerySolution s, String var) {
    return new BigDecimal(s.getLiteral(var).getLexicalForm()).doubleValue();
  }
}
