package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Credits carried onto background and the writer's own figures (credit29c, round 29). Counted over the 25 open splits at main
 * e380dcfd: 339 figures took a carried credit (rule running/measure) where the gold credits nobody, in 128 pages. Two shapes of
 * them are read here:
 *
 * <ul>
 *   <li>a credit for a policy act given by a sentence of no figure ("announced an export ban", "export controls", "revealed
 *       details of the deal") ran on into later paragraphs: 17 figures on 6 pages (londonpolitica, economictimes, gbc1,
 *       almayadeen, fiscalnepal, trtworld/newspravda wrong), none of them rightly credited; it now covers its own paragraph;</li>
 *   <li>the writer's own arithmetic ("By our maths", "our calculations suggest", "calculated as the difference", "If
 *       converted"): 10 gold figures on 3 pages, all crediting nobody (GUIDELINES fresh22 call 22).</li>
 * </ul>
 *
 * Real sentences; the first of each from a page outside the devset (the search tool's stored pages, URL in the comment).
 */
class PolicyActsTest {

  private static final LocalDate DATE = LocalDate.of(2022, 12, 22);

  // https://tomorrowinvestor.com/zimbabwe-bans-exports-of-raw-lithium/2169/ (outside the devset)
  // expected: over 1,100%, change, up, lithium price, IN no source: credit nobody (background of the ban story, not the government's).
  @Test
  void anActsCreditStaysInItsParagraph() {
    assertNull(Texts.credit(DATE, "over 1,100%",
        "In an apparent bid to increase its industrial footprint in the booming lithium sector, the Zimbabwean government announced "
            + "that exporting raw unprocessed lithium out of the country has been banned. The ban took immediate effect on Tuesday, "
            + "December 20th.",
        "Over the past couple of years, the price of lithium has skyrocketed by over 1,100% as mining firms struggle to keep up with "
            + "the increasing demand for the mineral, particularly in the electric vehicle (EV) manufacturing sector."));
    assertTrue(PolicyActs.tells("In an apparent bid to increase its industrial footprint in the booming lithium sector, the Zimbabwean "
        + "government announced that exporting raw unprocessed lithium out of the country has been banned."));
  }

  // londonpolitica (devset fresh23, f23-m-10): expected $75,000 per metric ton, 400 per cent: credit nobody (GUIDELINES fresh23
  // call 15: "no credit where the page names nobody").
  @Test
  void aBanAnnouncementCreditsNoLaterPrice() {
    assertNull(Texts.credit(LocalDate.of(2023, 7, 1), "$75,000 per metric ton",
        "On June 8 2023, the Namibian government announced an export ban on unprocessed lithium and other rare earth minerals (REMs).",
        "Rising demand for electric vehicles and consumer devices drove lithium prices to $75,000 per metric ton in March 2022, a 400 "
            + "per cent increase compared to its previous five-year average of $15,000."));
  }

  // gbc1 (devset fresh22, f22-m-06): the deal's terms in the act's own paragraph keep the government; the acquisitions of the next
  // paragraph credit nobody (GUIDELINES fresh22 call 18).
  @Test
  void theActsOwnParagraphKeepsItsCredit() {
    String[] page = {
        "The Malian side retains a 35% stake, while the rest is held by Ganfeng Lithium. The Malian government revealed details of the "
            + "deal recently. Thus, the Malian government gets a 30% stake and local investors will hold 5%.",
        "Initially, Ganfeng Lithium acquired a 50% shareholding in the mine for USD 130 million."};
    String terms = Texts.credit(LocalDate.of(2024, 12, 1), "30%", page);
    assertTrue(terms != null && terms.contains("Malian government"), () -> "credit " + terms);
    assertNull(Texts.credit(LocalDate.of(2024, 12, 1), "USD 130 million", page));
  }

  // Negative: a data source's sentence of no figure is no act; its credit runs on over the next paragraph (rawmaterials, heldout
  // m-12: every figure continues the customs data).
  @Test
  void aDataSourceStillRunsOn() {
    assertFalse(PolicyActs.tells("China significantly increased gallium exports in July, according to the latest customs data."));
    String next = Texts.credit(LocalDate.of(2025, 8, 20), "763 kilograms",
        "China significantly increased gallium exports in July, according to the latest customs data. A total of 9,007 kilograms of "
            + "the critical metal left the country last month, more than double the June level of 4,260 kilograms.",
        "Germanium shipments also showed signs of recovery, though still far below historic levels. Exports totaled 763 kilograms in "
            + "July, up from just 96 kilograms in June.");
    assertTrue(next != null && next.contains("customs"), () -> "credit " + next);
  }

  // evsolartech (devset fresh8, f8-e-02, a repost of an InsideEVs report) and bizcommunity (fresh22, f22-e-01): the writer's
  // arithmetic on the source's data credits nobody (GUIDELINES fresh22 call 22). No page outside the devset with such a mark was
  // found in the stored pages.
  @Test
  void theWritersArithmeticTakesNoCarriedCredit() {
    String[] page = {
        "According to the registration data from Experian (via Automotive News), the total number of battery electric car (BEV) "
            + "registrations during the first nine months of 2023 amounted to 852,904, which is about 61 percent more than a year ago.",
        "The non-Tesla BEV registrations (calculated as the difference between the total and Tesla) amounted to 363,450 (up about 98 "
            + "percent year-over-year) and over 42 percent share."};
    assertNull(Texts.credit(LocalDate.of(2023, 10, 20), "363,450", page));
    String data = Texts.credit(LocalDate.of(2023, 10, 20), "852,904", page);
    assertTrue(data != null && data.contains("Experian"), () -> "credit " + data);
    assertTrue(WriterComputations.marks("However, our calculations suggest plug-in hybrids were still outsold by EVs locally over the "
        + "whole of 2024, with PHEVs ending the year on 728 units (again, more than doubling 2023’s tally of 336 units)."));
    assertFalse(WriterComputations.marks("The Automotive News article says that during the nine-month period, Tesla noted 489,454 new "
        + "registrations (41 percent more than a year ago)."));
  }

  // review29a: a speaker's "our estimates" inside his direct quote are his figures, not the writer's arithmetic (WriterComputations
  // reads the writer's marks outside quotes only). Constructed from the shape of multi-sentence analyst quotes (a quote whose
  // middle sentence names nobody); the devset holds no mark inside a quote.
  @Test
  void aSpeakersOwnEstimatesInAQuoteKeepTheCredit() {
    String[] page = {
        "Benchmark Mineral Intelligence said lithium demand would reach 3 million tonnes in 2030.",
        "“Demand is surging across every market. Our estimates put the deficit at 50,000 tonnes in 2025. That is a big gap,” he said."};
    assertTrue(WriterComputations.marks("Our estimates put the deficit at 50,000 tonnes in 2025."));
    org.junit.jupiter.api.Assertions.assertEquals("Benchmark Mineral Intelligence", Texts.credit(DATE, "50,000 tonnes", page));
  }

  // review29a: "deal" as a verb tells of no act (policy-acts.tsv not_after). pindula.co.zw/2022/12/29/police-intercept-trucks-with-lithium-ore
  // (outside the devset): the deputy minister's "so that we deal with the main problem" names no deal; gbc1's noun stays an act.
  @Test
  void dealAsAVerbIsNoAct() {
    assertFalse(PolicyActs.tells("So, as Government we need to stamp our authority at the roots so that we deal with the main problem "
        + "of illegal export or smuggling of lithium."));
    assertFalse(PolicyActs.tells("The ministry said it would deal with the backlog of licence applications."));
    assertTrue(PolicyActs.tells("The Malian government revealed details of the deal recently."));
    assertTrue(PolicyActs.tells("Glencore signed a deal with the government on Tuesday."));
  }
}
