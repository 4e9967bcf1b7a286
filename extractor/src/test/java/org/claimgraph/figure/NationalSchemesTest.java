package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A national scheme named on a page that names no country is its country's body (agencies.tsv): India's FAME-II makes
 * the page Indian, so its figures naming no place are India's (devset/GUIDELINES.md, "Places": the subject carries over).
 * Sentences of publishers outside the devset (search tool, corpus pages); answers written down before the lexicon rows.
 */
class NationalSchemesTest {

  @Test
  void figuresUnderIndiasFameSchemeAreIndias() {
    // dnaindia.com (DNA India), 2019-04-09: a Crisil report's figures on FAME-II.
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2019, 4, 9), "95%",
        "EV makers are expected to take time to come up with new models eligible for FAME-II demand incentive along with the necessary level of localisation, said a Crisil report.",
        "95% of electric two-wheeler models will not get incentive under FAME-II."));
    // sesei.eu (SESEI newsletter): the revised FAME-II incentive cap.
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2021, 6, 15), "40%",
        "The Department of Heavy Industries has announced partial amendments to the Faster Adoption and Manufacturing of Electric Vehicles in India Phase-II (FAME-II) program.",
        "Also, the cap on incentive for E2W has been raised to 40% of the total cost of the vehicles."));
    // theshillongtimes.com (The Shillong Times), 2023-05-03: Vahan registrations after the FAME-II cut.
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2023, 5, 3), "53,258 units",
        "Electric two-wheeler (E2W) sales are declining on a monthly basis as a result of the government’s reversal of FAME-II subsidies.",
        "E2W registrations increased by 20% year over year (YaY) from 53,258 units in April 2022."));
    // policyaccess.in (Policy Access): FAME-II's bus subsidy.
    assertEquals(List.of("IN"), Texts.place(LocalDate.of(2022, 1, 1), "40%",
        "In March 2019, DHI notified phase II of the FAME scheme with a total budget outlay of INR 100 billion until March 2022, which has been extended till March 2023.",
        "FAME II proposes INR 86 billion as demand incentives to be provided upfront during the purchase of EVs.",
        "To encourage public transport, the buses would receive a subsidy of 40% of the cost of vehicles, and a 20% subsidy would be given to other commercial vehicles."));
  }

  @Test
  void aWorldFigureOnAPageNamingTheSchemeKeepsNoPlace() {
    // Negative: kiwix.casplantje.nl (Wikipedia copy, History of the electric vehicle), a world total, after DNA India's FAME-II sentence: the
    // scheme makes the page Indian, but a figure its sentence puts worldwide is the world's.
    assertEquals(List.of(), Texts.place(LocalDate.of(2021, 1, 1), "1 million units",
        "EV makers are expected to take time to come up with new models eligible for FAME-II demand incentive along with the necessary level of localisation, said a Crisil report.",
        "Since 2010, combined sales of all-electric cars and utility vans achieved 1 million units delivered globally in September 2016."));
  }
}
