package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A comparative after the last percent of a list ("33.1 percent and 32.7 percent more than last year", "15 percent and 5.6
 * percent higher") makes every percent of the list a change of its direction and basis (KindRules.coordinated), not only the last.
 * Devset (kind share, gold change): f3-e-10 azovpromstal, f16-m-03 apsolidarity; f4-e-02 lithiumnews holds the same shape.
 */
class ComparativeListsTest {

  private static Figure of(LocalDate date, String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
  }

  private static List<Object> kdb(Figure f) {
    return Arrays.asList(f.kind(), f.direction(), f.basis());
  }

  @Test
  void theListTakesTheComparative() {
    // f3-e-10-azovpromstal (CAAM, 2025): change, up, yoy.
    String caam = "According to the Chinese Association of Automobile Manufacturers (CAAM), in the first ten months of this year, the "
        + "production and sales of new energy vehicles (NEV) in China amounted to 13.015 million units and 12.943 million units, which is "
        + "33.1 percent and 32.7 percent more than last year, respectively.";
    assertEquals(Arrays.asList(Kind.CHANGE, "up", "yoy"), kdb(of(LocalDate.of(2025, 11, 20), caam, "33.1 percent")));
    // f16-m-03-apsolidarity (Reuters rewrite): change, up, no basis.
    assertEquals(Arrays.asList(Kind.CHANGE, "up", null), kdb(of(LocalDate.of(2023, 5, 20), "Shares of Vale and state-controlled Antam "
        + "traded 15 percent and 5.6 percent higher, respectively, on the Indonesia Stock Exchange (IDX) on Monday, following news of "
        + "the plan.", "15 percent")));
  }

  @Test
  void aListWithoutAComparativeIsLeftAlone() {
    // https://financialfocushub.com/archives/9285 (CleanTechnica's EV Volumes figures, 2024): shares listed with
    // "respectively" but no comparative after the last one stay shares, both of them.
    String shares = "Companies like Volkswagen and Geely-Volvo hold market shares of 7% and 8% in the BEV segment, respectively.";
    assertEquals(Kind.SHARE, of(LocalDate.of(2024, 11, 20), shares, "7%").kind());
    assertEquals(Kind.SHARE, of(LocalDate.of(2024, 11, 20), shares, "8%").kind());
  }
}
