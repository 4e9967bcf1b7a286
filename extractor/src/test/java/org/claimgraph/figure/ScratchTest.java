package org.claimgraph.figure;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    String[] paras = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("scratch.file"))).split("\n");
    for (Figure f : Texts.figures(LocalDate.of(2025, 5, 20), paras)) System.out.println("FIG " + f.evidence().quote() + " | " + f.attribution());
    for (String p : paras) for (var a : new AttributionFinder(org.claimgraph.lexicon.Lexicon.get()).find(p, 0)) System.out.println("ATT " + a);
  }
}
