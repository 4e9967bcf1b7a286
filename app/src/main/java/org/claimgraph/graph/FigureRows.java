package org.claimgraph.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.relate.FigureKeys;

/**
 * What citation reads of each keyed figure of an article graph, read once when the article is written
 * (or by a backfill) so that the figures index can answer cite's key look-ups without TDB2: for every
 * subject with a {@code cg:citeKey}, exactly what {@link StoredFigures#unitsWithKey}, {@link
 * StoredFigures#relatableWithKey}, {@link StoredFigures#valuesWithKey} and {@link StoredArticles#brief}
 * read of it, by the same {@link FigureReader}, so an answer from the rows is the answer from the store.
 */
public final class FigureRows {
  private FigureRows() {}

  /**
   * One keyed figure.
   *
   * @param graph        its article graph
   * @param iri          the figure
   * @param keys         its {@code cg:citeKey}s
   * @param statementKey its first {@code cg:statementKey}, or null
   * @param unit         its first unit code, or null
   * @param value        its first value, or null
   * @param quoted       whether it has a quote ({@code valuesWithKey} skips a figure without)
   * @param quote        the quote's text, or null
   * @param full         {@link FigureReader#figure}'s record (what a citation shows), or null where that gives null
   * @param doc          the article's document name, or null
   * @param article      whether the graph holds an article ({@link FigureReader#articleBrief} non-null)
   * @param publisher    the article's publisher name, or null
   * @param date         the article's publication date, or null
   */
  public record Row(String graph, String iri, List<String> keys, String statementKey, String unit, Double value,
      boolean quoted, String quote, FigureRecord full, String doc, boolean article, String publisher, String date) {
    public Row {
      keys = List.copyOf(keys);
    }

    /** The value check's reading ({@link StoredFigures#valuesWithKey}), or null where that skips the figure. */
    public StoredFigures.Valued valued() {
      return value == null || !quoted ? null : new StoredFigures.Valued(graph, iri, value, FigureKeys.precision(quote, value));
    }

    /** The citation order's reading ({@link StoredArticles#brief}). */
    public StoredArticles.Brief brief() {
      return new StoredArticles.Brief(doc, !article ? null : new ArticleInfo(graph, doc, null, publisher, List.of(), date, null));
    }

    /** {@link FigureReader#relatable}'s record: the full one without credit, speaker, sentence, levels and outlet. */
    public FigureRecord partial() {
      return full == null ? null : FigureReader.partial(full);
    }
  }

  /**
   * An article graph as citation reads it besides its keyed figures: its metadata ({@link FigureReader#article}), every
   * subject typed {@code cg:Figure} in it, and its stored implied levels.
   *
   * @param graph    the article graph
   * @param info     its metadata, or null where the graph holds no article
   * @param figures  its figures, in graph order
   * @param implied  {@link StoredFigures#impliedIn}'s references (the {@code cg:ImpliedFigure}s of the graph)
   * @param keyed    the references of every subject with a {@code cg:impliedKey} ({@link StoredFigures#impliedWithKey})
   * @param links    the {@code cg:restates} links its graph holds (written into the graph of the article ingested last,
   *                 whichever side it is), which origins read
   */
  public record ArticleRow(String graph, ArticleInfo info, List<Figure> figures, List<ImpliedRef> implied, List<ImpliedRef> keyed,
      List<Link> links) {
    public ArticleRow {
      figures = List.copyOf(figures);
      implied = List.copyOf(implied);
      keyed = List.copyOf(keyed);
      links = List.copyOf(links);
    }

    /** The articles restating others in its graph's links (the terms an answer finds the row by). */
    public java.util.SortedSet<String> rewrites() {
      java.util.SortedSet<String> out = new java.util.TreeSet<>();
      for (Link l : links) out.add(l.rewrite());
      return out;
    }

    /** The {@code cg:impliedKey}s of its stored implied levels (the terms an answer finds the article by). */
    public java.util.SortedSet<String> impliedKeys() {
      java.util.SortedSet<String> out = new java.util.TreeSet<>();
      for (ImpliedRef r : keyed) if (r.key() != null) out.add(r.key());
      return out;
    }
  }

  /**
   * A subject typed {@code cg:Figure} of an article graph.
   *
   * @param iri          the figure
   * @param statementKey its first {@code cg:statementKey}, or null
   * @param stated       whether it has a {@code cg:statedIn} ({@link FigureReader#figures} reads only those)
   * @param full         {@link FigureReader#figure}'s record, or null
   * @param credit       whom it is credited to ({@link StoredFigures#credit}), or null
   */
  public record Figure(String iri, String statementKey, boolean stated, FigureRecord full, String credit) {}

  /** A {@code cg:restates} link: {@code rewrite} restates {@code source}. */
  public record Link(String rewrite, String source) {}

  /** What the figures index holds of one article graph: the article and its keyed figures. */
  public record ArticleRows(ArticleRow article, List<Row> rows) {
    public ArticleRows {
      rows = List.copyOf(rows);
    }
  }

  /** The rows of article graph {@code graph} of a stored dataset. Call inside a read transaction. */
  public static ArticleRows of(DatasetGraph dsg, String graph) {
    return of(dsg, NodeFactory.createURI(graph));
  }

  /** The rows of article graph {@code graph} of a store, read in a read transaction of their own (or the caller's). */
  public static ArticleRows stored(org.apache.jena.query.Dataset dataset, String graph) {
    return org.apache.jena.system.Txn.calculateRead(dataset, () -> of(dataset.asDatasetGraph(), graph));
  }

  /** The rows of the article graph {@code graph} that {@code writer} writes (as into {@link GraphStore#put}), before it is stored. */
  public static ArticleRows written(String graph, Consumer<StreamRDF> writer) {
    DatasetGraph mem = DatasetGraphFactory.create();
    StreamRDF sink = StreamRDFLib.dataset(mem);
    sink.start();
    writer.accept(sink);
    sink.finish();
    return of(mem, NodeFactory.createURI(graph));
  }

  /** An article graph of a store with the id and source file its index entries are replaced by. */
  public record Article(String graph, String id, String source) {}

  /** Article graph {@code graph} of a stored dataset with its id and source file, or null where it has none. Call inside a read transaction. */
  public static Article article(DatasetGraph dsg, String graph) {
    Node g = NodeFactory.createURI(graph);
    Node source = first(dsg, g, g, CG.sourceFile.asNode());
    return source == null ? null : new Article(graph, graph.substring(graph.lastIndexOf('/') + 1), source.getLiteralLexicalForm());
  }

  /** The article graphs of a stored dataset (those with a source file), in graph order. Call inside a read transaction. */
  public static List<Article> articles(DatasetGraph dsg) {
    java.util.Map<String, Article> out = new java.util.LinkedHashMap<>();
    var it = dsg.find(Node.ANY, Node.ANY, CG.sourceFile.asNode(), Node.ANY);
    while (it.hasNext()) {
      var q = it.next();
      if (!q.getGraph().equals(q.getSubject())) continue;
      String g = q.getGraph().getURI();
      out.putIfAbsent(g, new Article(g, g.substring(g.lastIndexOf('/') + 1), q.getObject().getLiteralLexicalForm()));
    }
    return new ArrayList<>(out.values());
  }

  private static ArticleRows of(DatasetGraph dsg, Node g) {
    FigureReader reader = new FigureReader(dsg);
    String doc = reader.docName(g);
    ArticleInfo brief = doc == null ? null : reader.articleBrief(g, doc);
    Set<Node> subjects = new LinkedHashSet<>();
    var it = dsg.find(g, Node.ANY, CG.citeKey.asNode(), Node.ANY);
    while (it.hasNext()) subjects.add(it.next().getSubject());
    List<Row> out = new ArrayList<>();
    for (Node f : subjects) {
      List<String> keys = new ArrayList<>();
      var k = dsg.find(g, f, CG.citeKey.asNode(), Node.ANY);
      while (k.hasNext()) keys.add(k.next().getObject().getLiteralLexicalForm());
      Node sk = first(dsg, g, f, CG.statementKey.asNode());
      Node v = first(dsg, g, f, CG.value.asNode());
      Node quote = first(dsg, g, f, CG.quote.asNode());
      Node exact = quote == null ? null : first(dsg, g, quote, Vocab.exact.asNode());
      out.add(new Row(g.getURI(), f.getURI(), keys, sk == null ? null : sk.getLiteralLexicalForm(), reader.unit(g, f),
          v == null ? null : new BigDecimal(v.getLiteralLexicalForm()).doubleValue(), quote != null,
          exact == null ? null : exact.getLiteralLexicalForm(), doc == null ? null : reader.figure(g, f), doc,
          brief != null, brief == null ? null : brief.publisher(), brief == null ? null : brief.date()));
    }
    return new ArticleRows(article(dsg, reader, g), out);
  }

  private static ArticleRow article(DatasetGraph dsg, FigureReader reader, Node g) {
    List<Figure> figures = new ArrayList<>();
    var it = dsg.find(g, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CG.Figure.asNode());
    while (it.hasNext()) {
      Node f = it.next().getSubject();
      Node sk = first(dsg, g, f, CG.statementKey.asNode());
      figures.add(new Figure(f.getURI(), sk == null ? null : sk.getLiteralLexicalForm(), first(dsg, g, f, CG.statedIn.asNode()) != null,
          reader.figure(g, f), reader.credit(g, f)));
    }
    List<Link> links = new ArrayList<>();
    var restates = dsg.find(g, Node.ANY, CG.restates.asNode(), Node.ANY);
    while (restates.hasNext()) {
      var q = restates.next();
      if (q.getSubject().isURI() && q.getObject().isURI()) links.add(new Link(q.getSubject().getURI(), q.getObject().getURI()));
    }
    links.sort(java.util.Comparator.comparing(Link::rewrite).thenComparing(Link::source));
    // Sorted, so that the row written at ingest (from the mapper's quads) is the row a rebuild reads from the store.
    figures.sort(java.util.Comparator.comparing(Figure::iri));
    return new ArticleRow(g.getURI(), reader.article(g), figures, sorted(StoredFigures.impliedIn(dsg, g.getURI())),
        sorted(StoredFigures.impliedKeyed(dsg, g)), links);
  }

  private static final java.util.Comparator<ImpliedRef> REF_ORDER = java.util.Comparator.comparing(ImpliedRef::article)
      .thenComparingInt(ImpliedRef::levelStart).thenComparingInt(ImpliedRef::levelEnd).thenComparingInt(ImpliedRef::changeStart)
      .thenComparingInt(ImpliedRef::changeEnd).thenComparing(ImpliedRef::key, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

  private static List<ImpliedRef> sorted(List<ImpliedRef> refs) {
    List<ImpliedRef> out = new ArrayList<>(refs);
    out.sort(REF_ORDER);
    return out;
  }

  private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
    var it = dsg.find(g, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }
}
