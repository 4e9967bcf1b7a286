package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Months of a fiscal year counted from its start ({@link FiscalMonths}) and Nepal's year from mid-July ({@link FiscalYear}
 * midMonth), on sentences of publishers outside the development set. The expected periods were written down before the
 * rule: Nepal's year runs from 1 Shrawan (about 16 July) and a span takes every month it touches; Pakistan's and
 * Bangladesh's run from 1 July.
 */
class FiscalMonthsTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  private static String periodAt(String url, LocalDate date, String quote, String... paragraphs) {
    List<Figure> figures = Texts.figuresAt(url, date, paragraphs);
    return PeriodRulesTest.figure(figures, quote).period();
  }

  @Test
  void theFirstMonthsOfNepalsCurrentFiscalYearRunFromMidJuly() {
    // https://myrepublica.nagariknetwork.com/tag/import (Republica, "Dec 28" of 2018): the span is named, the date is not needed.
    assertEquals("2018-07/2018-12", period(null, "36.11 percent",
        "KATHMANDU, Dec 28: Nepal's trade deficit widened by 36.11 percent to Rs 569.49 billion in the first five months of the current"
            + " fiscal year 2018/19 compared to same period of the last fiscal year 2017/18 as exports growth fail to catch up the rapidly"
            + " surging imports bill."));
    // https://myrepublica.nagariknetwork.com/news/kailali-customs-collects-revenue-of-just-rs-7-billion-in-11-months-falling-short-of-target
    // (Republica, 2024-06-19): "11 months of the current fiscal year", Shrawan (mid-July) to mid-June.
    assertEquals("2023-07/2024-06", period(LocalDate.of(2024, 6, 19), "Rs 7.32 billion",
        "KATHMANDU, June 18: The Kailali Customs Office, Dhangadhi has collected revenue of Rs 7.32 billion in 11 months of the current"
            + " fiscal year. The customs office collected the revenue from Shrawan (mid-July to mid-August) to mid-June of the current"
            + " fiscal year 2023/24."));
    // https://english.khabarhub.com/2025/23/512711/! (Khabarhub, 2025-12-23)
    assertEquals("2025-07/2025-12", period(LocalDate.of(2025, 12, 23), "Rs 359.23 billion",
        "BIRGUNJ: Goods and commodities worth Rs 359.23 billion have been imported into Nepal through the Birgunj border point in the"
            + " first five months of the current fiscal year."));
  }

  @Test
  void nepalsWholeFiscalYearTouchesThirteenMonths() {
    // https://myrepublica.nagariknetwork.com/tag/Import (Republica, "Aug 1" of 2022): FY 2021/22, mid-July 2021 to mid-July 2022.
    assertEquals("2021-07/2022-07", period(null, "5,578 kg",
        "KATHMANDU, Aug 1: Nepal imported 5,578 kg of gold in the fiscal year 2021/22, which gave the government a revenue of Rs 4.40 billion."));
  }

  @Test
  void pakistanAndBangladeshCountFromTheFirstOfJuly() {
    // https://www.urdupoint.com/en/business/motor-car-imports-witness-sharp-decline-1613501.html (UrduPoint, 2022-12-21)
    String[] urdupoint = {
        "ISLAMABAD, (UrduPoint / Pakistan Point News - 21st Dec, 2022 ) :The imports of motor cars, both Completely Built Up (CBU) as well as Semi-Knocked Down (SKD) or Completely Knocked Down (CKD),"
            + " witnessed a sharp decline of 81.79 percent and 31.43 percent respectively during the first five months of the current fiscal"
            + " year compared to last year.",
        "According to Pakistan Bureau of Statistics, the imports of CKD/SKD were recorded at $455.780 million during July-November"
            + " (2022-23) as compared to the imports of $664.740 million during July-November (2021-22), showing decline of 31.43 percent."};
    assertEquals("2022-07/2022-11", periodAt("https://www.urdupoint.com/en/business/x.html", LocalDate.of(2022, 12, 21), "81.79 percent", urdupoint));
    // https://www.geo.tv/latest/375874-pakistan-sees-669-rise-in-import-of-vehicles-in-first-quarter-of-2021 (Geo, 2021-10-14)
    assertEquals("2021-07/2021-09", period(LocalDate.of(2021, 10, 14), "$266.2 million",
        "Pakistanis imported vehicles worth $266.2 million during the first three months of the current fiscal year, marking a 669%"
            + " increase in the rate of vehicular imports as compared to that of the last fiscal year’s first trimester."));
    // https://www.nation.com.pk/27-Mar-2024/tea-valued-at-dollar-436-67-million-imported-in-8-months (The Nation, 2024-03-27)
    assertEquals("2023-07/2024-02", period(LocalDate.of(2024, 3, 27), "10.13 percent",
        "ISLAMABAD - Tea imports into the country during first eight months of current financial year grew by 10.13 percent as compared"
            + " to the imports of the corresponding period of last year.",
        "During the period from July-February 2023-24, about 180,509 metric tonnes of tea valued at $436.677 million were imported as"
            + " against the imports of 161,056 metric tonnes costing $395.489 million of the same period of last year, according to the"
            + " data of the Pakistan Bureau of Statistics."));
    // https://arynews.tv/pakistans-pulses-imports-surge-12-56-to-rs147-26-billion/ (ARY, 2025-01-21): "the six months of".
    assertEquals("2024-07/2024-12", period(LocalDate.of(2025, 1, 21), "12.56 per cent",
        "ISLAMABAD: The Pakistan Bureau of Statistics has issued the statistics of import bills in the first half of the current fiscal"
            + " year, ARY news reported on Tuesday.",
        "The imports of leguminous vegetables (pulses) during the six months of the current financial year increased by 12.56 per cent"
            + " compared to the imports of the corresponding period last year."));
    // https://theshillongtimes.com/2019/03/28/bangladesh-import-orders-plunge-22-to-35-billion (IANS, 2019-03-28): "of the this fiscal".
    assertEquals("2018-07/2019-01", period(LocalDate.of(2019, 3, 28), "$35.44 billion",
        "Dhaka: Bangladesh’s overall imports plunged over 22 per cent to $35.44 billion in the seven months (July-January) of the this"
            + " fiscal, said an official on Wednesday."));
  }

  @Test
  void monthsFromMidMonthToMidMonthTakeEveryMonthTouched() {
    // https://myrepublica.nagariknetwork.com/news/nepals-imports-saw-notable-rise-last-month-due-to-festivals-6719ad3e79883.html
    // (Republica, 2024-10-24)
    LocalDate oct2024 = LocalDate.of(2024, 10, 24);
    assertEquals("2024-07/2024-09", period(oct2024, "Rs 25.09 billion",
        "During mid-July and mid-September, Nepal exported goods worth Rs 25.09 billion, which rose to Rs 38.38 billion by mid-October."));
    assertEquals("2024-07/2024-09", period(oct2024, "Rs 262.55 billion",
        "The first quarterly report on Nepal’s foreign trade unveiled by the Department of Customs (DoC) shows that the country’s import"
            + " figures during mid-September and mid-October stood 48.83 percent of the total import expenditure of Rs 262.55 billion made"
            + " during mid-July and mid-September."));
    // https://spotlightnepal.com/2024/01/10/neal-imported-more-tatopani-customs (Spotlight, 2024-01-10)
    assertEquals("2023-07/2023-12", period(LocalDate.of(2024, 1, 10), "168 per cent",
        "According to Surya Prasad Kafle, customs officer of Tatopani Dry Port Customs Office, 168 per cent revenue of the target has been"
            + " collected from mid-July to mid-December of the current fiscal year."));
  }

  @Test
  void withoutADateOrAYearTheMonthsOfTheCurrentFiscalYearAreNoPeriod() {
    // https://southasiamonitor.org/bangladesh/bangladesh-records-17-percent-growth-imports (no date): read alone, no year is invented.
    assertEquals(null, period(null, "17.32 percent",
        "Bangladesh’s imports in the first eleven months of the current fiscal have recorded 17.32 percent growth in comparison to the"
            + " same period the previous year, indicating a revival of economic activities driven by increased domestic demand."));
    // https://nepalpost.today/national/vehicle-imports-via-birgunj-drop-by-38--this-fy (no date)
    assertEquals(null, period(null, "482 vehicles",
        "KATHMANDU: The number of cars imported via Nepal's Birgunj Customs gate has drastically decreased during the first five months"
            + " of the current fiscal year. According to the Birgunj Customs Office, only 482 vehicles—including SUVs, cars, and vans—worth"
            + " Rs 920.3 million were imported during this period."));
    // https://techlekh.com/54-billion-worth-commodities-imported-nepal-six-months/ (no date)
    assertEquals(null, period(null, "Rs. 54 billion",
        "During the six months of the current fiscal year, commodities worth Rs. 54 billion have been imported to Nepal."));
    // A sentence alone: "in the first eight months of the current fiscal year" names no year.
    assertEquals(null, period(null, "Rs 1.2 trillion",
        "Nepal's imports stood at Rs 1.2 trillion in the first eight months of the current fiscal year."));
  }
}
