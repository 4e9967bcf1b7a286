package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * One source, one name, and no outlet's credit for one clause over a whole page (credit23a, round 23).
 *
 * <ul>
 *   <li>A short form a page uses for a body it names in full without a bracket is that body (SpelledNames): fresh17's
 *       mineralsorgau "Released by the Australian Bureau of Statistics, …" then "The ABS figures also showed …".
 *   <li>"Bloomberg New Energy Finance" is BloombergNEF (organizations.tsv): fresh17's solarquotes.
 *   <li>A news outlet credited in the lead after the lead has stated figures (past its first sentence) credits its own
 *       clause, not the page (UpFrontCredits): fresh17's gmteight "…, as per the Financial Times, the EU plans to implement a
 *       15% export tax" in the third sentence of a one-paragraph LME wrap; after an opening with no figure it still frames
 *       the rewrite (tune's newsdirectory3, the corpus's "According to a report by Reuters on July 20th").
 * </ul>
 *
 * <p>The texts are real sentences of publishers outside the devset (URLs beside them); the expected credits were written
 * down before the rules.
 */
class OneNameCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  // https://www.sharecafe.com.au/2022/08/04/abs-puts-lithium-under-the-microscope/
  private static final String ABS_NAMED = "For the first time ever, the Australian Bureau of Statistics has broken out export data for lithium and "
      + "revealed that it is really only an industry that started becoming significant in 2022.";
  private static final String ABS_SAID = "The ABS said exports of lithium concentrates in June reached a record high of $1.163 billion, up a huge "
      + "$1.073 billion (or 1,189%) from June 2021.";
  // https://www.steelorbis.com/steel-news/latest-news/china-auto-dealer-inventory-warning-index-stands-at-18-in-january-1278951.htm
  private static final String CADA_NAMED = "China Auto Dealer General Inventory Warning Index stood at 1.8 in January this year, up 23.3 percentage "
      + "points year on year, while rising by 68.2 percent month on month, as announced by the China Automobile Dealers Association.";
  private static final String CADA_SAID = "CADA has forecast that the overall inventory volume of passenger vehicles at the end of January was "
      + "around 2.3 million units.";
  // http://fa9988.cn/en/News/Details/319095 (the full name), then the same Reuters story at
  // https://www.nasdaq.com/articles/philippines-q1-nickel-ore-output-up-5.3-y-y-mines-bureau-0 (the short form)
  private static final String MGB_NAMED = "The Philippines' nickel ore output in the first quarter totalled 4 million dry metric tonnes (dmt), up "
      + "5.3% versus the 3.8 million dmt produced in the same period last year, the Mines and Geosciences Bureau said on June 7.";
  private static final String MGB_SAID = "In terms of value, nickel ore output in the Philippines rose 43% to 11.53 billion pesos ($205.89 million) "
      + "at an average price of $11.78 per pound, the MGB said.";

  @Test
  void aShortFormIsTheBodyThePageNamesInFull() {
    assertEquals("the Australian Bureau of Statistics", SpelledNames.of(ABS_NAMED + " " + ABS_SAID).get("ABS"));
    assertEquals("the China Automobile Dealers Association", SpelledNames.of(CADA_NAMED + " " + CADA_SAID).get("CADA"));
    assertEquals("the Mines and Geosciences Bureau", SpelledNames.of(MGB_NAMED + " " + MGB_SAID).get("MGB"));
  }

  @Test
  void aShortFormNoBodysNameSpellsIsNoneAndAKnownOneKeepsItsName() {
    // "dmt" is no short form in capitals; "EV" is spelled by "Electric Vehicle", no body; the IEA is organizations.tsv's.
    Map<String, String> spelled = SpelledNames.of(MGB_NAMED + " Electric Vehicle sales rose, the EV Outlook said. "
        + "The International Energy Agency expects sales to grow; the IEA said so.");
    assertFalse(spelled.containsKey("EV"));
    assertFalse(spelled.containsKey("IEA"));
    assertTrue(spelled.keySet().stream().noneMatch(k -> k.equalsIgnoreCase("dmt")));
  }

  @Test
  void theFiguresOfTheShortFormAreCreditedToTheBodyByItsName() {
    assertEquals("the Australian Bureau of Statistics", Texts.credit(DATE, "$1.163 billion", ABS_NAMED, ABS_SAID));
    assertEquals("the Mines and Geosciences Bureau", Texts.credit(DATE, "11.53 billion pesos", MGB_NAMED, MGB_SAID));
    assertEquals("the China Automobile Dealers Association", Texts.credit(DATE, "around 2.3 million units", CADA_NAMED, CADA_SAID));
  }

  @Test
  void aSentenceAloneKeepsTheShortFormAsWritten() {
    // The sharecafe sentence read alone: no page names the bureau, so nothing expands it and nothing else is credited.
    assertEquals("The ABS", Texts.credit(null, "$1.163 billion", ABS_SAID));
  }

  @Test
  void bloombergNewEnergyFinanceIsBloombergNef() {
    // The long form as news writes it: "Bloomberg New Energy Finance has updated its global plug-in electric car sales forecast"
    // (https://www.seattleeva.org/wp/bloomberg-increases-its-plug-ins-global-share-forecast-to-54-by-2040/), "according the
    // Bloomberg New Energy Finance" (https://www.bloombergquint.com/businessweek/2018/06/06/vehicles-to-take-the-lead-in-lithium),
    // "Research company Bloomberg New Energy Finance (BNEF) forecasts a rise" (https://wungiel.pl/17_Jul_2013_9466.html),
    // "Electric Vehicle Outlook 2018 - Bloomberg New Energy Finance"
    // (https://www.elixwireless.com/news/electric-vehicle-outlook-2018-bloomberg-new-energy-finance); and "Kwasi Ampofo of
    // Bloomberg NEF" (Credits).
    assertEquals("BloombergNEF", Lexicon.get().organizationNamed("Bloomberg New Energy Finance"));
    assertEquals("BloombergNEF", Lexicon.get().organizationNamed("the Bloomberg New Energy Finance"));
    assertEquals("BloombergNEF", Lexicon.get().organizationNamed("Bloomberg NEF"));
    assertEquals("BloombergNEF", Lexicon.get().organizationNamed("BNEF"));
    // The news outlet stays itself: "Bloomberg News he reported Friday" (http://business-daily.net/?p=13298).
    assertEquals("Bloomberg", Lexicon.get().organizationNamed("Bloomberg News"));
  }

  @Test
  void anOutletCreditedLateInTheLeadCreditsItsOwnClauseOnly() {
    List<Figure> fs = Texts.figures(DATE,
        // https://upnewsinfo.com/base-metals-rise-after-china-reports-no-new-virus-cases/ (two sentences), then
        // https://247newsagency.com/economy/43569.html (its Reuters-credited sentence), set as one lead paragraph.
        "Three-month copper on the London Metal Exchange rose 1.1% to $9,136 a tonne by 0302 GMT, while the most-traded October copper "
            + "contract on the Shanghai Futures Exchange advanced 2.1% to 67,960 yuan ($10,470.69) a tonne. LME nickel climbed 2.6% to "
            + "$18,935 a tonne and aluminum rose 1.6% to $2,588.50 a tonne. As reported by Reuters, the benchmark nickel on the LME rose "
            + "1% to $ 20,940 a ton, having touched $ 21,165 a ton last week, the highest level since November 24.",
        // https://brecorder.com/news/amp/40239054
        "LME aluminium was stable at $2,336 a tonne after an inflow of metal into LME-registered warehouses.");
    assertNull(credit(fs, "$9,136 a tonne"));
    assertNull(credit(fs, "$18,935 a tonne"));
    assertNull(credit(fs, "$2,336 a tonne"));
    assertEquals("Reuters", credit(fs, "$ 20,940 a ton"));
  }

  @Test
  void anOutletCreditedInTheLeadsFirstSentenceStillFramesTheRewrite() {
    List<Figure> fs = Texts.figures(DATE,
        // https://businessinsider.in/stock-market/news/tesla-stock-slides-on-reports-that-the-electric-vehicle-makers-shanghai-factory-may-cut-back-production/articleshow/96011338.cms
        "Tesla could trim production by 20% for its Shanghai factory, Bloomberg reported on Monday. Shares for the electric "
            + "vehicle-maker slipped as much as 6% intraday.",
        "The electric-vehicle maker's Shanghai factory could cut Model Y production by 20% from full capacity, Bloomberg reported, citing "
            + "sources familiar with the matter.");
    // The lead's second sentence and the second paragraph credit nobody themselves: the outlet the lead opens with frames them.
    assertEquals("Bloomberg", credit(fs, "as much as 6%"));
    assertTrue(UpFrontCredits.inFirstSentence("Tesla could trim production by 20% for its Shanghai factory, Bloomberg reported on Monday. "
        + "Shares for the electric vehicle-maker slipped as much as 6% intraday.", 60));
  }

  @Test
  void aCreditAfterAnOpeningWithNoFigureStillFramesThePage() {
    // https://ttnews.com/authors/colin-mckerracher: the lead's second sentence opens with the credit, after an opening that
    // states no figure (the shape of the corpus's "According to a report by Reuters on July 20th, …").
    String lead = "Global spending on electric vehicles is surging. According to a new report published by BloombergNEF, annual spending "
        + "on passenger EVs hit $388 billion in 2022, up 53% from the year before.";
    assertTrue(UpFrontCredits.frames(lead, lead.indexOf("BloombergNEF")));
    // https://upnewsinfo.com/base-metals-rise-after-china-reports-no-new-virus-cases/ then the Reuters sentence of
    // https://247newsagency.com/economy/43569.html: figures come first, the outlet credits its own clause.
    String wrap = "LME nickel climbed 2.6% to $18,935 a tonne and aluminum rose 1.6% to $2,588.50 a tonne. As reported by Reuters, the "
        + "benchmark nickel on the LME rose 1% to $ 20,940 a ton.";
    assertFalse(UpFrontCredits.frames(wrap, wrap.indexOf("Reuters")));
  }

  @Test
  void theFirstSentenceEndsAtAStopNotAtAnInitial() {
    String lead = "U.S. copper rose 2% to $4.51 a lb, Mr. Smith said. As reported by Reuters, nickel rose.";
    assertTrue(UpFrontCredits.inFirstSentence(lead, lead.indexOf("Mr.")));
    assertFalse(UpFrontCredits.inFirstSentence(lead, lead.indexOf("Reuters")));
  }

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }
}
