package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mining company's output is the country of its mines where its page says where they are ("CMOC, which operates the
 * Kisanfu and Tenke Fungurume mines in the DRC", "at its mines in the Democratic Republic of Congo"), not the company's home
 * (devset/GUIDELINES.md, "Places": "mine output: the mine's country"). Sentences of publishers outside the development set
 * (search tool, corpus pages); the places were written down from the guidelines before the rule ({@link MinerOutputs}).
 */
class MinerOutputsTest {

  private static List<String> place(LocalDate date, String quote, String... paragraphs) {
    return Texts.place(date, quote, paragraphs);
  }

  /** https://squidsite02.com/2025/04/08/chinas-cmoc-boosts-cobalt (a copy of Reuters, 2025-04-08). */
  private static final String[] REUTERS = {
      "CMOC Group boosted cobalt production at its mines in the Democratic Republic of Congo in the first three months of this year even after local authorities imposed a temporary halt to exports of the battery metal.",
      "CMOC’s cobalt production rose almost 20.7% to 30,414 metric tons in the three months to March, it said in a statement. Copper output rose 15.7% to about 171,000 tons.",
      "CMOC forecast production of cobalt, a by-product of copper, between 100,000 and 120,000 tons this year."};

  @Test
  void aMinersOutputIsItsMinesCountry() {
    LocalDate date = LocalDate.of(2025, 4, 8);
    assertEquals(List.of("CD"), place(date, "30,414 metric tons", REUTERS));
    assertEquals(List.of("CD"), place(date, "almost 20.7%", REUTERS));
    assertEquals(List.of("CD"), place(date, "between 100,000 and 120,000 tons", REUTERS));
    // "Copper output rose 15.7% to about 171,000 tons." is CD too by the guidelines; it names neither the company nor a
    // country, so the rule (which needs the company in the sentence) leaves it to the page's carry.
  }

  @Test
  void theMinesMayBeTheCompanysOwnInALaterSentence() {
    // https://www.ecofinagency.com/news-industry/2710-49867-china-s-cmoc-reports-3-rise-in-cobalt-output-from-drc-mines (Ecofin, 2025-10-24)
    String[] ecofin = {
        "Chinese mining company CMOC Group reported its cobalt production reached 87,974 tons from January through September 2025, a 3% increase compared to the same period in 2024, according to an operational report released on Friday, Oct. 24.",
        "The output comes exclusively from the company’s Kisanfu and Tenke-Fungurume mines in the Democratic Republic of Congo (DRC), which also produce copper as their main product. This performance reflects strong extraction activity since the beginning of the year; CMOC had already declared a 13% year-on-year increase in cobalt production to 61,073 tons during the first half."};
    LocalDate date = LocalDate.of(2025, 10, 24);
    assertEquals(List.of("CD"), place(date, "87,974 tons", ecofin));
    assertEquals(List.of("CD"), place(date, "61,073 tons", ecofin));
  }

  @Test
  void aMineTheCompanyOperatesPlacesItsOutput() {
    // https://copperbeltkatangamining.com/chinese-giant-cmoc-to-top-global-cobalt-production-in-drc (Copperbelt Katanga Mining)
    String[] copperbelt = {
        "With the entry into production of the Kisanfu mine of the Chinese mining giant CMOC scheduled for the second quarter of the current year, the CMOC mining company will double its production of cobalt, with an annual production capacity estimated at 30,000 tons.",
        "Thanks to this level of production, the CMOC company would now become the world’s leading producer of cobalt, thus dethroning the Swiss Glencore."};
    assertEquals(List.of("CD"), place(LocalDate.of(2023, 3, 1), "30,000 tons", copperbelt));
  }

  @Test
  void theCompanysOwnResultsStayItsHomes() {
    // negative: the headline of stocktitan.net (Ivanhoe Mines, 2024-10-23), then a sentence written for the test that places its
    // mines in Congo: the operator's profit is still the Canadian company's
    assertEquals(List.of("CA"), place(LocalDate.of(2024, 10, 23), "$108 million",
        "Ivanhoe Mines reports Q3 2024 profit of $108 million and Adjusted EBITDA of $160 million.",
        "Ivanhoe Mines, which operates the Kamoa-Kakula mines in the Democratic Republic of Congo, achieved record production."));
  }
}
