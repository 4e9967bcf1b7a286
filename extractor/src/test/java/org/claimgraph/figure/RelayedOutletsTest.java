package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An outlet that relays a source's figures in the same sentence (credit32b; GUIDELINES: the relay is {@code via}, the credit
 * is the source's), where the page calls the outlet an outlet ("state-run media Vientiane Times", "the state-run Petra news
 * agency") or names it by its web address ("citing Uza.uz"): the source credits the sentence's figures and runs on over
 * the figures after it, not the outlet (DescribedOutlets).
 */
class RelayedOutletsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 8, 1);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aMinistryRelayedByStateMediaKeepsItsFiguresAfterIt() {
    // China.org.cn (f26-m-12-chinagate, development set)
    List<Figure> fs = Texts.figures(DATE,
        "Falling prices for gold, potash and copper inflicted the greatest downward pressure on proceeds from mining in Laos in 2013-2014, "
            + "according to figures published by the country's Ministry of Energy and Mines, state-run media Vientiane Times reported.",
        "The value of mining exports was 12.6 trillion Lao kip (about 1.56 billion U.S. dollars) in 2013-2014.");
    String c = credit(fs, "12.6 trillion");
    assertTrue(c != null && c.contains("Ministry of Energy and Mines"), c);
  }

  @Test
  void anAgencyCitedThroughAWebAddressKeepsItsFigures() {
    // Azernews (f20-e-08-azernews, development set): on its own page "Azernews reports" names no source (SelfReports)
    List<Figure> fs = new FigureExtractor().extract(Texts.articleBy("Azernews", DATE,
        "According to the Statistics Agency, for five months of 2023, electric vehicles from 10 foreign countries were imported to "
            + "Uzbekistan, Azernews reports, citing Uza.uz.",
        "In total, 2,180 electric vehicles worth $69.8 million were imported."));
    // "10 foreign countries" is a group size, no figure (category-counts.tsv; the f20-e-08 gold has no line for it)
    assertTrue(fs.stream().noneMatch(f -> f.evidence().quote().contains("countries")), fs.toString());
    String d = credit(fs, "2,180 electric vehicles");
    assertTrue(d != null && d.contains("Statistics Agency"), d);
  }

  @Test
  void anAgencyRelayedByAnOutletThatCitesAnotherKeepsItsFigures() {
    // Today.Az republishing Azernews, outside the development set: http://today.az/print/news/regions/236618.html ("Azernews
    // reports, citing Uza.uz": two outlets relaying the agency; neither is the page's publisher here)
    List<Figure> fs = Texts.figures(DATE,
        "According to the Statistics Agency, for five months of 2023, electric vehicles from 10 foreign countries were imported to "
            + "Uzbekistan, Azernews reports, citing Uza.uz.",
        "In 2022, Uzbekistan imported 2,180 electric vehicles from abroad for $69.8 million.");
    // "10 foreign countries" is a group size, no figure (category-counts.tsv; the f20-e-08 gold has no line for it)
    assertTrue(fs.stream().noneMatch(f -> f.evidence().quote().contains("countries")), fs.toString());
    String d = credit(fs, "2,180 electric vehicles");
    assertTrue(d != null && d.contains("Statistics Agency"), d);
  }

  @Test
  void aWireOfTheLexiconKeepsItsRun() {
    // negative (AutocarPro, f2-e-09-autocarpro, development set): the paper's report runs on over the measures after it
    List<Figure> fs = Texts.figures(DATE,
        "The White House said it was placing more stringent curbs on Chinese goods worth $18bn, according to The Guardian.",
        "Persons in the know informed the publication that this measure aimed to protect the American green technology sector followed a four-year review.",
        "It also includes a tariff increase from 25% to 100% on electric vehicles, besides a 25% levy on lithium batteries, from the current 7.5%.");
    String c = credit(fs, "7.5%");
    assertTrue(c == null || !c.contains("White House"), c);
  }

  @Test
  void anOutletAloneInItsSentenceKeepsItsCredit() {
    // negative: no source beside the outlet (Famagusta Gazette, f20-e-05-famagusta: gold Petra)
    List<Figure> fs = Texts.figures(DATE,
        "Jordan’s imports of electric vehicles (EV) surged by 146 percent to 38,277 units in 2023, the state-run Petra news agency reported Thursday.");
    assertEquals("Petra", credit(fs, "38,277 units"));
  }

  @Test
  void describedOutletsAreReadFromThePage() {
    assertEquals(java.util.Set.of("Vientiane Times"), DescribedOutlets.named("figures published by the ministry, state-run media Vientiane Times reported."));
    assertTrue(DescribedOutlets.named("Jordan's Petra news agency reported").contains("Petra"));
    assertTrue(DescribedOutlets.named("electric vehicles were imported, Azernews reports, citing Uza.uz.").contains("Azernews"));
    assertTrue(DescribedOutlets.webAddress("Uza.uz"));
    assertTrue(DescribedOutlets.webAddress("Romania-Insider.com"));
    assertTrue(!DescribedOutlets.webAddress("U.S.") && !DescribedOutlets.webAddress("the Ministry of Mines"));
  }
}
