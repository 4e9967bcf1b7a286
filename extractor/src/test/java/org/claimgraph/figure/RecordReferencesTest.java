package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A record named by its place on the page or its time names no body (credit25b, round 25): "Chart 1 shows", "Figures for June
 * show", "The latest registration data for October shows", "its April member survey" refer back to the source named before,
 * as "the data" does; read alone they credit nobody. Counted on the open splits before the rule: fresh19 sswnews ("Chart 1/2/3",
 * 20 figures, gold the World Bureau of Metal Statistics named before), fresh19 dosugcityintim ("October", 7, gold Newsroom),
 * fresh15 theenergyst ("Figures for June", "its April member survey", 7, gold the SMMT).
 *
 * Real sentences of publishers outside the devset (the search tool's stored pages, URLs in the comments); the expected credits
 * were written down before the rule.
 */
class RecordReferencesTest {

  private static final LocalDate DATE = LocalDate.of(2021, 9, 7);

  @Test
  void theWrittenFormsItReads() {
    assertEquals("the data", RecordReferences.backReference("Chart 1"));
    assertEquals("the data", RecordReferences.backReference("the chart below"));
    assertEquals("the figures", RecordReferences.backReference("Figures for June"));
    assertEquals("the data", RecordReferences.backReference("The latest registration data for October"));
    assertEquals("the figures", RecordReferences.backReference("official figures for the first half of 2024"));
    assertEquals("its member survey", RecordReferences.backReference("its April member survey"));
    assertEquals("their data", RecordReferences.backReference("their 2015 data"));
    // Names, and "the figure" (a number, not an exhibit), stay as written.
    assertNull(RecordReferences.backReference("the figure"));
    assertNull(RecordReferences.backReference("Data from Statistics Canada"));
    assertNull(RecordReferences.backReference("the 2023 Global EV Outlook"));
    assertNull(RecordReferences.backReference("the Federal Chamber of Automotive Industries"));
  }

  @Test
  void aChartOfThePageNamesNobody() {
    // https://world-bureau.co.uk/news/stats-corner-september-to-october-2021/ (the page names no body before its chart)
    // expected: just over 50 Mt, tonne, amount, global stainless slab production, 2020, credit nobody; 4%, change, yoy, down,
    // 2020, credit nobody (before the rule: "Chart 1" for both).
    String[] page = {"The 2021 edition of Annual Stainless Steel Statistics has recently been published, this report contains "
        + "detailed production, trade and use time series for over 100 countries for the last 20 years.",
        "Chart 1 shows slab production by region. Global slab production was just over 50 Mt, down 4% on the previous year."};
    assertNull(Texts.credit(DATE, "just over 50 Mt", page));
    assertNull(Texts.credit(DATE, "4%", page));
  }

  @Test
  void aYearBeforeARecordSaysWhenNotWhose() {
    // https://mobilistics.ch/2016/09/15/we-are-still-not-making-a-turn-towards-the-electric-car/
    // expected: 1.19%, share, electric share of new cars, 2015, CH, credit the Bundesamt für Statistik ("their 2015 data",
    // then "the statistic shows": the office named before, running on; the record and its year name no one else). The
    // extractor cuts the name to "Statistik" (a credit name's words after "für", not this rule's).
    String credit = Texts.credit(LocalDate.of(2016, 9, 15), "1.19%",
        "Today, the Bundesamt für Statistik published their 2015 data regarding newly introduced cars.",
        "While the statistic shows that less very powerful vehicles have been put into service, there are only 1.19% electric cars.");
    assertTrue(credit != null && credit.contains("Statistik"), () -> "credit " + credit);
  }

  @Test
  void theDataAfterANamedSourceIsThatSources() {
    // https://www.nasdaq.com/articles/china-october-rare-earth-exports-up-9-on-prior-month
    // expected: 19%, change, yoy, up, 2023-10, CN, credit China's customs (the data named before).
    String credit = Texts.credit(LocalDate.of(2023, 11, 7), "19%",
        "China, the world's largest rare earth exporter, shipped 4,291 metric tons of rare earths in October, up 9% from September, "
            + "customs data showed on Tuesday, as buyers ramped up purchases ahead of upcoming holidays.",
        "The figure was also up 19% from last October's 3,604 tons, the data showed.");
    assertTrue(credit != null && credit.toLowerCase(java.util.Locale.ROOT).contains("customs"), () -> "credit " + credit);
    // https://www.edinburghnews.scotsman.com/business/september-car-sales-hit-record-low-despite-electric-motors-flying-out-of-showrooms-3407903
    // expected: 32,721, vehicle, amount, BEV registrations, 2021-09, GB, credit the SMMT.
    String smmt = Texts.credit(LocalDate.of(2021, 10, 5), "32,721 battery electric vehicles",
        "The latest result marks the weakest September since 1998, according to the Society of Motor Manufacturers and Traders "
            + "(SMMT),which compiles the monthly data.",
        "The data showed that 32,721 battery electric vehicles (BEVs) took to UK roads for the first time last month.");
    assertTrue(smmt != null && smmt.contains("Society of Motor Manufacturers"), () -> "credit " + smmt);
  }

  @Test
  void readAloneItCreditsNobody() {
    // The alone-sentence case (no page, no date, nothing named before):
    // https://powersportsbusiness.com/blogs/from-the-editors/2009/11/17/headline-a-retail-sales-picture-that-changes-from-region-to-region/
    // expected: nearly half, share, 2009-10 on its page; read alone, "the October data" names nobody: credit nobody.
    assertNull(Texts.credit(null, "nearly half", "According to the October data, nearly half of the dealers in the Northwest "
        + "have seen new unit dollars increase over the year-ago month."));
  }
}
