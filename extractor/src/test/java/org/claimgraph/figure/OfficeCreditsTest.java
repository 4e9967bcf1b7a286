package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Titles;
import org.junit.jupiter.api.Test;

/**
 * A person's office written with "the" as the speaker ("the minister said", "the finance minister said", "the chief
 * executive said", "the governor said") is the person of that office the article credited before, else nobody; never the
 * office itself (minister17, round 17). Before, a lower-case office was no name at all ({@code Credits.couldName}), so
 * "In his reply, the minister said …" credited nothing. Each test is a pair of real sentences of a publisher outside the
 * development set (the search tool's stored pages, URL in a comment): the one naming the person, then the one by office;
 * the expected credit was written down from the text.
 */
class OfficeCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 1, 18);

  private static String credit(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void theOfficeWithTheNamesItsHeadWord() {
    assertEquals("minister", Titles.get().definiteOffice("the minister"));
    assertEquals("minister", Titles.get().definiteOffice("the finance minister"));
    assertEquals("chief executive", Titles.get().definiteOffice("the chief executive"));
    assertEquals("ceo", Titles.get().definiteOffice("the CEO"));
    assertEquals("spokesperson", Titles.get().definiteOffice("the spokesperson"));
    // a name, a body or an honorific is no office
    assertEquals(null, Titles.get().definiteOffice("the ministry"));
    assertEquals(null, Titles.get().definiteOffice("Finance Minister Situmbeko Musokotwane"));
    assertEquals(null, Titles.get().definiteOffice("the Mr"));
  }

  @Test
  void theMinisterSaidIsTheMinisterNamedBefore() {
    // https://www.business-standard.com/amp/industry/auto/electric-vehicle-sales-in-india-crossed-1-4-mn-units-in-2024-kumaraswamy-125011800362_1.html
    assertEquals("Union Minister H D Kumaraswamy", credit("Rs 42,500 crore",
        "Electric vehicle sales in India crossed 1.408 million units in 2024, achieving a market penetration rate of 5.59 per cent, "
            + "up from 4.44 per cent in the previous year, Union Minister H D Kumaraswamy said on Saturday.",
        "Talking about the Production Linked Incentive (PLI) scheme for the automobile and auto components industry, the minister said "
            + "that out of 115 applications, 82 have been approved, with an estimated investment of Rs 42,500 crore."));
  }

  @Test
  void theFinanceMinisterSaidIsTheMinisterNamedBefore() {
    // https://www.marketscreener.com/quote/commodity/LME-COPPER-CASH-16161/news/Zambia-s-copper-output-may-rise-to-1-million-tons-by-2026-as-mines-expand-46371920/ (Reuters)
    assertEquals("Musokotwane", credit("more than a million tons",
        "Ongoing investments in expanding output at First Quantum's Kansanshi mine are also expected to support the rise in metals "
            + "output, Musokotwane said.",
        "Zambia is also hoping that fresh investment helps increase mining activities.",
        "\"So by end of 2025 to 2026, we will be producing more than a million tons of copper,\" the finance minister said."));
  }

  @Test
  void theMinisterCapitalizedIsTheMinisterNamedBefore() {
    // https://southafricanewsgazette.com/mining-sector-critical-to-south-african-economy-rebuild
    assertEquals("Gwede Mantashe", credit("at least 20%",
        "Mineral Resources and Energy Minister Gwede Mantashe says the mining industry is playing a critical role in saving the "
            + "economy during the country's ongoing COVID-19 induced lockdown.",
        "The Minister said in March, April and May this year, mining production grew by at least 20% for each month, year on year."));
  }

  @Test
  void theOfficialSaidIsTheOfficialBefore() {
    // https://mining.com/?p=993670 (Reuters)
    assertEquals("an official", credit("about 30,000 tonnes",
        "Chinese lithium firm Youngy Co Ltd's wholly owned subsidiary resumed production at its spodumene mine on June 10, an official "
            + "told Reuters on Thursday.",
        "The lithium project, situated in Ganzi in western province of Sichuan, is expected to produce about 30,000 tonnes of lithium "
            + "concentrate this year, the official said requesting anonymity."));
  }

  @Test
  void theGovernorSaidWithNobodyCreditedIsNeverTheOffice() {
    // https://dailypost.ng/2023/10/12/nasarawa-to-produce-18000-tonnes-of-lithium-daily-governor-sule/: the governor is named
    // but credited nowhere before; the office alone names nobody to credit.
    assertNotEquals("the governor", credit("18,000 tonnes",
        "Speaking during the ceremony, Governor Sule expressed his happiness at the realisation of a long term dream.",
        "\"We are now having a huge industry which is going to be processing 18,000 tonnes of Lithium everyday,\" the governor said."));
  }
}
