package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Measure phrases of several publishers split into material, flow, product form and scope. */
class MeasurePartsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // measure | material | flow | form | scope
      "rare earth magnet exports|rare-earths|export|magnet|-",
      "NdFeB magnet exports|rare-earths|export|magnet|-",
      "magnet exports|-|export|magnet|-",
      "rare earth magnet imports|rare-earths|import|magnet|-",
      "rare earth export value|rare-earths|export|-|value",
      "rare earth exports|rare-earths|export|-|-",
      "rare earth magnet exports to rest of world|rare-earths|export|magnet|rest-of-world",
      "lithium carbonate price|lithium|price|carbonate|-",
      "lithium hydroxide price|lithium|price|hydroxide|-",
      "cobalt hydroxide imports|cobalt|import|hydroxide|-",
      "gallium exports|gallium|export|-|-",
      "germanium export volume|germanium|export|-|-",
      "NEV sales|nev|sales|-|-",
      "new energy vehicle exports|nev|export|-|-",
      "EV deliveries|ev|sales|-|-",
      "NEV market share|nev|-|-|share",
      "battery installations|-|installations|battery|-",
      "rare earth oxides per turbine|rare-earths|-|oxide|per-unit",
      "graphite anode production capacity|graphite|capacity|-|-",
      "Northern Rare Earth export profits|rare-earths|profit|-|-"})
  void splitsMeasures(String measure, String material, String flow, String form, String scope) {
    assertEquals(new MeasureParts(material, flow, form, scope), MeasureParts.of(measure));
  }

  @Test
  void exportsAreNeverImportsAndMagnetsNeverOxides() {
    assertFalse(MeasureParts.of("rare earth magnet exports").sameQuantity(MeasureParts.of("rare earth magnet imports")));
    assertFalse(MeasureParts.of("rare earth oxide exports").sameQuantity(MeasureParts.of("rare earth magnet exports")));
    assertFalse(MeasureParts.of("gallium exports").sameQuantity(MeasureParts.of("germanium exports")));
    assertTrue(MeasureParts.of("magnet exports").sameQuantity(MeasureParts.of("rare earth magnet exports")));
    assertTrue(MeasureParts.of("NdFeB magnet exports").sameQuantity(MeasureParts.of("rare earth magnet exports")));
  }

  @Test
  void everyWordOfTheTableHasAKnownPart() {
    for (String part : List.of("flow", "form", "scope")) {
      assertFalse(MeasureParts.words(part).isEmpty(), part);
      MeasureParts.words(part).forEach((word, value) -> {
        assertEquals(word, word.strip().toLowerCase(java.util.Locale.ROOT), word);
        assertNotNull(value);
      });
    }
  }
}
