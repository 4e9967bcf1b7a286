package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * False credits on unseen news (credit20b, round 20): a policy's rate (a subsidy per kWh, a tax credit, a duty or tariff rate)
 * stated amid a data source's or a company's figures took their running credit. Counted on the open splits: fresh14's eventackle
 * (the FAME II subsidy under Bajaj's sales), fresh4's businessstandard (the incentive under "data available on the MHI
 * website"), fresh7's saudipress (the $7,500 tax credit under Rho Motion), fresh7's indmin (a 20% duty rate under customs),
 * fresh4's businessday (¥20,000 subsidies under BYD), fresh14's teslanorth (the $5,000 iZEV rebate under Statistics Canada). A public
 * body, a person or a wire running on keeps such rates (e-16's Commission tariffs, f6's minister Anucha, f13's Bloomberg page).
 *
 * Real sentences of publishers outside the devset (the search tool's stored pages, URLs in the comments); the expected credits
 * written down before the rule.
 */
class RateCreditsTest {

  @Test
  void aTaxCreditAmidADataFirmsEstimatesIsNotTheFirms() {
    // https://sherwood.news/tech/electric-vehicle-sales-to-hit-record-this-quarter-as-sun-sets-on-tax-credit
    // expected: 410,000, vehicle, amount, US EV sales, 2025-07/2025-09, US, credit Cox Automotive;
    // $7,500, USD, amount, federal EV tax credit, no period, US, credit nobody (the law's rate, not Cox's estimate)
    String[] page = {
        "Electric vehicle sales are expected to reach 410,000 in the US this quarter — up more than 20% from Q3 2024, according to "
            + "new estimates from Cox Automotive. That means EVs will make up a record share of the new car market, at 10% of sales.",
        "Would-be EV buyers are pulling forward purchases in order to take advantage of the federal $7,500 tax credit, which ends "
            + "this month."};
    LocalDate date = LocalDate.of(2025, 9, 25);
    String sales = Texts.credit(date, "410,000", page);
    assertTrue(sales != null && sales.contains("Cox Automotive"), () -> "credit " + sales);
    assertNull(Texts.credit(date, "$7,500", page));
  }

  @Test
  void taxCreditRatesAfterADataFirmsMonthlyDataAreNobodys() {
    // https://blog.nidoproject.com/ev-sales-soar-as-trumps-big-beautiful-bill-axis-7500-tax-credit
    // expected: 130,100, vehicle, amount, US new EV sales, 2025-07, US, credit Cox Automotive;
    // $7,500 and $4,000, USD, amount, EV tax credit for new / used EVs, no period, US, credit nobody
    String[] page = {
        "According to Cox Automotive Data, consumers purchased nearly 130,100 new EVs in July.",
        "Tax credits are worth up to $7,500 for new EVs and $4,000 for used EVs – aim to make EV purchases more financially "
            + "attractive to consumers."};
    LocalDate date = LocalDate.of(2025, 8, 15);
    // (quotes as the extractor writes them, qualifier included; the coordinated "$4,000 for used EVs" is not read as the tax
    // credit's rate by IncentiveRates and keeps Cox's credit: a gap this rule does not close)
    String sales = Texts.credit(date, "nearly 130,100 new EVs", page);
    assertTrue(sales != null && sales.contains("Cox"), () -> "credit " + sales);
    assertNull(Texts.credit(date, "up to $7,500", page));
  }

  @Test
  void aMinistrysSubsidyRunsOnUnderTheMinistry() {
    // https://www.thehawk.in/posts/from-june-government-removes-electric-2-wheeler-fame-ii-subsidies (2023-05-22)
    // expected: Rs 10,000 per kWh, INR/kWh, amount, FAME II demand incentive for electric two-wheelers, no period, IN, credit the
    // Ministry of Heavy Industries (the public body that set it runs on)
    String credit = Texts.credit(LocalDate.of(2023, 5, 22), "Rs 10,000 per kWh",
        "New Delhi: Subsidies for electric two-wheelers registered on or after June 1, 2023, under the FAME-II (Faster Adoption of "
            + "Manufacturing of Electric Vehicles in India) scheme, have been lowered.",
        "The Ministry of Heavy Industries announced the shift. The incentive for the demand of electric two-wheelers will be Rs 10,000 "
            + "per kWh.");
    assertTrue(credit != null && credit.contains("Ministry of Heavy Industries"), () -> "credit " + credit);
  }

  @Test
  void aRateItsOwnSentenceCreditsKeepsItsCredit() {
    // https://www.cnbctv18.com/auto/fame-india-scheme-revised-electric-2-wheeler-subsidy-slashed-buyers-brace-for-price-hike-16719331.htm
    // expected: 39,000 units, vehicle, amount, electric two-wheeler sales, 2023-05, IN, credit the Vahan portal;
    // Rs 10,000 per kWh, INR/kWh, amount, FAME II subsidy, no period, IN, credit the Ministry of Heavy Industries (its own sentence)
    String[] page = {
        "Since April 2023, electric-two-wheeler sales have been under pressure and have been falling after recording the highest "
            + "monthly sales in March 2023 at 85,793 units. The sales of electric-two-wheelers stand at around 39,000 units in May so "
            + "far, according to the Vahan portal.",
        "The Central Government has decided to reduce the subsidy under the Faster Adoption and Manufacturing of (Hybrid &) Electric "
            + "Vehicles in India (FAME India) scheme on electric two-wheelers. The Ministry of Heavy Industries, in its recent "
            + "notification, announced a modification in the FAME India Phase II scheme and dropped the subsidy on electric "
            + "two-wheelers to Rs 10,000 per kWh from the existing Rs 15,000 per kWh and the maximum subsidy cap from 40 percent to 15 "
            + "percent."};
    LocalDate date = LocalDate.of(2023, 5, 21);
    String rate = Texts.credit(date, "Rs 10,000 per kWh", page);
    assertTrue(rate != null && rate.contains("Ministry of Heavy Industries"), () -> "credit " + rate);
  }

  @Test
  void aSentenceAloneCreditsNobody() {
    // The sherwood.news sentence read alone: no page, no date, nothing running.
    assertNull(Texts.credit(null, "$7,500",
        "Would-be EV buyers are pulling forward purchases in order to take advantage of the federal $7,500 tax credit, which ends "
            + "this month."));
  }

  @Test
  void aCompilerIsARecordCustomsACompanyOrADataFirm() {
    assertTrue(RateCredits.compiler("data available on the MHI website", false, false));
    assertTrue(RateCredits.compiler("Chinese customs", false, false));
    assertTrue(RateCredits.compiler("Statistics Canada", false, false));
    assertTrue(RateCredits.compiler("Bajaj", true, false));
    assertTrue(RateCredits.compiler("Rho Motion", false, true));
    assertFalse(RateCredits.compiler("the European Commission", false, false));
    assertFalse(RateCredits.compiler("Krishan Pal Gurjar", false, false));
  }
}
