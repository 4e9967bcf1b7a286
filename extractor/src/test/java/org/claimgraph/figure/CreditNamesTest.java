package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credit classes of the fresh4 study (issue 10, round of 2026-12-03 afternoon), each from real sentences of publishers
 * outside the devset (the search tool's stored pages; URLs in the comments, none of their sites in a devset SOURCES file),
 * the expected credit written down by the guidelines before the rule, and cases the rule must not fire on.
 */
class CreditNamesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  // ---- (a) a public body's name that holds commas ("Ministry of Trade, Industry and Energy") is one name ----

  @Test
  void aBodysNameWithCommasIsOneCreditAfterTheCue() {
    // https://m.koreaherald.com/amp/view.php?ud=20160717000225
    assertEquals("the Ministry of Land, Infrastructure and Transport", creditOf("21.4 million vehicles",
        "The number of registered cars in Korea has increased by nearly 500,000 in the past six months to exceed 21.4 million vehicles, "
            + "according to the Ministry of Land, Infrastructure and Transport."));
    // http://en.xfafinance.com/html/World/2023/907085.shtml
    assertEquals("the Ministry of Economy, Trade and Industry", creditOf("103.8",
        "According to the Ministry of Economy, Trade and Industry, the seasonally adjusted index of production at factories and mines "
            + "stood at 103.8 against the 2020 base of 100."));
    // https://macenews.com/japan-meti-unintentionally-posts-1-4-m-m-dec-retail-sales-hours-early-japan-meti-unintentionally-posts-1-4-m-m-dec-retail-sales-hours-early
    assertEquals("the Ministry of Economy, Trade and Industry", creditOf("1.4%",
        "Japanese retail sales rose a preliminary 1.4% on the year last month, data released Monday by the Ministry of Economy, Trade "
            + "and Industry showed."));
  }

  @Test
  void aBodysNameWithCommasIsOneCreditBeforeTheVerb() {
    // https://businessghana.com/site/news/Business/117768/Number-of-registered-vehicles-in-S-Korea-jumps-in-H1
    assertEquals("the Ministry of Land, Transport and Maritime Affairs", creditOf("17.65 million",
        "The country's registered cars numbered 17.65 million as of the end of June, up 320,000 vehicles from six month earlier, "
            + "the Ministry of Land, Transport and Maritime Affairs said."));
    // https://limnews.com/business/2024-02-12-in-the-first-month-of-implementation-of-light-green-license-plates--1-661-vehicles-were-attached%E2%80%A6-incheon-%C2%B7-busan-%C2%B7-jeju.B14zpZwia.html
    assertEquals("The Ministry of Land, Infrastructure and Transport", creditOf("about 20,000 vehicles",
        "The Ministry of Land, Infrastructure and Transport predicts that about 20,000 vehicles will have light green license plates "
            + "this year, compared to the number of new and modified corporate vehicles registered in previous years."));
  }

  @Test
  void aTitleWithCommasStaysTheSpeakersTitle() {
    // https://en.trend.az/iran/business/3450595.html: the person, not "Mines and Trade".
    assertEquals("Alireza Razm Hosseini", creditOf("50%",
        "Alireza Razm Hosseini, Iran's Minister of Industry, Mines and Trade, said Sun. that Iranian exports rose by 50% in the first "
            + "quarter of the Iranian year of 1400 as compared to last year's first quarter."));
  }

  @Test
  void aListOfPlacesAfterABodyIsNoPartOfItsName() {
    assertEquals(List.of(), CommaNames.spans("According to the Ministry of Finance, Germany, France and Italy agreed to cut tariffs."));
    assertEquals(1, CommaNames.spans("said Korea’s Ministry of Trade, Industry and Energy on Thursday").size());
    assertEquals(1, CommaNames.spans("the Department for Environment, Food and Rural Affairs").size());
  }
}
