package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The number of an annual target or forecast ("lifted its annual target to 4 million units", "the 22% share of sales required by the
 * government's Zero Emission Vehicle Mandate") is the year's, not the month the sentence reports on. Pages of publishers outside
 * the development set; the expected periods were written down from the text before the rule.
 */
class AnnualTargetsTest {

  @Test
  void aRaisedAnnualSalesTargetIsTheYears() {
    // https://marketresearchcorrespondent.com/2024/09/10/byd-lifts-annual-sales-target-to-4-million-evs-plug-in-hybrids/
    // (10 September 2024): BYD's annual target of 4 million units is for 2024.
    assertEquals("2024", period(LocalDate.of(2024, 9, 10),
        "Chinese electric-vehicle maker BYD Co. has raised its annual sales forecast thanks to a surge in purchases of plug-in hybrid "
            + "vehicles. The Shenzhen-based EV giant has lifted its annual target to 4 million units, Morgan Stanley auto analysts "
            + "led by Tim Hsiao wrote in a note Monday, citing comments from BYD’s management.", "4 million units"));
  }

  @Test
  void anAnnualTargetReachedAfterAMonthsSalesIsTheYears() {
    // https://www.c114pro.com/travelnews/122492.html (no date kept; Geely's record October, 307,133 units, was October 2024, and
    // the page reports it "On November 1"): the month's sales are October's, Geely Galaxy's annual target of one million is 2024's.
    String text = "On November 1, Geely Auto disclosed that its sales in October soared to 307,133 units, marking a new monthly sales "
        + "record. Furthermore, Geely Galaxy accomplished its annual sales target of one million vehicles ahead of schedule, setting a "
        + "record as the fastest new energy vehicle brand to achieve this milestone.";
    assertEquals("2024-10", period(LocalDate.of(2024, 11, 1), text, "307,133 units"));
    assertEquals("2024", period(LocalDate.of(2024, 11, 1), text, "one million vehicles"));
  }

  @Test
  void theShareAMandateRequiresIsTheYears() {
    // https://forecourttrader.co.uk/latest-news/car-industry-unlikely-to-hit-end-of-year-electric-vehicle-target-warns-smmt/695193.article
    // (6 September 2024): August's rise is August's; the 22% the ZEV Mandate requires is 2024's share.
    String text = "Electric vehicle registrations rose by 10.8% in August, but the SMMT is warning that end of year figures are likely "
        + "to fall short of the 22% share of sales required by the government’s Zero Emission Vehicle Mandate.";
    assertEquals("2024-08", period(LocalDate.of(2024, 9, 6), text, "10.8%"));
    assertEquals("2024", period(LocalDate.of(2024, 9, 6), text, "22%"));
  }

  @Test
  void aMandateForTheYearIsTheYears() {
    // https://cyprus-mail.com/2025/02/09/uk-electric-car-sales-rise-in-january-but-lag-behind-mandate (9 February 2025): the
    // 28 per cent mandate "for the year" is 2025's, not January's.
    assertEquals("2025", period(LocalDate.of(2025, 2, 9),
        "Registrations for new electric vehicles in the UK rose in January but their market share remained short of the 28 per cent "
            + "mandate for the year, industry data showed.", "28 per cent"));
  }

  @Test
  void aTargetUnderAQuotaThisYearIsTheYears() {
    // https://auto.hindustantimes.com/auto/electric-vehicles/a-quarter-of-new-cars-sold-in-the-uk-were-electric-in-november-41733370290112.html
    // (5 December 2024): the 22 per cent target under the quota is 2024's, not November's.
    assertEquals("2024", period(LocalDate.of(2024, 12, 5), "One in four new cars registered in the UK last month were fully "
        + "electric, a transportation research group said. The November number is ahead of the 22 per cent target that manufacturers "
        + "need to hit this year under the country’s EV sales quota.", "22 per cent"));
  }

  @Test
  void lastYearsMandateFigureStaysLastYears() {
    // https://www.autospies.com/news/UK-Prepares-To-Punish-Automakers-With-Additional-Taxes-Because-The-Public-Won-t-Buy-EVs-124350/
    // (2 June 2025, an article about January 2025): "last year’s ZEV mandate figure of 22 per cent" is 2024's, not 2025's.
    assertEquals("2024", period(LocalDate.of(2025, 6, 2), "Even so, numbers in January only tottered towards last year’s Zero "
        + "Emissions Vehicle (ZEV) mandate figure of 22 per cent without reaching it - EVs accounted for a 21.3 per cent market share "
        + "in January according to the latest figures from the Society of Motor Manufacturers and Traders.", "22 per cent"));
  }

  /** The period of the figure quoted {@code quote} in {@code text}, a page of {@code date}. */
  private static String period(LocalDate date, String text, String quote) {
    return Texts.periodOf(Texts.figures(date, text), "", quote);
  }
}
