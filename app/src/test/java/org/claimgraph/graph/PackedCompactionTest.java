package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackedCompactionTest {

  @TempDir Path tmp;

  @Test
  void keepsEveryQuadAndPrefixAndTheStoreTakesWritesAfter() throws Exception {
    Path dir = tmp.resolve("store");
    List<String> expected;
    try (GraphStore store = GraphStore.open(dir)) {
      for (int batch = 0; batch < 5; batch++) write(store, batch * 200, 200); // several transactions: copied blocks
      Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().prefixes().add("ex", "https://example.org/"));
      // a few quads removed: their nodes stay in the node file, far under the share that calls for TDB2's compaction
      Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().deleteAny(graph(3), Node.ANY, Node.ANY, Node.ANY));
      expected = quads(store.dataset().asDatasetGraph());
      assertTrue(Txn.calculateRead(store.dataset(), () -> PackedCompaction.deadNodes(tdb(store))) < PackedCompaction.MAX_DEAD_NODES);

      PackedCompaction.compact(store.dataset().asDatasetGraph());

      assertEquals(List.of("Data-0002"), generations(dir));
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
      assertEquals("https://example.org/", Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().prefixes().get("ex")));
      checkTrees(store);
      // writes after: nodes already stored and new ones, and a removal
      write(store, 950, 100);
      Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().deleteAny(graph(0), Node.ANY, Node.ANY, Node.ANY));
      expected = quads(store.dataset().asDatasetGraph());
      checkTrees(store);
    }
    try (GraphStore store = GraphStore.open(dir)) {
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
    }
  }

  @Test
  void aloneItUnmapsEachIndexInRangesAsItIsCopiedAndKeepsEveryQuad() throws Exception {
    Path dir = tmp.resolve("store");
    List<String> expected;
    try (GraphStore store = GraphStore.open(dir)) {
      for (int batch = 0; batch < 5; batch++) write(store, batch * 200, 200);
      Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().prefixes().add("ex", "https://example.org/"));
      expected = quads(store.dataset().asDatasetGraph());

      long range = PackedCompaction.rangeRecords;
      PackedCompaction.rangeRecords = 97; // every old index read in many ranges, unmapped between them
      try {
        PackedCompaction.compact(store.dataset().asDatasetGraph(), true);
      } finally {
        PackedCompaction.rangeRecords = range;
      }

      assertEquals(List.of("Data-0002"), generations(dir));
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
      assertEquals("https://example.org/", Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().prefixes().get("ex")));
      checkTrees(store);
      write(store, 950, 100); // the old generation's transactions waited: the store takes writes after
      expected = quads(store.dataset().asDatasetGraph());
      checkTrees(store);
    }
    try (GraphStore store = GraphStore.open(dir)) {
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
      checkTrees(store);
    }
  }

  @Test
  void aStoreMostlyOfNodesNoQuadUsesIsCompactedByTdb2() throws Exception {
    Path dir = tmp.resolve("store");
    try (GraphStore store = GraphStore.open(dir)) {
      write(store, 0, 500);
      for (int g = 0; g < 5; g++) {
        int gg = g;
        Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().deleteAny(graph(gg), Node.ANY, Node.ANY, Node.ANY));
      }
      write(store, 5000, 20);
      List<String> expected = quads(store.dataset().asDatasetGraph());
      assertTrue(Txn.calculateRead(store.dataset(), () -> PackedCompaction.deadNodes(tdb(store))) > PackedCompaction.MAX_DEAD_NODES);

      PackedCompaction.compact(store.dataset().asDatasetGraph());

      assertEquals(List.of("Data-0002"), generations(dir));
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
      assertEquals(0.0, Txn.calculateRead(store.dataset(), () -> PackedCompaction.deadNodes(tdb(store))), 1e-9, "TDB2 copied used nodes only");
    }
  }

  @Test
  void aGenerationLeftHalfWrittenByACrashIsDroppedAndTheStoreCompactsAgain() throws Exception {
    Path dir = tmp.resolve("store");
    try (GraphStore store = GraphStore.open(dir)) {
      write(store, 0, 50);
    }
    // what a crash while copying leaves: the new generation under its temporary name, incomplete
    Path half = Files.createDirectories(dir.resolve("Data-0002-tmp"));
    Files.writeString(half.resolve("GSPO.dat"), "half a file");
    try (GraphStore store = GraphStore.open(dir)) {
      assertEquals(List.of("Data-0001"), generations(dir), "TDB2 drops a -tmp generation when it opens the store");
      List<String> expected = quads(store.dataset().asDatasetGraph());
      PackedCompaction.compact(store.dataset().asDatasetGraph());
      assertEquals(List.of("Data-0002"), generations(dir));
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
    }
  }

  /**
   * A failure once the new generation has its final name but before the store runs on it must not leave it there: the
   * store goes on writing the old generation, and the next open would read the new one and lose those writes. Here a file
   * of the store's folder that cannot be forced (a link to /proc/version: fsync fails) once made the compaction fail there.
   */
  @Test
  void aFileOfTheStoresFolderThatCannotBeForcedLosesNoLaterWrite() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/proc/version")));
    Path dir = tmp.resolve("store");
    List<String> expected;
    try (GraphStore store = GraphStore.open(dir)) {
      write(store, 0, 30);
      Files.createSymbolicLink(dir.resolve("unforceable"), Path.of("/proc/version"));
      PackedCompaction.compact(store.dataset().asDatasetGraph());
      write(store, 30, 30);
      expected = quads(store.dataset().asDatasetGraph());
    }
    try (GraphStore store = GraphStore.open(dir)) {
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
    }
  }

  @Test
  void aGenerationRenamedButNeverSwitchedToIsTakenBackAndNoLaterWriteIsLost() throws Exception {
    Path dir = tmp.resolve("store");
    List<String> expected;
    try (GraphStore store = GraphStore.open(dir)) {
      write(store, 0, 30);
      PackedCompaction.afterRename = () -> {
        throw new IllegalStateException("a failure between the rename and the switch");
      };
      try {
        assertThrows(IllegalStateException.class, () -> PackedCompaction.compact(store.dataset().asDatasetGraph()));
      } finally {
        PackedCompaction.afterRename = () -> {};
      }
      assertEquals(List.of("Data-0001"), generations(dir));
      write(store, 30, 30);
      expected = quads(store.dataset().asDatasetGraph());
    }
    try (GraphStore store = GraphStore.open(dir)) {
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
      PackedCompaction.compact(store.dataset().asDatasetGraph());
      assertEquals(List.of("Data-0002"), generations(dir));
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
    }
  }

  @Test
  void anEmptyStoreCompactsAndTakesWritesAfter() throws Exception {
    Path dir = tmp.resolve("store");
    List<String> expected;
    try (GraphStore store = GraphStore.open(dir)) {
      PackedCompaction.compact(store.dataset().asDatasetGraph());
      write(store, 0, 30);
      PackedCompaction.compact(store.dataset().asDatasetGraph());
      checkTrees(store);
      write(store, 30, 30);
      expected = quads(store.dataset().asDatasetGraph());
    }
    try (GraphStore store = GraphStore.open(dir)) {
      assertEquals(List.of("Data-0003"), generations(dir));
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
    }
  }

  @Test
  void aGenerationAnEarlierRunLeftBehindIsDeleted() throws Exception {
    Path dir = tmp.resolve("store");
    List<String> expected;
    try (GraphStore store = GraphStore.open(dir)) {
      write(store, 0, 50);
      PackedCompaction.compact(store.dataset().asDatasetGraph());
      // what a crash between an earlier switch and the deletion of its old generation leaves
      Path leftover = Files.createDirectories(dir.resolve("Data-0001"));
      Files.writeString(leftover.resolve("nodes.dat"), "old");
      write(store, 50, 50);
      expected = quads(store.dataset().asDatasetGraph());
      PackedCompaction.compact(store.dataset().asDatasetGraph());
      assertEquals(List.of("Data-0003"), generations(dir));
    }
    try (GraphStore store = GraphStore.open(dir)) {
      assertSame(expected, quads(store.dataset().asDatasetGraph()));
    }
  }

  @Test
  void namesTheNextGeneration() {
    assertEquals("Data-0002", PackedCompaction.next("Data-0001"));
    assertEquals("Data-0010", PackedCompaction.next("Data-0009"));
  }

  /** Quads of every kind of node TDB2 stores or inlines, in five graphs and the default graph. */
  static void write(GraphStore store, int from, int count) {
    Txn.executeWrite(store.dataset(), () -> {
      DatasetGraph dsg = store.dataset().asDatasetGraph();
      for (int i = from; i < from + count; i++) {
        Node s = NodeFactory.createURI("https://example.org/s/" + i);
        Node g = graph(i % 5);
        dsg.add(g, s, p("label"), NodeFactory.createLiteralString("figure " + i));
        dsg.add(g, s, p("lang"), NodeFactory.createLiteralLang("chiffre " + i, "fr"));
        dsg.add(g, s, p("int"), NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
        dsg.add(g, s, p("duration"), NodeFactory.createLiteralDT("P" + i + "D", XSDDatatype.XSDduration));
        dsg.add(g, s, p("decimal"), NodeFactory.createLiteralDT(new BigDecimal(i).movePointLeft(2).toPlainString(), XSDDatatype.XSDdecimal));
        dsg.add(g, s, p("date"), NodeFactory.createLiteralDT("2025-" + String.format("%02d", 1 + i % 12) + "-01", XSDDatatype.XSDdate));
        dsg.add(g, s, p("blank"), NodeFactory.createBlankNode("b" + i));
        dsg.add(g, s, p("shared"), NodeFactory.createURI("https://example.org/shared/" + (i % 7)));
        dsg.getDefaultGraph().add(s, p("inDefault"), NodeFactory.createLiteralString("default " + i));
      }
    });
  }

  /** The same quads, or the first few that differ. */
  private static void assertSame(List<String> expected, List<String> actual) {
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(expected);
    assertEquals(List.of(), extra.subList(0, Math.min(5, extra.size())), "extra");
    assertEquals(List.of(), missing.subList(0, Math.min(5, missing.size())), "missing");
    assertEquals(expected.size(), actual.size());
  }

  private static Node graph(int g) {
    return NodeFactory.createURI("https://example.org/graph/" + g);
  }

  private static Node p(String name) {
    return NodeFactory.createURI("https://example.org/p/" + name);
  }

  static DatasetGraphTDB tdb(GraphStore store) {
    return TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph());
  }

  /** Every quad and default-graph triple, as sorted N-Quads lines. */
  static List<String> quads(DatasetGraph dsg) {
    return Txn.calculateRead(dsg, () -> {
      List<String> out = new ArrayList<>();
      dsg.find().forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
      dsg.getDefaultGraph().find().forEachRemaining(t -> out.add(NodeFmtLib.str(Quad.create(Quad.defaultGraphIRI, t))));
      out.sort(null);
      return out;
    });
  }

  /** Every index is a sound B+tree and holds every tuple. */
  static void checkTrees(GraphStore store) {
    Txn.executeRead(store.dataset(), () -> {
      DatasetGraphTDB dsg = tdb(store);
      for (TupleIndex[] indexes : List.of(dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(),
          dsg.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes())) {
        for (TupleIndex i : indexes) {
          ((BPlusTree) ((TupleIndexRecord) i).getRangeIndex()).check();
          assertEquals(indexes[0].size(), i.size(), i.getName());
        }
      }
    });
  }

  static List<String> generations(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
    }
  }
}
