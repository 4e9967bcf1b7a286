package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code claimgraph validate} on real ingested pages: what the extractor stores conforms to the shapes. */
class ValidateCommandIT {

  @Test
  void realIngestedPagesConformToTheShapes() {
    String store = RealStore.path().toString();
    CliRun run = CliRun.of("validate", "--store", store);
    assertEquals(0, run.status(), "violations in real ingested pages:\n" + run.out() + run.err());
    assertEquals(RealStore.articles() + " article graphs conform to ontology/shapes.ttl (store: " + store + ")\n", run.out());
  }
}
