package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change of a price has the market of the price it is stated with (devset/GUIDELINES.md, "Places": prices are their
 * market's; a price in yuan is China's), also where the change comes after a price restated in dollars or before it
 * ({@link PriceChanges}). Sentences of publishers outside the devset (search tool, corpus pages); the expected places
 * were written down before the rule.
 */
class PriceChangesTest {

  @Test
  void aChangeTakesTheMarketOfItsYuanPrice() {
    // agmetalminer.com (MetalMiner, 2013-08-28, "Rare Earths MMI: Dysprosium Oxide Rises 11.1% for Week").
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2013, 8, 28), "1.4 percent",
        "Closing at CNY 370,000 ($60,460) per metric ton for the week, praseodymium neodymium oxide rose by a slight 1.4 percent."));
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2013, 8, 28), "4.8 percent",
        "The price of terbium oxide increased 4.8 percent this week, closing out the fourth consecutive week of rising prices at "
            + "CNY 4,400 ($718.98) per kilogram."));
    // salatka-przepis.pl (a copy of Trading Economics' lithium carbonate page, 2024).
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2024, 2, 1), "over 80%",
        "Lithium carbonate prices were below CNY 97,500 per tonne in January, the lowest since August 2021, and sinking over 80% in "
            + "the last 12 months amid increasing oversupply."));
  }

  @Test
  void aChangeNamedWithTheMarketStaysItsOwn() {
    // agmetalminer.com (MetalMiner, 2013-07-30): the change leads to the price ("rose 24.0 percent to CNY 465,000").
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2013, 7, 30), "24.0 percent",
        "Over the past week, praseodymium oxide rose 24.0 percent to CNY 465,000 ($75,842) per metric ton."));
    // cnevpost.com (CnEVPost, 2023-02-22): "prices in China".
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2023, 2, 22), "more than 30 percent",
        "Industrial-grade lithium carbonate prices in China today fell below 400,000 yuan ($58,000) per ton, a pullback of more than "
            + "30 percent from the November peak."));
  }

  @Test
  void aDollarPriceNamesNoMarket() {
    // juniorminingnews.com (a MINING.COM post by Frik Els, 2018): a dollar price of cobalt is no country's.
    assertEquals(List.of(), Texts.place(LocalDate.of(2018, 5, 10), "7%",
        "The price of cobalt is down 7% since hitting near 10-year peaks in March to exchange hands for $89,000 a tonne this week."));
  }
}
