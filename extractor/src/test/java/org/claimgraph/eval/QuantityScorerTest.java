package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching found quantities to gold ones by span and value, and units across one kind. */
class QuantityScorerTest {

  private static final String LINE = "{\"id\":\"q1\",\"split\":\"tune\",\"sentence\":\"Exports hit 5.6 kt and 12,000 jobs, up 5%.\","
      + "\"quantities\":[{\"quote\":\"5.6 kt\",\"start\":12,\"end\":18,\"value\":5.6,\"value_max\":null,\"unit\":\"kilotonne\"},"
      + "{\"quote\":\"12,000 jobs\",\"start\":23,\"end\":34,\"value\":12000,\"value_max\":null,\"unit\":\"job\"},"
      + "{\"quote\":\"5%\",\"start\":39,\"end\":41,\"value\":5,\"value_max\":null,\"unit\":\"percent\"}]}";

  @Test
  void scoresValueAndUnit() {
    List<QuantityScorer.GoldSentence> gold = QuantityScorer.read(List.of(LINE), null);
    QuantityScorer.Result r = new QuantityScorer().score(gold, s -> List.of(
        new QuantityScorer.Found(12, 18, 5600, "tonne"),      // the same mass in tonnes: value and unit right
        new QuantityScorer.Found(23, 29, 12000, "count"),     // value right, unit wrong
        new QuantityScorer.Found(0, 7, 1, "count")));         // not in the gold
    assertEquals(3, r.gold());
    assertEquals(3, r.found());
    assertEquals(2, r.valueMatched());
    assertEquals(1, r.unitMatched());
    assertEquals(2.0 / 3, r.valuePrecision(), 1e-9);
    assertEquals(2.0 / 3, r.valueRecall(), 1e-9);
    assertEquals(1.0 / 3, r.unitF1(), 1e-9);
    assertEquals(1, r.errors().size());
  }

  @Test
  void readsOneSplit() {
    assertEquals(1, QuantityScorer.read(List.of(LINE), "tune").size());
    assertEquals(0, QuantityScorer.read(List.of(LINE), "heldout").size());
  }
}
