package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.claimgraph.article.Article;
import org.junit.jupiter.api.Test;

/**
 * An office named before the person who speaks, set off by commas: "President of the Ghana Chamber of Mines, Joshua Mortoti,
 * said …" (OfficeHolders). Real paragraphs as published; the expected speaker was written down before the rule.
 */
class OfficeHoldersTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 7);

  private static String speaker(String words, String... paragraphs) {
    Article page = Texts.article(DATE, paragraphs).article();
    return QuoteTagsTest.speaker(page, words);
  }

  /** newsafricagh.com (devset fresh26): the lead-in names the office, then the person; the quote after it is tagged "he said". */
  @Test
  void theQuoteAfterTheLeadInIsThePersonsNotTheOfficesLastWord() {
    assertEquals("Joshua Mortoti", speaker("5 million tonnes",
        "Speaking at a Breakfast Meeting with the Minister for Lands and Natural Resources, President of the Ghana Chamber of Mines, "
            + "Joshua Mortoti, said due to the high turnover in mineral production, the value added by the mining sector to the economy "
            + "increased significantly in 2023.",
        "“With a projected output range of 1.1 million ounces to 1.3 million ounces in 2024 from the small-scale sector, domestic gold "
            + "output is expected to exceed 4.5 million ounces in 2024. Regarding manganese production, the planned output for 2024 is "
            + "expected to double to over 5 million tonnes”, he said."));
  }

  /** indonesiaexpat.id (devset fresh28) and the lead-in reader alone. */
  @Test
  void theLeadInSpeaker() {
    assertEquals("Luhut Binsar Pandjaitan", AttributionFinder.leadIn("The Coordinating Minister for Maritime Affairs and Investment, "
        + "Luhut Binsar Pandjaitan, said that President Joko Widodo has agreed to a scheme whereby Indonesians can receive a "
        + "subsidy.").name());
    assertEquals("Joshua Mortoti", AttributionFinder.speaker("“We expect output to double,” President of the Ghana Chamber of Mines, "
        + "Joshua Mortoti, said.").name());
  }

  /** A person named first keeps the name: "Evan Hartley, an analyst at Benchmark, said" (no office before the name). */
  @Test
  void aPersonNamedFirstKeepsTheName() {
    assertEquals("Evan Hartley", AttributionFinder.leadIn("Evan Hartley, an analyst at Benchmark, said prices would rise.").name());
    assertEquals("Kabuswe", AttributionFinder.leadIn("In an interview, Kabuswe said the increase was due to new mines.").name());
  }
  /**
   * A name and its description with the description's closing comma left out before the verb: ejazzug.com (devset fresh28)
   * "…”, Leod Paul Batolo, the director and CEO of the Comilog Group says.", "…”, Olivier Kassibi, the manager of Moanda site
   * reveals."; itsci.org (fresh22) "…,” Vincent Karega, the natural resources minister told Reuters in December." (QuoteTags).
   */
  @Test
  void aDescribedNameWithoutTheClosingComma() {
    assertEquals("Leod Paul Batolo", QuoteTags.speaker("”, Leod Paul Batolo, the director and CEO of the Comilog Group says.").name());
    assertEquals("Olivier Kassibi", speaker("36,000 tonnes",
        "“The daily target here remains to deliver 36,000 tonnes of manganese to our internal customers”, Olivier Kassibi, the manager "
            + "of Moanda site reveals."));
    assertEquals("Vincent Karega", speaker("$250 million",
        "“We are organising the sector and believe with this, we can easily triple income within the next five years. We want to return "
            + "$200 to $250 million,” Vincent Karega, the natural resources minister told Reuters in December."));
    // a body's name before the description is no person's: left to the tag readers that know bodies
    assertEquals(null, QuoteTags.speaker("”, Comilog, the manganese unit of Eramet says."));
  }
}
