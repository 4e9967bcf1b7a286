package org.claimgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTableSameBaseTest {

  @Test
  void unitsOfOneBaseStartWithTheUnitItself() {
    List<String> mass = UnitTable.get().sameBase("tonne");
    assertEquals("tonne", mass.get(0));
    assertTrue(mass.contains("kilotonne") && mass.contains("kg") && mass.contains("pound"), mass.toString());
    assertFalse(mass.contains("percent"), mass.toString());
  }

  @Test
  void percentAndPercentagePointsAreNotOneBase() {
    assertFalse(UnitTable.get().sameBase("percent").contains("percentage-point"));
  }

  @Test
  void anUnknownUnitIsOnlyItself() {
    assertEquals(List.of("smelter"), UnitTable.get().sameBase("smelter"));
    assertEquals("tonne/year", UnitTable.get().sameBase("tonne-per-year").get(0));
  }
}
