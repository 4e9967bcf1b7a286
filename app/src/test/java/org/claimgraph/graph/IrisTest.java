package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Sources are identified by their name: every form of one known organization is one source (issue 10, §6). */
class IrisTest {
  @Test
  void everyFormOfAKnownOrganizationIsOneSource() {
    String full = Iris.source("Statistics Canada");
    assertEquals(CG.ID + "source/statistics-canada", full);
    assertEquals(full, Iris.source("StatsCan"));
    assertEquals(full, Iris.source("StatCan"));
    assertEquals(full, Iris.source("the Statistics Canada"));
    assertEquals("Statistics Canada", Iris.sourceName("StatsCan"));
    assertEquals(Iris.source("US Geological Survey"), Iris.source("the USGS"));
  }

  @Test
  void otherCreditsKeepTheirWords() {
    assertEquals(CG.ID + "source/customs-data", Iris.source("customs data"));
    assertEquals("customs data", Iris.sourceName("customs data"));
    // A known name inside a longer credit is not the whole credit: the words stay.
    assertNotEquals(Iris.source("Statistics Canada"), Iris.source("a Statistics Canada survey of dealers"));
  }
}
