package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mineral's demand or supply that a sentence states without a country is the world market's (devset/GUIDELINES.md,
 * "Places": a figure gets the countries the text gives it), not the country the page is about ({@link WorldMarkets}).
 * Sentences of publishers outside the devset (search tool, corpus pages); the expected places were written down before
 * the rule: no place for the market's demand and supply, the country for a country's own supply.
 */
class WorldMarketsTest {

  /** Paragraphs of ASM International's page (Roskill's cobalt outlook) that make Congo the page's country. */
  private static final String CONGO = "Developments in the Democratic Republic of the Congo (DRC), the world’s largest mine producer, have the "
      + "potential to significantly impact the market this year. The DRC government wants to increase domestic refining of copper and "
      + "cobalt products and decrease exports of unrefined materials. Outside of the DRC, a number of potential mine projects could "
      + "produce cobalt raw materials.";

  @Test
  void forecastsOfAMineralsDemandHaveNoCountry() {
    // static.asminternational.org (Advanced Materials & Processes, May 2014), Roskill's "Cobalt: Market Outlook to 2018".
    assertEquals(List.of(), Texts.place(LocalDate.of(2014, 5, 1), "approximately 6.1%", CONGO,
        "Roskill expects future demand to grow at a similar rate, approximately 6.1% per year to 2018."));
    // ecobalt.com (eCobalt's news page, a CRU note by Edward Spencer, 2016-09-08).
    assertEquals(List.of(), Texts.place(LocalDate.of(2016, 9, 8), "8%", CONGO,
        "CRU forecasts cobalt demand for these applications to grow by 8% per annum for the next five years."));
    // iom3.org (Materials World magazine, 2015-04-01, "The rise of cobalt").
    assertEquals(List.of(), Texts.place(LocalDate.of(2015, 4, 1), "10%", CONGO,
        "Seddon forecasts a 10% annual increase in demand for cobalt in the battery sector over the next five years."));
    // fmdrc-zambia.com (2018, "Global cobalt demand to rise by 40% in 2018").
    assertEquals(List.of(), Texts.place(LocalDate.of(2018, 1, 15), "40%", CONGO,
        "According to Darton Commodities, demand for cobalt is projected to rise 40% throughout 2018 behind the increasing number of "
            + "electric vehicles in production."));
  }

  @Test
  void theMarketsSupplyToo() {
    // theassay.com ("Is lithium accelerating towards a supply and demand crunch?", 2022), under the Congo paragraphs above.
    assertEquals(List.of(), Texts.place(LocalDate.of(2022, 3, 1), "around 20%", CONGO,
        "Between 2021 and 2025, estimates for the annual growth of the market are around 20% for both supply and demand."));
    assertTrue(WorldMarkets.of("Between 2021 and 2025, estimates for the annual growth of the market are around 20% for both supply and demand.",
        70, "lithium supply", false));
  }

  @Test
  void aCountrysOwnSupplyKeepsItsCountry() {
    // thefinancialtrends.com (2023-08-31), BMI on China's lithium: the supply "in China" is China's.
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2023, 8, 31), "6%",
        "In its latest report, BMI said, adding that during the same period, the lithium supply in China is only projected to grow by 6%."));
    // vuink.com (a copy of CNBC, 2023-08-29): "China's lithium supply will only grow 6%".
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2023, 8, 29), "6%",
        "In contrast, China's lithium supply will only grow 6% over the same period, BMI said."));
    // The home market and the verb of a seller name no world market.
    assertFalse(WorldMarkets.of("Domestic ore supply is lower than demand that reached 200 million tons per year.", 52, "nickel ore demand", false));
    assertFalse(WorldMarkets.of("The plant will produce enough anode copper foil to supply 1 million EVs per year.", 60, "copper foil supply", false));
    // A vehicle market's demand is the page's market's.
    assertFalse(WorldMarkets.of("Demand for electric vehicles rose 20% in the quarter.", 32, "EV demand", false));
  }

  @Test
  void aSupplyChainIsNoMarket() {
    // corpus/003 (a rewrite of Reuters' July 2025 magnet story): the exports' rise, then what it suggests of supply chains
    String s = "The outpouring marks a 5.7% YoY rise and suggests supply chains are steadying after export restrictions earlier this year.";
    assertFalse(WorldMarkets.of(s, s.indexOf("5.7%"), "rare earth magnet exports", false));
    // written for the test: the modifier of "side" likewise
    String t = "Lithium exports rose 12% in May, easing supply-side worries.";
    assertFalse(WorldMarkets.of(t, t.indexOf("12%"), "lithium exports", false));
    // the market's own flow after the figure still makes it the world's
    String u = "Cobalt Institute says a 10% annual increase in demand for cobalt is expected.";
    assertTrue(WorldMarkets.of(u, u.indexOf("10%"), "cobalt demand", false));
  }
}
