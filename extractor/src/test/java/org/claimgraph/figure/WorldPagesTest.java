package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page about the world's market (its headline or lede opens with the world, or its lede names the world before its
 * first figure and no country) does not carry its most named country to the figures that name none: they are the
 * world's (devset/GUIDELINES-ev.md "Places": "worldwide" → no place). Pages of publishers outside the devset, found
 * with the search tool's pages; the right answers were written down before the rule.
 */
class WorldPagesTest {

  @Test
  void theWorldsMonthlyGrowthNamesNoCountry() {
    // greencarcongress.com (Green Car Congress), 2025-04-15: Rho Motion's global EV sales, China the largest market.
    LocalDate d = LocalDate.of(2025, 4, 15);
    String[] page = {
        "Rho Motion: global EV sales up 29% in March 2025 y-o-y; led again by China",
        "",
        "Rho Motion reported that the number of electric vehicles sold globally in March 2025 is 1.7 million, with 4.1 million sold in Q1 2025. "
            + "The EV market grew by 29% in March 2025 compared to March 2024, and increased by 40% compared to February 2025.",
        "This quarter, while turbulent, has seen a strong rate of growth globally for the EV market. Some countries, such as the UK, had a "
            + "record-breaking March as drivers continue to go electric. The removal of subsidies in France has had a shrinking effect on sales which are down 18%.",
        "Global: 4.1 million, +29%",
        "China: 2.4 million, +36%",
        "Europe: 0.9 million, +22%"};
    assertEquals(List.of(), place(d, "29%", page));
    assertEquals(List.of(), place(d, "40%", page));
  }

  @Test
  void aLedeOpeningWithTheWorld() {
    // straitstimes.com (The Straits Times), 2025: "Global sales of electric and plug-in hybrid vehicles rose 24 per cent in May …"
    LocalDate d = LocalDate.of(2025, 6, 12);
    String[] page = {
        "Global sales of electric and plug-in hybrid vehicles rose 24 per cent in May compared with the same period a year ago, as strength in China offset slower growth in North America, according to market research firm Rho Motion.",
        "Electric vehicle (EV) sales in China surpassed one million units in a single month for the first time in 2025, driven by strong domestic demand and targeted export efforts from Chinese manufacturers, notably BYD, tapping into emerging markets.",
        "Global sales of battery-electric vehicles and plug-in hybrids rose to 1.6 million units in May, Rho Motion data showed.",
        "Sales in China grew more than 24 per cent from the same month in 2024 to 1.02 million vehicles."};
    assertEquals(List.of(), place(d, "24 per cent", page[0], page[1], page[2], page[3]));
    assertEquals(List.of("CN"), place(d, "1.02 million vehicles", page));
  }

  @Test
  void aCountrysLedeStillCarries() {
    // Negative: job853.com (Macau Daily Times), 2011: China's rare earth exports; the lede names China, not the world.
    LocalDate d = LocalDate.of(2011, 1, 21);
    assertEquals(List.of("CN"), place(d, "35,000 tonnes",
        "China said yesterday its rare earth exports rose 14.5 percent in the first 11 months of last year as prices more than doubled, with most of the shipments going to Japan, Europe and the United States.",
        "Exports of the minerals – 17 elements vital to everything from iPods to wind turbines – hit 35,000 tonnes for the January-November period, the commerce ministry said, exceeding Beijing’s full-year quota of 30,300 tonnes.",
        "China, which produces more than 95 percent of the world’s rare earths, has tightened control over the elements by cutting quotas for overseas shipments and hiking export taxes."));
  }

  @Test
  void bodiesNamedAfterTheWorldAreNoWorldPage() {
    // review6 (headline shapes written for the test): a body named after the world opens the page, not the world
    org.junit.jupiter.api.Assertions.assertFalse(WorldPages.of("World Bank cuts Indonesia growth forecast to 4.9%", null, false));
    org.junit.jupiter.api.Assertions.assertFalse(WorldPages.of(null, "Global Times reported that nickel exports rose ", false));
    org.junit.jupiter.api.Assertions.assertFalse(WorldPages.of(null, "The World Bank expects growth of ", false));
    org.junit.jupiter.api.Assertions.assertTrue(WorldPages.of("World trade volumes fall 5%", null, false));
    org.junit.jupiter.api.Assertions.assertTrue(WorldPages.of("Global sales of EVs surge 24%", null, false));
  }

  private static List<String> place(LocalDate d, String quote, String... paragraphs) {
    return Texts.place(d, quote, paragraphs);
  }
}
