package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One source, one name, read whole (credit24a, round 24).
 *
 * <ul>
 *   <li>A body's or an office's name that lists its remits with commas is one name: "Peru's National Society of Mining,
 *       Petroleum and Energy (SNMPE)" (a body noun of short-form-bodies.tsv heads it), and a remit list written before its
 *       office, "said Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz" (CommaNames; each item
 *       holds a word of portfolio-words.tsv). fresh18's immining credited "Petroleum and Energy", carsifu and borneobulletin
 *       "Investment".
 *   <li>A person named in full, then by a short form ("Tengku Zafrul", "Saito", a tag read short as "Seri Zafrul Abdul
 *       Aziz"), is credited by the full name the page gave (FullNames): fresh18's carsifu, borneobulletin, midagovmy.
 * </ul>
 *
 * <p>The texts are real sentences of publishers outside the devset (URLs beside them); the expected credits were written
 * down before the rules.
 */
class WholeNamesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 1, 15);

  // https://www.parliamentnews.org/tengku-zafrul-rm14-7-bln-investments-approved-in-ev-ecosystem-from-2018-to-sept-2022/
  private static final String PARLIAMENT = "Investments totalling RM14.7 billion have been approved in the electric vehicle (EV) ecosystem "
      + "from 2018 to September 2022, covering the assembly of vehicles, EV components and charging components, said International Trade "
      + "and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz.";
  // https://www.carz.com.my/2024/01/malaysia-will-keep-wooing-global-ev-brands-zafrul (the full name, then the short form)
  private static final String CARZ_FULL = "The ultimate goal, according to Minister of Investment, Trade, and Industry Tengku Datuk Seri "
      + "Zafrul Abdul Aziz, is to have companies like Tesla establish factories here.";
  private static final String CARZ_SHORT = "Tengku Zafrul said last month that with over 100,000 registered EVs, Malaysia has witnessed "
      + "exponential growth in EV sales each year.";
  // https://mida.gov.my/mida-news/tengku-zafrul-asean-can-expand-intra-trade-via-ev-industry/ (its lead, with its quote's figure)
  private static final String MIDA = "The Association of Southeast Asian Nations (ASEAN) can boost its intra-trade through collaborations "
      + "in the electric vehicle (EV) industry, said Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz.";
  // https://japannews.yomiuri.co.jp/business/companies/20240906-209661
  private static final String SAITO = "The government will support 12 projects for storage batteries or those for their parts, materials or "
      + "production equipment by up to ¥350 billion ($2.44 billion), Minister of Economy, Trade and Industry Ken Saito told reporters.";
  private static final String SAITO_SHORT = "The government backing included support for investments by Toyota, Nissan Motor and joint projects "
      + "that Panasonic Holdings’ energy unit would run with automakers Subaru and Mazda, respectively, Saito said.";

  @Test
  void aRemitListIsPartOfTheNameItStandsIn() {
    // https://latin-american.news/category/south-america/peru/page/75
    assertSpan("The National Society of Mining, Petroleum and Energy (SNMPE) expressed its concern about the recent appointments.",
        "Society of Mining, Petroleum and Energy");
    // https://www.mining-technology.com/news/australia-critical-mineral-revenue-equal-coal/
    assertSpan("Monday’s report from the Government of Australia’s Department of Industry, Science and Resources (DISR) predicts that the "
        + "country’s revenue from critical minerals is to match that of coal by the year 2028.", "Department of Industry, Science and Resources");
    // https://japannews.yomiuri.co.jp/business/companies/20230616-116595/ : the list before its body.
    assertSpan("The Economy, Trade and Industry Ministry will provide a subsidy of about ¥120 billion to Toyota Motor Corp. for its plan to "
        + "domestically produce lithium-ion batteries for electric vehicles, a source close to the matter said Thursday.",
        "Economy, Trade and Industry Ministry");
    assertSpan(MIDA, "Investment, Trade and Industry Minister");
    // https://www.amma.org.au/news-media/media-center/transforming-australia-major-exporter-critical-minerals-products/
    assertSpan("“We have some of the world’s richest stocks of critical minerals,” Minister for Trade, Tourism and Investment Simon "
        + "Birmingham said.", "Minister for Trade, Tourism and Investment");
  }

  @Test
  void aListThatIsNoRemitStaysAList() {
    // A clause opener before a title is no remit; nor is a list of places.
    assertTrue(CommaNames.spans("However, Trade and Industry Minister Ahmad said exports rose 5%.").isEmpty());
    assertTrue(CommaNames.spans("Sales in Japan, Korea and China Ministers said rose.").isEmpty());
    assertTrue(CommaNames.spans("according to the Ministry of Finance, Germany and France agreed").isEmpty());
  }

  @Test
  void theOfficialIsCreditedByTheName() {
    assertEquals("Tengku Datuk Seri Zafrul Abdul Aziz", Texts.credit(DATE, "RM14.7 billion", PARLIAMENT));
    assertEquals("Ken Saito", Texts.credit(DATE, "up to ¥350 billion", SAITO));
    // A phrase that runs on past the name into its clause is no title before a name.
    assertNull(FullNames.afterTitle("Prime Minister Chris Hipkins said the latest data"));
  }

  @Test
  void aShortFormIsThePersonNamedInFull() {
    assertEquals("Tengku Datuk Seri Zafrul Abdul Aziz", FullNames.of("Tengku Zafrul", CARZ_FULL + " " + CARZ_SHORT));
    assertEquals("Tengku Datuk Seri Zafrul Abdul Aziz", FullNames.of("Zafrul", CARZ_FULL + " " + CARZ_SHORT));
    assertEquals("Tengku Datuk Seri Zafrul Abdul Aziz", FullNames.of("Seri Zafrul Abdul Aziz", MIDA));
    assertEquals("Ken Saito", FullNames.of("Saito", SAITO + " " + SAITO_SHORT));
    // A hyphenated title is no part of the name (a constructed negative in the shape of EU press releases).
    assertNull(FullNames.of("Valdis Dombrovskis", "Executive Vice-President Valdis Dombrovskis said the duties would apply."));
    assertEquals("Tengku Datuk Seri Zafrul Abdul Aziz", Texts.credit(DATE, "over 100,000 registered EVs", CARZ_FULL, CARZ_SHORT));
    // https://www.ukpol.co.uk/historic-press-release-electric-cars-at-number-10-october-2008/ names Geoff Hoon, "Mr Hoon said:".
    assertEquals("Geoff Hoon", FullNames.of("Hoon", "Transport Secretary Geoff Hoon unveiled the plans. Speaking at the convention, Mr Hoon said:"));
  }

  @Test
  void aShortFormOfTwoPeopleOrOfACompanyStaysAsWritten() {
    // Two people the page names with one family name: neither is the short form's.
    assertNull(FullNames.of("Chen", "Analyst Chen Wei said prices rose. Chen Ming, a trader, disagreed. Chen said so."));
    // A company's first word is no short form of a person: "Lynas" of "Lynas Rare Earths".
    assertNull(FullNames.of("Lynas", "Lynas Rare Earths reported record sales. Lynas said demand rose."));
  }

  @Test
  void anInstrumentIsNoSource() {
    // https://www.startribune.com/house-backs-measure-to-overturn-biden-auto-emissions-rule-that-republicans-say-would-force-ev-sales/601148438
    assertEquals("the EPA", Texts.credit(DATE, "56%", "Under the regulation, industry could meet the limits if 56% of new vehicle sales "
        + "are electric by 2032, the EPA said."));
    // https://www.fastmarkets.com/insights/infinity-lithium-lg-energy-solution-sign-mou-for-lithium-hydroxide-offtake
    assertNoSource("Under the agreement, the former will supply lithium hydroxide produced from its 75%-owned San José lithium project in "
        + "Spain to the latter for an initial five-year period with the potential to continue for a further five years, it said.", "agreement");
    // https://www.teslarati.com/tesla-lithium-supply-deal/
    assertNoSource("According to the agreement, Tesla will receive a supply of battery-grade lithium from GFL Internationa Co Ltd for three "
        + "years, starting in 2022.", "agreement");
    // https://www.asiaminer.com/news/latest-news/8307-indonesia-eases-ore-export-ban.html (the rules, as fresh15's gulftimes writes them)
    assertTrue(CreditNames.namesInstrument("Under Indonesia’s new rules"));
    assertTrue(CreditNames.namesInstrument("the Customs Tariff Statistics Position (GTIP)"));
    assertTrue(CreditNames.namesInstrument("the Inflation Reduction Act"));
    // Bodies and records are sources: "the Automotive Distributors and Mobility Association", "customs data".
    assertTrue(!CreditNames.namesInstrument("the Automotive Distributors and Mobility Association (ODMD)"));
    assertTrue(!CreditNames.namesInstrument("customs data"));
  }

  @Test
  void aSentenceAloneKeepsTheShortForm() {
    // The carz sentence read alone: no page names the minister in full, so the credit is the name as written.
    List<Figure> alone = Texts.figures(null, CARZ_SHORT);
    Attribution a = PeriodRulesTest.figure(alone, "over 100,000 registered EVs").attribution();
    assertEquals("Tengku Zafrul", a == null ? null : a.display());
  }

  private static void assertNoSource(String sentence, String word) {
    for (Attribution a : new AttributionFinder(org.claimgraph.lexicon.Lexicon.get()).find(sentence, 0)) {
      assertTrue(a.source() == null || !a.source().contains(word), () -> "credited " + a.source() + " in: " + sentence);
    }
  }

  private static void assertSpan(String text, String name) {
    List<int[]> spans = CommaNames.spans(text);
    assertTrue(spans.stream().anyMatch(s -> text.substring(s[0], s[1]).contains(name)),
        () -> "no name span holding \"" + name + "\" in " + spans.stream().map(s -> text.substring(s[0], s[1])).toList());
  }
}
