package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "N units" on a page about vehicles count vehicles although their sentence names none (FigureExtractor.upgradeUnit):
 * bandit4d (fresh17) "However, these purchases are limited to 50,000 units this year."; outside the devset electrive.com
 * (2016-02-04, "EV sales in the U.S.") "Only plug-in hybrids grew, as sales of 3,137 units translate to a 48.5 percent
 * plus." The negative: units on a page that is not about vehicles stay a count.
 */
class UnitsOnVehiclePagesTest {

  private static String unitOf(List<Figure> figures, String quote) {
    return figures.stream().filter(f -> f.evidence().quote().contains(quote)).findFirst().orElseThrow().quantity().unit();
  }

  @Test
  void unitsOnAVehiclePageAreVehicles() {
    List<Figure> figures = Texts.figures(LocalDate.of(2016, 2, 4),
        "A total of 3,576 electric cars were registered in the U.S. in January, 20 percent less than in the same month last year.",
        "Only plug-in hybrids grew, as sales of 3,137 units translate to a 48.5 percent plus.",
        "Pure hybrids sales also dropped about a fifth to 20,967 units, while Tesla and other carmakers kept their prices.");
    assertEquals("vehicle", unitOf(figures, "3,137 units"));
  }

  @Test
  void aQuotaInUnitsIsVehicles() {
    // bandit4d (fresh17): the sentences of the subsidy quota name no vehicle; the page does (electric motorcycles, cars)
    List<Figure> figures = Texts.figures(LocalDate.of(2024, 2, 1),
        "The government will again subsidise electric motorcycles this year, the ministry said, and electric cars get a tax cut.",
        "However, these purchases are limited to 50,000 units this year.",
        "That number is down from the 600,000 units set last year, when sales of electric vehicles lagged.");
    assertEquals("vehicle", unitOf(figures, "50,000 units"));
  }

  @Test
  void unitsOfSomethingElseStayACount() {
    List<Figure> figures = Texts.figures(LocalDate.of(2024, 3, 1),
        "The company reported record revenue for its home battery business in 2023.",
        "The factory shipped 40,000 units last year, up from 25,000 units in 2022.");
    assertEquals("count", unitOf(figures, "40,000 units"));
  }
}
