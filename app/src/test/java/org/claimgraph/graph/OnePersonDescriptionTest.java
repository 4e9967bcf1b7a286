package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.entity.Entity;
import org.claimgraph.entity.EntityType;
import org.claimgraph.entity.Mention;
import org.claimgraph.figure.Attribution;
import org.claimgraph.figure.Evidence;
import org.claimgraph.figure.Figure;
import org.claimgraph.figure.Kind;
import org.claimgraph.figure.Quantity;
import org.claimgraph.figure.Speaker;
import org.junit.jupiter.api.Test;

/**
 * A person is described once per article in the store: 42how (devset fresh3, f3-e-08) quotes BNEF's James Frith, whom
 * the entity list describes as "head" and the quote's tag as "head of energy storage research", each with its own
 * employer; two titles and two employers made a query that reads a figure with its speaker's description return the
 * figure four times (2 × 2), which the scorer counted as three extra figures.
 */
class OnePersonDescriptionTest {

  static final String TEXT = "Prices could fall below $100/kWh by 2024, said James Frith, head of energy storage research at BNEF.";

  @Test
  void theFirstTitleAndEmployerWinWhenEntityAndSpeakerDiffer() throws Exception {
    DatasetGraph dsg = mapped(new Speaker("James Frith", "head of energy storage research", "energy storage research at BNEF"));
    assertEquals(1, count(dsg, Vocab.jobTitle.asNode()), "one job title");
    assertEquals(1, count(dsg, Vocab.worksFor.asNode()), "one employer");
    assertEquals("head", dsg.find(Node.ANY, Node.ANY, Vocab.jobTitle.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm(),
        "the entity list's description, mapped first, wins");
  }

  @Test
  void aSpeakerTheEntityListLeftUndescribedKeepsItsOwnDescription() throws Exception {
    DatasetGraph dsg = mapped(new Speaker("James Frith", "head", "BNEF"), null, null);
    assertEquals(1, count(dsg, Vocab.jobTitle.asNode()));
    assertEquals(1, count(dsg, Vocab.worksFor.asNode()));
  }

  static DatasetGraph mapped(Speaker speaker) throws Exception {
    return mapped(speaker, "head", "BNEF");
  }

  static DatasetGraph mapped(Speaker speaker, String entityTitle, String entityOrg) throws Exception {
    Article a = new ArticleReader().readText("frith.txt", "frith.txt", TEXT);
    int name = TEXT.indexOf("James Frith");
    Entity frith = new Entity(EntityType.PERSON, "James Frith", "James Frith", entityTitle, entityOrg,
        List.of(new Mention(EntityType.PERSON, "James Frith", "James Frith", name, name + "James Frith".length())));
    int q = TEXT.indexOf("$100/kWh");
    Figure f = new Figure(new Quantity(100, null, "USD/kWh", "below", (char) 0, q, q + 8), Kind.AMOUNT, null, null, "2024",
        "battery pack price", List.of(), new Attribution(null, speaker, "said", -1, -1, false),
        new Evidence("$100/kWh", q, q + 8, TEXT, 0, TEXT.length(), 0, false));
    ArticleAnalysis analysis = new ArticleAnalysis(a, List.of(frith), List.of(f), 20, List.of(new ArticleAnalysis.Span(0, TEXT.length())));
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    var sink = StreamRDFLib.dataset(dsg);
    sink.start();
    new GraphMapper().map(analysis, "fp", sink);
    sink.finish();
    return dsg;
  }

  static int count(DatasetGraph dsg, Node predicate) {
    int n = 0;
    for (var it = dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY); it.hasNext(); it.next()) n++;
    return n;
  }
}
