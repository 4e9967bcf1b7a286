package org.claimgraph.graph;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.relate.FigureKeys;
import org.claimgraph.relate.Implication;
import org.claimgraph.relate.ImpliedLevels;

/**
 * The levels an article's figures imply, written into the article's graph at ingest, so they are
 * computed once per article and never by a query or a citation over the store: "619 t in
 * 2025-07, up 75.5% m/m" implies 352.7 t (352.6–352.8) in 2025-06.
 *
 * <pre>
 * &lt;…/figure/{id}/23-29/implied/40-45&gt; a cg:ImpliedFigure ;
 *     cg:rule "previous-month level" ; cg:impliedBy &lt;…/figure/{id}/23-29&gt;, &lt;…/figure/{id}/40-45&gt; ;
 *     cg:impliedValue 352.7 ; cg:valueLow 352.6… ; cg:valueHigh 352.8… ; cg:impliedUnit "tonne" ; cg:impliedPeriod "2025-06" ;
 *     cg:impliedKey "fact|tonne|amount|2025-06|CN US" .
 * </pre>
 *
 * <p>Its properties are its own (not a figure's {@code cg:value}, {@code cg:period} …), so no query of
 * stated figures meets an implied one. What is stored depends on the article alone (a level and its change are stated by one
 * article), so replacing or re-ingesting an article, which rewrites its graph, keeps them right;
 * whether other sources state the implied level (and agree) is looked up when asked, through
 * {@code cg:impliedKey} against the stored figures' {@code cg:citeKey}s. Sums of parts join figures
 * of several articles and are computed when cited.
 */
public final class ImpliedFigureMapper {
  private ImpliedFigureMapper() {}

  /** Streams the quads of the article's implied levels into its graph. */
  public static void map(ArticleAnalysis analysis, StreamRDF out) {
    String articleId = analysis.article().id();
    Node graph = NodeFactory.createURI(Iris.article(articleId));
    for (Implication i : ImpliedLevels.of(analysis, Iris.article(articleId))) {
      FigureRecord level = i.inputs().get(0);
      FigureRecord change = i.inputs().get(1);
      Node node = NodeFactory.createURI(iri(articleId, level, change));
      out.quad(Quad.create(graph, node, RDF.type.asNode(), CG.ImpliedFigure.asNode()));
      out.quad(Quad.create(graph, node, CG.rule.asNode(), NodeFactory.createLiteralString(i.rule())));
      for (FigureRecord input : i.inputs()) {
        out.quad(Quad.create(graph, node, CG.impliedBy.asNode(),
            NodeFactory.createURI(Iris.figure(articleId, input.start(), input.end()))));
      }
      out.quad(Quad.create(graph, node, CG.impliedValue.asNode(), decimal(i.value())));
      out.quad(Quad.create(graph, node, CG.valueLow.asNode(), decimal(i.low())));
      out.quad(Quad.create(graph, node, CG.valueHigh.asNode(), decimal(i.high())));
      out.quad(Quad.create(graph, node, CG.impliedUnit.asNode(), NodeFactory.createLiteralString(i.unit())));
      if (i.period() != null) {
        out.quad(Quad.create(graph, node, CG.impliedPeriod.asNode(), NodeFactory.createLiteralString(i.period())));
        out.quad(Quad.create(graph, node, CG.impliedKey.asNode(),
            NodeFactory.createLiteralString(FigureKeys.fact(i.unit(), "amount", i.period(), level.place()))));
      }
    }
  }

  /** The implied level's IRI: the level's figure IRI, then the change's offsets. */
  public static String iri(String articleId, FigureRecord level, FigureRecord change) {
    return Iris.figure(articleId, level.start(), level.end()) + "/implied/" + change.start() + "-" + change.end();
  }

  private static Node decimal(double v) {
    // Rounded to 12 significant digits: the stored range is for display and lookups, not arithmetic.
    String lexical = new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
  }
}
