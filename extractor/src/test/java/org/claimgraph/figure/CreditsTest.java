package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Credits named as a reader names them, on credit phrases of several publishers. */
class CreditsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // as written (Telegraph India, SteelOrbis, WAM, Mining.com, Rare Earth Exchanges, Reuters, Platts)
      "data from the General Administration of Customs|the General Administration of Customs",
      "the China Association of Automobile Manufacturers (CAAM)|the China Association of Automobile Manufacturers",
      "CAAM data|China Association of Automobile Manufacturers",
      "government body Cochilco|Cochilco",
      "new Eurostat trade data (opens in a new tab)|Eurostat",
      "data compiled from Chinese customs statistics|Chinese customs statistics",
      "figures from the General Administration of Customs of China|the General Administration of Customs of China",
      "customs data|customs data",
      "a Platts analysis of customs data|a Platts analysis of customs data",
      "the China Nonferrous Metals Industry Association|the China Nonferrous Metals Industry Association",
      "data released Wednesday by EV research firm Rho Motion|Rho Motion",
      "the market research firm Rho Motion|Rho Motion",
      "CPCA)|China Passenger Car Association",
      // Squid Business (Reuters), Metals Wire, Reuters via Nasdaq
      "Reuters’ calculations based on CPCA data|Reuters",
      // Straits Times (Reuters)
      "Customs data|Customs data",
      "Shanghai Metals Market (SMM) data|Shanghai Metals Market",
      "China Passenger Car Association (CPCA) data|China Passenger Car Association",
      // OE Digital, AMM: when the data came out is no part of who
      "Customs data released on Thursday|Customs data", "Census Bureau data released Friday|Census Bureau",
      // Only Good News Daily, LBC (Reuters): a body's named report is the body's
      "The IEA’s new Global EV Outlook report|International Energy Agency",
      "the International Energy Agency's (IEA) outlook report|the International Energy Agency",
      "China's customs data|China's customs data",
      // EC&M (EVAC), Testdriveguru (Reuters): when it came out is dropped first
      "EVAC’s State of the Charge report|EVAC",
      "the International Energy Agency’s (IEA) outlook report for the electric vehicle market released on Wednesday|the International Energy Agency",
      // Reuters (mining.com mirror): a title before a person's name; Yicai, TheStreet: where a company is based
      "Mines Minister Kizito Pakabomba|Kizito Pakabomba", "Prime Minister Judith Suminwa Tuluka|Judith Suminwa Tuluka",
      "the Guangzhou-based firm|the Guangzhou-based firm", "Shanghai-based Nio|Nio",
      // Mining Weekly, UPNewsInfo: descriptors after a capitalized word of origin; a name with "of" stays whole
      "Chile state copper commission Cochilco|Cochilco", "Chilean state copper commission Cochilco|Cochilco",
      "The state copper commission Cochilco|Cochilco", "Ministry of Commerce|Ministry of Commerce",
      // The Truth About Cars, India Empire: a report by / data furnished by a name
      "a report by Automotive News|Automotive News", "Data furnished by SIAM|SIAM"})
  void namesTheSource(String written, String named) {
    assertEquals(named, Credits.normalize(written, Lexicon.get()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"reports", "Data", "the data", "data released Friday", "traders", "analysts", "Reports",
      "which was in line with", "official data", "figures released", "EV) makers",
      // Electronics For You, Newsdirectory3, OE Digital
      "global automobile experts", "Other Chinese automakers", "a minor metal trader"})
  void phrasesNamingNobodyCreditNobody(String written) {
    assertTrue(Credits.namesNobody(written), written);
  }

  @org.junit.jupiter.api.Test
  void shortFormsTheArticleDefines() {
    // CnEVPost
    var acronyms = Credits.acronyms("according to data released today by the China Passenger Car Association (CPCA).");
    assertEquals("the China Passenger Car Association", Credits.normalize("the CPCA", Lexicon.get(), acronyms));
  }

  @org.junit.jupiter.api.Test
  void shortFormsBehindAVerbOfGiving() {
    // India Empire
    var acronyms = Credits.acronyms("Car-makers’ association, Society of Indian Automobile Manufacturers (SIAM) in December reported");
    assertEquals("Society of Indian Automobile Manufacturers", Credits.normalize("Data furnished by SIAM", Lexicon.get(), acronyms));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"customs data", "Reuters", "the China Passenger Car Association", "Rho Motion", "BMI"})
  void namedSourcesCredit(String written) {
    assertFalse(Credits.namesNobody(written), written);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // BNN Bloomberg ("falling short of estimates"), Reuters ("citing national security"), Kallanish, Raw Materials, SCMP
      "falling short of", "beating", "national security", "Rates have been tweaked twice since first",
      "with the refining capacities share", "Shenzhen-based BYD notched up another milestone last month when it", "China",
      // Observer News ("According to reports"), Kyodo, AMM and MSCI (a measure before "showed"/"show")
      "According to", "The upward revisions came even as the Toyota group cut its annual sales volume",
      "Primary metal producers’ shipments", "Canadian aluminum shipments", "Germanium shipments"})
  void phrasesThatAreNoSourceAtAll(String written) {
    assertFalse(Credits.couldName(written), written);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"customs data", "BloombergNEF", "Chinese customs statistics", "analysts", "the General Administration of Customs"})
  void phrasesThatCouldNameASource(String written) {
    assertTrue(Credits.couldName(written), written);
  }

  @org.junit.jupiter.api.Test
  void theReportOfAShortFormIsTheBodys() {
    // Just-auto: "a new report by the International Energy Agency (IEA)" … "The IEA report says"
    var acronyms = Credits.acronyms("according to a new report by the International Energy Agency (IEA).");
    assertEquals("the International Energy Agency", Credits.normalize("The IEA report", Lexicon.get(), acronyms));
    // Business Standard: "The Society of Indian Automobile Manufacturers (SIAM) announced latest monthly data"
    acronyms = Credits.acronyms("The Society of Indian Automobile Manufacturers (SIAM) announced latest monthly data for October 2021.");
    assertEquals("The Society of Indian Automobile Manufacturers", Credits.normalize("the SIAM report", Lexicon.get(), acronyms));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // Caixin, CNBC, Outlook Business, Digital Market Reports: a company's own documents
      "a stock exchange filing", "a statement on its third-quarter results", "a regulatory filing", "their own reports", "its filing"})
  void aCompanysOwnDocumentCouldNameItsCompany(String written) {
    assertTrue(Credits.couldName(written), written);
    assertTrue(Disclosures.get().isDocument(written), written);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a statement from the Ministry of Commerce", "the report", "a report by Bloomberg", "the filing season"})
  void otherPhrasesAreNoCompanyDocument(String written) {
    assertFalse(Disclosures.get().isDocument(written), written);
  }

  @org.junit.jupiter.api.Test
  void whatAFigureIsBasedOnNamesASourceOnlyWithAWordForOne() {
    // Green Car Reports ("the Stated Policies Scenario is based on current policies"), ACAP ("based on RepuTex modelling")
    assertFalse(Credits.namesASource("the Stated Policies Scenario", Lexicon.get()));
    assertFalse(Credits.namesASource("current policies", Lexicon.get()));
    assertTrue(Credits.namesASource("RepuTex modelling", Lexicon.get()));
    assertTrue(Credits.namesASource("customs data", Lexicon.get()));
  }
}
