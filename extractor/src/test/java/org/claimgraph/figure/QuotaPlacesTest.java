package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quota is the country's that sets it (devset/GUIDELINES.md, "Places"), not the home of the miner it is granted
 * to; and a headline naming a country says what the article is about however often the text names a foreign
 * company. Real sentences of publishers outside the development set (the search tool's stored pages), annotated
 * before the rule was written.
 */
class QuotaPlacesTest {

  private static List<String> place(LocalDate date, String quote, String title, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figuresUnder(date, title, paragraphs), quote).place();
  }

  private static final LocalDate OCT_2025 = LocalDate.of(2025, 10, 13);

  @Test
  void aQuotaGrantedToAForeignMinerIsTheSettingCountrys() {
    // Bankable Africa, https://bankable.africa/en/mining/1310-1826-in-drc-cobalt-quota-shake-up-cmoc-wins-the-largest-share-and-a-major-headache
    String title = "In DRC Cobalt Quota Shake-Up, CMOC Wins the Largest Share—And a Major Headache";
    String[] text = {"The Strategic Mineral Substances Markets Regulation and Control Authority (Arecoms) finalized the practical terms for implementing "
        + "the Democratic Republic of Congo's (DRC) new cobalt export quota policy on October 10, 2025.",
        "The quotas, approved by the Arecoms Board, allocate export volumes for the last quarter of 2025 to 21 companies.",
        "Glencore follows with 3,925 tons, split between 2,775 tons for Kamoto Copper Company (KCC) and 1,150 tons for Mutanda Mining (MUMI)."};
    assertEquals(List.of("CD"), place(OCT_2025, "3,925 tons", title, text));
    assertEquals(List.of("CD"), place(OCT_2025, "1,150 tons", title, text));
    // Radar Africa (fresh3): the Chinese miner named six times does not make the article China's
    String title2 = "DRC prepares first CMOC cobalt export under new quota system";
    String[] text2 = {"The DRC has begun collecting samples ahead of the first cobalt shipment by Chinese mining company CMOC under a newly introduced export quota system.",
        "CMOC’s fourth quarter quota stands at 6,650 tonnes, while Glencore was allocated 3,925 tonnes.",
        "Under the new rules, exporters are required to pay a 10 percent royalty and secure a compliance certificate before any cargo can be moved."};
    assertEquals(List.of("CD"), place(OCT_2025, "6,650 tonnes", title2, text2));
    assertEquals(List.of("CD"), place(OCT_2025, "10 percent", title2, text2));
  }

  @Test
  void aQuotaSystemsCapsAreTheCountrys() {
    // Battery Metals Africa, https://batterymetalsafrica.com/?p=5588; Crest Africa, https://crestafrica.com/?p=13386
    String title = "DRC to Enforce 2025 Cobalt Export Quotas as First Pilot Shipment Set to Depart";
    String[] text = {"The Democratic Republic of Congo (DRC) has pledged to honor cobalt export quotas allocated to miners for 2025, despite months of delays "
        + "under the new regulatory framework, its mining regulator, ARECOMS, has confirmed.",
        "The quota system allocates 18,125 metric tons for the fourth quarter of 2025 and caps annual exports at 96,600 tons from 2026."};
    assertEquals(List.of("CD"), place(OCT_2025, "18,125 metric tons", title, text));
    assertEquals(List.of("CD"), place(OCT_2025, "96,600 tons", title, text));
  }

  @Test
  void aCompanysOwnResultStaysItsHomes() {
    // negative: no quota — Lynas's sales are Australian (the headline names no country)
    assertEquals(List.of("AU"), place(LocalDate.of(2024, 10, 20), "A$120.5 million", "Lynas second-quarter sales revenue rises nearly 4%",
        "Lynas said its sales revenue rose 4% to A$120.5 million in the quarter."));
  }
}
