package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A subsidy, incentive, grant, rebate or tax credit a buyer gets ("the expiration of the $7,500 federal tax credit", "a 20,000
 * yuan (2,781 U.S. dollars) subsidy", "the demand incentive will be Rs 10,000 per kWh", "incentives up to 18 per cent") is a
 * standing rule, as a tariff rate is: where its sentence states no period of its own it takes none from the sales around it
 * (guidelines: "a page's '$7,500 tax credit' a figure without period"; "budgets and vehicle specifications carry no period";
 * "a cap share of the ex-factory price has no period"). A total paid out ("handed out 4 billion yuan … of subsidies") is a flow
 * and keeps its period. Sentences of publishers outside the development set (search tool, corpus pages); the expected
 * periods were written down before the rule.
 */
class IncentiveRatesTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  /** The sales figure {@code dated} keeps {@code period}; the incentive {@code rate} after it has none. */
  private static void salesThenRate(LocalDate date, String dated, String period, String rate, String... paragraphs) {
    assertEquals(period, period(date, dated, paragraphs));
    assertNull(period(date, rate, paragraphs));
  }

  @Test
  void aTaxCreditAfterAMonthsSalesTakesNoPeriod() {
    // https://www.econotimes.com/Global-EV-Sales-Surge-23-in-October-Driven-by-Strong-Demand-in-China-and-Europe-1725747
    // (EconoTimes, Rho Motion's October 2025 data): the $7,500 credit has no period, not October's.
    String[] econotimes = {
        "In contrast, North America experienced a notable slowdown, with sales plunging 41% to 100,370 units after record highs in August and September. "
            + "The drop followed the expiration of the $7,500 federal tax credit, which had temporarily boosted EV purchases."};
    assertNull(period(LocalDate.of(2025, 11, 13), "$7,500", econotimes));
    // https://albionherald.com/?p=2806 (Albion Herald, 2025-10-02): the quarter's deliveries are the quarter's; the credit "up to
    // $7,500 per purchase" has no period.
    String[] albion = {
        "Tesla delivered 497,099 vehicles in the July-September quarter, a record high and up 7 percent from the same quarter last year. "
            + "The rush in sales was driven in large part by the September 30 termination of federal EV tax credits, which offered up to "
            + "$7,500 per purchase."};
    salesThenRate(LocalDate.of(2025, 10, 2), "497,099 vehicles", "2025-07/2025-09", "up to $7,500 per purchase", albion);
  }

  @Test
  void aGrantAfterAMonthsRegistrationsTakesNoPeriod() {
    // http://evpowered.co.uk.temp.link/news/ev-registrations-hit-record-high-as-ecg-drives-demand/?amp=1 (EV Powered, 2025-10):
    // September's registrations are September's; the Electric Car Grant's "up to £3,750" has no period.
    String[] evpowered = {
        "A total of 72,779 new pure EVs were registered last month – an 29.1% year-on-year increase and the highest ever number registered "
            + "in a single month.",
        "The growth has been attributed in part to the Electric Car Grant (ECG) which offers up to £3,750 off a new EV, as well as "
            + "manufacturers’ own discounts and special offers."};
    salesThenRate(LocalDate.of(2025, 10, 6), "72,779 new pure EVs", "2025-09", "up to £3,750", evpowered);
  }

  @Test
  void aSubsidyPerCarTakesNoPeriod() {
    // http://en.people.cn/n3/2024/1119/c90000-20244318.html (Xinhua, 2024-11-19): the 20,000 yuan per car has no period.
    String[] xinhua = {
        "The Ministry of Commerce said Tuesday it had received over 4 million subsidy applications for trade-ins of passenger vehicles as of "
            + "Monday under a mass renewal program initiated early this year.",
        "Currently, people trading in an old car for a new energy vehicle are entitled to a 20,000 yuan (2,781 U.S. dollars) subsidy, while "
            + "those replacing for a fuel car will get 15,000 yuan."};
    assertNull(period(LocalDate.of(2024, 11, 19), "20,000 yuan", xinhua));
    // https://www.livemint.com/auto-news/china-june-car-sales-hit-record-for-the-month-on-subsidy-boost-11751972443078.html
    // (Bloomberg in Mint, 2025-07-08): June's sales are June's; the 20,000 yuan rebate has no period.
    String[] mint = {
        "Retail vehicle sales touched 2.1 million in June, a 7% increase from the previous June peak of 1.9 million in 2022, China’s Passenger "
            + "Car Association said Tuesday.",
        "The strong growth during a traditional off-peak season shows that the trade-in subsidy, which provides a 20,000 yuan rebate for newer "
            + "model cars, made a large contribution to domestic consumption, the PCA said."};
    salesThenRate(LocalDate.of(2025, 7, 8), "2.1 million", "2025-06", "20,000 yuan", mint);
  }

  @Test
  void anIncentiveRateTakesNoPeriodFromTheDayItStarts() {
    // https://powerline.net.in/2023/05/24/government-reduces-fame-ii-subsidy-on-electric-two-wheelers-from-june-1/ (Powerline,
    // 2023-05-24): the rate from June 1 has no period.
    String[] powerline = {
        "The central government has reduced the subsidy provided under FAME-II (Faster Adoption of Manufacturing of Electric Vehicles in India) "
            + "scheme applicable on electric two-wheelers registered on or after June 1, 2023. The Ministry of Heavy Industries notified the changes. "
            + "For electric two-wheelers, the demand incentive will be Rs 10,000 per kWh."};
    assertNull(period(LocalDate.of(2023, 5, 24), "Rs 10,000 per kWh", powerline));
    // https://www.business-standard.com/industry/auto/e2w-firms-look-to-rejig-prices-and-features-to-cope-with-subsidy-cut-123053101018_1.html
    // (Business Standard, 2023-05-31): the new maximum per e2W has no period.
    String[] bs = {
        "Industry estimates say sales of registered e2Ws may clock only half of the 2.3 million target for this financial year.",
        "The latest tweak to the Faster Adoption and Manufacturing of (Hybrid &) Electric Vehicles, or FAME-II, reduces the incentive for e2Ws to "
            + "a maximum of Rs 22,500 apiece, from Rs 60,000, resulting in an increase of around 20 per cent in the average price of an e2W."};
    assertNull(period(LocalDate.of(2023, 5, 31), "Rs 22,500", bs));
  }

  @Test
  void aSubsidyCutFromOneLevelToAnotherTakesNoLaunchMonth() {
    // https://allindiaev.com/impact-of-subsidy-reduction-and-its-impact-on-sales-performance/ (All India EV, 2023): the new rate and
    // cap have no period, not the scheme's launch month (April 2019).
    String[] allindiaev = {
        "The FAME 2 (Faster Adoption and Manufacturing of Electric Vehicles) scheme, which was launched by the government of India in April "
            + "2019, has been one of the key drivers of the electric vehicle (EV) market in the country.",
        "The scheme provided financial incentives in the form of subsidies for purchasing electric two-wheelers, which helped to reduce the cost "
            + "gap between electric and conventional vehicles.",
        "However, on June 1, 2023, the government announced a reduction in the FAME 2 subsidy for electric two-wheelers, citing the need to "
            + "rationalize the subsidy allocation and ensure that a larger number of people benefit from the Rs 10,000 crore allocated subsidy.",
        "The subsidy was reduced from Rs 15,000 per kWh of battery capacity to Rs 10,000 per kWh, and the cap on the maximum subsidy was "
            + "lowered from 40% to 15% of the ex-factory price of the vehicles."};
    LocalDate july = LocalDate.of(2023, 7, 5);
    assertNull(period(july, "Rs 10,000 per kWh", allindiaev));
    assertNull(period(july, "40%", allindiaev));
    assertNull(period(july, "15%", allindiaev));
  }

  @Test
  void subsidiesPaidOutOverAPeriodKeepIt() {
    // http://91dzs.com/business/2010-11/04/content_21275996.htm (Xinhua, 2010-11-04): a total handed out is the ten months'.
    assertEquals("2010-01/2010-10", period(LocalDate.of(2010, 11, 4), "4 billion yuan",
        "In the first ten months of the year, the government handed out 4 billion yuan (600 million U.S. dollars) of subsidies to new car "
            + "buyers, who spent 32.6 billion yuan (4.89 billion U.S. dollars) buying those vehicles."));
    // http://m.keyanhelp.cn/business/2010-10/09/content_21090950.htm (Xinhua, 2010-10-09): the September total stays September's.
    assertEquals("2010-09", period(LocalDate.of(2010, 10, 9), "510 million yuan",
        "China's old-for-new car program provided 510 million yuan (about 76.35 million U.S. dollars) in subsidies for vehicle purchases in "
            + "September, the Ministry of Commerce (MOC) said Saturday."));
  }

  @Test
  void aSubsidyReadAloneHasNoPeriod() {
    // The Xinhua sentence alone, no page, no date: no period, no crash.
    assertNull(period(null, "20,000 yuan",
        "Currently, people trading in an old car for a new energy vehicle are entitled to a 20,000 yuan (2,781 U.S. dollars) subsidy, while "
            + "those replacing for a fuel car will get 15,000 yuan."));
  }
}
