package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list's intro that states the period of its items ("… cobalt producing countries in 2022:", "In 2023, China imported … from
 * several countries:") dates the items after it, which state no period and often no verb ("2. Indonesia: 10,000 metric tons").
 * Pages of publishers outside the development set, one paragraph a line; the expected periods were written down from the intros
 * before the rule.
 */
class ListIntrosTest {

  /** The period of the figure whose quote ends with {@code quote}, on the undated page of {@code lines}. */
  private static String periodOf(String lines, String quote) {
    List<Figure> fs = Texts.figures(null, lines.strip().split("\n"));
    return fs.stream().filter(f -> f.evidence().quote().endsWith(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + quote + " in " + fs)).period();
  }

  @Test
  void aRankedListTakesTheYearOfItsIntro() {
    // https://databoks.katadata.co.id/en/mining/statistics/bdd199e938f7372/indonesia-entered-the-list-of-the-worlds-largest-cobalt-producers-in-2022-what-was-its-ranking
    // (Katadata Databoks): the USGS producers of 2022, one line each.
    String page = """
        Cobalt is a key raw material for electric vehicle batteries.
        The following is a list of the world's largest cobalt producing countries in 2022:
        2. Indonesia: 10,000 metric tons
        3. Russia: 8,900 metric tons
        Global cobalt reserves are estimated at 8.3 million metric tons in 2022.
        """;
    assertEquals("2022", periodOf(page, "10,000 metric tons"));
    assertEquals("2022", periodOf(page, "8,900 metric tons"));
  }

  @Test
  void anIntroWithItsOwnYearDatesItsListNotThePagesYear() {
    // https://zh.wenxuecity.com/bbs/currentevent/3699194.html (Wenxuecity): the page is about 2024, the origin list of 2023.
    String page = """
        In 2024, China imported approximately 177,535 metric tons of rare earth raw materials, marking a 19.2% decrease compared to 2023.
        Major Source Countries
        In 2023, China imported rare earth metals, scandium, and yttrium from several countries:
        - Vietnam: 222,000 kg
        - Japan: 32,400 kg
        Export Overview
        Despite being a leading producer, China also exports rare earth elements.
        """;
    assertEquals("2024", periodOf(page, "177,535 metric tons"));
    assertEquals("2023", periodOf(page, "222,000 kg"));
    assertEquals("2023", periodOf(page, "32,400 kg"));
  }

  @Test
  void headedSectionsStayInTheList() {
    // https://cleantechnica.com/2024/08/14/top-ev-markets-around-the-world-h1-2024-summaries (CleanTechnica): the markets so far
    // in 2024, each under its name.
    String page = """
        Let’s see how the Big EV Markets fared so far, in 2024:
        China
        BYD Song #1 — Ahead once again, with over 292,000 registrations.
        """;
    assertEquals("2024", periodOf(page, "292,000 registrations"));
  }
}
