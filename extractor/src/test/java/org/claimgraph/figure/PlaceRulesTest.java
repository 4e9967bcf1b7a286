package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocs, companies, subjects that refer to a country, and import directions, on devset/tune publishers' text. */
class PlaceRulesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 7, 20);

  private static List<String> place(String quote, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).place();
  }

  @Test
  void theEuIsAPlace() {
    // Eurostat
    assertEquals(List.of("EU"), place("29.3%",
        "In 2024, a total of 12 900 tonnes of rare earth elements (REE+) were imported to the EU, marking a decrease of 29.3% compared with 2023."));
    assertEquals(List.of("EU"), place("0.8%", "At the same time, 5 500 tonnes of rare earth elements were exported from the EU, a drop of only 0.8%."));
  }

  @Test
  void aCompanysFiguresAreItsCountrys() {
    // The Driven
    assertEquals(List.of("CN"), place("502,657", "BYD saw sales reach 502,657 for the month of October."));
  }

  @Test
  void theWorldsLargestSupplierIsTheArticlesCountry() {
    // The Telegraph India (PTI)
    assertEquals(List.of("CN"), place("5,774 metric tons",
        "China's rare earth magnet exports fell 6.1% in September from August. China expanded controls of rare earth exports.",
        "China is the biggest market for magnets.",
        "Shipments from the world's largest rare earth magnet supplier stood at 5,774 metric tons in September, down from a seven-month high of 6,146 tons in August."));
  }

  @Test
  void importsFromACountryGoToTheArticlesCountry() {
    // Mysteel: an article about China's lithium carbonate imports
    assertEquals(List.of("CL", "CN"), place("20,300 tonnes",
        "China's lithium carbonate imports rose in May. China imported more from South America, and China's demand held up.",
        "The imports from Chile amounted to 20,300 tonnes, moving up 59.3% MoM and 18.1% YoY."));
  }

  @Test
  void aRegionsFigureGetsNoCountry() {
    // South China Morning Post (Rho Motion data): Europe is a region, not the article's China
    List<Figure> fs = Texts.figures(DATE, "Sales in China jumped 28 per cent to 1.11 million units, while Europe's demand rose 23 per cent to 390,000 units.");
    assertEquals(List.of(), PeriodRulesTest.figure(fs, "390,000 units").place());
    assertEquals(List.of("CN"), PeriodRulesTest.figure(fs, "1.11 million units").place());
  }
}
