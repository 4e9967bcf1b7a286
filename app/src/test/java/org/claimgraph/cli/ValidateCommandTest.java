package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.system.Txn;
import org.claimgraph.fixture.FigureFixture;
import org.claimgraph.graph.CG;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph validate}: conforming and broken stores, text and Turtle reports, exit codes. */
class ValidateCommandTest {

  @TempDir Path tmp;

  @Test
  void aConformingStoreSaysSoAndExitsZero() {
    Path store = fixtureStore();
    CliRun run = CliRun.of("validate", "--store", store.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("4 article graphs conform to ontology/shapes.ttl (store: " + store + ")\n", run.out());
  }

  @Test
  void aStoreWhoseSearchIndexLacksArticlesIsReported() throws Exception {
    Path store = fixtureStore();
    try (var files = java.nio.file.Files.walk(store.resolve("index"))) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(f);
    }
    CliRun run = CliRun.of("validate", "--store", store.toString());
    assertEquals(1, run.status(), run.out());
    assertTrue(run.err().contains("4 stored articles missing from the search index"), run.err());
    assertEquals(0, CliRun.of("reindex", "--store", store.toString()).status());
    assertEquals(0, CliRun.of("validate", "--store", store.toString()).status());
  }

  @Test
  void aBrokenFigureIsReportedOneLineEachAndExitsOne() {
    Path store = fixtureStore();
    String quote = breakAQuote(store);
    String article = CG.ID + "article/" + quote.replaceFirst("^" + CG.ID + "figure/([0-9a-f]+)/.*$", "$1");
    CliRun run = CliRun.of("validate", "--store", store.toString());
    assertEquals(1, run.status(), run.out());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.contains("<" + quote + "> oa:start: a selector's oa:start is not after its oa:end (graph <"
        + article + ">)"), run.out());
    assertTrue(lines.get(lines.size() - 1).matches("\\d+ violations in 1 of 4 article graphs \\(store: .*\\)"), run.out());
  }

  @Test
  void theTurtleReportIsAShaclValidationReport() {
    Path store = fixtureStore();
    breakAQuote(store);
    CliRun run = CliRun.of("validate", "--store", store.toString(), "--format", "ttl");
    assertEquals(1, run.status());
    Model report = ModelFactory.createDefaultModel();
    RDFParser.fromString(run.out(), Lang.TURTLE).parse(report);
    assertTrue(report.contains(null, SHACLM.conforms, report.createTypedLiteral(false)), run.out());
    assertTrue(report.listResourcesWithProperty(SHACLM.resultPath, Vocab.start).hasNext(), run.out());
  }

  @Test
  void aMissingStoreAndABadFormatAreClear() {
    Path none = tmp.resolve("none");
    CliRun missing = CliRun.of("validate", "--store", none.toString());
    assertEquals(1, missing.status());
    assertEquals("claimgraph validate: " + none + ": no store here yet; run ./claimgraph ingest --store " + none
        + " FILES first", missing.err().strip());
    CliRun format = CliRun.of("validate", "--store", fixtureStore().toString(), "--format", "yaml");
    assertEquals(2, format.status());
    assertTrue(format.err().contains("--format"), format.err());
  }

  private Path fixtureStore() {
    Path dir = tmp.resolve("store");
    boolean fresh;
    try (GraphStore s = GraphStore.open(dir)) {
      fresh = s.graphNames().isEmpty();
      if (fresh) FigureFixture.storeIn(s);
    }
    if (fresh) assertEquals(0, CliRun.of("reindex", "--store", dir.toString()).status());
    return dir;
  }

  /** Sets oa:start of a "619 tonnes" quote selector past its end; returns the selector's IRI. */
  private static String breakAQuote(Path dir) {
    try (GraphStore s = GraphStore.open(dir)) {
      Dataset ds = s.dataset();
      return Txn.calculateWrite(ds, () -> {
        var dsg = ds.asDatasetGraph();
        var q = dsg.find(Node.ANY, Node.ANY, Vocab.exact.asNode(), NodeFactory.createLiteralString("619 tonnes"))
            .next();
        Node selector = q.getSubject();
        dsg.deleteAny(q.getGraph(), selector, Vocab.start.asNode(), Node.ANY);
        dsg.add(q.getGraph(), selector, Vocab.start.asNode(),
            NodeFactory.createLiteralDT("900", XSDDatatype.XSDnonNegativeInteger));
        return selector.getURI();
      });
    }
  }
}
