package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A foreign holder's stake, investment or plant at a project hosted by the page's country is the host's (devset/GUIDELINES.md
 * "Places": a stake in a project, and the price paid for one, take the project's country; mine output the mine's country),
 * while the holder's own results stay its home's.
 */
class HostedHoldingsTest {

  /** thesudantimes.com (devset fresh28): the lead of a page about Mozambique. */
  private static final String MOZAMBIQUE_LEAD = "Mozambique marked a new industrial milestone on Friday as President Daniel Chapo inaugurated a "
      + "major graphite processing plant in the north. Mozambique ranks among the world’s leading graphite producers, and Mozambique’s "
      + "output rose again this year.";

  private static List<String> place(String quote, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2025, 1, 10), paragraphs), quote).place();
  }

  @Test
  void aStakeBoughtFromAForeignHolderIsTheProjectsCountrys() {
    // africamining.co (devset fresh27): Ganfeng (CN) buys from Australia's Leo Lithium a stake in Mali's Goulamina.
    String[] goulamina = {"China’s Ganfeng Lithium has officially commenced production at the Goulamina spodumene project in Mali. "
        + "This marks a milestone for one of Africa’s largest lithium mines. "
        + "This significant step follows Ganfeng’s acquisition of a 40% stake in the project from Australia’s Leo Lithium for $342.7 million in May 2023.",
        "The Goulamina mine represents a game-changer for the region. It is expected to produce 15.6 million tonnes of spodumene concentrate over its estimated 23-year lifespan.",
        "The development of Goulamina comes in the wake of Mali’s updated mining code introduced in 2023.",
        "Mali’s transitional President Assimi Goita hailed the project as a turning point for the nation’s economy, stating that the Goulamina mine is pivotal for leveraging Mali’s natural resources."};
    assertEquals(List.of("ML"), place("40%", goulamina));
    assertEquals(List.of("ML"), place("$342.7 million", goulamina));
    // … and the next sentence's "It" refers back to the host's figure, not the seller's home.
    assertEquals(List.of("ML"), place("15.6 million tonnes", goulamina));
  }

  @Test
  void aForeignFirmsInvestmentInAHostedMineIsTheHostsNotAProjectPlacedElsewhere() {
    // thesudantimes.com (devset fresh28): "Chinese firm DH Mining" develops Mozambique's Nipepe mine.
    assertEquals(List.of("MZ"), place("$200 million", MOZAMBIQUE_LEAD,
        "Chinese firm DH Mining, which began developing the Nipepe mine in 2014, has invested $200 million in mining and processing infrastructure."));
    // A project the sentence places in a country of its own keeps that country on a page about another one.
    assertEquals(List.of("AR"), place("20,000 tonnes", MOZAMBIQUE_LEAD,
        "China’s Ganfeng Lithium said its Mariana project in Argentina would produce 20,000 tonnes of lithium chloride a year."));
  }

  @Test
  void aHoldersOwnTurnoverStaysItsHomes() {
    // value-cii.com (devset fresh26): Canada's Barrick invests in a Saudi joint venture; its turnover, in an aside, stays Canadian.
    String[] barrick = {"Saudi Arabia’s mining sector is set for significant foreign direct investment over the next decade.",
        "Saudi Arabia’s commitment to private sector involvement in the mining sector can be seen in several joint ventures struck by Ma'aden.",
        "A total of 48 minerals have so far been identified in Saudi Arabia.",
        "And in 2014, Canada’s Barrick Gold Corp. (which mines gold and copper in 13 countries, with a turnover of $12.6 billion in 2020) "
            + "invested $210 million for a 50 percent share of the Ma'aden Barrick Copper Company."};
    assertEquals(List.of("SA"), place("$210 million", barrick));
    assertEquals(List.of("CA"), place("$12.6 billion", barrick));
  }

  @Test
  void aCountryNamedByItselfBeforeACompanyIsNoHolderHome() {
    // "in Australia owned by": the words between name the country by itself, not as the company's home
    assertFalse(HostedHoldings.HOME_BETWEEN_WORDS.matcher(" owned by ").matches());
    assertFalse(HostedHoldings.HOME_BETWEEN_WORDS.matcher(" and ").matches());
    assertTrue(HostedHoldings.HOME_BETWEEN_WORDS.matcher("'s mining giant ").matches());
    assertTrue(HostedHoldings.HOME_BETWEEN_WORDS.matcher(" firm ").matches());
  }
}
