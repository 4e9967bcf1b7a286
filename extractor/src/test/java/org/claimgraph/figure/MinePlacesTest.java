package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mine's output is its country's, whoever operates it (devset/GUIDELINES.md, "Places": "mine output: the mine's
 * country (Codelco, Escondida → CL)"), where its sentence names no country (mines.tsv). Sentences of publishers outside the
 * devset (search tool, corpus pages); the answers were written down from the guidelines before the lexicon.
 */
class MinePlacesTest {

  @Test
  void chileanMinesOutputIsChiles() {
    // seekingalpha.com (Seeking Alpha), 2020-11-03: BHP's Escondida and the Glencore / Anglo American Collahuasi.
    LocalDate date = LocalDate.of(2020, 11, 3);
    assertEquals(List.of("CL"), Texts.place(date, "6%",
        "Escondida's production dropped 6% Y/Y during the month to 94.1K tons, but the mine's output nevertheless increased 2.4% between January and September despite restrictions put in place to slow the spread of coronavirus."));
    // "Anglo American" is a company, not the United States (not-places.tsv).
    assertEquals(List.of("CL"), Texts.place(date, "9.4%",
        "The Collahuasi a partnership between Glencore (OTCPK:GLCNF, OTCPK:GLNCY) and Anglo American (OTCQX:AAUKF, OTCPK:AAUKY) reports a 9.4% production increase to 53.4K tons in September, with a 23.2% Y/Y total increase."));
  }

  @Test
  void congoleseMinesOutputIsCongos() {
    // ivanhoemines.com (Ivanhoe Mines, news release), 2024-08-19: a Canadian company's mine in the DRC.
    assertEquals(List.of("CD"), Texts.place(LocalDate.of(2024, 8, 19), "35,941 tonnes",
        "In addition, Kamoa-Kakula’s Phase 1, 2 and 3 concentrators achieved a combined monthly production record of 35,941 tonnes of copper in July."));
    // drcnewstoday.com (DRC News Today), 2023.
    assertEquals(List.of("CD"), Texts.place(LocalDate.of(2023, 10, 10), "35,267 tonnes",
        "Kamoa-Kakula Complex’s phases 1 and 2 concentrators produced 35,267 tonnes of copper in concentrate form during the month of August alone, and 33,044 tonnes of copper last month."));
    // min-met.com (Min-Met), 2023.
    assertEquals(List.of("CD"), Texts.place(LocalDate.of(2023, 7, 10), "2.2 million tonnes",
        "The company said Kamoa-Kakula milled a record 2.2 million tonnes of ore during the quarter at an average grade of 5.2% copper, adding that the record quarterly production was achieved despite maintenance shutdowns in June and intermittent grid instability."));
  }

  @Test
  void theOperatorsOwnResultStaysTheOperators() {
    // Negative: stocktitan.net (Stock Titan), 2024: Ivanhoe Mines' own profit is the Canadian company's, not its mine's, though
    // the page goes on about Kamoa-Kakula.
    assertEquals(List.of("CA"), Texts.place(LocalDate.of(2024, 10, 23), "$108 million",
        "Ivanhoe Mines reports Q3 2024 profit of $108 million and Adjusted EBITDA of $160 million.",
        "The Kamoa-Kakula Copper Complex achieved record production of 116,313 tonnes of copper in Q3, with year-to-date production of 303,328 tonnes."));
  }

  @Test
  void pakistansCopperProjectsOutputIsPakistans() {
    // Saindak and Reko Diq (Balochistan) are run or owned with Chinese and Canadian companies; their figures are Pakistan's
    // (fresh20's Saindak pages put them on China, 30 figures on 5 publishers).
    // energyupdate.com.pk (Energy Update), 2022-01-08.
    assertEquals(List.of("PK"), Texts.place(LocalDate.of(2022, 1, 8), "16,426 tonnes",
        "The Saindak Copper-Gold Project has generated a profit of $74.71 million by collecting revenue of $550,000 against 16,426 tonnes of blister copper out of 5 million tonnes of concentrating tasks during last year."));
    // vibrantpakistan.pk (Vibrant Pakistan), 2025: Barrick (Canada) operates Reko Diq.
    assertEquals(List.of("PK"), Texts.place(LocalDate.of(2025, 2, 10), "400,000 tonnes",
        "Once fully developed, Reko Diq is expected to produce 400,000 tonnes of copper and 500,000 ounces of gold per year."));
    // investmets.com (InvestMETS), 2022.
    assertEquals(List.of("PK"), Texts.place(LocalDate.of(2022, 12, 20), "3 billion tonnes",
        "A 2010 feasibility study put Reko Diq’s measured and indicated resources at 3 billion tonnes grading 0.48% copper and 0.26 grams per tonne gold, and inferred at 2.9 billion tonnes at 0.35% copper and 0.18gpt gold."));
    // bolnews.com (BOL News), 2022-07-19.
    assertEquals(List.of("PK"), Texts.place(LocalDate.of(2022, 7, 19), "400,000 tons",
        "He said the Reko Diq has the potential to produce 400,000 tons of copper ore annually on completion of its second phase."));
  }

  @Test
  void aSiteTheLexiconKnowsPlacesItsSentenceReadAlone() {
    // The brief's sentence alone, no page, no date: the site is Pakistan's because the lexicon knows it, nothing else.
    assertEquals(List.of("PK"), Texts.place(null, "12,800 tons", "The Saindak project produces 12,800 tons of copper ore per day."));
    // A site it does not know gives no place.
    assertEquals(List.of(), Texts.place(null, "12,800 tons", "The Ragedara project produces 12,800 tons of graphite ore per day."));
  }
}
