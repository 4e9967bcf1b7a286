package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Fiscal years ("FY23", "2022-23", "fiscal 2023", "last fiscal", "the year ended March 31") on
 * sentences of publishers outside the development set, read as their readers read them: by the
 * convention of the country the article is about (lexicon {@code fiscal-years.tsv}), else as the
 * calendar year. The expected periods were written down before the rule.
 */
class FiscalYearRulesTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void indiasFyRunsFromAprilToMarch() {
    // https://www.livemint.com/industry/manufacturing/indias-fy23-electric-vehicle-sales-exceed-1-million-units-driven-by-government-incentives-and-robust-production-by-automakers-11681151789686.html
    assertEquals("2022-04/2023-03", period(LocalDate.of(2023, 4, 11), "1.15 million units",
        "EV sales in India rose 153% in FY23 from the previous year to 1.15 million units, surpassing the cumulative 1.09 million sales until the previous year."));
  }

  @Test
  void indianNumberGroupingTellsTheCountryWhereTheSentenceNamesNone() {
    // https://www.thehindubusinessline.com/companies/with-peak-sales-in-march-total-ev-registrations-grow-to-118-mn-in-fy23/article66690875.ece
    LocalDate date = LocalDate.of(2023, 4, 2);
    String[] text = {
        "The total sales of battery-powered vehicles (all segments included) in FY23 stood at 11,80,753 units, which was higher than the combined EV volumes registered in the last nine years in the country. In FY22, total EV volumes stood at 4,58,748 units, according to data provided on Vahan Dashboard."};
    assertEquals("2022-04/2023-03", period(date, "11,80,753 units", text));
    assertEquals("2021-04/2022-03", period(date, "4,58,748 units", text));
  }

  @Test
  void aYearPairIsTheFiscalYearItStraddles() {
    // https://www.moneycontrol.com/news/business/electric-2-wheeler-sales-in-india-rise-over-two-and-half-fold-to-846976-units-in-fy23-smev-10389591.html/amp
    LocalDate date = LocalDate.of(2023, 4, 10);
    String[] text = {
        "Electric two-wheeler sales in India rose over two-and-half fold to 8,46,976 units in 2022-23 over the previous fiscal, Society of Manufacturers of Electric Vehicles said on Monday.",
        "Total sales of e-two-wheelers (E2W) were at 3,27,900 units in 2021-22."};
    assertEquals("2022-04/2023-03", period(date, "8,46,976 units", text));
    assertEquals("2021-04/2022-03", period(date, "3,27,900 units", text));
  }

  @Test
  void aFinancialYearWrittenInFullAndFy2023() {
    // https://www.carandbike.com/news/auto-sales-fy2023-electric-vehicle-sales-cross-11-lakh-units-in-fy2023-3206626
    LocalDate date = LocalDate.of(2023, 4, 10);
    String[] text = {
        "The Society of Manufacturers of Electric Vehicles (SMEV) revealed that over 11 lakh EVs were sold in India in the 2022-2023 financial year.",
        "Passenger vehicles accounted for only about 4 per cent of total EVs sold at 47,217 units in FY2023."};
    assertEquals("2022-04/2023-03", period(date, "47,217 units", text));
  }

  @Test
  void twoDigitFiscalPairsOnAPageWithoutDate() {
    // https://indiaevnews.com/?p=2846 (no date)
    String[] text = {
        "In fiscal year 22-23, India’s electric vehicle sales surpassed one million units.",
        "This is a 58% increase over the 726,861 units sold in FY21-22."};
    assertEquals("2021-04/2022-03", period(null, "726,861 units", text));
  }

  @Test
  void japansLastFiscalYearAndTheYearEndedMarch() {
    // https://english.kyodonews.net/news/2022/05/4fa378ea1cd6-breaking-news-toyotas-fy-2021-operating-profit-rises-363-to-3-tril-yen.html
    LocalDate date = LocalDate.of(2022, 5, 11);
    String[] text = {
        "Toyota Motor Corp. said Wednesday its operating profit rose 36.3 percent to 3 trillion yen ($23 billion) in the last fiscal year, the highest on record for a Japanese company, boosted by a sales recovery from the coronavirus pandemic and the weakening yen against the U.S. dollar.",
        "The world's biggest automaker by volume posted a record net profit of 2.85 trillion yen in the year ended March 31, up 26.9 percent from the previous year, as the positive factors offset the impact of production disruptions caused by a global chip crunch and supply chain constraints."};
    assertEquals("2021-04/2022-03", period(date, "3 trillion yen", text));
    assertEquals("2021-04/2022-03", period(date, "2.85 trillion yen", text));
  }

  @Test
  void theFinancialYearEndedADayFirstDate() {
    // https://www.just-auto.com/news/japan-cost-cuts-swing-toyota-back-into-black/
    assertEquals("2009-04/2010-03", period(LocalDate.of(2010, 5, 11), "JPY18.95 trillion",
        "Toyota Motor Corporation (TMC) returned to operating profit in the financial year ended 31 March, 2010, on revenue down just 7.7% year on year to JPY18.95 trillion."));
  }

  @Test
  void aUsCompanysFinancialYearStaysTheCalendarYear() {
    // https://www.mercomindia.com/teslas-net-income-in-storage-deployments-surge-125 (an Indian outlet on Tesla)
    assertEquals("2023-10/2023-12", period(LocalDate.of(2024, 1, 25), "$2.4 billion",
        "U.S.-based electric vehicle (EV) maker Tesla reported a net income of $2.4 billion in the fourth quarter (Q4) of the financial year (FY) 2023, a 39% year-over-year (YoY) decline."));
  }
  @Test
  void monthsOfAFiscalYearRunAcrossTheTurnOfTheYear() {
    // https://qazinform.com/news/indian-mining-industry-witnesses-strong-growth-in-fy-2024-25-80e564
    assertEquals("2024-04/2025-02", period(LocalDate.of(2025, 4, 1), "263 million tonnes",
        "According to IANS, iron ore production, which accounts for 70 per cent of total mineral production by value, increased to 263 million tonnes in the April to February period of FY 2024-25 compared to 252 million tonnes in the same period of FY 2023-24."));
    // https://metalswire.net/breaking-news/indias-gold-and-copper-production-surges-as-mining-sector-index-rises/ (no date)
    assertEquals("2023-04/2024-02", period(null, "8.2%",
        "The overall index of mineral production for India’s mining sector showed an 8.2% cumulative growth for April-February, 2023-24 compared to the previous year."));
  }

  @Test
  void aPeriodWrittenAsThePossessiveOfItsFigure() {
    // https://www.devdiscourse.com/article/headlines/3265366-perus-copper-production-dips-amidst-global-industry-shifts
    assertEquals("2023", period(LocalDate.of(2025, 2, 14), "2.8 million tonnes",
        "The Mining Ministry of Peru released data reflecting a total production of 2,736,150 metric tons for the year, contrasting earlier forecasts predicting a steady production trend similar to 2023's 2.8 million tonnes."));
  }

  @Test
  void thePreviousFiscalYearIsTheOneBeforeTheYearStated() {
    // https://www.carandbike.com/news/electric-two-wheeler-sales-grow-20-6-per-cent-in-fy2020-2216182
    LocalDate date = LocalDate.of(2020, 4, 22);
    String[] text = {
        "The EV industry sold 1.56 lakh electric vehicles in the FY 19-20 out of which a whopping 97 per cent were just two-wheelers which are 1.52 lakh units. The corresponding sale for the FY 18-19 was 1.26 lakh two-wheelers.",
        "The sales figures of electric cars saw a drop of about 200 units. Only 3,400 units were sold in FY2020 in comparison to 3,600 units in the previous fiscal year."};
    assertEquals("2019-04/2020-03", period(date, "3,400 units", text));
    assertEquals("2018-04/2019-03", period(date, "3,600 units", text));
  }

  @Test
  void theFirstMonthsOfAFiscalYear() {
    // https://www.onenewspage.com/n/Business/1zkl573qr0/Was-2019-year-of-EVs-Numbers-tell.htm (IndiaTimes)
    assertEquals("2019-04/2019-11", period(LocalDate.of(2019, 12, 28), "1,309 units",
        "A total of 1,309 units of electric cars were sold in the first eight months (April-November) of FY20, falling microscopic in front of 18.8 lakh passenger vehicles sold, according to industry data."));
  }

  @Test
  void anAgriculturalYearIsNotTheFiscalYear() {
    // https://www.eastcoastdaily.in/2023/10/19/record-breaking-foodgrain-harvest-in-india-reaching-329-7-million-tonnes-for-2022-23.html
    // India's agricultural year runs from July: the April-March fiscal year must not be read into it.
    org.junit.jupiter.api.Assertions.assertNotEquals("2022-04/2023-03", period(LocalDate.of(2023, 10, 19), "329.687 million tonnes",
        "India’s foodgrain production for the 2022-23 agricultural year has reached a remarkable 329.687 million tonnes, marking a substantial increase of 14.071 million tonnes compared to the previous year’s figure of 315.616 million tonnes."));
  }

  @Test
  void anIndianCompanysQuarterIsItsFiscalYearsQuarter() {
    // https://www.businesstoday.in/markets/company-stock/story/tata-motors-q2-results-net-profit-rises-to-rs-3764-crore-revenue-climbs-32-404303-2023-11-02
    assertEquals("2023-07/2023-09", period(LocalDate.of(2023, 11, 2), "32%",
        "Tata Motors revenue rose 32% to Rs 1.04 lakh crore in Q2 against Rs 78,846 crore in the corresponding period of the preceding fiscal."));
    // https://www.business-standard.com/amp/article/pti-stories/tata-motors-posts-q2-net-loss-of-rs-428-cr-115110600630_1.html (PTI, 2015-11-06)
    assertEquals("2015-07/2015-09", period(LocalDate.of(2015, 11, 6), "Rs 49,391.43 crore",
        "Revenue stood at Rs 49,391.43 crore during the second quarter as against Rs 49,234.84 crore in the year-ago period, 0.31%."));
    // https://mchunguzi.com/economy/tata-motors-pv-q2-cons-pat-soars-to-rs-76170-cr-on-one-time-gain-revenue-slips-13-yoy-markets-news (no date)
    assertEquals("2025-04/2025-06", period(null, "Rs 3,924 crore",
        "In Q1 FY26, Tata Motors had reported a PAT of Rs 3,924 crore on revenue of Rs 87,141 crore, an 18% sequential decline."));
    // https://www.indianwitness.com/news/business/tata-motors-q2-profit-soars-200x-on-rs-2600-crore-excep (no date)
    assertEquals("2025-07/2025-09", period(null, "200-fold",
        "Tata Motors Ltd. reported a massive 200-fold jump in its consolidated net profit for the second quarter of the fiscal year 2025-26, driven by a significant one-time exceptional gain, even as revenue fell sharply during the period."));
  }
}
