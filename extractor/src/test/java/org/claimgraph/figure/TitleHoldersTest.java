package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A credit that is a title alone ("the Minister", "Chairman", "Vice President") is the holder the page names beside the title
 * with a comma, the name before the title or closing the title's run after a verb of saying (GUIDELINES: a title alone names
 * nobody unless the page names its holder, then the holder's name). The expected credits were written down before the rule.
 */
class TitleHoldersTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 7);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    // the person, whose title is the role (a speaker's display adds it: "Mohcine Jazouli, Minister")
    return a == null ? null : a.source() != null ? a.source() : a.speaker().name();
  }

  @Test
  void theTitleAfterAVerbOfSayingIsHeldByTheNameClosingItsSentence() {
    // Assahifa (Morocco), fresh24's f24-e-09: "explained the Minister", "he added" after the title's holder named once.
    List<Figure> figures = Texts.figures(DATE,
        "The electric batteries Gigafactory, whose investment agreement was signed on Thursday in Rabat between Morocco and the "
            + "Chinese-European group Gotion High tech, will start up in June 2026, announced Minister Delegate for Investment, "
            + "Convergence and the Evaluation of Public Policies, Mohcine Jazouli. “This project is expected to produce 20 GWh and "
            + "have an export capacity of 20 billion dirhams”, explained the Minister. “This capacity will eventually reach 100 GWh "
            + "for a global investment of 65 billion dirhams,” he added.");
    assertEquals("Mohcine Jazouli", credit(figures, "100 GWh"));
    assertEquals("Mohcine Jazouli", credit(figures, "65 billion dirhams"));
    // Daily News (Sri Lanka), fresh20's f20-m-10: the title, the company and a second title, then the holder.
    assertEquals("Keerthi Wickramaratne", credit(Texts.figures(DATE,
        "Sri Lanka could easily double its foreign exchange earnings from mineral exports if they conduct local value addition prior "
            + "exporting, said Chairman, Sakura Graphite Pvt. Ltd., Engineering Process Engineer, Sakura Graphite Chairman, Keerthi "
            + "Wickramaratne."), "double"));
  }

  @Test
  void theNameRightBeforeTheTitleHoldsIt() {
    // The Economist (Namibia), fresh24's f24-m-07
    assertEquals("Salisha Ilyas", credit(Texts.figures(DATE,
        "Salisha Ilyas, Vice President, Investor Relations at Desert Lion Energy – a lithium mining company situated in the south of "
            + "Namibia, said the overall market today is 200,000 tonnes and will grow to 800,000 tonnes by 2030."), "200,000 tonnes"));
  }

  @Test
  void theHolderOfATitleOutsideTheDevset() {
    // outside the devset: Sunday Observer (Sri Lanka), archives.sundayobserver.lk/2011/06/26/new16.asp
    String text = "Export income rose by 45 percent in the first quarter of this year compared to the corresponding period last year, "
        + "said Chairman Export Development Board (EDB), Janaka Ratnayake at a ceremony on Friday to launch the Presidential Export "
        + "Awards 2007-2008 and 2009.";
    assertEquals("Janaka Ratnayake", TitleHolders.holder("Chairman", text, text.length()));
    // outside the devset: herald.co.zw, "Lithium, battery exports rake in US$209m"
    String herald = "THE Lithium and Battery Minerals sector has generated US$209 million in export receipts in the first nine months of "
        + "the year and has vast potential to power the country’s future through exploitation of new opportunities, Mines and Mining "
        + "Development Minister, Zhemu Soda, said yesterday.";
    assertEquals("Zhemu Soda", TitleHolders.holder("Minister", herald, herald.length()));
  }

  @Test
  void aTitleWhoseHolderThePageNeverNamesStaysAsItIs() {
    // "Sakura Graphite Chairman" holds a title's head word: a title, not a holder; a page without the holder keeps the credit.
    String text = "Exports will double, said Chairman, Sakura Graphite Chairman.";
    assertNull(TitleHolders.holder("Chairman", text, text.length()));
    assertNull(TitleHolders.bareTitle("Tesla"));
    assertEquals("Minister", TitleHolders.bareTitle("the Minister"));
  }
}
