package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph ingest} refusals that need no NLP pipeline. */
class IngestCommandTest {

  @TempDir Path tmp;

  @Test
  void aUrlIsRefusedInOneLineBeforeAnyStoreIsCreated() {
    Path store = tmp.resolve("store");
    CliRun run = CliRun.of("ingest", "--store", store.toString(), "https://www.reuters.com/world/china/x-2025-08-20/");
    assertEquals(1, run.status());
    assertEquals("claimgraph ingest: https://www.reuters.com/world/china/x-2025-08-20: a URL, not a file; claimgraph does"
        + " not fetch pages: save the page (or a .warc archive of pages) and ingest that file", run.err().strip());
    assertFalse(Files.exists(store));
  }
}
