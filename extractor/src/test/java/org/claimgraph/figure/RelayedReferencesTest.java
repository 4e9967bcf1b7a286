package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * Back-references to a body named before, written without their article or through a document
 * (credit28e, round 28; GUIDELINES attribution rules 1 and 2), and a lead's credit from the sentence after it that
 * opens on the data. Each test has a case the rule must leave alone.
 */
class RelayedReferencesTest {

  private static final LocalDate DATE = LocalDate.of(2019, 11, 12);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void theShapesReadAsAReference() {
    Lexicon lx = Lexicon.get();
    // London Daily (londondaily.com/kazakhstan-increases-uranium-mining-by-5, devset fresh4) and, outside the devset, the
    // same report as Mocten runs it (mocten.com/kazakhstan-increases-uranium-mining-by-5): "According to ministry, …"
    assertEquals("the ministry", RelayedReferences.reference("ministry", lx));
    // EV Mobility Africa (devset fresh21): "According to a statement shared by the ministry, the import tax …"
    assertEquals("the ministry", RelayedReferences.reference("a statement shared by the ministry", lx));
    assertEquals("the agency", RelayedReferences.reference("a press release issued by the agency", lx));
    // a company's nationality before its head noun is DescribedBodies' shape, not rewritten here
    assertNull(RelayedReferences.reference("the Australian company", lx));
    // names are no references: "the US Geological Survey", "Kazakhstan’s Energy Ministry", a capital that is no nationality
    assertNull(RelayedReferences.reference("the US Geological Survey", lx));
    assertNull(RelayedReferences.reference("Kazakhstan’s Energy Ministry", lx));
    assertNull(RelayedReferences.reference("the Cobalt company", lx));
    // a statement by a person or by a named body is no back-reference
    assertNull(RelayedReferences.reference("a statement shared by Ford", lx));
    assertNull(RelayedReferences.reference("statistics", lx));
  }

  @Test
  void aBareMinistryTakesTheMinistryCreditedBefore() {
    // London Daily (devset fresh4); the same sentences at mocten.com, outside the devset
    List<Figure> fs = Texts.figures(DATE,
        "The volume of uranium mining in Kazakhstan during ten months of this year increased by 5% and amounted to 18.7 thousand tonnes, Kazakhstan’s Energy Ministry said on 11 November.",
        "According to ministry, uranium production in Kazakhstan in January-October 2018 reached 17.8 thousand tonnes.");
    assertEquals("Kazakhstan’s Energy Ministry", credit(fs, "17.8 thousand tonnes"));
  }

  @Test
  void aStatementByTheMinistryTakesTheMinistryCreditedBefore() {
    // EV Mobility Africa (evmobilityafrica, devset fresh21), shortened
    List<Figure> fs = Texts.figures(DATE,
        "The government has implemented various policies and incentives to support the adoption of electric vehicles. According to the Ministry of Finance of Ethiopia, electric vehicles are exempted from VAT, excise, and surtaxes. According to a statement shared by the ministry, the import tax for electric vehicles has been reduced to 15%.");
    assertEquals("the Ministry of Finance of Ethiopia", credit(fs, "15%"));
  }

  @Test
  void aLeadTakesTheDataOwnerOfTheSentenceOpeningOnTheData() {
    // Streets of Kante (devset fresh22), after Reuters (maritimeprofessional.com/news/guinea-exports-record-million-tons-407413,
    // outside the devset: "… a record 48.6 million metric tons in the first quarter …, official data obtained by Reuters showed")
    List<Figure> fs = Texts.figures(LocalDate.of(2025, 6, 30),
        "Guinea’s bauxite exports hit a record 48.6 million metric tonnes in the first quarter of 2025, marking a 39% increase year-over-year. Official data from the country’s Ministry of Mines and Geology, obtained by Reuters, underscores the remarkable resilience of Guinea’s mining industry.");
    assertEquals("Ministry of Mines and Geology", credit(fs, "48.6 million metric tonnes"));
    // a sentence of the same paragraph that does not open on the data leaves the lead alone
    List<Figure> other = Texts.figures(LocalDate.of(2025, 6, 30),
        "Guinea’s bauxite exports hit a record 48.6 million metric tonnes in the first quarter of 2025, marking a 39% increase year-over-year. Mining companies met the country’s Ministry of Mines and Geology, according to Reuters, on Tuesday.");
    assertNull(credit(other, "48.6 million metric tonnes"));
  }

  @Test
  void aCompanyReferenceWithNothingBeforeTakesTheSubjectOfAnEarlierSentence() {
    Lexicon lx = Lexicon.get();
    // CBC (cbc.ca/news/canada/new-brunswick/caribou-mine-trevali-bathurst-1.6552825), outside the devset
    assertEquals("Trevali Mining Corporation", RelayedReferences.subjectBefore(
        "Trevali Mining Corporation released its second-quarter 2022 financial results, which showed a decrease in revenue.", lx));
    // Mining Decisions (devset fresh10): after an opening time phrase and a "-listed" description
    assertEquals("Meridian Mining", RelayedReferences.subjectBefore(
        "In December 2019, Toronto-listed Meridian Mining placed its Brazilian manganese operation on care and maintenance.", lx));
    // a place, a sentence opening on "The", a one-word subject: no company named
    assertNull(RelayedReferences.subjectBefore("South Africa produced 36% of the world’s manganese ore.", lx));
    assertNull(RelayedReferences.subjectBefore("The Kalahari manganese field is a highly concentrated deposit.", lx));
    List<Figure> fs = Texts.figures(LocalDate.of(2020, 1, 15),
        "In December 2019, Toronto-listed Meridian Mining placed its Brazilian manganese operation on care and maintenance. The price of manganese concentrates, the company says, declined by 48% over the year.");
    assertEquals("Meridian Mining", credit(fs, "48%"));
  }
}
