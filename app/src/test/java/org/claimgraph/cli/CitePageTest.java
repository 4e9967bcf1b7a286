package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import org.claimgraph.bench.SyntheticArticles;
import org.claimgraph.bench.SyntheticStore;
import org.claimgraph.graph.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cite --limit N --offset M}: one page of the citations, counted in full (synthetic articles, no NLP). */
class CitePageTest {

  @TempDir static Path tmp;
  static Path store;

  @BeforeAll
  static void build() {
    store = tmp.resolve("store");
    try (GraphStore s = GraphStore.open(store)) {
      SyntheticStore.write(s, null, new SyntheticArticles(42), 0, 120, 60);
    }
  }

  static JsonObject json(String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.status(), run.err());
    return Json.createReader(new StringReader(run.out())).readObject();
  }

  @Test
  void aPageShowsItsCitationsAndCountsThemAll() {
    JsonObject all = json("cite", "--store", store.toString(), "--value", "0", "--unit", "percent", "--format", "json");
    int count = all.getInt("count");
    assertTrue(count > 5 && all.getJsonArray("citations").size() == count, "a value stated often: " + count);
    assertTrue(!all.containsKey("offset"), "without --limit the answer is as before");
    JsonObject page = json("cite", "--store", store.toString(), "--value", "0", "--unit", "percent", "--format", "json",
        "--limit", "2", "--offset", "3");
    assertEquals(count, page.getInt("count"));
    assertEquals(3, page.getInt("offset"));
    assertEquals(2, page.getInt("shown"));
    assertEquals(all.getJsonArray("citations").subList(3, 5), page.getJsonArray("citations"));
    assertEquals(all.getString("origins_summary"), page.getString("origins_summary"), "origins of every statement");
    CliRun table = CliRun.of("cite", "--store", store.toString(), "--value", "0", "--unit", "percent", "--limit", "2", "--offset", "3");
    assertTrue(table.out().startsWith("0 percent — stated in " + count + " places (showing 4–5)"), table.out());
    assertTrue(table.out().contains("\n[4] ") && table.out().contains("\n[5] ") && !table.out().contains("\n[6] "), table.out());
  }

  @Test
  void aNegativeLimitIsAUsageError() {
    assertEquals(ClaimgraphCommand.USAGE, CliRun.of("cite", "--store", store.toString(), "--value", "0", "--limit", "-1").status());
  }
}
