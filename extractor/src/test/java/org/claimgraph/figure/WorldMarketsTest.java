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

  /** Paragraphs of Reuters' cobalt story (2025-05-13) that make Congo the page's country. */
  private static final String DRC = "In the short term, the future of the cobalt market depends on what the Democratic Republic of Congo (DRC), the "
      + "world’s top producer of the mineral used to make the lithium-ion batteries that power electric vehicles, decides to do after its "
      + "four-month export ban, imposed in late February. The central African country imposed the ban to tackle the market glut.";

  @Test
  void aMineralMarketsSurplusOrDeficitHasNoCountry() {
    // https://d2698.cms.socastsrm.com/2025/05/13/global-cobalt-market-seen-swinging-to-deficit-from-surplus-in-early-2030s (a copy of Reuters;
    // no place even without the rule: "of demand" names the market)
    String reuters = "In 2024, the cobalt market was in a surplus of 36,000 tons, or 15% of demand, up from 25,000 tons in 2023, the report said.";
    assertEquals(List.of(), Texts.place(LocalDate.of(2025, 5, 13), "36,000 tons", DRC, reuters));
    assertEquals(List.of(), Texts.place(LocalDate.of(2025, 5, 13), "25,000 tons", DRC, reuters));
    // https://energynews.oedigital.com/mineral-resources/2025/05/13/early-2030s-will-see-the-global-cobalt-market-swing-from-surplus-to-deficit
    // (Energy News, Reuters' story retold)
    assertEquals(List.of(), Texts.place(LocalDate.of(2025, 5, 13), "36,000 tons", DRC,
        "The report stated that in 2024 the cobalt markets would be in surplus by 36,000 tons or 15%, up from 2023's 25,000 tons."));
    // https://news.metal.com/newscontent/103327341/Cobalt-Institute:-Cobalt-Market-Shifts-to-Shortage (SMM, 2025-05-15; as the one above)
    assertEquals(List.of(), Texts.place(LocalDate.of(2025, 5, 15), "36,000 mt", DRC,
        "The report stated that in 2024, the cobalt market will have a surplus of 36,000 mt, accounting for 15% of demand, compared to 25,000 mt in 2023."));
    // https://globalsteelweb.com/news/insg-predicts-declining-nickel-surplus-in-2024/ (Global Steel Web, 2024), under the Congo paragraphs
    String insg = "The firm says in a statement that the nickel market faced surpluses of 98,000 tonnes in 2022 and 163,000 tonnes in 2023.";
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 5, 1), "98,000 tonnes", DRC, insg));
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 5, 1), "163,000 tonnes", DRC, insg));
    // https://stainless-steel-world.net/the-world-nickel-market-in-2024-slowly-diminishing-surplus (Stainless Steel World, 2024)
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 6, 1), "163 thousand tonnes", DRC,
        "During its April 2024 meetings, the INSG revised its forecast for the nickel market balance for 2023 to a surplus of 163 thousand tonnes (kt)."));
    // https://stainless-steel-world.net/the-world-nickel-market-in-2021-indonesia-rising-to-the-top/ (Stainless Steel World, 2021)
    assertEquals(List.of(), Texts.place(LocalDate.of(2021, 6, 1), "45 thousand tonnes", DRC,
        "INSG revised down its forecast for the nickel market balance for 2021 to a surplus of 45 thousand tonnes (kt) during its April 2021 meetings."));
    // https://www.thehindubusinessline.com/economy/agri-business/surplus-likely-in-global-nickel-this-year-as-output-set-to-exceed-usage/article66065178.ece
    // (The Hindu BusinessLine, 2022, read through a streaklinks.com redirect): the INSG quoted
    assertEquals(List.of(), Texts.place(LocalDate.of(2022, 5, 1), "163kt", DRC,
        "The organisation has estimated the global usage of primary nickel at 2.775 mt in 2021. “The implicit market balances are therefore a deficit of 163kt (1.63 lakh tonnes) in 2021, and surpluses of 144kt (1.4 lakh tonnes) in 2022 and 171kt (1.71 lakh tonnes) in 2023,” said the INSG, which comprises producer-, consumer- and trading nations."));
  }

  @Test
  void aCountrysTradeSurplusKeepsItsCountry() {
    // negative, written for the test: a trade surplus is the trader's, not a market's balance
    String s = "Cobalt exports exceeded imports, leaving a trade surplus of 1,100 tonnes.";
    assertFalse(WorldMarkets.of(s, s.indexOf("1,100"), "cobalt trade surplus", false));
  }
}
