package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A credit by a body's short form takes the name the page spells out (credit25a, round 25): the gold credits "Society of the
 * Irish Motor Industry" for "Today's SIMI figures show", "Electric Vehicle Association of the Philippines" for "EVAP projects",
 * "London Metal Exchange" for "the LME said", "Ministry of Industry" for "Kemeperin noted", "Electric Vehicles Association of the
 * Philippines and Department of Energy" for "based on EVAP and Department of Energy (DOE) data" (fresh13 explainingfinance,
 * fresh15 miningtopnews and worldal, fresh17 bandit4d, fresh19 rteie, mymoneytimes and tribune).
 *
 * <ul>
 *   <li>A day that owns the record ("Today's SIMI figures") says when; the body after it is who (CreditNames).
 *   <li>One capitalized word in brackets after a body's name is its short form ("(Simi)", "(Evap)", "(Kemeperin)":
 *       LooseShortForms).
 *   <li>"the London Metal Exchange" spells a later "LME" as a bureau or society spells its initials (short-form-bodies.tsv
 *       "exchange", SpelledNames).
 *   <li>Two sources named together each keep the page's name (ConjoinedNames).
 *   <li>"The group said" after a body the page defines by a short form credits the body by its full name (CreditResolver).
 * </ul>
 *
 * <p>The texts are real sentences of publishers outside the devset (URLs beside them); the expected credits were written
 * down before the rules. Read alone, a sentence spells nothing out: the short form stays as written.
 */
class PageNamesCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2024, 9, 2);

  /** The credit without its article: the scorer and the gold read "the X" and "X" as one name. */
  private static String bare(String credit) {
    return credit == null ? null : credit.replaceFirst("^(?:the|The|THE)\\s+", "");
  }

  // https://www.irishtimes.com/business/2024/09/02/simi-director-disappointed-with-the-level-of-electric-vehicle-sales/
  private static final String SIMI_NAMED = "Society of the Irish Motor Industry (Simi) director general Brian Cooke said he was disappointed "
      + "with the level of electric vehicle sales in the State.";
  private static final String SIMI_CAVAN = "Every county across the State has seen a decrease in EV sales with the largest percentage change "
      + "seen in Cavan, dropping 52.38 per cent, according to Simi.";

  // https://businessmirror.com.ph/2024/02/24/experts-greenhouse-gas-emissions-of-electric-vehicles-are-17-30-lower-than-those-of-regular-cars/
  private static final String EVAP_NAMED = "THE Electric Vehicle Association of the Philippines (Evap), based on data from the Land "
      + "Transportation Office (LTO), said 2,557 EV (electric vehicle) units were registered from January to June 2023.";
  private static final String EVAP_SAID = "There are more than 16,000 EV units in the Philippines as of December 2023, said Evap.";

  // https://malaya.com.ph/business/business-news/pinoys-now-more-receptive-to-evs/
  private static final String EVAP_BRACKETED = "The Electric Vehicle Association of the Philippines (EVAP) said sales of EVs in the first "
      + "quarter hit 2,536 units compared to the 426 units sold for the entire 2022.";
  private static final String EVAP_GROUP = "The group said from 2010 to 2022, EVs sold in the country have reached 14,357 units.";
  private static final String EVAP_ACCORDING = "According to EVAP, The group is projecting EV stock to reach more than 6.6 million units by 2030.";

  // https://www.rte.ie/news/business/2021/1101/1257165-simi-car-sales (the society named without a bracket, then "SIMI said")
  private static final String SIMI_SPELLED = "New car registrations for October were ahead of last year for both the month and for the year "
      + "to date, although new car sales continue to remain behind pre-Covid levels, the latest figures from the Society of the Irish "
      + "Motor Industry show today.";
  private static final String SIMI_SAID = "SIMI said a total of 2,646 new cars were registered in October, up 15.2% on the 2,296 registered "
      + "in October 2020 and an increase of 2,179 (21.4%) compared to October 2019.";

  // https://republicofmining.com/category/international-media-resource-articles/page/711 (a Bloomberg nickel story). Still
  // weak: "according to LME data on Bloomberg" (businessweek.com, 2012-07-24) keeps the whole phrase, the terminal included.
  private static final String LME_NAMED = "Nickel inventories in warehouses monitored by the London Metal Exchange extended gains to a "
      + "record after China, the biggest producer and consumer, shipped more metal out than it imported amid a financing scandal.";
  private static final String LME_DATA = "Stockpiles climbed to 317,874 metric tons, for a 21 percent increase this year, according to the "
      + "LME data.";

  @Test
  void aWordInBracketsAfterABodysNameIsItsShortForm() {
    assertEquals("Society of the Irish Motor Industry", LooseShortForms.defined(SIMI_NAMED).get("Simi"));
    assertEquals("THE Electric Vehicle Association of the Philippines", LooseShortForms.defined(EVAP_NAMED).get("Evap"));
    // No body's head noun before the bracket: "electric vehicle (Evs)" is no source's short form.
    assertNull(LooseShortForms.defined("Sales of the Tesla Model Y (Juniper) rose.").get("Juniper"));
  }

  @Test
  void theFiguresOfTheShortFormAreCreditedToTheBodyByItsName() {
    assertEquals("Society of the Irish Motor Industry", bare(Texts.credit(DATE, "52.38 per cent", SIMI_NAMED, SIMI_CAVAN)));
    assertEquals("Electric Vehicle Association of the Philippines", bare(Texts.credit(DATE, "more than 16,000 EV", EVAP_NAMED, EVAP_SAID)));
    assertEquals("Electric Vehicle Association of the Philippines",
        bare(Texts.credit(DATE, "more than 6.6 million units", EVAP_BRACKETED, EVAP_ACCORDING)));
    assertEquals("Society of the Irish Motor Industry", bare(Texts.credit(DATE, "2,646 new cars", SIMI_SPELLED, SIMI_SAID)));
    // "The group said" after the association's bracketed short form: the group is the association, by its full name.
    assertEquals("Electric Vehicle Association of the Philippines", bare(Texts.credit(DATE, "14,357 units", EVAP_BRACKETED, EVAP_GROUP)));
    assertEquals("London Metal Exchange", bare(Texts.credit(DATE, "317,874 metric tons", LME_NAMED, LME_DATA)));
  }

  @Test
  void aDayThatOwnsTheRecordSaysWhenNotWho() {
    assertEquals("SIMI", CreditNames.withoutTime("Today's SIMI"));
    assertEquals("CPCA data", CreditNames.withoutTime("Monday’s CPCA data"));
    // No name after the day: the record stays for the rules of records ("Today's figures show", rte.ie above).
    assertEquals("Today's figures", CreditNames.withoutTime("Today's figures"));
    assertEquals("the trade data", CreditNames.withoutTime("January's trade data"));
  }

  @Test
  void twoSourcesNamedTogetherEachKeepThePagesName() {
    // The short forms of the businessmirror page above: "(Evap)" and "(LTO)".
    Map<String, String> forms = Credits.acronyms(EVAP_NAMED);
    assertEquals("THE Electric Vehicle Association of the Philippines and Land Transportation Office",
        ConjoinedNames.expand("Evap and LTO", forms));
    assertEquals("Reuters and Bloomberg", ConjoinedNames.expand("Reuters and Bloomberg", forms));
  }

  @Test
  void aSentenceAloneKeepsTheShortFormAsWritten() {
    // Nothing spells the short form out: the credit stays as written, and no day is credited.
    assertEquals("EVAP", bare(Texts.credit(null, "more than 6.6 million units", EVAP_ACCORDING)));
    // fresh19's rteie sentence read alone: the society's short form, not "Today's SIMI".
    assertEquals("SIMI", bare(Texts.credit(null, "1,010 new electric cars", "Today's SIMI figures show that a total of 1,010 new "
        + "electric cars were registered last month, a decrease of 30.8% compared to September 2023.")));
  }
}
