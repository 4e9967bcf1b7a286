package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description of what kind of body a source is, written before its name, is no part of the name (credit10, round 10;
 * fresh9's "South Korean research institution SNE Research", "financial data and analytics firm FactSet", "Energy and
 * minerals consultants Wood Mackenzie"). Real sentences of publishers outside the devset (the search tool's stored pages,
 * URLs in the comments), the expected credit written down before the rule.
 */
class CreditDescriptorsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aLongDescriptionOfTheBodyBeforeItsName() {
    // https://news.metal.com/newscontent/102512696/Global-Installed-Capacity-Of-Batteries-For-Electric-Vehicles-Soared-During-January-October-With-CATL-Dominating
    assertEquals("SNE Research", creditOf("552.2 gigawatt hours",
        "Data released by South Korean market research organization SNE Research on December 6 shows that from January to October "
            + "this year, the installed capacity of batteries for electric vehicles (electric, plug-in hybrid, hybrid) registered globally "
            + "totaled 552.2 gigawatt hours (GWh), a year-on-year increase of 44%."));
  }

  @Test
  void aShortDescriptionStaysCutAsBefore() {
    // https://en.yna.co.kr/view/AEN20210114006100320
    assertEquals("Counterpoint Research", creditOf("19 million units",
        "Smartphone shipments in South Korea are estimated to reach 19 million units this year, up from 17 million units a year ago, "
            + "according to market researcher Counterpoint Research."));
    // http://macdailynews.com/2018/02/20/apple-iphone-notches-highest-ever-smartphone-share-in-south-korea-in-q417/ (BusinessKorea)
    assertEquals("Strategy Analytics", creditOf("2.4 million units",
        "According to market research firm Strategy Analytics (SA) on February 19, Samsung Electronics shipped 2.4 million units in the "
            + "Korean smartphone market in the fourth quarter of last year and recorded a market share of 46.0 percent."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // news.metal.com (SMM); smart-energy.com ("… says a new report by data and analytics firm GlobalData, with 5 million …":
      // the credit phrase; the cue inside the clause is not read yet); advertiser.ie (Mayo); globaltimes.cn (Xinhua)
      "South Korean market research organization SNE Research|SNE Research",
      "data and analytics firm GlobalData|GlobalData",
      // evsegment.com ("Data and analytics firm GlobalData has projected … 300 million units": "has projected" is no cue yet)
      "Data and analytics firm GlobalData|GlobalData",
      "British consultancy firms Wood Mackenzie|Wood Mackenzie",
      "New energy tech firm Contemporary Amperex Technology Co., Ltd.|Contemporary Amperex Technology",
      // what the rule must leave: a name that ends in a body word, a body word inside a name, no name after the word
      "the China Automotive Battery Innovation Alliance|the China Automotive Battery Innovation Alliance",
      "the Fraunhofer Institute|the Fraunhofer Institute",
      "the research firm|the research firm",
      // A body's own report, analysis or forecast is the body's (fresh9's "the most recent US Geological Survey report on
      // the metal", fresh7's "NREL’s National Plug-In Electric Vehicle Infrastructure Analysis").
      // electrifyheartland.org (Electrek): "…, says a new International Energy Agency (IEA) report."
      "a new International Energy Agency (IEA) report|International Energy Agency",
      // cleantechnica.com: "…, according to Bloomberg New Energy Finance’s annual long-term forecast."
      "Bloomberg New Energy Finance’s annual long-term forecast|Bloomberg New Energy Finance",
      // prod.iea.org: "the International Energy Agency’s (IEA) landmark analysis on the Role of Critical Minerals in Clean Energy Transitions"
      "the International Energy Agency’s (IEA) landmark analysis on the Role of Critical Minerals in Clean Energy Transitions|the International Energy Agency",
      // globalautomobility.com: "According to the IEA’s Global Electric Vehicle Outlook, …" (as before)
      "the IEA’s Global Electric Vehicle Outlook|International Energy Agency",
      // createenergy.org: "…, details NREL’s quantitative analysis estimating the number, type, and location of chargers …"
      // (NREL in organizations.tsv: a short form a text may never spell out)
      "NREL’s quantitative analysis|National Renewable Energy Laboratory",
      // what stays: the analyst's own analysis of another's data, a report of a name that is no known body
      "a Platts analysis of customs data|a Platts analysis of customs data",
      "the latest Global EV Outlook report|the latest Global EV Outlook report"})
  void theBodyTheTextNames(String written, String named) {
    assertEquals(named, Credits.normalize(written, Lexicon.get()));
  }

  @Test
  void aKnownBodysShortFormIsNamedInFull() {
    // https://mobility21.cmu.edu/us-electric-vehicle-goals-will-require-up-to-127b-to-install-28m-chargers-by-2030-nrel/
    assertEquals("National Renewable Energy Laboratory", creditOf("182,000",
        "The mid-adoption scenario of roughly 33 million plug-in vehicles will require 26.8 million Level 1 and Level 2 ports at "
            + "single-family homes, apartments and other locations, NREL said. Another 182,000 public direct current fast chargers, "
            + "or DCFC, will be needed, along with 1 million Level 2 public chargers located near offices."));
  }
}
