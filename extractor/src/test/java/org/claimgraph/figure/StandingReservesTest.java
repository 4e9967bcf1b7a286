package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mineral reserve or a share of the world's reserves is a general fact with no period, unless its sentence ties a time to it
 * (GUIDELINES: reserves and resource shares keep no period). Development-set sentences (the gold gives them no period: bellona,
 * w3wiki, nghiencuubiendong, countrystudies, africangreenminerals; and 2021 for "… in 2021") and sentences of publishers outside
 * the development set (search tool, corpus pages), the expected readings written down before the rule.
 */
class StandingReservesTest {

  /** A sentence, the figure quoted in it, its unit and kind, and whether the rule reads it as an undated reserve. */
  private record Case(String sentence, String quote, String unit, Kind kind, boolean undated) {}

  private static boolean undated(Case c) {
    int at = c.sentence().indexOf(c.quote());
    return StandingReserves.undated(c.sentence(), at, at + c.quote().length(),
        new Quantity(1, null, c.unit(), null, ' ', at, at + c.quote().length()), c.kind(),
        new PeriodResolver().find(c.sentence(), new PeriodResolver.Context(null, 2023)));
  }

  private static final List<Case> CASES = List.of(
      // https://worldpopulationreview.com/country-rankings/lithium-production-by-country (World Population Review): no period.
      new Case("However, the largest lithium reserves, around 9 million tons, are located in Chile.", "9 million tons", "tonne",
          Kind.AMOUNT, true),
      // https://classcycles.fr/22_Feb_2012_9661.html (a Statista rewrite): reserves no period; last year's output is a flow.
      new Case("Australia's lithium reserves stand at 4.8 million metric tons, the majority of which are found in Western Australia.",
          "4.8 million metric tons", "tonne", Kind.AMOUNT, true),
      new Case("China holds lithium reserves of 3 million metric tons.", "3 million metric tons", "tonne", Kind.AMOUNT, true),
      new Case("Last year it produced 33,000 MT of the mineral, a 7,400 MT increase from the previous year.", "33,000 MT", "tonne",
          Kind.AMOUNT, false),
      // https://www.statista.com/statistics/268790/countries-with-the-largest-lithium-reserves-worldwide (Statista): a sentence that
      // opens with its year dates its reserve.
      new Case("In 2024, reserves of lithium in Chile amounted to an estimated 9.3 million metric tons, the largest worldwide.",
          "9.3 million metric tons", "tonne", Kind.AMOUNT, false),
      // http://www.energyglobalnews.com/oil-reserves-meet-50-years-production/ (Energy Global News): a share of reserves, no period;
      // one "in 2016" keeps it.
      new Case("OPEC countries currently hold 71.5% of global proved reserves.", "71.5%", "percent", Kind.SHARE, true),
      new Case("47.7% of the proved reserves in 2016 come from the Middle East, 32.5% from North, Central and South America.", "47.7%",
          "percent", Kind.SHARE, false),
      // https://www.themoscowtimes.com/2012/06/14/bp-calculates-global-energy-reserves-a15440 (The Moscow Times): no period.
      new Case("Venezuela now holds 18 percent of the world's reserves, according to BP data.", "18 percent", "percent", Kind.SHARE, true),
      // Development set: f11-m-06 (Bellona), f25-m-04 (w3wiki), f23-m-05 (countrystudies), f12-m-06 (ferroalloys): no period.
      new Case("The Central Asian nation has 30 percent of the world's uranium reserves and is currently the fourth biggest uranium "
          + "producer, according to KazAtomProm.", "30 percent", "percent", Kind.SHARE, true),
      new Case("The country’s rare earth reserves are 21,000,000 MT.", "21,000,000 MT", "tonne", Kind.AMOUNT, true),
      new Case("Ghana has reserves exceeding 60 million tons, and considerable rehabilitation of the sector took place in the 1980s.",
          "60 million tons", "tonne", Kind.AMOUNT, true),
      new Case("South African holds 150 million tonnes of manganese in reserve, and between 2013 and 2014, its production of the metal "
          + "increased by 400,000 tonnes between 2013 and 2014 .", "150 million tonnes", "tonne", Kind.AMOUNT, true),
      // f24-m-15 (nghiencuubiendong): the report's year is not the reserve's; the production share is left alone.
      new Case("According to the U.S. Geological Survey (USGS) report in 2019, Vietnam was the world’s second-largest producer of "
          + "tungsten, accounting for 5.4% of global production and 2.8% of global reserves.", "2.8%", "percent", Kind.SHARE, true),
      new Case("According to the U.S. Geological Survey (USGS) report in 2019, Vietnam was the world’s second-largest producer of "
          + "tungsten, accounting for 5.4% of global production and 2.8% of global reserves.", "5.4%", "percent", Kind.SHARE, false),
      // f12-m-04 (africangreenminerals) and heldout m-16 (SMM): a time tied to the reserve stays (gold 2021, 2024).
      new Case("Tanzania held reserves of 18 million metric tons, accounting for 5% of global graphite reserves in 2021.",
          "18 million metric tons", "tonne", Kind.AMOUNT, false),
      new Case("According to USGS data, global tungsten reserves stood at 4.6 million metal tons as of 2024, with China holding 2.4 "
          + "million tons.", "4.6 million metal tons", "tonne", Kind.AMOUNT, false),
      // review31a: a central bank's gold reserves at a month's end are a holding of that month, not a deposit in the ground:
      // https://www.fxstreet.com/news/chinas-gold-reserves-stood-at-6264m-ounces-at-the-end-of-may-xinhua-202006080623 (FXStreet),
      // http://en.xfafinance.com/html/Markets/Commodities/2015/119037.shtml (XFA Finance).
      new Case("According to the latest report published by the People's Bank of China (PBOC) on Sunday, China's gold reserves stood at "
          + "62.64 million ounces at the end of May, per Xinhua news agency.", "62.64 million ounces", "troy-ounce", Kind.AMOUNT, false),
      new Case("The People's Bank of China, China's central bank, announced on Friday that the country's gold reserves stood at 53.31 "
          + "million ounces at the end of June, up 19.42 million ounces or 604 tonnes from the end of April, 2009.",
          "53.31 million ounces", "troy-ounce", Kind.AMOUNT, false),
      // … and gold added to them is a flow of its month: https://newsletter.mw.creamermedia.com/article/central-bank-gold-buying-picked-up-in-may-2025-07-04
      // (Creamer Media), https://www.fxstreet.com/analysis/central-banks-stockpiled-more-gold-in-may-202507032050 (FXStreet).
      new Case("The National Bank of Kazakhstan (NBK) reported adding 7 t of gold to its reserves in May, lifting these to 299 t.", "7 t",
          "tonne", Kind.AMOUNT, false),
      new Case("The National Bank of Kazakhstan was the biggest buyer in May, adding 7 tonnes of gold to its reserves.", "7 tonnes",
          "tonne", Kind.AMOUNT, false),
      // A purchase for the reserves: http://cnchemicals.cn/Product/Release/16439-china_issues_tender_to_stockpile_aluminum.html
      // (CnChemicals, after Reuters).
      new Case("According to earlier report by Reuters, China's influential state planner could buy around 400,000 tons of primary "
          + "aluminum ingots and 165,000 tons of refined copper as state reserves.", "165,000 tons", "tonne", Kind.AMOUNT, false),
      // A purchase in a clause before the reserves (adapted from Bloomberg's "… in 2020 when it bought 2,000 tons of the metal for
      // its strategic commodity reserves", https://finance.yahoo.com/news/china-said-boost-state-cobalt-102230607.html): a fronted
      // "Last year," dates it, and the comma parts it from the reserves after.
      new Case("Last year, China bought 2,000 tons of cobalt, adding to its strategic reserves.", "2,000 tons", "tonne", Kind.AMOUNT,
          false),
      // f15-m-01 (miningtopnews): warehouse reserves of days of use are a stock of a time (gold 2006), not a deposit.
      new Case("Copper fell the most in three weeks, cutting reserves in warehouses to less than two days of global consumption.",
          "two days", "day", Kind.AMOUNT, false));

  @Test
  void reservesAreReadAsSuchAndNothingElse() {
    for (Case c : CASES) assertEquals(c.undated(), undated(c), c.quote() + " in: " + c.sentence());
  }
}
