package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The previous quarter named as what a change is compared with is a quarter-on-quarter base (devset/GUIDELINES.md, "basis":
 * qoq against the previous quarter), also where the base's level stands between ("from 195.6 billion won in the previous
 * quarter"), where it is a possessive ("from last quarter's deliveries of 14,402") or where the comparison leads the clause
 * ("Compared with the previous quarter, the operating profit fell 27.3 percent"). Sentences of publishers outside the
 * development set (search tool, corpus pages); the bases were written down from the guidelines before the rule.
 */
class PreviousQuarterBasesTest {

  private static String basis(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figures(date, paragraphs), quote).basis();
  }

  @Test
  void aComparisonLeadingTheClauseNamesTheBaseOfItsChanges() {
    // https://m-en.yna.co.kr/view/AEN20230727001551320 (Yonhap, 2023-07-27, LG Energy Solution's second quarter)
    assertEquals("qoq", basis(LocalDate.of(2023, 7, 27), "27.3 percent",
        "Operating income reached 460.6 billion won (US$361.5 million) in the April-June period, compared with 195.6 billion won the previous year, the company said in a regulatory filing.",
        "Compared with the previous quarter, the operating profit fell 27.3 percent."));
    // http://www.businesskorea.co.kr/news/articleView.html?idxno=26044 (BusinessKorea, 2018-10-26, Samsung SDI's third quarter)
    String[] sdi = {"Compared with the preceding quarter, sales and operating profits increased 12.2% and 58.1%, respectively."};
    assertEquals("qoq", basis(LocalDate.of(2018, 10, 26), "12.2%", sdi));
    assertEquals("qoq", basis(LocalDate.of(2018, 10, 26), "58.1%", sdi));
  }

  @Test
  void theBasesLevelMayStandBetween() {
    // https://fastmarkets.com/insights/mineral-resources-mount-marion-lithium-spodumene-production-down-in-first-quarter (Fastmarkets, 2019)
    assertEquals("qoq", basis(LocalDate.of(2019, 4, 26), "7.23%",
        "It produced 106,683 tonnes of lithium spodumene concentrate, at the Mount Marion operation in the south-central region of the state, in the January-March quarter, down by 7.23% from the 115,000 tonnes produced in the previous quarter, Mineral Resources said this week."));
    // http://www.3rd-solution.com/2016/10/tesla-delivers-24500-vehicles-in-q3-111.html (3rd Solution, 2016-10)
    assertEquals("qoq", basis(LocalDate.of(2016, 10, 3), "70 percent",
        "In a press release, the company revealed that in the past three months, it delivered 24,500 vehicles, of which 15,800 were Model S and 8,700 were Model X.",
        "This is a 70 percent increase from last quarter’s delivery of 14,402 and a 111 percent increase from Q3 2015."));
    // https://electriccarsreport.com/2016/10/tesla-motors-delivers-record-24500-vehicles-q3/ (Electric Cars Report, 2016-10)
    assertEquals("qoq", basis(LocalDate.of(2016, 10, 3), "just over 70%",
        "Tesla Motors Inc. delivered a record 24,500 vehicles in the third quarter.",
        "This was an increase of just over 70% from last quarter’s deliveries of 14,402."));
  }

  @Test
  void theOthersStayAsTheyWere() {
    // the same sentences' other bases: a year earlier stays y/y
    assertEquals("yoy", basis(LocalDate.of(2016, 10, 3), "111 percent",
        "Tesla delivered 24,500 vehicles in the third quarter of 2016.",
        "This is a 70 percent increase from last quarter’s delivery of 14,402 and a 111 percent increase from Q3 2015."));
    // negative, https://en.yna.co.kr/view/AEN20231011002951320 (Yonhap, 2023-10-11): a year earlier, not a quarter
    assertEquals("yoy", basis(LocalDate.of(2023, 10, 11), "7.5 percent",
        "Sales rose 7.5 percent to 8.22 trillion won in the third quarter from 7.65 trillion won a year earlier."));
    // negative, written for the test: "last quarter" as the period of the figure itself compares nothing (no comparison word before it)
    assertEquals(null, basis(LocalDate.of(2025, 7, 30), "8.3 per cent",
        "Revenue grew 8.3 per cent to 94.2 billion yuan last quarter, the company said."));
  }
}
