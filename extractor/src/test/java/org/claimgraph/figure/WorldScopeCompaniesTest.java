package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company named after a world word and before its figure holds the figure: "In the global market, CATL's battery
 * consumption nearly doubled to 23.0 GWh" is CATL's (CN), as "CATL extended its lead in global EV battery usage with a
 * 38.1% share" already was. The world is the market the company's figure is in, not the figure's place. A world total
 * that names no company before its number stays the world's. Sentences of publishers outside the devset, found with the
 * search tool's pages, annotated before the rule.
 */
class WorldScopeCompaniesTest {

  private static final LocalDate DAY = LocalDate.of(2023, 6, 12);

  @Test
  void aCompanyNamedAfterTheWorldHoldsItsFigure() {
    // EqualOcean, https://equalocean.com/analysis/2023061219760/amp
    assertEquals(List.of("CN"), Texts.place(DAY, "23.0 GWh",
        "In the global market, CATL's battery consumption nearly doubled to 23.0 GWh in the first four months of 2023, compared with 11.7 GWh in the same period of 2022."));
    // PhoneAuto, https://www.phoneauto.com/the-market-share-gap-between-ningde-times-and-lg-new-energy-has-decreased-to-only-1.html
    assertEquals(List.of("CN"), Texts.place(DAY, "23.0 GWh",
        "In the global market, CATL’s battery usage almost doubled in the first four months of 2023, reaching 23.0 GWh, compared to 11.7 GWh in the same period of 2022."));
    // Paultan via curaft.com, https://curaft.com/stories/25719126-byd-sold-evs-globally-tesla-q2-2026-losing-out-q1-557-090-vs-480-126-deliveries
    assertEquals(List.of("US"), Texts.place(LocalDate.of(2026, 7, 3), "480,126 deliveries",
        "This puts the Chinese automaker back on top of the global EV race, as Tesla is reported 480,126 deliveries for the same quarter just yesterday."));
  }

  @Test
  void aCompanyBeforeTheWorldStaysItsFigure() {
    // AInvest, https://www.ainvest.com/news/catl-dominates-global-ev-battery-market-37-5-share-byd-emerges-2509
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2025, 9, 3), "17.8%",
        "Tesla and GM supplier CATL dominate the global EV battery market with a 37.5% market share, followed by BYD with 17.8%."));
  }

  @Test
  void aWorldTotalStaysTheWorlds() {
    // TechNode, https://technode.com/2023/05/04/catl-takes-top-spot-byd-second-in-global-ev-battery-usage-in-q1/
    assertEquals(List.of(), Texts.place(LocalDate.of(2023, 5, 4), "133.0 GWh",
        "Global battery usage for electric vehicles (EVs, PHEVs, and HEVs) reached 133.0 GWh in the first quarter of 2023, representing a year-on-year growth of 38.6%, according to data from Korean renewable energy consultancy SNE Research."));
    // BNN Bloomberg, https://www.bnnbloomberg.ca/catl-retains-top-position-as-world-s-biggest-ev-battery-maker-1.1759841
    assertEquals(List.of(), Texts.place(LocalDate.of(2022, 5, 2), "41.4 gigawatt hours",
        "Global sales of EV batteries surged around 77% to 41.4 gigawatt hours during March from a year earlier, the SNE data out Monday showed."));
  }

  @Test
  void aCompanyInAnAsideHoldsNothing() {
    // Written for the guard (added after the rule), not found text: companies in an aside or a list's tail are no holder.
    assertEquals(List.of(), Texts.place(DAY, "25%", "Global EV sales, led by BYD and Tesla, rose 25% to 17.3 million in 2024."));
    assertEquals(List.of(), Texts.place(DAY, "900 GWh", "Global battery demand, where CATL is the leader, grew 25% to 900 GWh."));
  }
}
