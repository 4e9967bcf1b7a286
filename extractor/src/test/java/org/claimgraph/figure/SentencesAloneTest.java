package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.claimgraph.figure.PeriodRulesTest.period;

import org.junit.jupiter.api.Test;

/**
 * Periods of sentences read alone (no page, no date), as the hidden sets score them: what a sentence states must not be
 * moved or taken for something else by the guesses an undated text makes.
 */
class SentencesAloneTest {

  @Test
  void aBaseKeepsTheYearWrittenWithIt() {
    // https://www.autospies.com/news/Rising-Battery-Prices-Are-Driving-Electric-Vehicles-Out-Of-Reach-Of-The-Average-Buyer-112486/
    // "in 2010" is the base's own year: never shifted to 2009 because "last year" came out as 2010.
    assertEquals("2010", period(null, "well over $1,000 per kilowatt hour",
        "Prices dropped from well over $1,000 per kilowatt hour in 2010 to $141 per kWh last year."));
    // devset fresh4 (ShareCafe, 2024-01-22): the year after the base is the sentence's, and the base is a year back.
    assertEquals("2022-10/2022-12", period(java.time.LocalDate.of(2024, 1, 22), "$168 million", "Quarterly sales revenue halved to $113 million "
        + "from $233 million year on year, and Lynas reported sales receipts of $107 million, down from $168 million in the December 2023 quarter."));
  }

  @Test
  void aModelYearIsNoPeriod() {
    // https://kbb.com/tesla/model-3/2022 — a used car's price today: the model year dates nothing.
    String kbb = "2022 Tesla Model 3 pricing starts at $23,498 for the Model 3 Standard Sedan 4D, which had a starting MSRP of $48,190 when new.";
    assertEquals(null, period(null, "$23,498", kbb));
    assertEquals(null, period(null, "$48,190", kbb));
    // https://carbuyerlabs.com/all-about-charging-the-2023-chevy-bolt-ev/
    assertEquals(null, period(null, "$26,595", "Today, the 2023 Chevy Bolt EV continues that legacy with Chevrolet reducing its price by nearly "
        + "$6,000, making it the most affordable electric vehicle in America with a starting price of $26,595."));
    // https://www.deseret.com/2022/6/2/23152001/chevy-bolt-cheapest-electric-vehicle-america-ev (dated 2022-06: not the 2023 model's year)
    String deseret = "Details: The 2023 Chevy Bolt will cost $26,595, beating out what used to be the most affordable EV, the Nissan Leaf, "
        + "which costs $28,195, The Drive reported.";
    assertEquals(null, period(null, "$26,595", deseret));
    assertEquals(null, period(null, "$28,195", deseret));
    // https://business.time.com/2013/06/21/lets-hope-youre-not-trying-to-sell-an-electric-car-anytime-soon/
    assertEquals("2012-05", period(null, "around $25,000", "In May 2012, the average trade-in value for a 2011 Nissan Leaf was around $25,000."));
    assertEquals("2013-04", period(null, "73%", "NADA trade-in data show that in April 2013, a 2012 Honda Civic retained 73% of its value "
        + "compared to the original manufacturer's suggested retail price (MSRP), while a 2012 Prius retained 66% of its value."));
    // https://badvin.com/catalog/nissan/leaf/2023/depreciation — the written year of the price stays.
    assertEquals("2025", period(null, "$18,365", "The average price for used 2023 NISSAN LEAF nowadays in 2025 is $18,365 which is 51% from the original price."));
  }

  @Test
  void aYearAfterAPrepositionBeforeAMakeIsTheSentences() {
    // Not a model year: "In 2023 Tesla delivered …" (the make is the subject), "In 2011 Nissan Leaf sales …" (a preposition's year).
    assertEquals("2023", period(null, "1.81 million vehicles", "In 2023 Tesla delivered 1.81 million vehicles."));
    assertEquals("2011", period(null, "9,674 units", "In 2011 Nissan Leaf sales in the U.S. reached 9,674 units."));
  }
}
