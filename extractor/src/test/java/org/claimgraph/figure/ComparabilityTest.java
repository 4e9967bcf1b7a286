package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.figure.Comparability.Facts;
import org.junit.jupiter.api.Test;

/** Figures of different periods, flows, places or materials never contradict each other. */
class ComparabilityTest {

  private static Facts tonnes(String period, String measure, String... place) {
    return new Facts("tonne", "amount", null, period, measure, List.of(place));
  }

  private static final Facts JULY = tonnes("2025-07", "rare earth magnet exports", "CN", "US");

  @Test
  void theSameQuantityMayContradict() {
    assertNull(Comparability.difference(JULY, tonnes("2025-07", "magnet exports", "CN", "US")));
    assertTrue(Comparability.mayContradict(JULY, tonnes("2025-07", "NdFeB magnet exports", "CN", "US")));
  }

  @Test
  void theBaseOfAYearOnYearChangeIsAnotherPeriod() {
    // "…4.2% higher than the 3,120 tons shipped in the same month last year"
    assertFalse(Comparability.mayContradict(JULY, tonnes("2024-07", "rare earth magnet exports", "CN", "US")));
    assertTrue(Comparability.difference(JULY, tonnes("2024-07", "rare earth magnet exports", "CN", "US")).contains("period"));
  }

  @Test
  void exportsNeverContradictImports() {
    assertTrue(Comparability.difference(tonnes("2025-07", "rare earth magnet exports", "CN"),
        tonnes("2025-07", "rare earth magnet imports", "CN")).contains("flow"));
  }

  @Test
  void otherPlacesMaterialsFormsAndBasesAreOtherQuantities() {
    assertFalse(Comparability.mayContradict(JULY, tonnes("2025-07", "rare earth magnet exports", "CN", "JP")));
    assertFalse(Comparability.mayContradict(JULY, tonnes("2025-07", "rare earth magnet exports", "US", "CN")));
    assertFalse(Comparability.mayContradict(tonnes("2025-07", "gallium exports", "CN"), tonnes("2025-07", "germanium exports", "CN")));
    assertFalse(Comparability.mayContradict(tonnes("2025-07", "rare earth oxide exports", "CN"),
        tonnes("2025-07", "rare earth exports", "CN")));
    Facts yoy = new Facts("percent", "change", "yoy", "2025-07", "rare earth magnet exports", List.of("CN"));
    Facts mom = new Facts("percent", "change", "mom", "2025-07", "rare earth magnet exports", List.of("CN"));
    assertFalse(Comparability.mayContradict(yoy, mom));
  }

  @Test
  void unknownPeriodsOrMeasuresAreNotKnownToContradict() {
    assertFalse(Comparability.mayContradict(JULY, tonnes(null, "rare earth magnet exports", "CN", "US")));
    assertFalse(Comparability.mayContradict(tonnes("2025-07", null, "CN"), tonnes("2025-07", null, "CN")));
  }
}
