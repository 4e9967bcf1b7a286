package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Round 36: masses per year that YearRates missed on seven publishers of fresh27–fresh29 (9 gold lines tonne/year, extracted
 * tonne): an annual output stated "at" its level, a material of five words before "annually", a mass restated in brackets, and a
 * mass compared with a rate in its sentence (YearRateCarries). The sentences are written for the test after the patterns of
 * those pages and of two outside them (itstimetomine.com, journalducameroun.com); the expected units were decided by
 * GUIDELINES' fresh28 call 29 before the rule.
 */
class YearRateCarriesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 3, 5);

  @Test
  void anAnnualOutputStatedAtItsLevelIsARate() {
    assertEquals("tonne/year", Texts.unitOf(DATE, "The annual production is estimated at 40,000 tonnes of flake graphite.", "40,000 tonnes"));
    assertEquals("tonne/year", Texts.unitOf(DATE, "The country supplies a tenth of the world's uranium, with annual production at over 3 654 tonnes.",
        "3 654 tonnes"));
    assertEquals("tonne/year", Texts.unitOf(DATE, "That is no small amount, with annual global production (dominated by China) standing at 1.6"
        + " million metric tons.", "1.6 million metric tons"));
  }

  @Test
  void aLongMaterialOrABracketBeforeTheRateKeepsIt() {
    assertEquals("tonne/year", Texts.unitOf(DATE, "The expanded mine is expected to produce 300 000 tonnes of high-quality chemical grade"
        + " spodumene concentrate annually.", "300 000 tonnes"));
    assertEquals("tonne/year", Texts.unitOf(DATE, "The mine is set to produce up to 15 million pounds (6 800 tonnes) of uranium a year.",
        "6 800 tonnes"));
  }

  @Test
  void aMassComparedWithARateIsARate() {
    assertEquals("tonne/year", Texts.unitOf(DATE, "The first phase targets an annual production of 506,000 tonnes of concentrate, with plans to"
        + " double output to 1 million tonnes in the second phase.", "1 million tonnes"));
    assertEquals("tonne/year", Texts.unitOf(DATE, "The group is targeting an annual phosphate rock production of 47 million tons, against the"
        + " current level of 34 million tons.", "34 million tons"));
    assertEquals("tonne/year", Texts.unitOf(DATE, "The plant will produce 480 000 tonnes annually while the second plant is expected to"
        + " produce 300 000 tonnes.", "300 000 tonnes"));
  }

  @Test
  void aMassNotComparedOrOfAYearStaysAMass() {
    // after itstimetomine.com: the base of a target is that year's amount
    assertEquals("tonne", Texts.unitOf(DATE, "The miner aims for 900,000 tonnes of copper a year, up from 646,200 tonnes in 2022.",
        "646,200 tonnes"));
    // after journalducameroun.com: reserves after a rate are no rate
    assertEquals("tonne", Texts.unitOf(DATE, "The mine can produce 250,000 tonnes of graphite a year and holds reserves of 114 million tonnes.",
        "114 million tonnes"));
    // fresh27 call 29: a second capacity written without "a year" keeps tonne
    assertEquals("tonne", Texts.unitOf(DATE, "The company plans a smelter with capacity of 300,000 tons per year, and is building a second one"
        + " with capacity of 600,000 tons.", "600,000 tons"));
  }
}
