package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimgraphCommandTest {

  @Test
  void noCommandIsAUsageError() {
    CliRun r = CliRun.of();
    assertEquals(ClaimgraphCommand.USAGE, r.status());
    assertTrue(r.err().contains("a command is required"), r.err());
    assertTrue(r.err().contains("Usage: claimgraph"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun r = CliRun.of("figures", "--no-such-option");
    assertEquals(ClaimgraphCommand.USAGE, r.status());
    assertTrue(r.err().contains("--no-such-option"), r.err());
  }

  @Test
  void helpIsNotAnError() {
    CliRun r = CliRun.of("--help");
    assertEquals(0, r.status());
    assertTrue(r.out().contains("Usage: claimgraph"), r.out());
  }

  @Test
  void verboseTurnsThirdPartyInfoLoggingOn() {
    org.junit.jupiter.api.Assertions.assertEquals("info", ClaimgraphCommand.logLevel("ingest", "--verbose", "x"));
    org.junit.jupiter.api.Assertions.assertNull(ClaimgraphCommand.logLevel("ingest", "x"));
    org.junit.jupiter.api.Assertions.assertNull(ClaimgraphCommand.logLevel("query", "--", "--verbose"), "after -- it is an argument");
  }
}
