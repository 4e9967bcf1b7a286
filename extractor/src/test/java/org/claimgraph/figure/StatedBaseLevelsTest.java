package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change compared with a base level written with its own time ("from the P15.07 billion recorded in the first half of last
 * year", "over the 32,239 in the first half of 2023") compares its period with that time, once the change's period is settled
 * (StatedBaseLevels, read by ChangeRules.referenceBasis): the same months a year before are yoy, an earlier span vs-period.
 * Devset: f6-m-01 philstar, f22-e-11 biddetail (gold yoy, was vs-period).
 */
class StatedBaseLevelsTest {

  private static List<Object> kdb(Figure f) {
    return Arrays.asList(f.kind(), f.direction(), f.basis());
  }

  @Test
  void aBaseLevelOfTheSameMonthsAYearBeforeIsYearOnYear() {
    // philstar.com (f6-m-01, Mines and Geosciences Bureau, August 2022): the period is the paragraph's first half of 2022.
    List<Figure> fs = Texts.figures(LocalDate.of(2022, 8, 10),
        "Metallic mineral production value rose to P112.57 billion in the first half of 2022.",
        "Of the total, mixed nickel-cobalt-sulfide generated the largest value at P26.69 billion, a 77 percent increase from the "
            + "P15.07 billion recorded in the first half of last year.");
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(PeriodRulesTest.figure(fs, "77 percent")));
  }

  @Test
  void theWordsOfABaseLevel() {
    // biddetail (f22-e-11), the philstar sentence above and a Datamar News port report (williams.com.br, 2023).
    assertEquals(true, StatedBaseLevels.between(" over the 32,239 in the "));
    assertEquals(true, StatedBaseLevels.between(" increase from the P15.07 billion recorded in the "));
    assertEquals(true, StatedBaseLevels.between(", compared with only 1,600 vehicles in the "));
    assertEquals(true, StatedBaseLevels.between(" higher than the 1,727,400 tons shipped in the "));
    // Not a level: a span's own time ("rose 20% to 5,000 tonnes in the first half") and a share compared with ("from 16% in").
    assertEquals(false, StatedBaseLevels.between(" to 5,000 tonnes in the "));
    assertEquals(false, StatedBaseLevels.between(" from 16% in "));
  }
}
