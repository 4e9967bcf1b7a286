package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "Registered" right before the vehicles it counts names the fleet on the register, a stock: at a month ("as of the end of
 * September", "as of July 30") it is that month's level, not January to the month as the year's registrations are. Sentences of
 * publishers outside the development set; the answers were written down from the guidelines (a stock at a month is the month;
 * "year to date" → January to the latest month) before the rule.
 */
class RegisteredFleetsTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void registeredVehiclesAtAMonthAreThatMonthsFleet() {
    // http://en.people.cn/n3/2023/1011/c90000-20082026.html (People's Daily / Xinhua, 2023-10-11): China's NEV fleet at the end
    // of September
    assertEquals("2023-09", period(LocalDate.of(2023, 10, 11), "18.21 million registered new energy vehicles",
        "As of the end of September, China's motor vehicle ownership reached 430 million units, with 18.21 million registered new energy "
            + "vehicles (NEVs), the Ministry of Public Security said on Tuesday."));
    // http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=173379 (KBS World, 2022-10-28): Korea's car register at the
    // end of September
    assertEquals("2022-09", period(LocalDate.of(2022, 10, 28), "25-point-35 million units",
        "According to data by the Ministry of Land, Infrastructure and Transport on Friday, the number of registered cars in the country "
            + "came to 25-point-35 million units as of the end of September, equivalent to one vehicle per two-point-03 people."));
  }

  @Test
  void registrationsToAMonthStayTheYearsSpan() {
    // negative, https://www.sunstar.com.ph/cebu/registered-evs-expected-to-reach-35k-by-end-of-2025 (SunStar, 2025-10): the
    // year's EV registrations to July, a flow
    assertEquals("2025-01/2025-07", period(LocalDate.of(2025, 10, 20), "29,000 units",
        "As of July, registrations have already surpassed 29,000 units — an increase from the 24,000 recorded for the entire previous year."));
    // negative, https://citylife.capetown/uncategorized/global-plug-in-electric-car-sales-almost-reach-monthly-record-in-june/331063/
    // (CityLife / EV-Volumes, 2023-08-07): cars "had been registered … in 2023" to June, the year's additions
    assertEquals("2023-01/2023-06", period(LocalDate.of(2023, 8, 7), "over 5.8 million plug-in electric cars",
        "As of June, over 5.8 million plug-in electric cars had been registered worldwide in 2023, making up approximately 15% of the total volume."));
  }

  @Test
  void aCumulativeCountWithoutAFlowWordStaysTheMonth() {
    // guard, https://www.nationthailand.com/business/40007926 (The Nation Thailand, 2021-12): the BEV stock on September 30
    assertEquals("2021-09", period(LocalDate.of(2021, 12, 6), "3,547 units",
        "“As of September 30, Thailand recorded cumulative number of BEVs (battery electric vehicles) at 3,547 units, increasing 92.56 per "
            + "cent from the previous year,” said club vice president and spokesman Surapong Pisitpattanapong."));
    // guard, https://www.steelorbis.com/steel-news/latest-news/motor-vehicles-in-china-amount-to-402-million-units-as-of-march-31-1240141.htm
    // (SteelOrbis, 2022-04-08): China's NEV fleet on March 31
    assertEquals("2022-03", period(LocalDate.of(2022, 4, 8), "8.915 million units",
        "As of March 31, the number of new energy vehicles in China amounted to 8.915 million units, accounting for 2.9 percent of overall "
            + "motor vehicles in the country."));
  }

  @Test
  void readAloneAMonthOfNoYearIsNoPeriod() {
    // alone (no page, no date): "As of February 1" names no year, so the fleet has no period to give.
    assertEquals(null, period(null, "8,366 units", "As of February 1, the number of registered electric cars stood at 8,366 units."));
  }

  @Test
  void theWordsStripOnlyAFleet() {
    assertEquals("the number of   reached 5.3 million",
        RegisteredFleets.withoutFleets("the number of registered motor vehicles reached 5.3 million"));
    // "newly registered" and "registered in" are additions: left for the flow test to see.
    assertEquals("newly registered vehicles rose", RegisteredFleets.withoutFleets("newly registered vehicles rose"));
    assertEquals("cars registered in June", RegisteredFleets.withoutFleets("cars registered in June"));
    assertEquals("Most EVs registered in March were cars", RegisteredFleets.withoutFleets("Most EVs registered in March were cars"));
  }
}
