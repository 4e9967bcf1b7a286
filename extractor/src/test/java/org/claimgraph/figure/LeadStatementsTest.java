package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person's statement that is the page's first credit, given in its lead, covers the later paragraphs though his own
 * sentence states figures (credit30d); a speaker credited after another source keeps his figures to his paragraph.
 */
class LeadStatementsTest {

  private static final LocalDate DATE = LocalDate.of(2023, 3, 20);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void theLeadSpeakersAccountRunsOn() {
    // Pattaya Mail, fresh15's f15-e-03: the spokesman's lead, then the registrations of the next paragraph
    List<Figure> fs = Texts.figures(DATE,
        "Deputy Secretary-General to the Prime Minister and Acting Government Spokesperson Anucha Burapachaisri said that in January 2023, "
            + "the number of new registered vehicles was 317,502 units, an increase of 39.48% from the previous year.",
        "In February 2023, the number continued to rise to 331,885.");
    String spokesman = credit(fs, "331,885");
    assertTrue(spokesman != null && spokesman.endsWith("Anucha Burapachaisri"), spokesman);
  }

  @Test
  void aSpeakerAfterADataSourceKeepsHisParagraph() {
    // outside the devset: worldal.com (Bloomberg), Guinea's first half: the ministry's figures, the minister's outlook, then the
    // ministry's figures again
    List<Figure> fs = Texts.figures(LocalDate.of(2011, 8, 25),
        "Bauxite rose to 8.2 million metric tons from 7.8 million tons, while diamond production increased 41 percent to 202,880 carats, "
            + "according to the Finance Ministry.",
        "The economy may grow 4 percent this year from 1.9 percent in 2010, Budget Minister Mohamed Diare said May 18.",
        "Cement production rose 29 percent to 195,460 tons.");
    assertNotEquals("Mohamed Diare", credit(fs, "195,460 tons"));
  }

  @Test
  void theDecision() {
    // outside the devset: diggers.news, 2024-10-01 (a that-clause relays the minister's account)
    String relayed = "Finance Minister Dr Situmbeko Musokotwane disclosed that copper production had increased by 6.2 percent.";
    assertTrue(LeadStatements.relays(true, true, true, relayed));
    assertFalse(LeadStatements.relays(false, true, true, relayed));
    assertFalse(LeadStatements.relays(true, false, true, relayed));
    assertFalse(LeadStatements.relays(true, true, false, relayed));
    // BizWatchNigeria, fresh24's f24-e-04
    assertTrue(LeadStatements.relays(true, true, true, "Bayo Onanuga, Special Adviser on Information and Strategy to President Bola Tinubu, "
        + "confirms that the Federal Executive Council (FEC) has approved contracts worth nearly $100 million."));
    // outside the devset: devdiscourse.com (Reuters), 2023-04-10: a trailing tag gives the minister's own figure only
    assertFalse(LeadStatements.relays(true, true, true, "Minister of Energy and Mines Oscar Vera said in a news conference Monday."));
    assertFalse(LeadStatements.relays(true, true, true, "Jane Smith, said 40% of batteries are recycled in Europe."));
  }
}
