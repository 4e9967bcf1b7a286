package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A change of an earlier period written after the current one ("rose 6.6% …, following a 4.9% increase in August"): the
 * period after it is that earlier change's, never the current figures'. Sentences of publishers outside the development set;
 * the expected periods were written down from the guidelines ("the base of a comparison gets the base's period") before the
 * rule.
 */
class EarlierChangesTest {

  /** Asserts the period of each quote of {@code quoteThenPeriod} ("1.2 percent", "2018-09", …) in the article of {@code paragraphs}. */
  private static void assertPeriods(LocalDate date, String[] paragraphs, String... quoteThenPeriod) {
    for (int i = 0; i < quoteThenPeriod.length; i += 2) {
      assertEquals(quoteThenPeriod[i + 1], PeriodRulesTest.period(date, quoteThenPeriod[i], paragraphs), quoteThenPeriod[i]);
    }
  }

  @Test
  void aChangeFollowingAnEarlierOneKeepsItsOwnMonth() {
    // http://www.koreaherald.com/view.php?ud=20181130000091 (The Korea Herald, Yonhap; 2018-11-30)
    String[] herald = {"South Korea's industrial output rebounded in October from a month earlier, due to a rise in metal processing and logistics production, government data showed Friday.",
        "Production in the mining, manufacturing, gas and electricity industries gained 1 percent on-month in October, following a revised 2.7 percent on-month fall in the previous month.",
        "From a year earlier, industrial output also jumped 10.7 percent, following a revised 8.4 percent on-year drop in the previous month.",
        "For all industries, production rose 0.4 percent on-month in October, following an adjusted 1.2 percent on-month fall in September."};
    assertPeriods(LocalDate.of(2018, 11, 30), herald,
        "1 percent", "2018-10", "10.7 percent", "2018-10", "0.4 percent", "2018-10", "1.2 percent", "2018-09");
  }

  @Test
  void theCurrentFiguresDoNotTakeTheEarlierMonth() {
    // http://english.alarabiya.net/en/business/economy/2019/08/08/China-July-exports-surprise-rise-3-3-percent-imports-fall-5-6-percent.html
    // (Al Arabiya, Reuters; 2019-08-08) and https://business.financialpost.com/pmn/business-pmn/china-july-exports-surprise-rise-3-3-imports-fall-5-6
    // (Financial Post, the same Reuters copy): "after a 1.3 percent decline in June" is the earlier month's.
    String[] reuters = {"China's exports unexpectedly rose in July, growing 3.3 percent from a year earlier, customs data showed on Thursday, despite mounting US trade pressure.",
        "Analysts polled by Reuters had expected exports would fall two percent, after a 1.3 percent decline in June.",
        "Imports in July fell 5.6 percent from a year earlier, less than a predicted fall of 8.3 percent and moderating from a 7.3 percent drop in June."};
    assertPeriods(LocalDate.of(2019, 8, 8), reuters,
        "3.3 percent", "2019-07", "1.3 percent", "2019-06", "5.6 percent", "2019-07", "7.3 percent", "2019-06");
  }

  @Test
  void aMonthsChangeFollowingTheMonthBefore() {
    // http://in.reuters.com/article/korea-economy-retail-idINS6E8GO02K20120807 (Reuters India, 2012-08-07)
    String[] reuters = {"Sales at department stores run by the country's top three chain operators fell 0.9 percent in July from a year earlier following a 2.0 percent decline in June, the Ministry of Strategy and Finance said in its monthly report.",
        "The ministry also said sales of locally produced automobiles shrank 4.6 percent in July from a year earlier following a 3.7 percent fall in June."};
    assertPeriods(LocalDate.of(2012, 8, 7), reuters,
        "0.9 percent", "2012-07", "2.0 percent", "2012-06", "4.6 percent", "2012-07", "3.7 percent", "2012-06");
  }

  /**
   * review9c: the earlier change is no base of the current one ("Basis only where the figure's sentence states it"): "rose 0.4%
   * in September after declining 0.3% in August" states no month-on-month comparison, though "following a 2.7 percent
   * on-month fall" keeps the basis its own words state.
   */
  @Test
  void anEarlierChangeIsNoBaseOfTheCurrentOne() {
    // https://www.ttnews.com/articles/retail-sales-rise-05-october (Transport Topics, Bloomberg)
    assertBasis(LocalDate.of(2010, 11, 16), "Automobile sales rose 0.4%, following a revised 4.2% jump in September that was the biggest in a year and a half.",
        "0.4%", null);
    // https://fxnewsy.com/en/article/631 (US Labor Department import prices)
    assertBasis(LocalDate.of(2021, 10, 15), "The US Labor Department said today that US import prices rose 0.4% in September after declining 0.3% in August.",
        "0.4%", null);
    assertBasis(LocalDate.of(2021, 10, 15), "Export prices rose 0.1% in September after rising 0.4% in August.", "0.1%", null);
    // https://peoplesdaily.pdnews.cn/business/us-import-export-prices-up-in-september-179904.html (Xinhua)
    assertBasis(LocalDate.of(2020, 10, 15), "The price index for U.S. imports from China rose 0.2 percent in September, following a 0.1-percent increase in August.",
        "0.2 percent", null);
    // http://www.koreaherald.com/view.php?ud=20181130000091: the basis its own words state stays
    assertBasis(LocalDate.of(2018, 11, 30), "For all industries, production rose 0.4 percent on-month in October, following an adjusted 1.2 percent on-month fall in September.",
        "0.4 percent", "mom");
    // http://in.reuters.com/article/korea-economy-retail-idINS6E8GO02K20120807
    assertBasis(LocalDate.of(2012, 8, 7), "The ministry also said sales of locally produced automobiles shrank 4.6 percent in July from a year earlier following a 3.7 percent fall in June.",
        "4.6 percent", "yoy");
  }

  private static void assertBasis(LocalDate date, String sentence, String quote, String basis) {
    Figure f = PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
    assertEquals(basis, f.basis(), f.toString());
  }
}
