package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.fixture.FigureFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exports are standard files that load back to the same graphs, and depend only on the data. */
class DatasetExporterTest {

  private final DatasetExporter exporter = new DatasetExporter();

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void theSameDataGivesByteIdenticalExportsWhateverTheInsertionOrder(ExportFormat format) {
    DatasetGraph mapped = FigureFixture.mapped();
    byte[] first = export(mapped, format);
    assertArrayEquals(first, export(mapped, format), "two exports of one dataset differ");
    for (long seed = 1; seed <= 3; seed++) {
      assertArrayEquals(first, export(shuffled(mapped, seed), format),
          format + ": the export depends on insertion order (seed " + seed + ")");
    }
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void anExportLoadsBackToIsomorphicGraphs(ExportFormat format) {
    DatasetGraph mapped = FigureFixture.mapped();
    DatasetGraph loaded = DatasetGraphFactory.createTxnMem();
    RDFParser.source(new ByteArrayInputStream(export(mapped, format))).lang(lang(format)).parse(loaded);
    assertEquals(graphNames(mapped), graphNames(loaded));
    for (String g : graphNames(mapped)) {
      Node name = org.apache.jena.graph.NodeFactory.createURI(g);
      assertTrue(mapped.getGraph(name).isIsomorphicWith(loaded.getGraph(name)), format + ": graph " + g + " differs");
    }
    assertEquals(mapped.stream().count(), loaded.stream().count());
  }

  @Test
  void theSummaryCountsGraphsAndQuads() {
    DatasetGraph mapped = FigureFixture.mapped();
    ExportSummary s = exporter.export(mapped, ExportFormat.NQUADS, new ByteArrayOutputStream());
    assertEquals(4, s.graphs());
    assertEquals(mapped.stream().count(), s.quads());
  }

  @Test
  void nQuadsAreSortedByGraphThenSubject() {
    String nq = new String(export(FigureFixture.mapped(), ExportFormat.NQUADS), StandardCharsets.UTF_8);
    List<String> lines = nq.lines().toList();
    List<String> graphs = lines.stream().map(l -> l.substring(l.lastIndexOf(" <"))).toList();
    List<String> sortedGraphs = new ArrayList<>(graphs);
    Collections.sort(sortedGraphs);
    assertEquals(sortedGraphs, graphs, "quads of one graph are not together, in graph order");
  }

  @Test
  void trigDeclaresThePrefixesOnce() {
    String trig = new String(export(FigureFixture.mapped(), ExportFormat.TRIG), StandardCharsets.UTF_8);
    assertTrue(trig.startsWith("PREFIX cg: <https://claimgraph.org/ns#>\n"), trig.substring(0, 200));
    assertEquals(DatasetExporter.PREFIXES.size(), trig.lines().filter(l -> l.startsWith("PREFIX ")).count());
  }

  private byte[] export(DatasetGraph dsg, ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.export(dsg, format, out);
    return out.toByteArray();
  }

  private static DatasetGraph shuffled(DatasetGraph dsg, long seed) {
    List<Quad> quads = new ArrayList<>(dsg.stream().toList());
    Collections.shuffle(quads, new Random(seed));
    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
    quads.forEach(copy::add);
    return copy;
  }

  private static Set<String> graphNames(DatasetGraph dsg) {
    Set<String> names = new TreeSet<>();
    dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
    return names;
  }

  private static Lang lang(ExportFormat format) {
    return switch (format) {
      case TRIG -> Lang.TRIG;
      case NQUADS -> Lang.NQUADS;
      case JSONLD -> Lang.JSONLD11;
    };
  }
}
