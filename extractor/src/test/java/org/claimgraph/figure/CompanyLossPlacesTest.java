package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company's loss and revenue are its results: the company's country, not the country of the mine the sentence names
 * (devset/GUIDELINES.md, "Places": company results → the company's country). Publishers outside the devset.
 */
class CompanyLossPlacesTest {

  @Test
  void anAustralianMinersLossAndRevenueAreAustralias() {
    // filingreader.com (FilingReader), 2025
    assertEquals(List.of("AU"), Texts.place(LocalDate.of(2025, 9, 9), "$59.8 million",
        "Syrah Resources Limited announced a net loss after income tax of $59.8 million for the half-year ended June 30, 2025, compared to a $67.1 million loss in the prior corresponding period."));
    // clubofmozambique.com (Club of Mozambique, from Reuters' report): revenue from its Mozambican mine
    assertEquals(List.of("AU"), Texts.place(LocalDate.of(2024, 12, 19), "$47.7 million",
        "In 2023, Syrah sold 85,000 tonnes of graphite from Balama, earning $47.7 million in revenue from the project, its only operational and money-making mine in Mozambique."));
  }
}
