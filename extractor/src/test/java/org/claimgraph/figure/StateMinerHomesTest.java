package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * National miners, state bodies and mineral processors whose figures are mostly at home (companies.tsv rows of round 25:
 * Antam → ID, Nornickel → RU, Kazatomprom → KZ, KGHM → PL, Transnet → ZA, Cameco → CA) give their figures their country
 * where the sentence names none (devset/GUIDELINES.md fresh18 call 29: company figures take the company's country).
 * Sentences of publishers outside the devset (search tool, corpus pages), annotated before the rows were added.
 */
class StateMinerHomesTest {

  @Test
  void indonesiasStateMinerOutputIsIndonesias() {
    // https://mining.com/?p=1056761 (MINING.COM / Reuters), 2021-04: Antam's first-quarter nickel ore output.
    assertEquals(List.of("ID"), Texts.place(LocalDate.of(2021, 4, 26), "2.64 million wet metric tonnes",
        "Antam’s nickel ore output stood at 2.64 million wet metric tonnes (WMT) in the first quarter, up from 629,000 WMT in the same period in 2020, the company said in a statement."));
  }

  @Test
  void nornickelsGuidanceIsRussias() {
    // https://metalukraine.com/2017/02/01/russia-nornickel-expecting-nickel-and-platinum-output-drop-in-2017.html (Metal Ukraine), 2017-02-01
    assertEquals(List.of("RU"), Texts.place(LocalDate.of(2017, 2, 1), "236 thousand tons",
        "According to Norilsk Nickel in 2017 it expects the nickel output to reach 206-211 thousand tons against 236 thousand tons in 2016."));
  }

  @Test
  void kazatompromsPlanIsKazakhstans() {
    // https://londondaily.com/kazakhstan-increases-uranium-mining-by-5 (London Daily), 2019-11
    assertEquals(List.of("KZ"), Texts.place(LocalDate.of(2019, 11, 12), "22.75-22.8 thousand tonnes",
        "The national company Kazatomprom in 2019 plans to produce 22.75-22.8 thousand tonnes of uranium."));
  }

  @Test
  void kghmsCopperIsPolands() {
    // http://2017.raportroczny.kghm.com/en/our-business-results/production-results/ is the company's; this is the press:
    // http://www.miningweekly.com/article/polands-kghm-targets-rise-in-chilean-copper-ore-output-2018-03-16 (Mining Weekly / Reuters), 2018-03-16
    assertEquals(List.of("PL"), Texts.place(LocalDate.of(2018, 3, 16), "358 000 t",
        "On Tuesday, KGHM reported that such output fell 4.5% last year to 358 000 t due to an accident at its smelter."));
  }

  @Test
  void transnetsTerminalsAreSouthAfricas() {
    // https://freightnews.co.za/article/bulk-volumes-derailed-and-sunk-transnet-0 (Freight News), 2023-10
    assertEquals(List.of("ZA"), Texts.place(LocalDate.of(2023, 10, 2), "71.6 mt",
        "Bulk volumes handled at Transnet terminals have been on a steady decline – 79.1 mt in 2020, 74.3 mt in 2021, 72.7 mt in 2022, and 71.6 mt in 2023."));
  }

  @Test
  void camecosMineIsCanadas() {
    // http://cn.reuters.com/article/cameco-uranium-idCNL1N0US28Q20150113 (Reuters), 2015-01-13
    assertEquals(List.of("CA"), Texts.place(LocalDate.of(2015, 1, 13), "340,000 pounds",
        "The mine, which began production in March 2014, produced 340,000 pounds last year, in line with expectations, Cameco said in a statement after markets closed."));
  }

  @Test
  void aSentenceAloneTakesTheCompanysHome() {
    // Read alone (no page, no date): the company's home still places it; no period or credit comes from nothing.
    assertEquals(List.of("KZ"), Texts.place(null, "22.75-22.8 thousand tonnes",
        "The national company Kazatomprom in 2019 plans to produce 22.75-22.8 thousand tonnes of uranium."));
  }
}
