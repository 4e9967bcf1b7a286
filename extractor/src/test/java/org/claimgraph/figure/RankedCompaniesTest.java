package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence naming several companies and no country, each with its own number ("BYD (16%), LG (14%), Panasonic (8%)",
 * "overtaking Tesla's 1.64 million", "while BYD achieved 595,413 units"): a number is the home of the company its clause
 * gives it to, not of the first company the sentence names. Real sentences of publishers outside the development set (the
 * search tool's stored pages), the expected places written before the rule.
 */
class RankedCompaniesTest {

  private static List<String> place(LocalDate date, String quote, String title, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figuresUnder(date, title, paragraphs), quote).place();
  }

  @Test
  void aCompanyInBracketsBeforeItsShareHoldsIt() {
    // evcarlatest.com (Counterpoint Research), https://evcarlatest.com/catl-battery-champion-with-54-sales-growth/
    String title = "CATL is the EV battery champion with 54% sales growth";
    String lead = "As of the halfway point of 2018, CATL still held the lion’s share of the EV battery market.";
    String ranking = "BYD (16%), LG (14%), Panasonic (8%), SK Innovation (5%), and Samsung SDI (5%), in that order, took the next five "
        + "percent of the market from CATL.";
    LocalDate date = LocalDate.of(2023, 8, 10);
    assertEquals(List.of("CN"), place(date, "16%", title, lead, ranking));
    assertEquals(List.of("KR"), place(date, "14%", title, lead, ranking));
    assertEquals(List.of("JP"), place(date, "8%", title, lead, ranking));
  }

  @Test
  void aRivalsPossessiveNumberIsTheRivals() {
    // Particle News, https://particle.news/story/byd-tops-tesla-as-chinese-ev-brands-gain-ground-in-europe-and-australia
    String title = "BYD Tops Tesla as Chinese EV Brands Gain Ground in Europe and Australia";
    String text = "BYD became 2025’s top seller of battery-electric cars with 2.26 million deliveries, overtaking Tesla’s 1.64 million.";
    LocalDate date = LocalDate.of(2026, 1, 5);
    assertEquals(List.of("CN"), place(date, "2.26 million deliveries", title, text));
    assertEquals(List.of("US"), place(date, "1.64 million", title, text));
    // InsideHook (added after the rule was written), https://www.insidehook.com/electric/byd-overtakes-tesla-worlds-top-ev-seller
    assertEquals(List.of("US"), place(LocalDate.of(2026, 1, 3), "1.64 million", "BYD Overtakes Tesla as World's Top EV Seller",
        "Writing at the Los Angeles Times, Caroline Petrow-Cohen reports that BYD delivered 2.25 milliion electric vehicles in 2025, "
            + "as compared to Tesla’s 1.64 million."));
    // carandbike.com, https://www.carandbike.com/news/byd-overtakes-tesla-as-worlds-topselling-ev-maker-in-q4-2023-3211052
    assertEquals(List.of("CN"), place(LocalDate.of(2024, 1, 3), "1.6 million units", "BYD Overtakes Tesla As World's Top-Selling EV Maker In Q4 2023",
        "Chinese electric vehicle manufacturer BYD has overtaken Tesla as the top-selling EV maker in the world in the fourth quarter of 2023.",
        "In terms of only battery-powered models, Tesla still holds the lead in terms of total battery-only sales for 2023 as BYD's "
            + "battery-only sales in the year amounted to 1.6 million units."));
  }

  @Test
  void aRelativeClauseAfterAPossessiveTakesTheNumberFromIt() {
    // review17: Bloomberg's caption, http://www.techconsumer.com/what-you-should-know-about-teslas-new-gigafactory/2/: the deal's
    // revenue is Panasonic's, the supplier's (it read Tesla's, US)
    assertEquals(List.of("JP"), place(LocalDate.of(2016, 7, 26), "$7 billion", "What You Should Know About Tesla’s New Gigafactory",
        "Panasonic won a contract to supply cells to Tesla's electric vehicles in a deal that may generate $7 billion in revenue."));
  }

  @Test
  void theSubjectOfTheFiguresClauseHoldsIt() {
    // MENAFN, https://menafn.com/1109054561/BYD-outpaces-Tesla-in-Q4-EV-deliveries
    String title = "BYD outpaces Tesla in Q4 EV deliveries";
    String lead = "Chinese automaker BYD surpassed its US competitor Tesla by delivering nearly 600,000 battery-electric (EVs) between October "
        + "and December.";
    String quarter = "Based on the production and sales reports for 2024, Tesla delivered 495,570 EVs in the fourth quarter, while BYD achieved "
        + "595,413 units.";
    String year = "For the entire year, BYD delivered 1.76 million EVs, slightly trailing Tesla, which delivered 1.79 million.";
    LocalDate date = LocalDate.of(2025, 1, 3);
    assertEquals(List.of("US"), place(date, "495,570 EVs", title, lead, quarter, year));
    assertEquals(List.of("CN"), place(date, "595,413 units", title, lead, quarter, year));
    assertEquals(List.of("CN"), place(date, "1.76 million EVs", title, lead, quarter, year));
    assertEquals(List.of("US"), place(date, "1.79 million", title, lead, quarter, year));
    // must stay: World Today Journal, https://www.world-today-journal.com/chinas-byd-has-dethroned-elon-musk-and-tesla-as-the-worlds-largest-electric-car-maker/
    assertEquals(List.of("CN"), place(LocalDate.of(2024, 1, 3), "526,409",
        "China's BYD has dethroned Elon Musk and Tesla as the world's largest electric car maker",
        "Tesla delivered a record 484,507 vehicles in the third quarter of 2023, it said on Tuesday, up 20% from the same period a year earlier.",
        "However, it was beaten for the first time by BYD, which on Monday disclosed deliveries of 526,409 for the same period."));
  }

  @Test
  void aCustomerNamedAfterASupplyVerbHoldsNoNumberGivenWithWith() {
    // review17's probe (a constructed sentence, the shape of supply-deal news): "supply Tesla with" names the customer; the
    // 10,000 tonnes are the supplier's (Ganfeng, CN), as before place17's rule, not Tesla's (US).
    LocalDate date = LocalDate.of(2025, 3, 4);
    assertEquals(List.of("CN"), place(date, "10,000 tonnes", "Lithium supply deal",
        "Ganfeng Lithium will supply Tesla with 10,000 tonnes of lithium hydroxide next year."));
  }
}
