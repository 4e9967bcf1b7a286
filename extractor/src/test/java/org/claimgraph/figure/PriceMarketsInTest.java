package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A price's market named after its noun phrase ("the cost of LFP battery cells in China", "Prices of lithium carbonate futures
 * in China", "The copper price in the United States") or fronted ("In China, LFP battery packs now cost $75/kWh") is the
 * price's place (devset/GUIDELINES.md "Places": prices → the market's country where it is a country). Sentences of publishers
 * outside the devset (search tool, corpus pages), read alone; the expected places were written down before the rule.
 */
class PriceMarketsInTest {

  @Test
  void theMarketAfterThePricesNounPhrase() {
    // palladian.co.za (2024, "Battery prices in China are falling rapidly", after a Bloomberg report).
    String cost = "According to a new Bloomberg report, the cost of LFP battery cells in China has fallen by 51 per cent to an average of $53/kWh since 2023.";
    LocalDate d = LocalDate.of(2024, 7, 17);
    assertEquals(List.of("CN"), Texts.place(d, "$53/kWh", cost));
    assertEquals(List.of("CN"), Texts.place(d, "51 per cent", cost));
    // A Reuters story ("China's lithium carbonate futures hit two-week low") retold on 3.127.128.221.
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2025, 8, 22), "more than 3%",
        "Prices of lithium carbonate futures in China slid by more than 3% on Friday to hit their lowest in two weeks."));
    // inkl.com (InsideEVs, 2024-03): the US market's average price.
    assertEquals(List.of("US"), Texts.place(LocalDate.of(2024, 3, 12), "$52,314",
        "The average price of a new EV in the United States in February was $52,314, a decrease of over $2,000 compared to January."));
  }

  @Test
  void theMarketFrontingTheSentence() {
    // palladian.co.za: the pack price of the Chinese market.
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2024, 7, 17), "$75/kWh",
        "In China, LFP battery packs now cost $75/kWh, and at that level, companies can sell EVs at the same price as or even lower than combustion engine models."));
  }
}
