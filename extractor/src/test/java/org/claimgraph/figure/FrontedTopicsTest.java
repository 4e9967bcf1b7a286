package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country a sentence fronts as its topic ("For Malaysia, the country’s …", "As for Indonesia, the country’s …") is the country
 * "the country" stands for, not a destination after "for" (devset/GUIDELINES.md "Places": a paragraph's country carries until
 * another becomes the subject). Found on fresh25 (technode: the Indonesian paragraph's figures read [MY, ID], the Malaysian
 * one's [VN, MY], the country named before the topic taking its place). A sentence referring back ("Its share …") then takes the
 * topic's place over the page's main country.
 */
class FrontedTopicsTest {

  /** TechNode (fresh25, f25-e-03), Maybank's note on ASEAN electric car sales. */
  private static final String[] TECHNODE = {
      "According to Maybank, ASEAN is witnessing a pick-up in electric car sales, mainly in Malaysia, Indonesia and Vietnam.",
      "For Malaysia, the country’s fully electric car sales surged 142 percent year on year to 10,663 units for the first half.",
      "Meanwhile, hybrid car sales were at 11,722, up 22 percent year on year.",
      "According to Maybank, Malaysia is planning to cut its fuel subsidies, which could fuel demand for EVs.",
      "“The Malaysian government is contemplating reduction/removal of fuel subsidy,” it said.",
      "As for Indonesia, the country’s fully electric car sales more than doubled year on year to 11,943 units in the first half.",
      "Its share of total cars sold increased to 4 percent versus 2 percent a year ago."};

  private static List<String> place(List<Figure> figures, String quote) {
    return PeriodRulesTest.figure(figures, quote).place();
  }

  @Test
  void aFrontedCountryIsWhatTheCountryStandsFor() {
    List<Figure> figures = Texts.figures(LocalDate.of(2024, 8, 1), TECHNODE);
    // 10,663 units: fully electric car sales, 2024-01/2024-06, [MY]; 11,943 units: the same, [ID].
    assertEquals(List.of("MY"), place(figures, "10,663 units"));
    assertEquals(List.of("ID"), place(figures, "11,943 units"));
  }

  @Test
  void aSentenceReferringBackTakesTheTopicsPlace() {
    // 4 percent: fully electric car share of cars sold, [ID] (the page is mostly about Malaysia).
    List<Figure> figures = Texts.figures(LocalDate.of(2024, 8, 1), TECHNODE);
    assertEquals(List.of("ID"), place(figures, "4 percent"));
    assertEquals(List.of("ID"), place(figures, "2 percent"));
  }

  /** bne IntelliNews (fresh24, f24-m-03): the figure before names no country, its place carried (wrongly, CN) from before it. */
  private static final String[] INTELLINEWS = {
      "With a carbon content of up to 97%, Madagascan graphite is highly valued for its purity. Additionally, following "
          + "China's restrictions on graphite exports in October, Madagascar has become an alternative supplier.",
      "The country hosts major graphite deposits, with six large projects accounting for 3% of global production. It has "
          + "estimated total graphite reserves and resources of 26mn tonnes, according to the Extractive Industries Transparency "
          + "Initiative (EITI)."};

  @Test
  void aPlaceCarriedToTheFigureBeforeIsNotReferredBackTo() {
    // 26mn tonnes: graphite reserves and resources, [MG] (the page's country); "It" does not take the 3%'s carried place.
    assertEquals(List.of("MG"), place(Texts.figures(LocalDate.of(2024, 5, 1), INTELLINEWS), "26mn tonnes"));
  }

  @Test
  void onlyASentencesOpeningIsAFrontedTopic() {
    assertTrue(FrontedTopics.fronted("As for Indonesia, the country’s sales", 7, 16));
    assertTrue(FrontedTopics.fronted("Sales rose. For Malaysia, the country’s", 16, 24));
    // "In a milestone for China, the world's biggest auto market" (fresh, gold sentence): "for" inside a clause.
    assertFalse(FrontedTopics.fronted("In a milestone for China, the world's biggest auto market", 19, 24));
    // A destination with no comma after it: "exports for Japan rose".
    assertFalse(FrontedTopics.fronted("For Japan exports rose", 4, 9));
  }
}
