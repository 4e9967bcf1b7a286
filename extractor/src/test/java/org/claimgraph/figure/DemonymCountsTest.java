package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A number before a demonym counts people: workers where the sentence speaks of employment (real sentences). */
class DemonymCountsTest {

  private static String unitOf(List<Figure> figures, String quote) {
    return figures.stream().filter(f -> f.evidence().quote().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure \"" + quote + "\" in " + figures.stream().map(f -> f.evidence().quote()).toList()))
        .quantity().unit();
  }

  @Test
  void employedNationalsAreWorkers() {
    // Castings SA (castingssa.com), on the Manganese Industry: "14 500 South Africans" (gold f11-m-08: worker).
    List<Figure> castings = Texts.figures(LocalDate.of(2023, 8, 1),
        "In 2022, the manganese mining industry employed over 14 500 South Africans and generated more than R 7 billion in tax revenue.");
    assertEquals("worker", unitOf(castings, "over 14 500 South Africans"));
    // UPI, on Oyu Tolgoi (gold f14-m-08: worker).
    List<Figure> upi = Texts.figures(LocalDate.of(2023, 5, 10),
        "As of the end of April, the project employed nearly 11,000 Mongolians.");
    assertEquals("worker", unitOf(upi, "nearly 11,000 Mongolians"));
    // Outside the devset: The New Humanitarian (IRIN), 2004-11-18, on Zambia's copper mines.
    List<Figure> irin = Texts.figures(LocalDate.of(2004, 11, 18),
        "First Quantum Minerals, owners of the newly reopened Kansanshi mine in Solwezi, the capital of North-Western province, is expected employ about 600 Zambians when it assumes full production by the end of this year.");
    assertEquals("worker", unitOf(irin, "about 600 Zambians"));
  }

  @Test
  void anInvariantDemonymInEseCountsPeople() {
    // The Nation (Pakistan), on a Chinese-built project (gold f20-m-07: 256 worker).
    List<Figure> fs = Texts.figures(LocalDate.of(2020, 3, 10),
        "“By the end of February 2020, the project has a total of 1,977 employees, 256 Chinese and 1,721 Pakistani, of which the number of local employees accounts for 87% of the total,” he mentioned.");
    assertEquals("worker", unitOf(fs, "256"));
  }

  @Test
  void aNationalAdjectiveBeforeItsNounIsLeftAlone() {
    // Top FX Managers (f2-m-04), on Lynas: "Australian dollars" is money, not people (negative case).
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 7, 25),
        "Consequently, the company’s sales revenue for the fourth quarter amounted to 157.5 million Australian dollars (US$104.9 million), reflecting a decrease from the 237.1 million Australian dollars earned in the previous quarter.");
    assertEquals("AUD", unitOf(fs, "157.5 million Australian dollars"));
  }
}
