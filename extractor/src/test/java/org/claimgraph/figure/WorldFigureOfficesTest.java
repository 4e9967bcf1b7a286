package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A world total credited to a national office ("according to the US Geological Survey, global lithium output reached
 * 240,000 metric tons") is the world's: the office's country is where the data come from, not where the metal was mined
 * (devset/GUIDELINES.md "Places": a figure gets the countries the text gives it). Sentences of publishers outside the
 * devset (search tool, corpus pages); the expected places were written down before the rule.
 */
class WorldFigureOfficesTest {

  @Test
  void aWorldTotalOfTheUsGeologicalSurveyHasNoPlace() {
    // huaxia-steel.com ("Global nickel mine production to increase by 8% year-on-year in 2021").
    String nickel = "According to preliminary estimates by the United States Geological Survey (USGS), global nickel mine production will reach "
        + "2.7 million tons of metal in 2021, an increase of 8% from 2020 (2.51 million tons).";
    LocalDate d = LocalDate.of(2021, 2, 10);
    assertEquals(List.of(), Texts.place(d, "2.7 million tons", nickel));
    assertEquals(List.of(), Texts.place(d, "8%", nickel));
    assertEquals(List.of(), Texts.place(d, "2.51 million tons", nickel));
    // mining.com ("Global cobalt production hits record high in 2021, boosted by EV demand").
    assertEquals(List.of(), Texts.place(LocalDate.of(2022, 2, 3), "170,000 tonnes",
        "Global cobalt production hit a record high of 170,000 tonnes in 2021, according to preliminary data released by the US Geological Survey (USGS)."));
  }

  @Test
  void aNationalDepartmentsWorldTotalHasNoPlace() {
    // entrepreneurethics.com ("Demand of lithium is increasing but crisis in supply all over the world", 2022).
    assertEquals(List.of(), Texts.place(LocalDate.of(2022, 1, 21), "485,000 tonnes",
        "Total global production of lithium carbonate stood at 485,000 tonnes in December 2021 according to Australia’s Department of Industry."));
    // republicofmining.com (Kitco News retold, 2022-02-09, "Global graphite production up in 2021 as China cements its top producer status").
    String graphite = "(Kitco News) – According to the U.S. Geological Survey (USGS), in 2021, global production of natural graphite was estimated to "
        + "have increased by 4% to 1,000,000 tonnes from 2020 production of 966,000 tonnes.";
    LocalDate d = LocalDate.of(2022, 2, 9);
    assertEquals(List.of(), Texts.place(d, "4%", graphite));
    assertEquals(List.of(), Texts.place(d, "1,000,000 tonnes", graphite));
    assertEquals(List.of(), Texts.place(d, "966,000 tonnes", graphite));
  }

  @Test
  void aGovernmentForecastersWorldFigureHasNoPlace() {
    // marketindex.com.au (2022-12-22, "Global lithium demand to rise 40% between 2023-24: Office of the Chief Economist").
    assertEquals(List.of(), Texts.place(LocalDate.of(2022, 12, 22), "40%",
        "EV demand continued its 'rapid growth trend' despite deteriorating economic conditions, with global sales up 40% in the nine months "
            + "to September 2022, according to the Australian Government's commodity forecaster, the Office of the Chief Economist (OCE)."));
  }

  @Test
  void aCountryOfItsOwnStaysBesideTheOffice() {
    // chinatungsten.com ("Tungsten Mines Worldwide"): China's output, the USGS only its source.
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2008, 6, 1), "some 77,000 tons",
        "The U.S. Geological Survey [USGS] Estimates of global mine production in 2007 that China produces some 77,000 tons of metal, 86% of world production."));
    // huaxia-steel.com: Indonesia's own output, where the office is named after it.
    assertEquals(List.of("ID"), Texts.place(LocalDate.of(2021, 2, 10), "30%",
        "Nickel mine production in Indonesia is expected to increase by 30%, thanks to ongoing nickel pig iron and stainless steel projects, the US Geological Survey said."));
    // An office's own country's figure without the world: "US lithium production" stays the US's (written for the test).
    assertEquals(List.of("US"), Texts.place(LocalDate.of(2024, 2, 1), "about 5,000 tonnes",
        "According to the US Geological Survey, US lithium production was about 5,000 tonnes in 2023."));
  }
}
