package org.claimgraph.cite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.relate.FigureKeys;
import org.claimgraph.relate.FigureRelations;
import org.junit.jupiter.api.Test;

/**
 * Which figures of an implied level's key {@code cite} reads in full: only those whose statement key
 * says they may state the level (an amount of its unit and a like measure), as {@code
 * Implications.previousLevel} would keep them; the rest of a busy place and month is never read.
 */
class CitationIndexKeysTest {

  static boolean like(String unit, String kind, String measure, String levelUnit, String levelMeasure) {
    String key = FigureKeys.statement(unit, kind, null, "2025-06", List.of("CN", "US"), measure);
    return CitationIndex.statesLike(key, levelUnit, levelMeasure, FigureRelations::similarMeasures);
  }

  @Test
  void anAmountOfTheLevelsUnitAndMeasureMayStateIt() {
    assertTrue(like("tonne", "amount", "rare earth magnet exports", "tonne", "rare earth magnet exports"));
    assertTrue(like("tonne", "amount", "magnet exports", "tonne", "rare earth magnet exports"), "one names no material");
  }

  @Test
  void anotherMaterialFlowUnitOrKindNeverDoes() {
    assertFalse(like("tonne", "amount", "cobalt exports", "tonne", "graphite exports"));
    assertFalse(like("tonne", "amount", "rare earth magnet imports", "tonne", "rare earth magnet exports"));
    assertFalse(like("metric-ton", "amount", "rare earth magnet exports", "tonne", "rare earth magnet exports"),
        "previousLevel compares the unit as stored");
    assertFalse(like("percent", "share", "rare earth magnet exports", "tonne", "rare earth magnet exports"));
  }

  @Test
  void aFigureWithoutStatementKeyIsRead() {
    assertTrue(CitationIndex.statesLike(null, "tonne", "graphite exports", FigureRelations::similarMeasures),
        "a figure without measure has no statement key and is like any measure");
    assertTrue(CitationIndex.statesLike("old|key", "tonne", "graphite exports", FigureRelations::similarMeasures));
  }
}
