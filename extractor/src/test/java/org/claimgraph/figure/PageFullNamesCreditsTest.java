package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * Credits that name the right source in a form that is not its name take the name the page gives it (credit29a, round 29;
 * GUIDELINES attribution rule 1, "normalized to the source the article names"):
 *
 * <ul>
 *   <li>a short form made of the first letters of the name's words, not their initials ("STATIN", "Statin" for the Statistical
 *       Institute of Jamaica: PrefixSpelling), and the initials of a combine's name ("AMMC": short-form-bodies.tsv "combine");
 *   <li>"the ministry" with no source credited before it: the one ministry the page named (AnnouncedOwners.namedBefore);
 *   <li>"An AMIA report published by the national statistics agency Inegi": the report's author, not its publisher; "information
 *       released to Stuff by the Ministry of Transport", "the data on total registered vehicles maintained by the Road Transport
 *       Department": the keeper of the record (Credits).
 * </ul>
 *
 * <p>Sentences of fresh23 (radiojamaica, topix, hiccupcircusuganda, mexiconewsdaily), fresh19 (autocarnz) and fresh20 (knews),
 * and of pages outside the devset (URLs beside them). Read alone, a sentence names no body: the short form and "the ministry"
 * stay as written.
 */
class PageFullNamesCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 20);

  private static String bare(String credit) {
    return credit == null ? null : credit.replaceFirst("^(?:the|The|THE)\\s+", "");
  }

  // https://radiojamaicanewsonline.com/business/mining-and-quarrying-industry-grew-187-in-first-quarter-of-2024 (f23-m-15)
  private static final String STATIN_NAMED = "The Statistical Institute of Jamaica says this was mainly due to an increase in alumina "
      + "and bauxite production.";
  private static final String STATIN_SAYS = "STATIN says this increased output also resulted in higher export volumes of both products.";
  private static final String STATIN_EXPORTS = "Alumina exports grew by 32 per cent to 358,134 tonnes.";

  // http://www.koreyreimanlaw.com/en/news-detail.aspx?id=39 (outside the devset): the short form written "Statin".
  private static final String STATIN_OUTSIDE = "The mining and quarrying industry of Jamaica put up a somewhat subdued performance in the "
      + "June quarter, reported Statistical Institute of Jamaica. The final arbiter on national output Statin stated in its report that "
      + "\"reduced activities at the Noranda Bauxite plant in Jamaica\" was responsible for this lowly performance.";

  // http://www.topix.com/world/kyrgyzstan/2017/01/uzbekistan-completes-copper-mine-expansion-project (f23-m-11): "the AMMC" after the combine's name in the same sentence.
  private static final String AMMC = "Uzbekistan's Almalyk Mining and Metallurgical Combine has completed a project worth $75.2 million "
      + "to expand its main source of raw material - the Kalmakyr copper-porphyry deposit, a representative of the AMMC told Trend.";

  // https://hiccupcircusuganda.org/archives/3731 (f23-e-14): "the ministry" after the ministry the lead names, with no credit before it.
  private static final String MINISTRY_NAMED = "Ethiopia has banned the import of non‑electric vehicles, the first country worldwide to "
      + "prohibit internal combustion engine cars completely. The Ministry of Transport and Logistics will no longer permit "
      + "fossil‑fuelled vehicles to enter Ethiopia because the country cannot afford to import gasoline and diesel.";
  private static final String MINISTRY_SAYS = "According to the ministry, electric vehicle charging station installation will increase to "
      + "meet the resultant demand. There will also be a rapid development of grid stability to support the EV charging network; and "
      + "the need to replace about two million fossil‑fuelled vehicles.";

  // https://www.gnlm.com.mm/moc-declares-import-rules-for-bevs-in-pilot-project/ (outside the devset)
  private static final String MOC = "The Ministry of Commerce released a directive (62/2022) dated 11 November 2022 regarding the import "
      + "rules for electric vehicles (EV) in the pilot project. The ministry stated that the importing companies must comply with the "
      + "following facts.";
  // https://autodeals.pk/government-wants-to-introduce-duty-free-electric-cars/ (outside the devset): two ministries named.
  private static final String TWO_MINISTRIES = "The Ministry of Climate Change publish this on their draft but after they criticize it by "
      + "the Ministry of Industries Ministry of Climate Change drop it down. The ministry said it is still working on it.";

  // https://mexiconewsdaily.com/news/hybrid-electric-vehicles-gain-market-share (f23-e-11)
  private static final String AMIA_NAMED = "As sales of fossil fuel-burning vehicles have been declining, those of electric and hybrid "
      + "vehicles have been rising sharply in the past few years, according to data from the Mexican Automotive Industry Association (AMIA).";
  private static final String AMIA_REPORT = "An AMIA report published by the national statistics agency Inegi said that 2,068 electric and "
      + "hybrid vehicles were sold in Mexico in July 2019, an increase of 86% compared with the same month in 2018, when only 1,113 such "
      + "vehicles were sold.";

  @Test
  void aShortFormOfFirstLettersIsTheBodyThePageNames() {
    assertEquals("Statistical Institute of Jamaica", PrefixSpelling.longForm(STATIN_NAMED, "STATIN"));
    assertEquals("Statistical Institute of Jamaica", PrefixSpelling.longForm(STATIN_OUTSIDE, "Statin"));
    assertEquals("Statistical Institute of Jamaica", bare(Texts.credit(DATE, "32 per cent", STATIN_NAMED, STATIN_SAYS, STATIN_EXPORTS)));
    assertEquals("Almalyk Mining and Metallurgical Combine", bare(Credits.acronyms(AMMC).get("AMMC")));
    assertEquals("Almalyk Mining and Metallurgical Combine", bare(Texts.credit(DATE, "$75.2 million", AMMC)));
  }

  @Test
  void noShortFormWithoutTwoSpellingWordsAndABody() {
    // One word spelling it all is no short form ("Ministry" of "Ministry of Finance"); a thing's name spells no source.
    assertNull(PrefixSpelling.longForm("The Ministry of Finance said so.", "Ministry"));
    assertNull(PrefixSpelling.longForm("Sales of the Tesla Model Y rose.", "TEMO"));
    // Three letters are initials' (ShortForms), not first letters'.
    assertNull(PrefixSpelling.longForm(STATIN_NAMED, "STA"));
  }

  @Test
  void theMinistryIsTheOneMinistryThePageNamed() {
    assertEquals("Ministry of Transport and Logistics", bare(Texts.credit(DATE, "about two million", MINISTRY_NAMED, MINISTRY_SAYS)));
    assertEquals("Ministry of Commerce", AnnouncedOwners.namedBefore(MOC, MOC.indexOf("The ministry stated"), "ministry"));
    // Two ministries named: "the ministry" stays as written.
    assertNull(AnnouncedOwners.namedBefore(TWO_MINISTRIES, TWO_MINISTRIES.indexOf("The ministry said"), "ministry"));
    // review29b: another ministry described in lower case after the named one is the nearer referent (the shape of
    // https://www.steelorbis.com/steel-news/latest-news/indias-mineral-output-increases-by-10-percent-in-december-1279564.htm,
    // outside the devset: "according to a statement from the Indian ministry of mines … The ministry said"); the reference stays.
    String steel = "The Ministry of Steel said crude steel output rose. India's mineral production recorded a rise of 9.8 percent year on "
        + "year in December last year, according to a statement from the Indian ministry of mines on Monday. The ministry said that mineral "
        + "production was up 5.4 percent year on year.";
    assertNull(AnnouncedOwners.namedBefore(steel, steel.indexOf("The ministry said"), "ministry"));
    String mining = "The Ministry of Steel said crude steel output rose. The mining ministry said coal output rose. According to the ministry, …";
    assertNull(AnnouncedOwners.namedBefore(mining, mining.indexOf("According to the"), "ministry"));
    // … while the named ministry described by its own remit, or as "the ministry", is still the one named.
    String own = MINISTRY_NAMED + " Ethiopia's transport ministry said so. The ministry added that imports fell. " + MINISTRY_SAYS;
    assertEquals("Ministry of Transport and Logistics", AnnouncedOwners.namedBefore(own, own.indexOf("According to the"), "ministry"));
    // No ministry named before: nothing.
    assertNull(AnnouncedOwners.namedBefore(MINISTRY_SAYS, MINISTRY_SAYS.length(), "ministry"));
  }

  @Test
  void aReportsAuthorAndARecordsKeeperAreTheSource() {
    Lexicon lexicon = Lexicon.get();
    assertEquals("Mexican Automotive Industry Association",
        bare(Credits.normalize("An AMIA report published by the national statistics agency Inegi", lexicon, Credits.acronyms(AMIA_NAMED))));
    assertEquals("Mexican Automotive Industry Association", bare(Texts.credit(DATE, "2,068 electric and hybrid vehicles", AMIA_NAMED, AMIA_REPORT)));
    assertEquals("Ministry of Transport", bare(Credits.normalize("information released to Stuff by the Ministry of Transport", lexicon)));
    assertEquals("Road Transport Department",
        bare(Credits.normalize("the data on total registered vehicles maintained by the Road Transport Department", lexicon)));
  }

  @Test
  void aSentenceAloneKeepsWhatItWrites() {
    assertEquals("STATIN", bare(Texts.credit(null, "358,134 tonnes", STATIN_SAYS + " Alumina exports grew by 32 per cent to 358,134 tonnes.")));
    // An unknown short form's report is still its author's, not its publisher's (credit29b's RELAYED_RECORD: the data owner
    // wins over the body relaying it), and stays as written: nothing on the page spells the short form out.
    assertEquals("An XYZQ report",
        Credits.normalize("An XYZQ report published by the national statistics agency Inegi", Lexicon.get()));
  }
}
