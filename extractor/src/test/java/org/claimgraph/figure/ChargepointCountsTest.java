package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts of public chargepoints as UK statistics write them ("charge points", "charging points", "charging devices": the
 * unit `chargepoint` of the devset guidelines, counted-nouns.tsv), also behind modifiers that are themselves unit words
 * ("electric vehicle charging points" is not a count of vehicles). Sentences of publishers outside the development set,
 * the answer decided by the guidelines before the lexicon entries were written; the negatives keep "charging piles"
 * (China Daily's `charger`) and a count of devices that names no charging.
 */
class ChargepointCountsTest {


  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | quote | value | unit
      // pinkconnect.com (Department for Transport statistics, October 2020)
      "At 1 October 2020, there were 19,487 public electric vehicle charging devices available in the UK.|19,487 public electric vehicle charging devices|19487|chargepoint",
      // zap-map.com/news/over-120-charging-hubs-installed-h1-2024
      "The latest Zapmap figures, from the end of June 2024, show there are now more than 64,000 public charging devices available to EV drivers."
          + "|64,000 public charging devices|64000|chargepoint",
      "In 2023, for example, an average of 1,387 charging devices were installed each month across the UK.|1,387 charging devices|1387|chargepoint",
      // evfleetworld.co.uk/number-of-public-charge-points-up-35-reports-zap-map
      "As of the end of September 2022, there were 34,860 electric vehicle charging points across the UK.|34,860 electric vehicle charging points|34860|chargepoint",
      "When it comes to the most rapid electric vehicle charging points, the Tesla network leads the way, with 967 charge points and a 15.1% share."
          + "|967 charge points|967|chargepoint",
      // mobilityportal.eu/uk-surpasses-75000-charging-points/
      "Latest data from Zapmap shows that, as at the end of February, there are 75,675 charge points in the United Kingdom (UK).|75,675 charge points|75675|chargepoint",
      // forecourttrader.co.uk/latest-news/uk-hits-70000-public-ev-chargepoints-milestone/696279.article
      "As of September 2024, there are now 70,434 public charging devices available to EV drivers in the UK.|70,434 public charging devices|70434|chargepoint",
      // negatives: China's charging piles stay chargers; devices without "charging" stay devices
      "The country aims to add 3,000 charging piles and 5,000 charging parking spaces in highway service areas this year.|3,000 charging piles|3000|charger",
      "The figures represent a 32% year-on-year increase compared to February 2024, when 57,290 devices were recorded.|57,290 devices|57290|device"})
  void chargepoints(String sentence, String quote, double value, String unit) {
    Quantity q = Texts.quantity(sentence, quote);
    assertEquals(value, q.value(), 1e-9);
    assertEquals(unit, q.unit());
  }

  /**
   * Charging stations behind a vehicle word (value9; fresh8 "sanctioned 2,877 EV charging stations", "7,432 electric vehicle
   * public charging stations", read as vehicles): the station is the counted thing, unit `station` as the devset gold
   * writes it. Sentences of Charged Future, eHornet (Statista), EVwind (Navigant Research), Great River Energy (University of
   * Michigan), the answer decided before the lexicon rows were written.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // chargedfuture.com/ev-charging-infrastructure/
      "In 2011, there were only 2,100 EV charging stations (sites).|2,100 EV charging stations|2100|station",
      // ehornet.eu/2022/05/18/cybersecurity-threats-of-ev-charging-stations/
      "In January 2022, there were almost 113,600 charging stations for electric vehicles in the United States.|113,600 charging stations|113600|station",
      // evwind.es/2013/10/02/nearly-64000-public-charging-stations-for-electric-vehicles-have-been-installed-worldwide/36404
      "According to a new tracker report from Navigant Research, there are now almost 64,000 public charging stations installed globally."
          + "|64,000 public charging stations|64000|station",
      // greatriverenergy.com/electric-vehicle-charging-census-conducted/
      "China, meanwhile, boasted 190,000 EV charging points, with plans in place to expand the network to 800,000.|190,000 EV charging points|190000|chargepoint",
      // written for the test (the fresh8 shape): a vehicle word, then a modifier, then the compound
      "The researchers counted 4,300 EV public charging stations in the state.|4,300 EV public charging stations|4300|station"})
  void chargingStations(String sentence, String quote, double value, String unit) {
    chargepoints(sentence, quote, value, unit);
  }

  /**
   * A short form in brackets between the vehicle word and the compound ("electric vehicle (EV) charging stations") is an
   * aside: the stations are still what is counted (fresh23 The Sun Malaysia, fresh22 The Filipino Times read as vehicles).
   * The negatives: a bracketed short form that the unit itself owns ("335 megawatt (MW) power plant" stays megawatt) and a
   * plural vehicle word before the brackets ("9.1 million electric vehicles (EVs) were sold" stays vehicle).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // thesun.my (fresh23 f23-e-05)
      "BANGKOK: Malaysia is targeting to establish 10,000 electric vehicle (EV) charging stations nationwide by the end of 2025, according to Deputy Prime Minister Datuk Seri Fadillah Yusof."
          + "|10,000 electric vehicle (EV) charging stations|10000|station",
      // diteksurgeprotection.com/blog/blogger/craig-whitehouse (outside the devset)
      "However, the government's $2 trillion infrastructure bill calls for a whopping 500,000 electric vehicle (EV) charging stations by 2030."
          + "|500,000 electric vehicle (EV) charging stations|500000|station",
      // negatives: the bracketed short form is the unit's own; a plural vehicle word is the counted noun
      "The company plans a 335 megawatt (MW) power plant at the smelter.|335 megawatt|335|MW",
      "In 2023, 9.1 million electric vehicles (EVs) were sold worldwide.|9.1 million electric vehicles|9100000|vehicle"})
  void acronymAside(String sentence, String quote, double value, String unit) {
    chargepoints(sentence, quote, value, unit);
  }
}
