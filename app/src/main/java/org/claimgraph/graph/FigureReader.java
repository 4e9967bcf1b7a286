package org.claimgraph.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.eval.FigureRecord;

/**
 * Reads single figures and articles straight from TDB2's indexes (a few range lookups per node),
 * giving the same records as {@link StoredFigures} and {@link StoredArticles}, which go through
 * SPARQL: for citation, which reads a figure's neighbourhood figure by figure. Call inside a read
 * transaction.
 *
 * <pre>{@code
 * FigureRecord f = new FigureReader(dsg).figure(graph, figureNode);
 * }</pre>
 */
final class FigureReader {

  private final DatasetGraph dsg;

  FigureReader(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /**
   * The figure {@code f} of article graph {@code g}, or null if it is not a complete figure. Each node's
   * properties are read by one range scan of the graph's index (the figure, its quote, its sentence,
   * its attribution and speaker: five or so), not by a lookup per property (twenty-five): a lookup's
   * cost is its descent of the index, and a figure's properties sit side by side in it.
   */
  FigureRecord figure(Node g, Node f) {
    return read(g, f, text(one(g, g, CG.docName)), true);
  }

  /**
   * The figure {@code f} of article graph {@code g} (document name {@code doc}) as far as relating it to another
   * figure needs ({@code FigureRelations}, the sum rule: value, unit, kind, basis, period, measure, places, quote and
   * offsets, direction, qualifier, headline or body), or null exactly where {@link #figure} gives null: three range
   * scans (figure, quote, sentence; the document name is the caller's) where a full read takes eight or more. Whom it
   * is credited to, its speaker, outlet, sentence text and level references are left out (null): a citation reads in
   * full only the related figures it shows.
   */
  FigureRecord relatable(Node g, Node f, String doc) {
    return read(g, f, doc, false);
  }

  /** {@link #relatable}'s record of a figure read in full ({@link #figure}): the same but what it leaves out. */
  static FigureRecord partial(FigureRecord f) {
    return new FigureRecord(f.doc(), f.article(), f.quote(), f.start(), f.end(), f.value(), f.valueMax(), f.unit(), f.kind(), f.basis(),
        f.direction(), f.qualifier(), f.period(), f.measure(), f.place(), null, null, null, null, null, null, null, null, f.inTitle());
  }

  private FigureRecord read(Node g, Node f, String doc, boolean full) {
    Map<Node, Node> p = props(g, f);
    Node value = p.get(CG.value.asNode());
    Node unit = p.get(CG.unitCode.asNode());
    Node kind = p.get(CG.kind.asNode());
    Node quote = p.get(CG.quote.asNode());
    Node sentence = p.get(CG.sentence.asNode());
    if (value == null || unit == null || kind == null || quote == null || sentence == null || doc == null) return null;
    Map<Node, Node> q = props(g, quote);
    Map<Node, Node> s = props(g, sentence);
    Node quoteText = q.get(Vocab.exact.asNode());
    Node sentenceText = s.get(Vocab.exact.asNode());
    if (quoteText == null || sentenceText == null || q.get(Vocab.start.asNode()) == null || s.get(Vocab.start.asNode()) == null) {
      return null;
    }
    Node valueMax = p.get(CG.valueMax.asNode());
    String places = text(p.get(CG.placeList.asNode()));
    String source = null;
    String speaker = null;
    String via = null;
    if (full) {
      Node attribution = p.get(CG.attribution.asNode());
      Map<Node, Node> a = attribution == null ? Map.of() : props(g, attribution);
      Node person = a.get(CG.speaker.asNode());
      speaker = speaker(g, person == null ? Map.of() : props(g, person));
      source = credit(g, a);
      Node outlet = a.get(CG.reportedBy.asNode());
      via = outlet == null ? null : text(one(g, outlet, org.apache.jena.vocabulary.RDFS.label));
    }
    return new FigureRecord(doc, g.getURI(), text(quoteText), integer(q.get(Vocab.start.asNode())),
        integer(q.get(Vocab.end.asNode())), number(value), valueMax == null ? null : number(valueMax), text(unit),
        kind.getURI().substring(CG.NS.length()).toLowerCase(Locale.ROOT), basis(p.get(CG.basis.asNode())),
        text(p.get(CG.direction.asNode())), text(p.get(CG.qualifier.asNode())), text(p.get(CG.period.asNode())),
        text(p.get(CG.measure.asNode())), places == null ? List.of() : Arrays.asList(places.split(" ")), source, speaker,
        full ? text(sentenceText) : null, full ? integer(s.get(Vocab.start.asNode())) : null,
        full ? integer(s.get(Vocab.end.asNode())) : null, full ? ref(g, p.get(CG.fromLevel.asNode())) : null,
        full ? ref(g, p.get(CG.toLevel.asNode())) : null, via, "true".equals(text(p.get(CG.inTitle.asNode()))));
  }

  /**
   * The properties of {@code s} in graph {@code g} by one range scan, each predicate's first object in
   * the index's order: the object {@link #one} finds.
   */
  private Map<Node, Node> props(Node g, Node s) {
    Map<Node, Node> out = new HashMap<>();
    Iterator<Quad> it = dsg.find(g, s, Node.ANY, Node.ANY);
    while (it.hasNext()) {
      Quad q = it.next();
      out.putIfAbsent(q.getPredicate(), q.getObject());
    }
    return out;
  }

  private String speaker(Node g, Map<Node, Node> person) {
    String name = text(person.get(Vocab.name.asNode()));
    if (name == null) return null;
    String title = text(person.get(Vocab.jobTitle.asNode()));
    Node org = person.get(Vocab.worksFor.asNode());
    String orgName = org == null ? null : text(one(g, org, Vocab.name));
    return name + (title == null ? "" : ", " + title) + (orgName == null ? "" : ", " + orgName);
  }

  /** Whom figure {@code f} of graph {@code g} is credited to ({@link FigureRecord#attributedTo}), or null: two to four reads. */
  String credit(Node g, Node f) {
    Node attribution = one(g, f, CG.attribution);
    if (attribution == null) return null;
    String source = text(one(g, attribution, CG.sourceText));
    if (source != null) return source;
    Node person = one(g, attribution, CG.speaker);
    return person == null ? null : text(one(g, person, Vocab.name));
  }

  /** As StoredFigures: a figure in a quote is credited to its speaker when the article names no other source. */
  private String credit(Node g, Map<Node, Node> attribution) {
    String source = text(attribution.get(CG.sourceText.asNode()));
    Node person = attribution.get(CG.speaker.asNode());
    if (source == null && person != null) source = text(one(g, person, Vocab.name));
    return source;
  }

  /** The unit code of figure {@code f} of graph {@code g}, or null: one lookup. */
  String unit(Node g, Node f) {
    return text(one(g, f, CG.unitCode));
  }

  /** The document name of article graph {@code g}, or null (then its figures are not read): one lookup. */
  String docName(Node g) {
    return text(one(g, g, CG.docName));
  }

  /**
   * The metadata of article graph {@code g} (whose document name is {@code doc}) as far as citation order and
   * origins need it: publisher and date (no headline, authors or URL), or null if it holds no article; four lookups where
   * {@link #article} takes ten or more.
   */
  ArticleInfo articleBrief(Node g, String doc) {
    if (doc == null || !dsg.contains(g, g, RDF.type.asNode(), CG.Article.asNode())) return null;
    Node publisher = one(g, g, Vocab.publisher);
    return new ArticleInfo(g.getURI(), doc, null, publisher == null ? null : text(one(g, publisher, Vocab.name)),
        List.of(), text(one(g, g, Vocab.datePublished)), null);
  }

  /** A linked figure of the same article: its IRI ends in {start}-{end} (see {@link Iris#figure}). */
  private org.claimgraph.figure.Figure.Ref ref(Node g, Node linked) {
    if (linked == null || !linked.isURI()) return null;
    String iri = linked.getURI();
    String[] range = iri.substring(iri.lastIndexOf('/') + 1).split("-");
    Node quote = one(g, linked, CG.quote);
    return new org.claimgraph.figure.Figure.Ref(Integer.parseInt(range[0]), Integer.parseInt(range[1]),
        quote == null ? null : text(one(g, quote, Vocab.exact)));
  }

  /** The figures of one article graph, in document order. */
  List<FigureRecord> figures(Node g) {
    List<FigureRecord> out = new ArrayList<>();
    Iterator<Quad> it = dsg.find(g, Node.ANY, RDF.type.asNode(), CG.Figure.asNode());
    while (it.hasNext()) {
      Quad q = it.next();
      if (one(g, q.getSubject(), CG.statedIn) == null) continue;
      FigureRecord r = figure(g, q.getSubject());
      if (r != null) out.add(r);
    }
    out.sort(StoredFigures.ORDER);
    return out;
  }

  /** The figures (in any article) whose {@code predicate} is {@code object}. */
  List<FigureRecord> figuresWith(Node predicate, Node object) {
    List<FigureRecord> out = new ArrayList<>();
    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, predicate, object);
    while (it.hasNext()) {
      Quad q = it.next();
      if (!dsg.contains(q.getGraph(), q.getSubject(), RDF.type.asNode(), CG.Figure.asNode())) continue;
      if (one(q.getGraph(), q.getSubject(), CG.statedIn) == null) continue;
      FigureRecord r = figure(q.getGraph(), q.getSubject());
      if (r != null) out.add(r);
    }
    out.sort(StoredFigures.ORDER);
    return out;
  }

  /** The metadata of article graph {@code g}, or null if it holds no article. */
  ArticleInfo article(Node g) {
    Node doc = one(g, g, CG.docName);
    if (doc == null || !dsg.contains(g, g, RDF.type.asNode(), CG.Article.asNode())) return null;
    Node publisher = one(g, g, Vocab.publisher);
    TreeSet<String> authors = new TreeSet<>();
    Iterator<Quad> it = dsg.find(g, g, Vocab.author.asNode(), Node.ANY);
    while (it.hasNext()) {
      String name = text(one(g, it.next().getObject(), Vocab.name));
      if (name != null) authors.add(name);
    }
    Node url = one(g, g, Vocab.url);
    return new ArticleInfo(g.getURI(), text(doc), text(one(g, g, Vocab.headline)),
        publisher == null ? null : text(one(g, publisher, Vocab.name)), new ArrayList<>(authors),
        text(one(g, g, Vocab.datePublished)), url == null ? null : url.isURI() ? url.getURI() : text(url));
  }

  private Node one(Node g, Node s, org.apache.jena.rdf.model.Property p) {
    Iterator<Quad> it = dsg.find(g, s, p.asNode(), Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }

  private static String basis(Node b) {
    if (b == null) return null;
    if (b.getURI().equals(CG.YearOnYear.getURI())) return "yoy";
    if (b.getURI().equals(CG.MonthOnMonth.getURI())) return "mom";
    if (b.getURI().equals(CG.QuarterOnQuarter.getURI())) return "qoq";
    return "vs-period";
  }

  private static String text(Node n) {
    if (n == null) return null;
    return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }

  private static Integer integer(Node n) {
    return n == null ? null : Integer.valueOf(n.getLiteralLexicalForm());
  }

  private static double number(Node n) {
    return new BigDecimal(n.getLiteralLexicalForm()).doubleValue();
  }

  static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
