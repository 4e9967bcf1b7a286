package org.claimgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.dboe.base.block.FileMode;
import org.junit.jupiter.api.Test;

/** Stores are reached through mapped files unless the property asks for block caches. */
class StoreFileModeTest {

  @Test
  void mappedUnlessThePropertySaysDirect() {
    assertEquals(FileMode.mapped, StoreFileMode.forProperty(null));
    assertEquals(FileMode.mapped, StoreFileMode.forProperty("mapped"));
    assertEquals(FileMode.mapped, StoreFileMode.forProperty("anything else"));
    assertEquals(FileMode.direct, StoreFileMode.forProperty("direct"));
  }
}
