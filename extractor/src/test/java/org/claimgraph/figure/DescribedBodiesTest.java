package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description standing for the body the text has just named is that body, not the description (wrongcredit18, round 18:
 * fresh4's "…, BloombergNEF said." then "…, the clean energy market intelligence arm of media company Bloomberg said",
 * fresh9's "…Lynas’ production of NdPr, … the world’s largest producer of rare earths outside China said", fresh11's "the
 * statement said" after "KazAtomProm said in a statement"). Real sentences of publishers outside the devset (the search
 * tool's stored pages, URLs in the comments); the expected credit written down before the rule.
 */
class DescribedBodiesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 5, 20);

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  /** "Lynas Corp" or "Lynas", "SQM" or "Sociedad Química y Minera de Chile": the company by a name the text gives it. */
  private static void assertStartsWith(String start, String credit) {
    assertTrue(credit != null && credit.startsWith(start) && !credit.startsWith("The "), () -> "credit " + credit);
  }

  @Test
  void aSuperlativeDescriptionAfterTheCompanyIsTheCompany() {
    // https://www.businesstimes.com.sg/energy-commodities/lynas-posts-8-jump-in-rare-earth-output-as-covid-19-curbs-ease (Reuters)
    // expected: 1,342 tonnes, tonne, amount, NdPr production, 2020-07/2020-09, AU, credit Lynas
    assertStartsWith("Lynas", creditOf("1,342 tonnes",
        "[BENGALURU] Australian rare earth producer Lynas Corp on Wednesday posted a 8.1 per cent rise in first-quarter neodymium and "
            + "praseodymium (NdPr) output as production normalised following the easing of coronavirus restrictions in Malaysia and Western Australia.",
        "The world's largest producer of rare earths outside China said production of neodymium and praseodymium (NdPr), used in "
            + "everything from iPhones to weapons, rose to 1,342 tonnes in the quarter ended in September from 1,242 tonnes a year earlier."));
  }

  @Test
  void aNationalityBeforeTheHeadNounStillRefersBack() {
    // https://www.kallanish.com/en/news/power-materials/market-reports/article-details/chiles-sqm-posts-record-lithium-sales-volume-in-q1-0525
    // expected: 55,000 tonnes, tonne, amount, SQM lithium sales, 2025-01/2025-03, CL, credit SQM
    assertStartsWith("S", creditOf("55,000 tonnes",
        "Sociedad Química y Minera de Chile (SQM) reported Wednesday a 27% on-year increase in its Q1 lithium sales volume – the highest first-quarter volume in the company’s history.",
        "The Chilean miner said it sold 55,000 tonnes of lithium products in the period, which is 11,500 t more than in Q1 2024."));
  }

  @Test
  void aRankedProducerAfterTheCompanyIsTheCompany() {
    // https://www.argusmedia.com/zh/news-and-insights/latest-market-news/2600139-sqm-2q-lithium-sales-up-21pc-despite-low-prices
    // expected: 52,300t, tonne, amount, SQM lithium sales, 2024-04/2024-06, CL, credit SQM
    assertEquals("SQM", creditOf("52,300t",
        "Chilean lithium producer SQM posted a 21pc increase in lithium sales volumes in the second quarter despite low prices hitting profits across the industry.",
        "The world's second-largest producer reported sales of 52,300t in the recent quarter, up from 43,100t on the year earlier."));
  }

  @Test
  void aDescriptionAfterACueInTheCompanysOwnSentence() {
    // https://cnevpost.com/2022/06/02/byd-sells-114943-vehicles-in-may-surpassing-100000-for-third-consecutive-month/
    // expected: 114,943 vehicles, vehicle, amount, BYD sales, 2022-05, CN, credit BYD
    assertEquals("BYD", creditOf("114,943 vehicles",
        "BYD sold 114,943 vehicles in May, exceeding 100,000 units for the third consecutive month, according to figures released today "
            + "by the largest new energy vehicle (NEV) maker in China."));
  }

  @Test
  void aStatementNamedBackIsItsBodys() {
    // https://upnewsinfo.com/china-hikes-2021-rare-earth-quotas-by-20-to-record-highs/ (Reuters)
    // expected: 162,000 tonnes, tonne, amount, rare earth smelting quota, 2021, CN, credit the Ministry of Industry and Information Technology
    assertEquals("the Ministry of Industry and Information Technology", creditOf("162,000 tonnes",
        "A statement from the Ministry of Industry and Information Technology said the 2021 rare earth mining output had been set at 168,000 tonnes, up from 140,000 last year.",
        "The 2021 quota for smelting and separation – or processing of rare earths into a form that can be used by manufacturers – is "
            + "162,000 tonnes, also up 20% on the year, the statement said."));
  }

  @Test
  void aDescriptionNamingNoBodyBeforeItKeepsItsWordsAlone() {
    // Read alone, with no page and no date: nothing named before, so the description stays as written (no credit invented).
    // https://www.kallanish.com/... (as above), the second sentence alone
    assertEquals("The Chilean miner", creditOf("55,000 tonnes",
        "The Chilean miner said it sold 55,000 tonnes of lithium products in the period, which is 11,500 t more than in Q1 2024."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // the descriptions of the sentences above
      "The world's largest producer of rare earths outside China|COMPANY",
      "The Chilean miner|COMPANY",
      "the largest new energy vehicle (NEV) maker in China|COMPANY",
      "the statement|BODY",
      // what the rule must leave: a name, a name among the modifiers, a head before "of", a description of a person or office
      "the Federal Motor Transport Authority|-",
      "the Bloomberg research unit|-",
      "The government of the world's top copper producer|-",
      "the Andean country's energy and mines ministry|-",
      "a senior mining official|-"})
  void theShapeOfADescription(String written, String refers) {
    DescribedBodies.Refers r = DescribedBodies.get().refers(written, Lexicon.get());
    assertEquals(refers, r == null ? null : r.name());
  }
}
