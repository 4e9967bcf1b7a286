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

  /** Every quoted figure of {@code paragraphs} credits {@code expected}. */
  private static void assertCredits(String expected, String[] paragraphs, String... quotes) {
    for (String quote : quotes) assertEquals(expected, creditOf(quote, paragraphs), quote);
  }

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
    // Review of the merge: a list of sources after a body's name is no remit.
    assertEquals(List.of(), CommaNames.spans("according to the Office for National Statistics, SMMT and Zapmap"));
  }

  // ---- (b) a vague official credit ("the government said", "official data showed") is the public body named next ----

  @Test
  void aVagueOfficialCreditIsThePublicBodyTheNextSentencesName() {
    // http://www.globaltimes.cn/content/1102297.shtml: "official data" names the bureau two sentences later.
    String[] globalTimes = {
        "China's industrial output expanded 7 percent in April, increasing from the 6-percent rise in the previous month, official data showed Tuesday.",
        "The growth was higher than market expectations of around 6.4 percent for the period.",
        "In the first four months, industrial output rose 6.9 percent, compared with the 6.8-percent gain in the first quarter, the National "
            + "Bureau of Statistics (NBS) said in a statement."};
    assertCredits("the National Bureau of Statistics", globalTimes, "7 percent", "6.9 percent");
    // https://americaeconomia.com/en/node/291125: "government figures" are the institute's.
    String[] americaEconomia = {
        "Copper production in Chile, the world's largest producer of the metal, fell 5.4% year-on-year in February, according to government "
            + "figures released Monday.",
        "The National Statistics Institute (INE) reported that the country added 397,396 tons in the second month of the year."};
    assertCredits("The National Statistics Institute", americaEconomia, "5.4%", "397,396 tons");
    // https://www.abcdstable.com/news/detail/12560605483969: the body's short name inside its description.
    assertEquals("INE", creditOf("12.9%",
        "Copper output in Chile, the world’s largest producer of the metal, fell 12.9% year-on-year in May to 423,623 metric tons, "
            + "statistics agency INE said on Tuesday."));
    assertEquals("INE", Credits.normalize("the official INE statistics agency", org.claimgraph.lexicon.Lexicon.get()));
    // Review of the merge: a place inside the description is no short name of the body.
    assertEquals("the EU statistics office", Credits.normalize("the EU statistics office", org.claimgraph.lexicon.Lexicon.get()));
    assertEquals("the UK statistics office", Credits.normalize("the UK statistics office", org.claimgraph.lexicon.Lexicon.get()));
  }

  @Test
  void aVagueOfficialCreditWithNoBodyNamedAfterItStaysAsItIs() {
    // http://www.standard.co.uk/business/trade-gap-boost-6843056.html: no body is named; "official figures" names nobody.
    assertEquals(null, creditOf("2.5%",
        "Official figures today showed exports rose 2.5% to £18.9 billion in February, while imports fell 0.5% to £26.2 billion.",
        "It followed a dramatic slump in sterling, which has lost nearly a third of its value in the past year, making UK goods more "
            + "attractive to overseas buyers."));
  }

  // ---- (c) data "from top metals consumer China": a country is no source; the phrase names nobody and stops the run ----

  @Test
  void dataFromACountryNamesNobody() {
    // https://upnewsinfo.com/copper-retreats-on-demand-worries-after-chinese-data/
    assertEquals(null, creditOf("1.6%",
        "LONDON — Copper prices wilted on Monday after weak economic data from top metals consumer China fueled worries about demand. "
            + "Three-month copper on the London Metal Exchange (LME) dropped 1.6% to $9,420 a tonne by 1020 GMT, having gained 1.1% on Friday."));
    // https://www.financetom.com/news/copper-declines-on-concerns-about-weak-chinese-data-419920.htm
    assertEquals(null, creditOf("0.4%",
        "Copper prices fell on Friday on the back of bleak economic data from China, the worlds largest metals consumer, although losses "
            + "were limited by a weaker dollar and hopes that the data would prompt Beijing to roll out more stimulus measures.",
        "Three-month copper on the London Metal Exchange fell 0.4% to $9,730 a metric ton in official trading, retreating from Tuesdays "
            + "two-week high."));
    // http://sourceable.net/copper-futures-lower-on-weak-china-gdp/
    assertEquals(null, creditOf("0.9 per cent",
        "Copper futures fell on Tuesday as investors weighed better economic data from China against the International Monetary Fund's "
            + "decision to lower its global growth forecast for 2015.",
        "The most actively traded contract, for March delivery, fell 2.3 cents, or 0.9 per cent, to settle at $US2.5940 a pound on the "
            + "Comex division of the New York Mercantile Exchange."));
    assertEquals("China", Credits.normalize("top metals consumer China released earlier in the week", org.claimgraph.lexicon.Lexicon.get()));
  }

  // ---- (d) "according to seasonally adjusted data": how the figures were computed is no credit; the named office stays ----

  @Test
  void aMethodAfterAccordingToIsNoCredit() {
    // https://bbj.hu/economy/industrial-production-up-22-yoy-in-september_191683
    String[] bbj = {
        "In September 2020 the volume of industrial production grew by 2.2% year-on-year according to crude data, the Central Statistical "
            + "Office said today.",
        "Based on working-day adjusted data production declined by 1%."};
    assertCredits("the Central Statistical Office", bbj, "2.2%", "1%");
    // https://latvia.eu/news/industrial-production-output-growing
    assertEquals("the Central Statistical Bureau", creditOf("7.9 %",
        "Data compiled by the Central Statistical Bureau (CSB) show that, compared to June 2015, industrial production output increased by "
            + "7.9 % in June 2016 (according to calendar adjusted data at constant prices)."));
    // http://www.baltic-course.com/eng/analytics/?doc=148963
    assertEquals("the Central Statistical Bureau", creditOf("0.7%",
        "Data compiled by the Central Statistical Bureau (CSB) show that, compared to March 2018, in March 2019 industrial production "
            + "output increased by 1.5 % (according to calendar adjusted data at constant prices).",
        "Compared to February 2019, in March 2019 industrial production output grew by 0.7%, according to seasonally adjusted data at "
            + "constant prices."));
    // Data with its source stays a credit: https://ludwig.guru/s/according+to+data (a New York Times sentence)
    assertEquals("Bloomberg", creditOf("5.9 percent",
        "The Ryan family still holds 5.9 percent of the shares, according to data compiled by Bloomberg."));
  }
}
