package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.claimgraph.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A quote's tag set as the next line (NextLineTags). Real paragraphs as published; the expected speaker was written down
 * before the rule.
 */
class NextLineTagsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 4, 9);

  private static String speaker(String words, String... paragraphs) {
    Article page = Texts.article(DATE, paragraphs).article();
    return QuoteTagsTest.speaker(page, words);
  }

  /** en.vestikavkaza.ru (devset fresh22): the quote ends "…tons)\"," and the tag is the next line. */
  @Test
  void aTagWithItsVerbOnTheNextLine() {
    assertEquals("Ministry of Industry and Construction of Kazakhstan", speaker("26.7 thousand",
        "According to the Ministry of Industry and Construction of the Republic of Kazakhstan, Türkiye and China began to purchase "
            + "more copper cathode from Kazakhstan.",
        "\"In January of this year, the volume of copper cathode exports increased by 42.9% (from 29.2 thousand to 41.7 thousand tons). "
            + "<...> The growth was achieved due to a doubling of demand in Türkiye (from 6.6 thousand to 13 thousand tons) and an increase "
            + "in demand in China by 63.7% (from 16.3 thousand to 26.7 thousand tons)\",",
        "Ministry of Industry and Construction of Kazakhstan said.",
        "It is reported that in addition to China and Türkiye, Latvia also purchases copper from Kazakhstan."));
  }

  /** climateworksaustralia.org (devset fresh15), africa24tv (fresh22): a name, a comma and a title under a quote. */
  @Test
  void anAttributionLineUnderAQuote() {
    assertEquals("Behyad Jafari", speaker("63 per cent",
        "“Business continues to be the largest buyer of electric vehicles, accounting for 63 per cent of sales in 2017, with this figure "
            + "primarily including manufacturer fleets and dealer demonstrators.”",
        "Behyad Jafari, CEO, Electric Vehicle Council",
        "The report highlights several opportunities to improve uptake."));
    assertEquals("Honoré Mondomobé", NextLineTags.speaker("." , "Honoré Mondomobé, Economist – Cameroon").name());
  }

  /**
   * The next line is the writer's sentence, not a tag: electrive.com (outside the devset,
   * https://www.electrive.com/2015/02/12/mark-walker-pasquale-romano-fast-company/) puts its own words under an unattributed
   * quote; a tag after the mark in the quote's paragraph keeps the line from being read.
   */
  @Test
  void aLineOfTheWritersIsNoTag() {
    assertEquals(null, speaker("fuel cells",
        "“While other automakers are experimenting with fuel cells as niche vehicles, Toyota is the only one to engineer a global "
            + "release, making all of its fuel-cell components in house.”",
        "It was the Mirai FCV that convinced the Fast Company magazine to include the Japanese carmaker in its list of the 50 most "
            + "innovative companies.",
        "Leave a Reply"));
    assertEquals(null, NextLineTags.speaker(" he said.", "Behyad Jafari, CEO, Electric Vehicle Council"));
    assertEquals(null, NextLineTags.speaker("", "Prices rose 5% in March, the data showed."));
  }
}
