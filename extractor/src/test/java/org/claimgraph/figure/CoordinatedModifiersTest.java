package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A counted noun after a list of coordinated modifiers ("17,000 direct, indirect and induced jobs", "2,068 electric and
 * hybrid vehicles") counts that noun (CountedNouns.coordinatedModifiers), and electric tricycles are vehicles
 * (vehicle-nouns.tsv; GUIDELINES.md fresh24 call 23: tricycles → vehicle).
 */
class CoordinatedModifiersTest {

  private static Figure figure(List<Figure> figures, String quote) {
    return figures.stream().filter(f -> f.evidence().quote().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure \"" + quote + "\" in " + figures.stream().map(f -> f.evidence().quote()).toList()));
  }

  private static void unit(List<Figure> fs, String quote, String unit) {
    assertEquals(unit, figure(fs, quote).quantity().unit(), quote);
  }

  @Test
  void jobsAfterCoordinatedModifiers() {
    // devset f24-e-09 (assahifa.com) and f24-e-10 (medafricatimes.com), fresh24: the jobs took a neighbour's GWh or vehicle
    List<Figure> fs = Texts.figures(LocalDate.of(2024, 6, 7),
        "The gigafactory will have an initial capacity of 20 GWh, rising to 100 GWh.",
        "The project is expected to create 17,000 direct, indirect and induced jobs, including 2,300 highly-skilled jobs.");
    unit(fs, "17,000 direct, indirect and induced jobs", "job");
    List<Figure> two = Texts.figures(LocalDate.of(2024, 6, 7),
        "Gotion will produce batteries for 1 million electric vehicles and create 17,000 direct and indirect jobs.");
    unit(two, "17,000 direct and indirect jobs", "job");
    // khudothiakari.com (outside the devset) writes the same shape with "or": "create up to 1,000 new or expanded jobs"
    // is constructed on its "the factory will employ up to 1,000 people and create at least 10,000 jobs"
    List<Figure> or = Texts.figures(LocalDate.of(2024, 6, 7),
        "The factory will employ up to 1,000 people and create at least 10,000 new or indirect jobs.");
    unit(or, "at least 10,000 new or indirect jobs", "job");
  }

  @Test
  void vehiclesAfterCoordinatedModifiers() {
    // devset f23-e-11 (mexiconewsdaily.com): the coordinated kinds before the vehicle noun
    List<Figure> fs = Texts.figures(LocalDate.of(2025, 3, 1),
        "In February, Mexicans bought 2,068 electric and hybrid vehicles.");
    unit(fs, "2,068 electric and hybrid vehicles", "vehicle");
  }

  @Test
  void electricTricyclesAreVehicles() {
    // devset f24-e-04 (bizwatchnigeria.ng), fresh24
    List<Figure> fs = Texts.figures(LocalDate.of(2025, 6, 1),
        "The Federal Government said it has procured 10,000 electric tricycles for distribution across the country.");
    unit(fs, "10,000 electric tricycles", "vehicle");
    // eaglenews.ph (DOE, Philippines): "natitirang 2,800 electric tricycles o e-trikes" — the English shape
    List<Figure> ph = Texts.figures(LocalDate.of(2019, 4, 1),
        "The Department of Energy aims to deploy the remaining 2,800 electric tricycles by June.");
    unit(ph, "2,800 electric tricycles", "vehicle");
  }

  @Test
  void negatives() {
    // wirenewsfax.com (Volkswagen, St. Thomas): two numbers, each with its own noun; the list rule reads neither
    List<Figure> fs = Texts.figures(LocalDate.of(2023, 4, 21),
        "Volkswagen's new electric vehicle battery plant in southwestern Ontario will create up to 3,000 direct jobs and 30,000 "
            + "indirect jobs in the region, according to the Ontario government.");
    unit(fs, "up to 3,000 direct jobs", "job");
    unit(fs, "30,000 indirect jobs", "job");
    // A counted plural in the list is the noun itself: "cars and trucks" counts cars (vehicle), not trucks across the list.
    List<Figure> cars = Texts.figures(LocalDate.of(2023, 4, 21),
        "The port handled 20,000 cars and trucks last year.");
    unit(cars, "20,000 cars", "vehicle");
  }
}
