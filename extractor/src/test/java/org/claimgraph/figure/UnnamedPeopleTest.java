package org.claimgraph.figure;

import static org.claimgraph.figure.PublishedDataTest.creditOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A group of unnamed scientists, researchers or contacts names nobody, as "analysts" and "traders" do (GUIDELINES attribution
 * rule 4; fresh12's call "unnamed contacts credit nobody"; fresh3's "the non-ferrous metal researcher names nobody"). On the
 * open sets the extractor credited such a group and carried it over the page: "Chinese scientists announced a breakthrough"
 * over all 16 figures of fresh16's soapboxtrade, "the non-ferrous metal researcher" (fresh3 mostenalloy), "The contact"
 * (fresh12 hararepost); no gold line of any split credits an unnamed group of people. Real sentences of publishers outside the
 * devset (the search tool's stored pages); the expected credit (none) written down before the rule. "Before" is main's output.
 */
class UnnamedPeopleTest {

  @Test
  void unnamedScientistsCreditNothingOverThePage() {
    // https://spanien34.online/breakthrough-in-chinese-lithium-battery-technology-unveiled: 600 Wh/kg, 40% (change up), $120 per
    // kWh; no source named anywhere, so no credit. Before: "Chinese scientists" on every figure of the page.
    String[] page = {
        "Chinese scientists announced a significant advancement in battery technology with the development of lithium metal pouch "
            + "cells and lithium battery packs boasting energy densities of 600 Wh/kg and 480 Wh/kg, respectively.",
        "Initial tests conducted on 50 prototype units showed a 40% improvement in charge retention over 500 cycles, with a production "
            + "cost estimated at $120 per kWh, a 25% reduction from current industry standards."};
    LocalDate date = LocalDate.of(2025, 7, 1);
    assertNull(creditOf(date, "600 Wh/kg", page));
    assertNull(creditOf(date, "40%", page));
    assertNull(creditOf(date, "$120 per kWh", page));
  }

  @Test
  void unnamedResearchersCreditNothing() {
    // https://cbnewz.com/arkansas-could-have-enormous-lithium-reserves-researchers-say: 5–19 million tons of lithium, no credit.
    assertNull(creditOf(LocalDate.of(2024, 10, 22), "between five and 19 million tons", "Federal and state researchers said there could be between five "
        + "and 19 million tons of lithium, more than enough to meet global demand for the battery ingredient."));
    // https://synnbiob.com/?p=7056 (another publisher's copy, worded differently): no credit.
    assertNull(creditOf(LocalDate.of(2024, 10, 22), "five million to 19 million tons", "Federal and state researchers said there might be five million to "
        + "19 million tons of lithium, more than enough to meet the world’s demand for the battery ingredient."));
    // https://www.sott.net/article/422674-Chinese-scientists-create-tiny-battery-capable-of-working-in-ultra-low-temperatures:
    // "up to 80 per cent" of its charge, no credit (the team's institute is named only in the next sentence).
    assertNull(creditOf(LocalDate.of(2019, 10, 26), "up to 80 per cent", "Chinese researchers say they have found a way to produce a tiny, "
        + "lightweight lithium battery for use in mobile phones and electric cars that can hold up to 80 per cent of its charge in "
        + "temperatures as low as minus 40 degrees Celsius."));
  }

  @Test
  void aSentenceAloneCreditsNoUnnamedGroup() {
    // https://vuink.com/post/qrfregfha-d-dpbz/story/news/environment/2023/11/30/salton-sea-area-lithium-could-fuel-375-million-electric-car-batteries/71745315007
    // read alone (no page, no date): 18 million metric tons of lithium carbonate, no credit.
    assertNull(creditOf(null, "an estimated 18 million metric tons", "Researchers found that an estimated 18 million metric tons of lithium carbonate "
        + "is likely available in the large underground pool, which isn't connected to the Salton Sea."));
  }

  @Test
  void aNamedBodyOrPersonStaysTheSource() {
    assertTrue(UnnamedPeople.namesNobody("Chinese scientists"));
    assertTrue(UnnamedPeople.namesNobody("Federal and state researchers"));
    assertTrue(UnnamedPeople.namesNobody("the non-ferrous metal researcher"));
    assertTrue(UnnamedPeople.namesNobody("The contact"));
    // GUIDELINES (fresh12): unnamed contacts of a ministry or company credit nobody.
    assertTrue(UnnamedPeople.namesNobody("A contact from Bikita Minerals"));
    assertTrue(UnnamedPeople.namesNobody("a contact within the Ministry of Mines and Mining Development"));
    // A body's own researchers are the body's (Credits' body tails), and a named person is the person.
    assertFalse(UnnamedPeople.namesNobody("Benchmark researchers"));
    assertFalse(UnnamedPeople.namesNobody("researchers at Rice University"));
    assertFalse(UnnamedPeople.namesNobody("Researcher Jose Pontes"));
    assertFalse(UnnamedPeople.namesNobody("Wood Mackenzie"));
    // http://wastemanagementreview.com.au/china-approves-greener-lithium-extraction-method/ — a named person keeps the credit
    // (control): 40,000 tonnes, Peng Guiyong (the extractor keeps "Haohai" before his name: no part of this rule).
    assertTrue(creditOf(LocalDate.of(2018, 1, 10), "40,000 tonnes", "Chair of Haohai Peng Guiyong told Xinhua News the "
        + "company plans to invest one billion yuan ($205 million AUD) to build a production line with an annual capacity of 40,000 "
        + "tonnes of lithium carbonate.").endsWith("Peng Guiyong"));
  }
}
