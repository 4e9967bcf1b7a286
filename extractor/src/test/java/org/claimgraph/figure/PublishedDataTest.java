package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A body as the subject of a verb publishing a record (credit8, round 8; {@link DataCredits}). On the open sets the credit
 * was lost for every figure of three pages of three publishers and sets: "Zapmap has published new statistics …, showing"
 * (fresh4), "Chinese research company Ferroalloy Online compiled data based on data from the General Administration of
 * Customs" (fresh5; its call: a firm compiling customs data is credited), "the … Innovation Alliance released the latest
 * data, showing that …" (fresh7). Real sentences of publishers outside the devset (the search tool's stored pages; no site
 * is in a devset SOURCES file or named in devset/), the expected credit written down by the guidelines (a named source
 * before a reporting verb credits the figures it states and those that continue it) before the rule, and what it must not
 * fire on. "Before" is main's output. (Sites with a page in a devset SOURCES file are left out: smmt.co.uk, nasdaq.com.)
 */
class PublishedDataTest {

  /** The credit displayed for the figure quoted {@code quote} of the page of {@code paragraphs} (other credit tests use it too). */
  static String creditOf(LocalDate date, String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(date, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  /** The finder's credits of {@code sentence}, each with its cue. */
  static List<String> credits(String sentence) {
    return new AttributionFinder(Lexicon.get()).find(sentence, 0).stream().map(a -> a.source() + " [" + a.cue() + "]").toList();
  }

  @Test
  void aBodyReleasingItsReportIsCreditedForTheFiguresItShows() {
    // https://seekingalpha.com/article/4032535-new-home-sales-november-2016 (Seeking Alpha). Before: null.
    assertEquals("the U.S. Census Department", creditOf(LocalDate.of(2016, 12, 23), "5.2%",
        "Today, the U.S. Census Department released its monthly New Residential Home Sales Report for November showing an increase "
            + "with sales rising 5.2% from October, climbing 16.5% above the level seen in November 2015 but still remaining near a "
            + "historically low level with 592K SAAR units."));
    // https://webarchive.library.unt.edu/web/20120925232145/http://www.commerce.gov/blog/category/185 (US Department of
    // Commerce blog): the next sentence's figures continue the release. Before: null.
    assertEquals("the U.S. Census Bureau", creditOf(LocalDate.of(2010, 10, 15), "0.6 percent",
        "Today, the U.S. Census Bureau released retail sales data for September 2010 and data on manufacturing and trade inventories "
            + "and sales for August 2010. Both retail sales and business inventories rose 0.6 percent, exceeding private-sector expectations."));
    // https://www.snowsports.org/sia-npd-release-monthly-retail-sales-data-for-december-2018/ (Snowsports Industries America):
    // the record's name in capitals ("US Snow Industry Retail Market Report"). Before: no credit. (The figures of the next
    // sentence continue it in the pipeline, where the named entities tell an organization from a person's name.)
    assertEquals(List.of("Snowsports Industries America [released]"), credits("Snowsports Industries America released their US Snow "
        + "Industry Retail Market Report, featuring December 2018 sales data."));
  }

  @Test
  void theSubjectIsReadBackOverAnAdverbAShortFormAndAnAside() {
    // http://www.fcimag.com/articles/93622-nafcd-announces-2017-q2-quarterly-sales-trends-results (FCI magazine).
    assertTrue(credits("The North American Association of Floor Covering Distributors (NAFCD) recently released its Q2 sales trends report.")
        .contains("The North American Association of Floor Covering Distributors (NAFCD) [released]"));
    // https://www.dailysabah.com/economy/2017/04/04/gap-between-export-data-by-different-institutions-explained/amp (Daily
    // Sabah): the record named with its month, the subject read back over a relative clause (SubjectAsides) and "also".
    assertTrue(credits("On Sunday, the Ministry of Customs and Trade, which provides data to the Turkish Statistical Institute (TurkStat), "
        + "also released the March data on Turkish exports.").contains("the Ministry of Customs and Trade [released]"));
  }

  @Test
  void aPublishingVerbWithoutARecordCreditsNobody() {
    // https://brecorder.com/news/amp/40125610 (Business Recorder, a wire story): metal released from reserves is no record.
    assertNull(creditOf(LocalDate.of(2021, 10, 9), "150,000 tonnes",
        "BEIJING: China on Saturday released 150,000 tonnes of industrial metals from its state reserves in the fourth round of sales "
            + "this year as it continues a campaign to ease supply tightness and tame high commodity prices."));
    // "figures released by X" stays the cue's ("figures released by", credit the body after "by"), not a subject.
    assertEquals(List.of(), DataCredits.published("according to preliminary figures recently released by the Bureau of the Census"));
  }

  @Test
  void companiesReleasingTheirOwnResultsAndADescribedPublisher() {
    // https://www.asiantechpress.com/nio-bad-news-ranking-at-the-bottom-ahead-of-hong-kong-ipo.html (Asian Tech Press): several
    // companies releasing their own delivery figures (company-disclosures.tsv) are no single publisher; each figure is its
    // company's (CreditResolver). Found by the first full score: fresh-dev's three startups that "released their May delivery
    // figures" had turned into one credit, the last company of the list.
    assertEquals(List.of(), DataCredits.published("The three major Chinese electric car makers, Nio Inc. (NYSE:NIO), Li Auto and XPeng "
        + "Inc., released their delivery figures for February after the Hong Kong stock market closed on Tuesday afternoon."));
    // https://forecourttrader.co.uk/news/two-million-drivers-use-public-ev-chargers-every-month/702765.article (Forecourt
    // Trader): a description before the name is no part of it ("EV chargepoint mapping and payment firm Zapmap").
    String described = "EV chargepoint mapping and payment firm Zapmap";
    assertEquals(described.indexOf("Zapmap"), DataCredits.nameStart(described));
    assertEquals(0, DataCredits.nameStart("the Ministry of Customs and Trade"));
    assertEquals(0, DataCredits.nameStart("the China Automotive Power Battery Industry Innovation Alliance"));
  }

  @Test
  void aPossessivesEndingIsNoDescription() {
    // review8c: the "s" after a possessive's apostrophe is no lower-case noun of a description ("firm Zapmap"); the
    // country stays part of the name.
    assertEquals(0, DataCredits.nameStart("Indonesia's Energy Ministry"));
    assertEquals(0, DataCredits.nameStart("China’s Customs Administration"));
  }

  @Test
  void aRecordCompiledFromAnotherIsTheCompilers() {
    // The fresh5 call in the guidelines' words: figures a data firm compiled from customs data credit the firm.
    String sentence = "Research firm X compiled data based on data from the customs office, it said.";
    List<DataCredits.Published> p = DataCredits.published(sentence);
    assertEquals(1, p.size());
    assertEquals(sentence.indexOf(", it said"), p.get(0).chainEnd());
  }
}
