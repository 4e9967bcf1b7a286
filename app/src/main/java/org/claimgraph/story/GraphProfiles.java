package org.claimgraph.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.CG;
import org.claimgraph.graph.Vocab;

/**
 * Reads an article's {@link Profile} from its named graph by direct quad lookups (no SPARQL), so
 * detection reads a few index entries per candidate. Call inside a transaction.
 *
 * <pre>{@code
 * Profile p = GraphProfiles.read(dataset.asDatasetGraph(), "https://claimgraph.org/id/article/1551b5826cff3e20");
 * }</pre>
 */
final class GraphProfiles {
  private GraphProfiles() {}

  /** The profile of a stored article, or null if the store has no such article graph. */
  static Profile read(DatasetGraph dsg, String iri) {
    Node g = NodeFactory.createURI(iri);
    // One range scan of the article's graph (GSPO prefix), then lookups in memory.
    java.util.Map<Node, java.util.Map<Node, Node>> graph = new java.util.HashMap<>();
    List<Node> figureNodes = new ArrayList<>();
    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
      graph.computeIfAbsent(q.getSubject(), k -> new java.util.HashMap<>()).putIfAbsent(q.getPredicate(), q.getObject());
      if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(CG.Figure.asNode())) figureNodes.add(q.getSubject());
    });
    return read(graph, figureNodes, iri);
  }

  private static Profile read(java.util.Map<Node, java.util.Map<Node, Node>> graph, List<Node> figureNodes, String iri) {
    Node g = NodeFactory.createURI(iri);
    Lookup dsg = new Lookup(graph);
    String doc = literal(dsg, g, g, CG.docName.asNode());
    if (doc == null) return null;
    String text = literal(dsg, g, g, CG.text.asNode());
    String date = literal(dsg, g, g, Vocab.datePublished.asNode());
    Node pub = object(dsg, g, g, Vocab.publisher.asNode());
    String publisher = pub == null ? null : literal(dsg, g, pub, Vocab.name.asNode());
    List<FigureRecord> figures = new ArrayList<>();
    for (Node f : figureNodes) {
      // A story is told by the body: a headline restates (and rounds) the body's figures, so its figures are left out.
      if (literal(dsg, g, f, CG.inTitle.asNode()) != null) continue;
      figures.add(figure(dsg, g, doc, iri, f));
    }
    figures.sort(java.util.Comparator.comparing((FigureRecord f) -> f.start() == null ? 0 : f.start()));
    return Profile.of(iri, doc, publisher, date, text == null ? "" : text, figures);
  }

  private static FigureRecord figure(Lookup dsg, Node g, String doc, String iri, Node f) {
    Node quote = object(dsg, g, f, CG.quote.asNode());
    Node sentence = object(dsg, g, f, CG.sentence.asNode());
    String value = literal(dsg, g, f, CG.value.asNode());
    String max = literal(dsg, g, f, CG.valueMax.asNode());
    String places = literal(dsg, g, f, CG.placeList.asNode());
    return new FigureRecord(doc, iri, quote == null ? null : literal(dsg, g, quote, Vocab.exact.asNode()),
        integer(dsg, g, quote, Vocab.start.asNode()), integer(dsg, g, quote, Vocab.end.asNode()),
        value == null ? 0 : Double.parseDouble(value), max == null ? null : Double.parseDouble(max),
        literal(dsg, g, f, CG.unitCode.asNode()), local(object(dsg, g, f, CG.kind.asNode())),
        local(object(dsg, g, f, CG.basis.asNode())), literal(dsg, g, f, CG.direction.asNode()),
        literal(dsg, g, f, CG.qualifier.asNode()), literal(dsg, g, f, CG.period.asNode()),
        literal(dsg, g, f, CG.measure.asNode()), places == null ? List.of() : Arrays.asList(places.split(" ")), null, null,
        sentence == null ? null : literal(dsg, g, sentence, Vocab.exact.asNode()),
        integer(dsg, g, sentence, Vocab.start.asNode()), integer(dsg, g, sentence, Vocab.end.asNode()));
  }

  /** The first object of each subject and predicate of one graph. */
  private record Lookup(java.util.Map<Node, java.util.Map<Node, Node>> graph) {
    Node get(Node s, Node p) {
      var m = graph.get(s);
      return m == null ? null : m.get(p);
    }
  }

  private static Node object(Lookup dsg, Node g, Node s, Node p) {
    return s == null ? null : dsg.get(s, p);
  }

  private static String literal(Lookup dsg, Node g, Node s, Node p) {
    Node o = object(dsg, g, s, p);
    return o == null ? null : o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI();
  }

  private static Integer integer(Lookup dsg, Node g, Node s, Node p) {
    if (s == null) return null;
    String v = literal(dsg, g, s, p);
    return v == null ? null : Integer.valueOf(v);
  }

  /** "amount" for cg:Amount, "yearonyear" for cg:YearOnYear: only compared for equality. */
  private static String local(Node n) {
    if (n == null) return null;
    String u = n.getURI();
    return u.substring(u.lastIndexOf('#') + 1).toLowerCase(Locale.ROOT);
  }
}
