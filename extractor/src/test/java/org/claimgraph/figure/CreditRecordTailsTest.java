package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A named body's analysts, team, consensus, study or documents credit the body (credit13; fresh10's "BNEF analysts",
 * fresh11's "The Bloomberg analyst consensus", "Panasonic's financial documents", "USGS study for 2016" and "China's
 * official Xinhua news agency"): the words after the name say which of the body's people or records gave the figure, not
 * who. Real sentences of publishers outside the devset (the search tool's stored pages, URLs in the comments), the expected
 * credit written down before the rule.
 */
class CreditRecordTailsTest {

  private static final LocalDate DATE = LocalDate.of(2026, 2, 6);

  private static String creditOf(String quote, String... paragraphs) {
    return Texts.credit(DATE, quote, paragraphs);
  }

  @Test
  void aBodysTeamOrAnalysts() {
    // https://stockpick.market/2026/02/06/the-lithium-price-could-increase-by-how-much (and fool.com.au, the same column)
    assertEquals("UBS", creditOf("14%",
        "The UBS team said it expects lithium demand to increase 14% in 2026 and 16% in 2027."));
    // https://ddstock.net/?p=14613
    assertEquals("Morgan Stanley", creditOf("$13,500/ton",
        "“The China lithium carbonate price is currently trading close to our base case of $13,500/ton but we see room for it to "
            + "fall below this, with the price already starting to roll over recently,” Morgan Stanley analysts say."));
  }

  @Test
  void aBodysConsensusOrNewsAgency() {
    // https://www.teslarati.com/tesla-ir-compiled-q3-2023-delivery-consensus/
    assertEquals("Bloomberg", creditOf("457,000 units",
        "Interestingly enough, Tesla’s IR-compiled consensus is slightly lower than Bloomberg’s Q3 consensus, which is listed at "
            + "457,000 units."));
    // https://forumchinaplp.org.mo/zh-hans/language/change/3?back=zh-hans%2Feconomic_trade%2Fview%2F2905: what already reads
    // the same stays
    assertEquals("Xinhua", creditOf("4.1 percent",
        "China’s exports rose 4.1 percent year-on-year in April – judged in yuan-denominated terms – while imports fell 5.7 "
            + "percent, Chinese state run news agency Xinhua reported on Sunday."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the outside credits above, as phrases; "Fitch analysts predict global copper mine production to increase by an average
      // annual rate of 3.1%" (republicofmining.com, a mining.com story: "predict" is no cue of attribution-cues.tsv yet),
      // "UBS analysts said in a March 4 research note", "Bloomberg analysts cast copper" (spglobal.com)
      "The UBS team|UBS", "UBS analysts|UBS", "Morgan Stanley analysts|Morgan Stanley", "Bloomberg analysts|Bloomberg",
      "Fitch analysts|Fitch",
      // one word the lexicon does not know stays whole ("Independent analysts" at a sentence start); a group that names
      // nobody is no body
      "Independent analysts|Independent analysts", "Some Chinese analysts|Some Chinese analysts",
      "the Bloomberg analyst consensus|Bloomberg", "China's official Xinhua news agency|Xinhua",
      "BNEF analysts|BloombergNEF", "Panasonic's financial documents|Panasonic", "USGS study for 2016|US Geological Survey",
      // a sentence's first word is no part of the name (review of round 13): "A Wood Mackenzie study found that ...", "Some
      // Morgan Stanley analysts expect ..."; two capitals name a field ("EV analysts", "AI researchers")
      "A Wood Mackenzie study|Wood Mackenzie", "Some Morgan Stanley analysts|Morgan Stanley", "Two Goldman Sachs analysts|Goldman Sachs",
      "EV analysts|EV analysts", "AI researchers|AI researchers",
      // what stays: no name before the words, a place's analysts, what was analysed
      "analysts|analysts", "a Platts analysis of customs data|a Platts analysis of customs data"})
  void phrases(String written, String named) {
    assertEquals(named, Credits.normalize(written, Lexicon.get()));
  }
}
