package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.fixture.FigureFixture;
import org.claimgraph.graph.CG;
import org.claimgraph.graph.Vocab;
import org.junit.jupiter.api.Test;

/**
 * {@code ontology/shapes.ttl}: the fixture conforms; each kind of broken data is reported with
 * its focus node, path and message.
 */
class ShapesValidatorTest {

  private static final ShapesValidator VALIDATOR = ShapesValidator.standard();

  @Test
  void theFixtureConforms() {
    ValidationResult r = VALIDATOR.validate(FigureFixture.mapped());
    assertEquals(List.of(), r.violations());
    assertTrue(r.conforms());
    assertEquals("4 article graphs conform to ontology/shapes.ttl", r.summary());
  }

  @Test
  void aFigureWithoutValueIsCaught() {
    Node fig = figure("wire-a", "619 tonnes");
    ValidationResult r = broken(dsg -> dsg.deleteAny(graphOf(dsg, fig), fig, CG.value.asNode(), Node.ANY));
    assertEquals(List.of("<" + fig.getURI() + "> cg:value: a figure needs exactly one cg:value, an"
        + " xsd:decimal >= 0 (the sign of a change is in cg:direction) (graph <" + graphOf(FigureFixture.mapped(), fig).getURI()
        + ">)"), lines(r));
    assertFalse(r.conforms());
    assertEquals("1 violation in 1 of 4 article graphs", r.summary());
  }

  @Test
  void aSelectorWhoseStartIsAfterItsEndIsCaught() {
    Node fig = figure("wire-a", "619 tonnes");
    Node quote = NodeFactory.createURI(fig.getURI() + "/quote");
    ValidationResult r = broken(dsg -> set(dsg, quote, Vocab.start.asNode(), nonNegative(400)));
    assertTrue(has(r, quote, "oa:start", "a selector's oa:start is not after its oa:end"), lines(r).toString());
    assertTrue(has(r, quote, "oa:start", "a quote is not empty: its oa:start is before its oa:end"), lines(r).toString());
    assertTrue(has(r, fig, null, "a figure's IRI is https://claimgraph.org/id/figure/{article id}/{quote oa:start}-{quote oa:end}"),
        lines(r).toString());
  }

  @Test
  void aQuoteOutsideItsSentenceAndTextThatIsNotAtItsOffsetsAreCaught() {
    Node fig = figure("daily-b", "3,188 tonnes");
    Node sentence = object(FigureFixture.mapped(), fig, CG.sentence.asNode());
    ValidationResult r = broken(dsg -> set(dsg, sentence, Vocab.end.asNode(), nonNegative(150)));
    assertTrue(has(r, fig, "cg:quote", "a figure's cg:quote lies within its cg:sentence"), lines(r).toString());
    assertTrue(has(r, fig, "cg:sentence", "the oa:exact of a figure's cg:quote and cg:sentence is the article's cg:text"),
        lines(r).toString());
  }

  @Test
  void aFigureWhoseArticleIsNotInItsGraphIsCaught() {
    Node fig = figure("wire-a", "619 tonnes");
    Node other = article("daily-b");
    ValidationResult r = broken(dsg -> {
      Node home = graphOf(dsg, fig);
      for (Quad q : dsg.stream(home, fig, Node.ANY, Node.ANY).toList()) {
        dsg.add(other, q.getSubject(), q.getPredicate(), q.getObject());
      }
    });
    assertTrue(has(r, fig, "cg:statedIn", "a figure is cg:statedIn exactly one cg:Article, stored in the same graph"),
        lines(r).toString());
    assertTrue(lines(r).stream().allMatch(l -> l.endsWith("(graph <" + other.getURI() + ">)")), lines(r).toString());
  }

  @Test
  void badKindBasisPeriodPlacesAndRangeAreCaught() {
    Node share = figure("blog-d", "over 90%");
    Node amount = figure("blog-d", "800 tonnes");
    Node range = figure("blog-d", "10% to 25%");
    ValidationResult r = broken(dsg -> {
      set(dsg, range, CG.valueMax.asNode(), NodeFactory.createLiteralDT("5", XSDDatatype.XSDdecimal));
      set(dsg, share, CG.kind.asNode(), NodeFactory.createURI(CG.NS + "Ratio"));
      set(dsg, share, CG.period.asNode(), NodeFactory.createLiteralString("2024-13"));
      set(dsg, share, CG.placeList.asNode(), NodeFactory.createLiteralString("cn"));
      dsg.add(graphOf(dsg, amount), amount, CG.basis.asNode(), CG.YearOnYear.asNode());
      set(dsg, amount, CG.periodStart.asNode(), NodeFactory.createLiteralDT("2025-05-02", XSDDatatype.XSDdate));
      set(dsg, amount, CG.placeList.asNode(), NodeFactory.createLiteralString("DE CN"));
    });
    List<String> lines = lines(r);
    assertTrue(has(r, share, "cg:kind", "a figure needs exactly one cg:kind: cg:Amount, cg:Change or cg:Share"), lines.toString());
    assertTrue(has(r, share, "cg:period", "a figure has at most one cg:period, ISO 8601"), lines.toString());
    assertTrue(has(r, share, "cg:placeList", "a figure has at most one cg:placeList"), lines.toString());
    assertTrue(has(r, amount, "cg:basis", "only a change (cg:kind cg:Change) has a cg:basis or a cg:direction"), lines.toString());
    assertTrue(has(r, amount, "cg:periodStart", "cg:periodStart is the first day of cg:period"), lines.toString());
    assertTrue(has(r, amount, "cg:origin", "cg:origin is the country of the first code of cg:placeList"), lines.toString());
    assertTrue(has(r, range, "cg:value", "a range's cg:value (its lower end) is at most its cg:valueMax"), lines.toString());
  }

  @Test
  void anAttributionWithoutAgentOrCreditedNodeIsCaught() {
    Node fig = figure("daily-b", "353 tonnes");
    Node att = NodeFactory.createURI(fig.getURI() + "/attribution");
    ValidationResult r = broken(dsg -> {
      Node g = graphOf(dsg, fig);
      dsg.deleteAny(g, att, Vocab.agent.asNode(), Node.ANY);
      dsg.deleteAny(g, att, CG.sourceText.asNode(), Node.ANY);
    });
    assertTrue(has(r, att, "prov:agent", "an attribution needs exactly one prov:agent"), lines(r).toString());
    assertTrue(has(r, att, null, "an attribution needs a cg:sourceText or a cg:speaker"), lines(r).toString());
    assertTrue(has(r, fig, "cg:attribution/prov:agent", "a figure is prov:wasAttributedTo exactly the prov:agent of its"
        + " cg:attribution"), lines(r).toString());
  }

  @Test
  void aBrokenEntityMentionIsCaught() {
    Node mention = NodeFactory.createURI(article("notebook-c").getURI() + "/mention/person-david-merriman");
    ValidationResult r = broken(dsg -> {
      set(dsg, mention, CG.mentionCount.asNode(), NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger));
      set(dsg, mention, Vocab.exact.asNode(), NodeFactory.createLiteralString("David Merryman"));
    });
    assertTrue(has(r, mention, "cg:mentionCount", "an entity mention needs exactly one cg:mentionCount, an xsd:integer >= 1"),
        lines(r).toString());
    assertTrue(has(r, mention, "oa:exact", "an entity mention's oa:exact is the article's cg:text"), lines(r).toString());
  }

  @Test
  void aGraphMustHoldTheArticleItIsNamedAfter() {
    Node stray = NodeFactory.createURI(CG.ID + "article/0000000000000000");
    ValidationResult r = broken(dsg -> dsg.add(stray, stray, CG.docName.asNode(), NodeFactory.createLiteralString("x")));
    assertEquals(List.of("<" + stray.getURI() + "> -: the graph holds no cg:Article; each named graph holds the article it is"
        + " named after"), lines(r));
    assertEquals("1 violation in 1 of 5 article graphs", r.summary());
    assertTrue(r.report().getModel().size() > 0, "the SHACL report holds the Java rule's result too");
  }

  // ------------------------------------------------------------------ helpers

  private static ValidationResult broken(Consumer<DatasetGraph> change) {
    DatasetGraph dsg = FigureFixture.mapped();
    change.accept(dsg);
    return VALIDATOR.validate(dsg);
  }

  private static List<String> lines(ValidationResult r) {
    return r.violations().stream().map(Violation::line).toList();
  }

  private static boolean has(ValidationResult r, Node focus, String path, String messageStart) {
    return r.violations().stream().anyMatch(v -> v.focus().equals(focus)
        && (path == null ? v.path() == null : path.equals(v.path())) && v.message().startsWith(messageStart));
  }

  /** The figure whose quote is {@code quote} in the fixture article {@code doc}. */
  private static Node figure(String doc, String quote) {
    DatasetGraph dsg = FigureFixture.mapped();
    Node graph = article(doc);
    Graph g = dsg.getGraph(graph);
    return g.find(Node.ANY, Vocab.exact.asNode(), NodeFactory.createLiteralString(quote)).toList().stream()
        .map(t -> t.getSubject().getURI())
        .filter(iri -> iri.endsWith("/quote"))
        .map(iri -> NodeFactory.createURI(iri.substring(0, iri.length() - "/quote".length())))
        .findFirst().orElseThrow(() -> new AssertionError("no figure \"" + quote + "\" in " + doc));
  }

  private static Node article(String doc) {
    DatasetGraph dsg = FigureFixture.mapped();
    return dsg.find(Node.ANY, Node.ANY, CG.docName.asNode(), NodeFactory.createLiteralString(doc)).next().getGraph();
  }

  private static Node graphOf(DatasetGraph dsg, Node subject) {
    return dsg.find(Node.ANY, subject, Node.ANY, Node.ANY).next().getGraph();
  }

  private static Node object(DatasetGraph dsg, Node subject, Node predicate) {
    return dsg.find(Node.ANY, subject, predicate, Node.ANY).next().getObject();
  }

  private static void set(DatasetGraph dsg, Node subject, Node predicate, Node value) {
    Node g = graphOf(dsg, subject);
    dsg.deleteAny(g, subject, predicate, Node.ANY);
    dsg.add(g, subject, predicate, value);
  }

  private static Node nonNegative(int n) {
    return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
  }
}
