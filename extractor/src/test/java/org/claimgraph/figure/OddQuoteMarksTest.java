package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.claimgraph.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Quotes whose marks the page set wrong, read by where each mark stands (QuoteMarks): a closing mark that opens a quote, a
 * quote whose opening mark the page left out, an opening mark that closes one, and a broken encoding's stray character for
 * both marks. Real paragraphs as published; the expected speaker was written down before the rule.
 */
class OddQuoteMarksTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 6);

  private static String speaker(String words, String... paragraphs) {
    Article page = Texts.article(DATE, paragraphs).article();
    return QuoteTagsTest.speaker(page, words);
  }

  /** "said,”The point …": en.42how.com (devset fresh3); "”In the first quarter …": indiashippingnews.com (fresh18). */
  @Test
  void aClosingMarkWhereAQuoteOpensOpensIt() {
    assertEquals("James Frith", speaker("$100/kWh",
        "James Frith, the head of energy storage research at BNEF and the lead author of this report, said,”The point at which battery "
            + "packs fall below $100/kWh is a historic moment. It is the point at which electric vehicles become cost competitive with "
            + "internal combustion engine vehicles.”"));
    QuoteMarks m = QuoteMarks.of("”In the first quarter of FY22, India’s copper imports shot up by 26 cents to 60,766 tonnes.");
    assertEquals(0, m.unclosed());
  }

  /** "… 2,300 highly-skilled jobs", explained the Minister.": assahifa.com (devset fresh24), the title resolved later (TitleHolders). */
  @Test
  void aQuoteWithoutItsOpeningMarkRunsFromTheParagraphsStart() {
    assertEquals("Minister", speaker("20 GWh",
        "The electric batteries Gigafactory, whose investment agreement was signed on Thursday in Rabat between Morocco and the "
            + "Chinese-European group Gotion High tech, will start up in June 2026, announced Minister Delegate for Investment, "
            + "Convergence and the Evaluation of Public Policies, Mohcine Jazouli.",
        "The first phase of this ambitious project is expected to produce 20 GWh and have an export capacity of 20 billion dirhams, "
            + "consequently creating 17,000 direct, indirect and induced jobs, including 2,300 highly-skilled jobs\", explained the "
            + "Minister."));
    // without a tag after it the orphan mark makes no quote: nobody is made up
    assertEquals(null, speaker("45 percent", "Lithium prices fell 45 percent in 2023 after the boom\", a year of oversupply."));
  }

  /**
   * "…, “ he said.": premiumtimesng.com (outside the devset,
   * https://www.premiumtimesng.com/news/more-news/673896-alake-pledges-mineral-data-to-aid-qatari-businessmen-eyeing-nigerian-lithium.html)
   * and thesun.my's "…by the end of this year,“ he said" (devset fresh23): an opening mark with a space after it closes.
   */
  @Test
  void anOpeningMarkBeforeASpaceClosesTheQuote() {
    String p = "“It shows that the quality of Nigerian lithium has been recognised by the global mining sector, “ he said.";
    QuoteMarks m = QuoteMarks.of(p);
    assertEquals(1, m.closed().size());
    assertEquals(p.lastIndexOf('“'), m.closed().get(0)[1]);
    assertEquals(-1, m.unclosed());
    // an opening mark before a word still opens
    assertEquals(-1, QuoteMarks.of("He said “supply is tight” and “it will stay so”.").unclosed());
  }

  /** "βThe country has witnessed …, βsays Daniel Kiptoo Bargoria, …": topnewskenya.co.ke (devset fresh27). */
  @Test
  void aStrayCharacterOfABrokenEncodingIsAQuoteMark() {
    assertEquals("Daniel Kiptoo Bargoria", speaker("3,700 registered units",
        "βThe country has witnessed a steady increase in EV imports, with electric vehicles rising by 1.6percent in 2023 from 0.17 "
            + "percent.Kenya’s electric vehicle fleet currently comprises over 3,700 registered units, with approximately 90 percent being "
            + "2 and 3 wheelers, βsays Daniel Kiptoo Bargoria, Director General, Energy and Petroleum Regulatory Authority"));
    // inside a word it stood for an apostrophe
    assertEquals("the countryβs carbon", QuoteMarks.readable("the countryβs carbon"));
  }
}
