package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A statement relayed with a verb other than "said" (statement-verbs.tsv): "confirms that", "highlighted … that",
 * "reiterated", "assured that". The name before the verb, also with a title or a description between commas, is the credit
 * of the figures that follow (GUIDELINES: indirect speech credits the person). Before (credit30b, round 30), only the
 * patterns' own verbs ("said", "announced", …) were read, and these figures were credited to nobody.
 */
class StatementVerbCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 11, 20);

  private static String creditOf(String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figures(DATE, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void aNameWithItsTitleBetweenCommasThenConfirms() {
    // bizwatchnigeria.ng (fresh24, f24-e-04)
    assertEquals("Bayo Onanuga", creditOf("nearly $100 million",
        "Bayo Onanuga, Special Adviser on Information and Strategy to President Bola Tinubu, confirms that the Federal Executive "
            + "Council (FEC) has approved contracts worth nearly $100 million to advance electric transportation in the region."));
  }

  @Test
  void aTitleThenTheNameBetweenCommasThenHighlighted() {
    // cmio.org (fresh18, f18-m-05)
    assertEquals("Luis Arce Catacora", creditOf("more than 427 million bolivianos",
        "The president of Bolivia, Luis Arce Catacora, highlighted this Wednesday that the company Yacimientos de Litio "
            + "Bolivianos (YLB) has generated profits of more than 427 million bolivianos (more than 61 million dollars) so far "
            + "this year."));
  }

  @Test
  void theSubjectBeforeReiterated() {
    // afma.org (fresh17, f17-e-04)
    assertEquals("David Parker", creditOf("over 53%",
        "Transport Minister David Parker reiterated the success, noting that EV and hybrid registrations now constitute over 53% "
            + "of all new vehicle registrations since July, compared to 39% between April 2022 and June 2023."));
  }

  @Test
  void aCompanyThatDeclared() {
    // electricmotorengineering.com (fresh15, f15-e-05)
    assertEquals("Tesla", creditOf("6.2 billion dollars",
        "In the release that explains the expansion operation, Tesla declared they have invested 6.2 billion dollars in Nevada "
            + "and they have recruited over 11,000 people."));
  }

  @Test
  void outsideTheDevsetAPresidentWhoHighlightedThenAsserted() {
    // cmio.org/en/world/latin-america/829460 (Telesur via CMIO, 2023; not in the development set): the president named with
    // "highlighted", then "The president asserted that …" in the next paragraph, which refers back to him.
    assertEquals("Luis Arce Catacora", creditOf("6,000 million dollars",
        "The Bolivian president, Luis Arce Catacora, highlighted on Monday the importance of mineral exports for the economy of "
            + "that Andean nation, while also highlighting the value of production.",
        "The president asserted that exports in this sector exceeded 6,000 million dollars in 2022, which represents a growth "
            + "in production of 14 percent, compared to the previous year."));
  }

  @Test
  void aVerbWithNoNameBeforeItCreditsNobody() {
    // "highlighted by" after a comma: the subject is the thing, no one states it; "stressed" as a description of assets.
    assertNull(creditOf("12%", "Demand for nickel, highlighted by strong buying in China, rose 12% in May."));
    assertNull(creditOf("$5 billion", "The bank's stressed assets rose to $5 billion in the third quarter."));
  }

  @Test
  void aMeasureOrAMarketBeforeTheVerbIsNoSpeaker() {
    // review30a: the verbs of statement also read as "bears out"; a measure, a market or a time that does so is no credit.
    assertNull(creditOf("12%", "Sales underlined the trend, rising 12% to 50,000 units in April."));
    assertNull(creditOf("30%", "Demand highlighted the shift, with imports rising 30% to 2 million tonnes in April."));
    assertNull(creditOf("10%", "Exports confirmed a 10% decline to $2 billion in April."));
    // A company, even with a one-word name at the sentence's head, still states.
    assertEquals("Tesla", creditOf("1.8 million deliveries", "Tesla confirmed 1.8 million deliveries in 2023."));
  }
}
