package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A share of a market's sales or registrations ("a market share of 21 percent", "40% of all cars imported") that states no period,
 * in the paragraph right after the one that dated the sales, is of that period (SalesShares): sales and registrations are counted
 * over a span, and a report of them gives its shares a paragraph of their own. A share of world supply or of a cost stays undated.
 * Passages of publishers outside the development set (search tool, corpus pages), read as the pages give them (no date where the
 * page shows none); the periods were written down before the rule was written.
 */
class SalesSharesTest {

  @Test
  void aMarketShareInTheParagraphAfterAMonthsSalesIsThatMonths() {
    // https://www.carsuk.net/new-car-sales-in-september-up-13-7-best-sellers-kia-sportage-ford-puma-and-nissan-qashqai/
    // (CarsUK, 2025-10-10): September's registrations, then their market shares a paragraph on
    String[] page = {
        "New car registrations in September rose by 13.7%, with sales of electric cars rising by 29.1%. The top seller was the Kia Sportage.",
        "New car sales in September – a traditionally strong plate-change month – provided a boost for the industry with numbers up by 13.7% to 312,891, the best September figures since 2020, with Fleet sales doing the heavy lifting with a 16.9% jump and Private sales up by 8.9%.",
        "Thanks in part to the Electric Car Grant, sales of electric cars had a very good month, up by 29.1% to 72,799, with PHEVs up by 56.4% (obviously with no ECG help) and HEVs up 15.3%, meaning ‘electrified’ cars officially accounted for 50.8% of all registrations.",
        "But break that down a bit, and electric cars (BEVs) accounted for a market share of 23.3% with non-BEVs making up 76.7% of the market."};
    LocalDate date = LocalDate.of(2025, 10, 10);
    assertEquals("2025-09", period(date, "23.3%", page));
    assertEquals("2025-09", period(date, "76.7%", page));
  }

  @Test
  void aRankingOfMakersSharesKeepsTheHalfYear() {
    // https://citylife.capetown/uncategorized/largest-manufacturers-of-plug-in-electric-cars-in-2023/331045/ (CityLife Cape Town,
    // 2023-08-07): the makers' shares of the first half's plug-in sales, one maker a paragraph
    String[] page = {
        "During the first half of 2023, a total of 5.8 million plug-in electric cars were sold, representing approximately 15% of total global car sales. The market is dominated by five original equipment manufacturers (OEMs), which together account for over half of all plug-in car sales.",
        "The largest manufacturer in terms of plug-in car sales is BYD, with more than 1.2 million units registered in the first half of the year, giving them a market share of 21.4%. BYD has successfully increased its market share by several percentage points compared to the previous year.",
        "Tesla, known for its electric vehicles, is also experiencing growth in the plug-in segment. They sold 888,879 units during the same period, capturing a 15.2% share of the market. Tesla’s market share has also improved compared to the previous year, despite only offering battery electric vehicles (BEVs).",
        "The Volkswagen Group holds the third position among manufacturers, selling 425,761 units and claiming a 7.3% market share. Geely-Volvo follows closely behind in fourth place with 359,543 units sold and a 6.2% share. SAIC, including SAIC-GM-Wuling, secures the fifth spot with 322,921 units sold."};
    LocalDate date = LocalDate.of(2023, 8, 7);
    assertEquals("2023-01/2023-06", period(date, "15.2%", page));
    assertEquals("2023-01/2023-06", period(date, "7.3%", page));
    assertEquals("2023-01/2023-06", period(date, "6.2%", page));
  }

  @Test
  void onAnUndatedPageTheStatedHalfYearCarries() {
    // https://evclout.com/top-5-automakers-lead-surge-in-electric-vehicle-sales-in-first-half-of-2023/ (EVClout, no date on the
    // page): H1 2023 stated in the lead, the makers' shares after it
    String[] page = {
        "The electric vehicle (EV) revolution continues to accelerate, with global sales of plug-in and all-electric cars seeing massive growth in the first half of 2023. According to recent data, the top 5 automakers accounted for over half of all EV sales worldwide during this period.",
        "Chinese manufacturer BYD maintained its position as the top selling EV maker, delivering over 1.2 million plug-in electric vehicles in H1 2023 for a 21.4% share of the global plug-in market.",
        "US-based Tesla followed closely behind in second place, selling nearly 889,000 EVs for a 15.2% share of plug-in sales. Tesla was also the leader in the all-electric segment, with 888,879 battery-electric vehicle (BEV) registrations representing 21.7% of the BEV market.",
        "Germany’s Volkswagen Group claimed the third spot among plug-in sellers with over 425,000 units sold and 7.3% market share."};
    assertEquals("2023-01/2023-06", period(null, "15.2%", page));
    assertEquals("2023-01/2023-06", period(null, "21.7%", page));
    assertEquals("2023-01/2023-06", period(null, "7.3%", page));
  }

  @Test
  void aShareOfAllSalesWorldwideIsOfTheHalfYearReported() {
    // https://www.thehindu.com/sci-tech/technology/global-ev-sales-surge-despite-supply-constraints-report/article36250473.ece
    // (The Hindu, 2021-09-02): Canalys's first half of 2021
    String[] page = {
        "Sales of electric vehicles (EV) jumped in the first half of 2021 despite components shortage, pandemic-forced production interruptions, and longer-term weakness in the overall market, according to research firm Canalys. Nearly 2.6 million EVs were sold in the first 6 months of 2021, a 160% jump compared to the same time last year.",
        "Tesla leads the worldwide EV market with a 15% share, followed by Volkswagen, SGMW, BMW Group and Stellantis. In terms of geography, China is the largest market with 1.1 million EV sales, followed by Europe which sold 1 million EVs. Norway remains the global leader for EV adoption at over 80% of new car sales. The U.S. EV market continued to lag with only 250,000 EVs sold in the first half of 2021.",
        "EV sales were boosted by strong demand in the two leading markets of Mainland China and Europe together accounting for 87% of all EV sales worldwide. The growth of EV sales exceeded that of the total global car market which rose 26% from the first half in the previous year and was still below the pre-pandemic levels."};
    LocalDate date = LocalDate.of(2021, 9, 2);
    assertEquals("2021-01/2021-06", period(date, "over 80%", page));
    assertEquals("2021-01/2021-06", period(date, "87%", page));
  }

  @Test
  void sharesOfRegistrationsAfterAMonthsTotal() {
    // https://ireallylikethiscar.com/almost-two-in-five-of-septembers-75-plate-cars-have-a-plug-smmt-shows (no date on the page;
    // the text's year is 2025): September's plug-in share, then the BEV and PHEV shares a paragraph on
    String[] page = {
        "Plug-in cars accounted for nearly two in every five (35.5%) of September’s recent automotive registrations, because the Society of Motor Manufacturers and Traders (SMMT) recorded the strongest plate-change September since 2020 at 312,687 units.",
        "Battery electric vehicles (BEVs) accounted for nearly one in 4 (23.3%) registrations, while plug-in hybrid (PHEV) demand rose most rapidly to account for one in 10 (12.2%) of the market.",
        "On the close of the third quarter 2025’s recent automotive market is up 4.2% at 1.58 million units."};
    assertEquals("2025-09", period(null, "23.3%", page));
    assertEquals("2025-09", period(null, "12.2%", page));
  }

  @Test
  void aShareOfWorldSupplyStaysUndated() {
    // https://www.econotimes.com/Chinas-Rare-Earth-Magnet-Exports-Plunge-Amid-Tighter-Export-Controls-1713812 (EconoTimes, no
    // date on the page): May's exports, then China's standing share of the magnet market
    String[] page = {
        "China's exports of rare earth magnets dropped sharply in May, falling 52.9% from April to just 1,238 metric tons—the lowest monthly level since February 2020, according to Chinese customs data. Year-on-year, the decline was even steeper at 74%.",
        "China dominates the global rare earth magnet market, producing over 90% of supply. The new restrictions have rattled international supply chains, already under strain from ongoing trade tensions between China and the U.S."};
    assertNull(period(null, "over 90%", page));
    // https://menafn.com/1109701213/Chinas-Rare-Earth-Exports-Drop-61-In-May-To-Five-Year-Low-Due-To-Export-Restrictions
    // (MENAFN / KNN India): the same, a paragraph after May's figures
    String[] menafn = {
        "Export volumes of rare earth products plummeted 61 percent year-over-year in May, totaling just 2,117 tons according to Chinese customs data analysed by Bloomberg News.",
        "China maintains dominant control over the global rare earth magnet market, producing approximately 90 percent of the world's permanent rare earth magnets."};
    assertNull(period(LocalDate.of(2025, 6, 19), "approximately 90 percent", menafn));
  }

  @Test
  void readAloneNothingIsCarried() {
    // The EVClout sentence alone: no page, no sales dated before it
    assertNull(period(null, "7.3%",
        "Germany’s Volkswagen Group claimed the third spot among plug-in sellers with over 425,000 units sold and 7.3% market share."));
  }
}
