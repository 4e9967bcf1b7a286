package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.claimgraph.fixture.FigureFixture;
import org.claimgraph.graph.GraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph export}: to a file or standard output, in three formats, and its errors. */
class ExportCommandTest {

  @TempDir Path tmp;
  Path store;

  @BeforeEach
  void fixtureStore() {
    store = tmp.resolve("store");
    try (GraphStore s = GraphStore.open(store)) {
      FigureFixture.storeIn(s);
    }
  }

  @Test
  void aFileAndStandardOutputGetTheSameBytes() throws Exception {
    Path file = tmp.resolve("all.trig");
    CliRun toFile = CliRun.of("export", "--store", store.toString(), "--output", file.toString());
    assertEquals(0, toFile.status(), toFile.err());
    assertTrue(toFile.out().matches("exported \\d+ quads in 4 graphs to " + file.toString().replace("\\", "\\\\")
        + " \\(trig\\)\n"), toFile.out());
    CliRun toOut = CliRun.of("export", "--store", store.toString());
    assertArrayEquals(Files.readAllBytes(file), toOut.out().getBytes(StandardCharsets.UTF_8));
    try (var files = Files.list(tmp)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "a temporary file was left behind");
    }
  }

  @Test
  void everyFormatLoadsIntoJena() throws Exception {
    for (String[] f : new String[][] {{"trig", "x.trig"}, {"nquads", "x.nq"}, {"jsonld", "x.jsonld"}}) {
      Path file = tmp.resolve(f[1]);
      CliRun run = CliRun.of("export", "--store", store.toString(), "--format", f[0], "--output", file.toString());
      assertEquals(0, run.status(), run.err());
      Dataset loaded = DatasetFactory.createTxnMem();
      RDFDataMgr.read(loaded, file.toString());
      assertEquals(4, loaded.asDatasetGraph().size(), f[0]);
    }
  }

  @Test
  void errorsNameTheFileAndTheReason() {
    Path noDir = tmp.resolve("missing").resolve("out.trig");
    CliRun missing = CliRun.of("export", "--store", store.toString(), "--output", noDir.toString());
    assertEquals(1, missing.status());
    assertEquals("claimgraph export: " + noDir + ": cannot write (no such directory " + noDir.getParent() + ")",
        missing.err().strip());
    CliRun dir = CliRun.of("export", "--store", store.toString(), "--output", tmp.toString());
    assertEquals(1, dir.status());
    assertEquals("claimgraph export: " + tmp + ": is a directory; --output needs a file name", dir.err().strip());
    CliRun format = CliRun.of("export", "--store", store.toString(), "--format", "rdfxml");
    assertEquals(2, format.status());
    assertTrue(format.err().contains("--format"), format.err());
  }
}
