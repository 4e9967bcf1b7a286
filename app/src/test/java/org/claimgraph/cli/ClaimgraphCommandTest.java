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
}
