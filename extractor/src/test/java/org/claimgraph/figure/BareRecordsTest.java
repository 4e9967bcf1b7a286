package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A record credited bare ("as per data", "According to statistics", "According to statistical data") inside a data story is the
 * story's source of that record (credit31a; GUIDELINES attribution rule 2). Devset shapes: Carspiritpk (f18-e-02, "as per data"
 * after the ODMD's data), Arka (f24-m-12, "According to statistics" after the National Statistical Service and a World Bank
 * paragraph); outside the devset: AzerNews (Trend), "According to statistical data" after the State Committee on Statistics.
 */
class BareRecordsTest {

  private static final LocalDate DATE = LocalDate.of(2023, 6, 5);

  private static String bare(String credit) {
    return credit == null ? null : credit.replaceFirst("^(?:the|The)\\s+", "");
  }

  @Test
  void aBareRecordIsARecordWithNoOwnerNorQualifier() {
    assertEquals("data", BareRecords.stem("data"));
    assertEquals("statistic", BareRecords.stem("statistics"));
    assertEquals("statistic", BareRecords.stem("the statistical information"));
    assertEquals("figure", BareRecords.stem("figures released"));
    // "official figures" (f22-m-02, credited as written), "government data", "customs data": qualified records.
    assertNull(BareRecords.stem("official figures"));
    assertNull(BareRecords.stem("government data"));
    assertNull(BareRecords.stem("customs data"));
    assertEquals(true, BareRecords.holds("National Statistical Service", "statistic"));
    assertEquals(false, BareRecords.holds("World Bank", "statistic"));
    // review31a: at a word's start, in any case ("STATISTICS Korea"), never inside a word ("metadata").
    assertEquals(true, BareRecords.holds("According to Automotive Distributors and Mobility Association (ODMD) data", "data"));
    assertEquals(true, BareRecords.holds("STATISTICS Korea", "statistic"));
    assertEquals(false, BareRecords.holds("the agency's metadata", "data"));
    assertEquals(false, BareRecords.holds(null, "data"));
  }

  // Carspiritpk (f18-e-02), the ODMD's May sales.
  private static final String[] CARSPIRIT = {
      "According to Automotive Distributors and Mobility Association (ODMD) data, 7,526 units of battery-powered vehicles were sold "
          + "between January and May 2023, with overall vehicle sales in Turkey posting their greatest monthly and five-month figures ever.",
      "On the other hand, gasoline-electric hybrid vehicles saw sales jump by nearly 60% year-over-year to 37,988 units, as per data.",
      "Battery-powered and hybrid vehicles boosted their market shares to 2.21% and 11.17%, up from 0.82% and 11.09% in the first "
          + "five months of the year, respectively."};

  @Test
  void asPerDataIsTheDataStorysSource() {
    assertEquals("Automotive Distributors and Mobility Association", bare(Texts.credit(DATE, "37,988 units", CARSPIRIT)));
    // The story runs on after it, as before the bare record.
    assertEquals("Automotive Distributors and Mobility Association", bare(Texts.credit(DATE, "2.21%", CARSPIRIT)));
  }

  // Arka (f24-m-12): the statistics are the statistical service's, not the World Bank's of the paragraph before.
  private static final String[] ARKA = {
      "YEREVAN, February 1. /ARKA/. Armenia’s mining industry and quarries reported a 50.4% growth in 2015, which translates to "
          + "221.1 billion drams, according to the National Statistical Service (NSS).",
      "According to World Bank’s Outlook Commodity Markets report, metal prices in 2015 dropped by 21% due to a decline in demand by "
          + "China and other developing economies and are expected to fall further this year by 10%.",
      "According to statistics, Armenia’s manufacturing industry last year saw a 5.6% fall to 821.2 billion drams."};

  @Test
  void statisticsAreTheStatisticalBodys() {
    assertEquals("National Statistical Service", bare(Texts.credit(DATE, "821.2 billion drams", ARKA)));
    assertEquals("World Bank", bare(Texts.credit(DATE, "21%", ARKA)));
  }

  // https://www.azernews.az/region/204511.html (AzerNews, "By Trend"), outside the devset.
  private static final String[] AZERNEWS = {
      "The volume of coal exports from Kyrgyzstan to Uzbekistan has increased over the year, Trend reports citing the State "
          + "Committee of Uzbekistan on Statistics.",
      "According to statistical data, Kyrgyzstan exported 1 034 036 tons of coal to Uzbekistan from January through November 2022, "
          + "which is an increase of 11 percent over the same period in 2021 (931,073 tons)."};

  @Test
  void statisticalDataAreTheCommitteesOutsideTheDevset() {
    assertEquals("State Committee of Uzbekistan on Statistics", bare(Texts.credit(DATE, "11 percent", AZERNEWS)));
  }

  // Observer (tune m-03): "According to reports" named nobody and ended the customs story; "Data shows that …" then names nobody.
  private static final String[] OBSERVER = {
      "According to data released by the General Administration of Customs on October 20, China's export volume of rare earth "
          + "magnets in September fell by 6.1% compared to August, reaching 5,774 tons.",
      "According to reports, China's rare earth magnet exports in September fell to 5,774 tons from 6,146 tons in August.",
      "Data shows that China's rare earth magnet exports to the United States fell by 28.7% in September compared to August."};

  // Mehr News (https://en.mehrnews.com/news/183583/, outside the devset): a lead's bare record with no story before it.
  private static final String MEHR = "According to statistics, large mining and mineral companies managed to export $9.489 billion "
      + "worth of products in first nine months of current year, showing a 90.8 percent hike as compared to last year's "
      + "corresponding period.";

  @Test
  void aBareRecordAfterAPhraseNamingNobodyOrWithNoStoryNamesNobody() {
    assertNull(Texts.credit(DATE, "28.7%", OBSERVER));
    assertNull(Texts.credit(DATE, "90.8 percent", MEHR));
  }
}
