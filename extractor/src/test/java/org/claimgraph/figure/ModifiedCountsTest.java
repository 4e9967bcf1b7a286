package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The counted noun of a number may stand behind three modifiers ("1,849 high power public chargers", "2,200 individual DC fast
 * chargers", kind11, round 11): a count of chargers is chargers, not the vehicles an EV page otherwise counts. The first runs of
 * fresh, fresh3, fresh4, fresh7, fresh8 and fresh9 read chargers as vehicles or another noun; three of today's are counts behind
 * three modifiers. Sentences of publishers outside the development set (Electrify America's release as four outlets printed it,
 * and the NREL study as tasnimpub printed it).
 */
class ModifiedCountsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // just-auto.com/news/electrify-america-passes-500-site-milestone/
      "2020-11-11|With more than 2,200 individual DC fast chargers nationwide, Electrify America is delivering on its commitment to make EV ownership more convenient than ever.|more than 2,200 individual DC fast chargers|charger",
      // electrek.co/2020/11/10/electrify-americas-electric-car-fast-charging-reaches-milestone-500-stations/
      "2020-11-10|Electrify America announced it has opened more than 500 electric vehicle (EV) charging stations across the U.S., surpassing a significant milestone in the company’s expansion. With more than 2,200 individual DC fast chargers nationwide, Electrify America is delivering on its commitment to make EV ownership more convenient than ever.|more than 2,200 individual DC fast chargers|charger",
      // carandbike.com/news/electrify-america-now-has-500-charging-stations-in-usa-2323816
      "2020-11-11|Electrify America has 2,200 DC fast chargers across USA.|2,200 DC fast chargers|charger",
      // topnews.us/content/264662-electrify-america-s-dc-fast-charging-network-surpasses-500-stations
      "2020-11-11|The Reston, Virginia-headquartered entity is now the largest network of fast-charging stations in the U.S., with more than five hundred EV charging stations containing 2,200 individual DC fast chargers across the nation.|2,200 individual DC fast chargers|charger",
      // tasnimpub.com/federal-research-lays-out-us-charging-wants-by-2030/
      "2023-06-27|Researchers estimate that a national charging network would require 182,000 publicly-accessible DC fast-charging ports by 2030.|182,000 publicly-accessible DC fast-charging ports|port"})
  void aCountedNounBehindThreeModifiers(String date, String sentence, String quote, String unit) {
    Figure f = PeriodRulesTest.figure(Texts.figures(LocalDate.parse(date), sentence), quote);
    assertEquals(unit, f.quantity().unit());
  }
}
