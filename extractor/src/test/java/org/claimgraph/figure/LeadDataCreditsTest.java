package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statistics body that opens a page by saying it gives the data (credit27b, round 27): "The State Statistics Committee has
 * provided data on …", "Statistics Canada is reporting that …"; the body's name ending in "Committee" is a body, never a
 * title before a one-word name. Each test has a case the rule must leave alone.
 */
class LeadDataCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aBodyThatProvidedDataCreditsTheFiguresThatFollow() {
    // kunuz.uz (devset fresh20): the lead gives the data's owner, "according to the committee" refers back to it
    List<Figure> fs = Texts.figures(DATE,
        "The State Statistics Committee has provided data on electric vehicle imports to Uzbekistan.",
        "According to the committee, in January-June 2022, Uzbekistan imported 1,125 electric vehicles from 10 countries for $34.1 million.");
    assertEquals("The State Statistics Committee", credit(fs, "$34.1 million"));
    // a plant that provided power provides no record: no credit
    assertNull(credit(Texts.figures(DATE, "The plant provided power to 12,000 homes in 2022."), "12,000 homes"));
  }

  @Test
  void aBodyThatIsReportingCreditsItsFigure() {
    // hocdirect (devset fresh16), a rewrite of a Statistics Canada release
    assertEquals("Statistics Canada", credit(Texts.figures(DATE,
        "Statistics Canada is reporting that 3.5 per cent of Canadian new vehicle sales in the third quarter of 2020 were zero-emission vehicles."),
        "3.5 per cent"));
    // "reporting" as a noun's modifier is no cue
    assertNull(credit(Texts.figures(DATE, "Vehicle sales rose 12% in the reporting period."), "12%"));
  }

  @Test
  void aStatisticsCommitteeIsABodyNotATitleBeforeAName() {
    // Trend (en.trend.az/business/economy/2929076.html), outside the devset
    assertEquals("the State Statistics Committee of Uzbekistan", credit(Texts.figures(DATE,
        "According to the State Statistics Committee of Uzbekistan, the balance of foreign trade was minus US$2.1 billion in January-June 2018."),
        "US$2.1 billion"));
    // a body's office before a one-word name still gives the person (Insider Stories, devset fresh5)
    assertEquals("Suharyanto", org.claimgraph.lexicon.Titles.get().name("Central Statistics Agency Suharyanto"));
    assertEquals("State Statistics Committee", org.claimgraph.lexicon.Titles.get().name("State Statistics Committee"));
  }

  @Test
  void aRecordNotGivenCreditsNobody() {
    // review27b: "provided" joined the publishing verbs; "provided no data" gives no record (the shape of Autoblog 2015-02-06,
    // "Tesla, unlike other automakers, doesn't publish monthly sales figures", and cleantechnica 2020-07-16, "Toyota has not
    // published its second quarter sales").
    assertNull(credit(Texts.figures(DATE,
        "Tesla provided no data on deliveries, but analysts estimate it sold 30,000 cars in China in September."), "30,000 cars"));
  }
}
