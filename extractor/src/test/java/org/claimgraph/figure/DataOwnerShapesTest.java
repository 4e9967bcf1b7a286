package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * Data owners the credit finder did not read (credit29b, round 29): a short form whose bracket says what it is ("(AMIA for its
 * acronym in Spanish)"), a report owned by a name written with its short form ("the Jamaica Bauxite Institute (JBI)’s annual
 * report", after "As stated in"), and a name set off by commas after its description before the verb ("the developers,
 * Highlands Pacific, reported"). Each owner's credit then runs on over its data story as any data source's does. Each test
 * has a case the rule must leave alone.
 */
class DataOwnerShapesTest {

  private static final LocalDate DATE = LocalDate.of(2018, 1, 15);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  private static List<String> sources(String sentence) {
    return new AttributionFinder(Lexicon.get()).find(sentence, 0).stream().map(Attribution::source).toList();
  }

  @Test
  void aShortFormThatSaysWhatItIsIsTheShortForm() {
    // Mexico Now (devset fresh23, f23-e-13): the lead's credit, and the data story's next paragraph continues it
    List<Figure> fs = Texts.figures(DATE,
        "During 2017, auto dealers in Mexico sold 10,512 brand new electrified vehicles, a 27.3% hike compared to total sales in 2016, "
            + "according to figures from the Mexican Automotive Industry Association (AMIA for its acronym in Spanish).",
        "Just in December, sales of electric and hybrid vehicles totaled 1,335 units, which represented a 20.8% jump compared to same month of 2016.");
    assertEquals("the Mexican Automotive Industry Association", credit(fs, "27.3%"));
    assertEquals("the Mexican Automotive Industry Association", credit(fs, "1,335 units"));
    // the other spellings of the same bracket (News is my Business, newsismybusiness.com 2018-10-19: "The group known as GUIA for
    // its initials in Spanish"), and the page's later short form is the name it spelled out
    assertEquals("(GUIA) said", ExplainedShortForms.bare("(GUIA, for its initials in Spanish) said"));
    assertEquals("(INEGI)", ExplainedShortForms.bare("(INEGI, by its Spanish acronym)"));
    assertEquals("the Mexican Automotive Industry Association",
        Credits.acronyms("according to figures from the Mexican Automotive Industry Association (AMIA for its acronym in Spanish).").get("AMIA"));
    // a bracket of other words is no short form
    assertEquals("Sales (excluding exports) rose", ExplainedShortForms.bare("Sales (excluding exports) rose"));
    assertEquals("(down 3% in January)", ExplainedShortForms.bare("(down 3% in January)"));
  }

  @Test
  void aReportOfANameWithItsShortFormIsTheNamesReport() {
    // JIS, Jamaica Information Service (devset fresh23, f23-m-14): the lead takes the credit of the next paragraph, and "The report
    // said" refers back to the institute's report
    List<Figure> fs = Texts.figures(DATE,
        "Production in the bauxite/alumina sector for 2002 was recorded at 13.12 million tonnes, which reflects a 6.1 per cent increase over 2001.",
        "As stated in the Jamaica Bauxite Institute (JBI)’s annual report for 2002, the production figures were the highest since 1974.",
        "The report said that despite disruptions in production due to bad weather, alumina production rose to 3.63 million tonnes.");
    assertEquals("the Jamaica Bauxite Institute", credit(fs, "13.12 million tonnes"));
    assertEquals("the Jamaica Bauxite Institute", credit(fs, "3.63 million tonnes"));
    // "as reported in" the press names nobody
    assertNull(credit(Texts.figures(DATE, "Exports rose 5% in May, as reported in the local press."), "5%"));
  }

  @Test
  void aReportPublishedByAnotherBodyIsItsOwners() {
    // Mexico News Daily (devset fresh23, f23-e-11): the association's report, which the statistics agency published
    List<Figure> fs = Texts.figures(DATE,
        "Sales of electric and hybrid vehicles have been rising sharply, according to data from the Mexican Automotive Industry Association (AMIA).",
        "An AMIA report published by the national statistics agency Inegi said that 2,068 electric and hybrid vehicles were sold in Mexico in July 2019.");
    assertEquals("the Mexican Automotive Industry Association", credit(fs, "2,068 electric and hybrid vehicles"));
    assertEquals("the Mexican Automotive Industry Association", Credits.normalize("An AMIA report published by the national statistics agency Inegi", Lexicon.get(),
        java.util.Map.of("AMIA", "the Mexican Automotive Industry Association")));
    // a record without its owner's name is the issuer's (IssuerPhrases)
    assertEquals("the National Institute of Statistics",
        Credits.normalize("a press release issued by the National Institute of Statistics", Lexicon.get()));
  }

  @Test
  void aNameAfterItsDescriptionBeforeTheVerbIsTheSubject() {
    // The National, via ramumine (devset fresh23, f23-m-12): the developer's report runs on over the shipment's figures
    List<Figure> fs = Texts.figures(DATE,
        "The US$1.5 billion Ramu nickel cobalt mine, in Papua New Guinea, has loaded its maiden shipment from the Basamuk process plant, "
            + "the developers, Highlands Pacific, reported yesterday.",
        "The shipment consisted of 576 tonnes of mixed nickel cobalt hydroxide intermediate product.");
    assertEquals("Highlands Pacific", credit(fs, "US$1.5 billion"));
    assertEquals("Highlands Pacific", credit(fs, "576 tonnes"));
    // a person's office as the description (Insider Stories, devset fresh5 f5-m-02; The Portugal News,
    // theportugalnews.com/news/statistics-office-says-its-figures-are-reliable-after-pm-complains/34497, outside the devset)
    assertEquals(List.of("Heru Pambudi"), sources("A day before, the director-general of customs, Heru Pambudi, said nickel exports have risen 5%."));
    assertTrue(sources("In the last fortnightly debate in parliament, the prime minister, Pedro Passos Coelho, noted that “INE in the past "
        + "few months has made major revisions to its own data”, referring in particular to figures for unemployment.").contains("Pedro Passos Coelho"));
    // Vimarsana (devset fresh6 f6-m-02): a body described by its kind
    assertEquals(List.of("Cochilco"), sources("Chile produced 457,100 tonnes of copper in January, down by 0.7% from 460,100 tonnes in the same "
        + "month in 2020, the Chilean copper commission, Cochilco, said on Tuesday March 2."));
    // a country set off after a description is no source
    assertNull(credit(Texts.figures(DATE, "Imports rose 5%, the largest buyer, China, reported."), "5%"));
  }

  // review29a: a name set off after a person's description is the person, also where the head is no office of titles.tsv
  // ("lead author", "industry expert": person-description-heads.tsv); her words do not run on as a data source over the next
  // paragraph's unrelated price. Constructed on the shape of the rule's own "director-general of customs, Heru Pambudi"; the
  // open splits hold no such description. A body's description keeps the body ("the developers, Highlands Pacific").
  @Test
  void aPersonsDescriptionKeepsThePerson() {
    String s = "The study's lead author, Jane Smith, said 40% of batteries are recycled in Europe.";
    org.junit.jupiter.api.Assertions.assertFalse(AttributionFinder.describedAsBody(s, s.indexOf("Jane")));
    String e = "An industry expert, John Doe, said 40% of batteries are recycled in Europe.";
    org.junit.jupiter.api.Assertions.assertFalse(AttributionFinder.describedAsBody(e, e.indexOf("John")));
    String b = "The developers, Highlands Pacific, reported that 40% of the ore was processed.";
    org.junit.jupiter.api.Assertions.assertTrue(AttributionFinder.describedAsBody(b, b.indexOf("Highlands")));
    org.junit.jupiter.api.Assertions.assertNull(Texts.credit(java.time.LocalDate.of(2024, 3, 1), "20%", s,
        "Lithium prices fell 20% in 2023 as new mines opened in Africa."));
  }
}
