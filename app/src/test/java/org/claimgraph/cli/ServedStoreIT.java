package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimgraph.eval.FigureRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read commands while {@code serve} holds the store: {@code figures}, {@code query}, {@code search}
 * and {@code cite --format json} ask the server and print what they print with the store to
 * themselves; the rest say so in one line. Also the filters of {@code figures}.
 */
class ServedStoreIT {

  @TempDir static Path tmp;
  static String store;

  @BeforeAll
  static void ingest() throws Exception {
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    for (String name : new String[] {"wire-service.html", "wordpress-blog.html"}) TestPages.copy(name, pages);
    store = tmp.resolve("store").toString();
    CliRun run = CliRun.of("ingest", "--store", store, pages.toString());
    assertEquals(0, run.status(), run.err());
  }

  static final String QUERY = "PREFIX schema: <https://schema.org/> SELECT ?t { ?a schema:headline ?t } ORDER BY ?t";

  /** The same commands with the store to themselves and through a server holding it. */
  @Test
  void readCommandsAnswerThroughTheServerAsTheyDoAlone() throws Exception {
    List<String[]> commands = List.of(
        new String[] {"figures", "--format", "jsonl"},
        new String[] {"figures", "--doc", "wire"},
        new String[] {"query", "--format", "csv", "-e", QUERY},
        new String[] {"query", "-e", QUERY},
        new String[] {"cite", "--format", "json", "4,200", "kg"},
        new String[] {"search", "--format", "json", "gallium"},
        new String[] {"search", "gallium"});
    List<CliRun> alone = commands.stream().map(c -> CliRun.of(withStore(c, null))).toList();
    CliRun tableAlone = CliRun.of("cite", "--store", store, "4,200", "kg");
    int port = freePort();
    Process server = serve(port);
    try {
      String url = "http://127.0.0.1:" + port;
      for (int i = 0; i < commands.size(); i++) {
        CliRun served = CliRun.of(withStore(commands.get(i), url));
        assertEquals(0, served.status(), String.join(" ", commands.get(i)) + ": " + served.err());
        assertFalse(alone.get(i).out().isBlank(), String.join(" ", commands.get(i)));
        assertFalse(alone.get(i).out().contains("\"count\":0"), "a citation to compare: " + alone.get(i).out());
        assertEquals(alone.get(i).out(), served.out(), String.join(" ", commands.get(i)));
      }
      // cite reads the store's figures index alone (Lucene's last commits, not the TDB2 store the server holds): a table too
      CliRun table = CliRun.of("cite", "--store", store, "--server", url, "4,200", "kg");
      assertEquals(0, table.status(), table.err());
      assertEquals(tableAlone.out(), table.out());
      // without a complete figures index it needs the store: the table says where the answer is
      java.nio.file.Path figures = java.nio.file.Path.of(store).resolve("figures");
      java.nio.file.Path aside = java.nio.file.Path.of(store + "-figures-aside");
      java.nio.file.Files.move(figures, aside);
      try {
        CliRun needsStore = CliRun.of("cite", "--store", store, "--server", url, "4,200", "kg");
        assertEquals(1, needsStore.status());
        assertEquals(1, needsStore.err().lines().count(), needsStore.err());
        assertTrue(needsStore.err().contains("with --format json the answer comes from the running server"), needsStore.err());
      } finally {
        java.nio.file.Files.move(aside, figures);
      }
      CliRun nobody = CliRun.of("figures", "--store", store, "--server", "http://127.0.0.1:9");
      assertEquals(1, nobody.status());
      assertEquals(1, nobody.err().lines().count(), nobody.err());
      assertTrue(nobody.err().contains("in use") && nobody.err().contains("no claimgraph server answers at http://127.0.0.1:9"), nobody.err());
    } finally {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
    }
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** {@code claimgraph serve} in its own process (in this JVM the store would simply be shared), once it listens. */
  static Process serve(int port) throws Exception {
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), ClaimgraphCommand.class.getName(), "serve", "--store", store,
        "--port", Integer.toString(port)).redirectErrorStream(true).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null && !line.startsWith("serving ")) {
      // wait for the server to listen
    }
    assertTrue(line != null, "the server did not start");
    return server;
  }

  private static String[] withStore(String[] command, String server) {
    List<String> args = new java.util.ArrayList<>(List.of(command[0], "--store", store));
    if (server != null) args.addAll(List.of("--server", server));
    args.addAll(List.of(command).subList(1, command.length));
    return args.toArray(String[]::new);
  }

  @Test
  void figuresFilterByDocumentPrefixPlacePeriodAndSource() {
    List<FigureRecord> all = records("figures", "--store", store, "--format", "jsonl");
    assertTrue(all.size() > 3, all.size() + " figures");
    List<FigureRecord> wire = records("figures", "--store", store, "--format", "jsonl", "--doc", "wire");
    assertFalse(wire.isEmpty());
    assertTrue(wire.stream().allMatch(f -> f.doc().startsWith("wire")));
    assertTrue(wire.size() < all.size(), "the other document is left out");
    FigureRecord some = all.stream().filter(f -> !f.place().isEmpty() && f.period() != null).findFirst().orElseThrow();
    String year = some.period().substring(0, 4);
    List<FigureRecord> filtered = records("figures", "--store", store, "--format", "jsonl", "--place", some.place().get(0),
        "--period", year);
    assertTrue(filtered.contains(some));
    assertTrue(filtered.stream().allMatch(f -> f.place().contains(some.place().get(0)) && f.period().startsWith(year)));
    assertEquals(all.stream().filter(f -> f.measure() != null && f.measure().contains(word(some))).count(),
        records("figures", "--store", store, "--format", "jsonl", "--measure", word(some).toUpperCase()).size());
    assertTrue(records("figures", "--store", store, "--format", "jsonl", "--source", "no such source at all").isEmpty());
    assertTrue(records("figures", "--store", store, "--format", "jsonl", "--material", "unobtainium").isEmpty());
  }

  private static String word(FigureRecord f) {
    String[] words = (f.measure() == null ? "exports" : f.measure()).split(" ");
    return words[words.length - 1];
  }

  private static List<FigureRecord> records(String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.status(), run.err());
    return run.out().lines().map(FigureRecord::fromJson).toList();
  }
}
