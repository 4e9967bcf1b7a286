package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A percent its own clause leaves unmarked goes on with the page's previous percent (UnmarkedPercents), but not where its
 * sentence says what its percents are: a share or proportion, or the trade partners a flow is split between (origins,
 * suppliers, destinations, trading partners). There the list is of shares (GUIDELINES.md, "Shares"), whatever change came
 * before: fresh11's giti ("The three largest origins are Madagascar (55%), Nigeria (25%) and Thailand (13%)" after the
 * item's "up 4%"), fresh9's afnnews ("The proportion was even lower in New South Wales (68.74%)" after a rise). Sentences of
 * publishers outside the development set, with the page's sentences before them; the expected kinds were written before the
 * rule.
 */
class ShareNounsTest {

  private static Kind kind(List<Figure> figures, String quote) {
    return PeriodRulesTest.figure(figures, quote).kind();
  }

  private static void assertShares(List<Figure> figures, String... quotes) {
    for (String q : quotes) assertEquals(Kind.SHARE, kind(figures, q), q);
  }

  @Test
  void suppliersAfterTheFlowsChangeAreShares() {
    // qaproduce.bluebookservices.com/2022/01/27/peruvian-produce-and-grain-exports-to-the-u-s-grew-58-in-the-5-years (Agraria)
    LocalDate date = LocalDate.of(2022, 1, 27);
    List<Figure> grapes = Texts.figures(date,
        "In 2021, grape imports in the U.S. totaled 680,162 tons for $2.073 billion, 2 percent more in volume and 10 percent more in "
            + "value compared to the previous year.",
        "The main suppliers were Chile with a 38 percent share (3 percent less than the previous year), Peru with 32 percent "
            + "(4 percent more), and Mexico with 27 percent (3 percent less).");
    assertEquals(Kind.CHANGE, kind(grapes, "10 percent"));
    assertShares(grapes, "38 percent", "32 percent");
    assertShares(Texts.figures(date,
        "Blueberry imports in the U.S. in 2021 reached 310,097 tons for $1.904 billion, 14 percent more in volume and 22 percent more "
            + "in value compared to the previous year.",
        "The largest suppliers were Peru with 34 percent (3 percent more than the previous year), Canada with 26 percent (2 percent "
            + "less), and Mexico with 21 percent (3 percent more)."), "34 percent", "26 percent");
  }

  @Test
  void tradingPartnersInBracketsAfterGrowthAreShares() {
    // bls.gov/opub/ted/2006/jan/wk1/art03.htm
    List<Figure> fs = Texts.figures(LocalDate.of(2006, 1, 3),
        "Imports from China have grown 665 percent since 1992. Imports from Mexico have grown 343 percent over the same period.",
        "The U.S. is the world's largest market for exporting countries. In 2004, it imported more than $1.3 trillion worth of "
            + "merchandise. Of the total 2004 U.S. imports, half came from the four top trading partners: Canada (17 percent), China "
            + "(13 percent), Mexico (11 percent), and Japan (9 percent).");
    assertEquals(Kind.CHANGE, kind(fs, "343 percent"));
    assertShares(fs, "17 percent", "13 percent", "11 percent", "9 percent");
  }

  @Test
  void sharesNamedOnceStayShares() {
    // norwaytoday.info/finance/the-number-of-electric-cars-in-norway-has-passed-200000/ (Norwegian Electric Car Association)
    List<Figure> no = Texts.figures(LocalDate.of(2019, 1, 15),
        "By the end of 2018, 200,192 electric passenger cars and vans were registered in Norway. In one year, the figure has "
            + "increased by 41 per cent.",
        "Norway is replacing the fleet with zero emission cars in record speed, yet only 7.2 per cent of all passenger cars and 1.1 "
            + "per cent of all vans are still electric.",
        "Amongst the counties Hordaland is on top, with an electric car share of 12.5 per cent, and Oslo follows with 12.1 per cent "
            + "and Akershus with 11.5 per cent.");
    assertEquals(Kind.CHANGE, kind(no, "41 per cent"));
    assertShares(no, "12.5 per cent", "12.1 per cent", "11.5 per cent");
    // nav4.stringnet.org (British National Corpus): a proportion by place, "lower" naming no change of the figure
    List<Figure> bnc = Texts.figures(LocalDate.of(2019, 1, 15),
        "On the other hand, the proportion of tumours associated with chronic active gastritis was highest in the antrum (60.9%) "
            + "and was significantly lower in tumours affecting the body (46.1%) and the cardia (17.2%) (antrum v cardia, p<0.001).");
    assertShares(bnc, "60.9%", "46.1%", "17.2%");
  }

  @Test
  void aChangeListWithoutSuchANounGoesOnAsChanges() {
    // firstonline.info/en/export-italia-batte-germania-e-francia/ (as in UnmarkedPercentsTest): no share noun, the change goes on
    List<Figure> fs = Texts.figures(LocalDate.of(2017, 8, 20),
        "Sales beyond national borders increased by 8% in the first six months of the year.",
        "Germany records the progress of the first six months of 2017 at 6%, while for Paris the leap is only four percentage points.");
    assertEquals(Kind.CHANGE, kind(fs, "6%"));
  }
}
