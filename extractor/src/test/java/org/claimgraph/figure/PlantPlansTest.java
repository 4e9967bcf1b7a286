package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plant's capacity ("will have an annual production capacity of around 60,000 tonnes", "a plant with 50,000 tonnes per annum
 * capacity") and a planned investment or cost ("is planning to invest $650 million", "would cost US$1 billion") are what a plant
 * can do or what a plan will spend, not data of a period: stating no period of their own they take none from the text around
 * them (the gold: evek's "capacity can reach a maximum of 9 million tons", nai500's "full capacity of 350 kt", thehawk's "capacity
 * expansion plan of 25,000 tonnes per annum" and "total investment … is estimated at Rs 600 crore", indonesiainvestments' "plan to
 * invest IDR 52.4 trillion": all no period). A capacity installed or added is a flow of its period, and a capacity the sentence says
 * holds now is the present's: both are left alone. Sentences of publishers outside the development set (search tool, corpus pages),
 * the expected periods written down before the rule.
 */
class PlantPlansTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  /** Whether the rule reads the amount {@code quote} in {@code unit} of {@code sentence} as a plant's capacity or a plan's spending. */
  private static boolean undated(String sentence, String quote, String unit) {
    int at = sentence.indexOf(quote);
    return PlantPlans.undated(sentence, at, at + quote.length(), new Quantity(1, null, unit, null, ' ', at, at + quote.length()), Kind.AMOUNT,
        new PeriodResolver().find(sentence, new PeriodResolver.Context(null, 2023)));
  }

  /** The figure quoted {@code quote} of the page of {@code paragraphs} dated {@code date} has no period. */
  private static void noPeriod(LocalDate date, String quote, String... paragraphs) {
    assertNull(period(date, quote, paragraphs));
  }

  /** Each figure of {@code quotes} of the page of {@code paragraphs} dated {@code date} has no period. */
  private static void noPeriods(LocalDate date, List<String> quotes, String... paragraphs) {
    for (String quote : quotes) noPeriod(date, quote, paragraphs);
  }

  /** A sentence of an outside publisher, the amount quoted in it, its unit, and whether the rule reads it as a capacity or a plan. */
  private record Case(String sentence, String quote, String unit, boolean plan) {}

  private static final String VALE = "The new plant, estimated to cost around $1.8 billion, will have an annual production capacity of around "
      + "60,000 tonnes of nickel in mixed hydroxide precipitate (MHP).";
  // https://cen.acs.org/energy/energy-storage-/Tesla-plans-big-US-battery/101/i4 (C&EN): "adding 100 GW h of … capacity" is an
  // addition and "its current capacity of 35 GW h" the present's: left alone.
  private static final String TESLA = "The electric carmaker Tesla is adding 100 GW h of battery production capacity at its Nevada "
      + "manufacturing facility, nearly quadrupling its current capacity of 35 GW h.";

  private static final List<Case> CASES = List.of(
      // The outside sentences of the tests below, read by the rule itself.
      new Case(VALE, "around 60,000 tonnes", "tonne", true),
      new Case(VALE, "around $1.8 billion", "USD", true),
      new Case("Once fully commissioned, the two-stage plant will have the capacity to produce around 48,000 tonnes of battery grade "
          + "lithium hydroxide each year.", "around 48,000 tonnes", "tonne", true),
      new Case("The plan is to set up a plant with 50,000 tonnes per annum capacity, though the company is yet to decide the exact "
          + "location where it will come up.", "50,000 tonnes per annum", "tonne/year", true),
      new Case("Hainan Mining said it will be investing US$164 million in a plant that will produce battery-grade lithium hydroxide.",
          "US$164 million", "USD", true),
      new Case("Mining firm Canada Nickel Co Inc. plans to develop a nickel processing plant in Ontario that would cost US$1 billion.",
          "US$1 billion", "USD", true),
      // https://secure.northernminer.com/?p=1003861071 (The Northern Miner): "plans to invest an additional US$720 million".
      new Case("Chile’s Codelco, the world’s top copper producer, plans to invest an additional US$720 million ($985.6 million) "
          + "revamping its century-old Chuquicamata copper mine.", "US$720 million", "USD", true),
      // https://mining-technology.com/newsletters/codelco-720m-chilean-copper (Mining Technology): "an additional investment of $720m";
      // money already spent is no plan.
      new Case("Chile’s Codelco is planning to make an additional investment of $720m to overhaul the Chuquicamata copper mine located "
          + "1,650km north of Santiago, Chile, reported Reuters.", "$720m", "USD", true),
      new Case("Chilean state-owned copper mining company has already invested $5.7bn to transform the Chuquicamata open-pit copper mine "
          + "into an underground mine, reported Bloomberg News.", "$5.7bn", "USD", false),
      // The spending's noun and "of" right before the money (fresh27 f27-m-11, yosefardi: "with investment cost of US$61 million or
      // Rp793 billion", both gold null; the second amount is the first one's in another currency).
      new Case("PT Macika Mineral Industri will also produce 53,680 tons of ferrinickel with investment cost of US$61 million or Rp793 "
          + "billion.", "US$61 million", "USD", true),
      new Case("PT Macika Mineral Industri will also produce 53,680 tons of ferrinickel with investment cost of US$61 million or Rp793 "
          + "billion.", "Rp793 billion", "IDR", true),
      // https://global.chinadaily.com.cn/bizchina/2006-04/26/content_577175.htm (China Daily, 2006-04-26): "a total investment of 10
      // billion yuan (US$1.2 billion)".
      new Case("The project will be divided into two phases and is expected to involve a total investment of 10 billion yuan (US$1.2 "
          + "billion), Li Hao said.", "10 billion yuan", "CNY", true),
      new Case("The project will be divided into two phases and is expected to involve a total investment of 10 billion yuan (US$1.2 "
          + "billion), Li Hao said.", "US$1.2 billion", "USD", true),
      // https://www.htsyndication.com/pivotal-sources/article/tata-chemicals-to-invest-rs-515-crore-in-greenfield-facility-in-tamil-nadu/97433494
      // (HT Syndication): "announced an investment of Rs 515 crore".
      new Case("Tata Chemicals has announced an investment of Rs 515 crore to set up a new greenfield manufacturing facility in Tamil "
          + "Nadu.", "Rs 515 crore", "INR", true),
      // A cost of sales is a flow of its period, no plan's spending.
      new Case("Revenue rose to $5 billion, while the cost of sales was $3 billion.", "$3 billion", "USD", false),
      new Case(TESLA, "100 GW h", "GWh", false),
      new Case(TESLA, "35 GW h", "GWh", false),
      // https://www.fastmarkets.com/insights/neometals-lithium-spodumene-production-up-slightly-in-q3-2018 (Fastmarkets, 2018-11-06):
      // a quarter's output is no capacity.
      new Case("Neometals increased its output by about 1.68%, producing 111,023 tonnes of lithium spodumene in the quarter, compared "
          + "with 109,183 tonnes produced in April-June.", "111,023 tonnes", "tonne", false));

  @Test
  void capacitiesAndPlannedSpendingAreReadAsSuchAndNothingElse() {
    for (Case c : CASES) assertEquals(c.plan(), undated(c.sentence(), c.quote(), c.unit()), c.quote() + " in: " + c.sentence());
  }

  @Test
  void aPlantsCapacityTakesNoPeriodFromTheTextBefore() {
    // https://republicofmining.com/2022/09/15/vale-indonesia-embarks-on-8-6bn-nickel-projects-with-chinese-firms-by-erwida-maulia-nikkei-asia-september-14-2022/
    // (Nikkei Asia, 2022-09-14): 60,000 tonnes, amount, capacity, no period; $1.8 billion, the plant's estimated cost, no period.
    noPeriods(LocalDate.of(2022, 9, 14), List.of("around 60,000 tonnes", "around $1.8 billion"),
        "Vale Indonesia on Tuesday signed a preliminary agreement for the latest of the three projects — all on the island of Sulawesi "
            + "— with Huayou.",
        "The new plant, estimated to cost around $1.8 billion, will have an annual production capacity of around 60,000 tonnes of nickel "
            + "in mixed hydroxide precipitate (MHP), an intermediate product for electric vehicle battery materials.");
    // https://forexmart.com/sk/economic-news/article/13869 (ForexMart): 120 thousand tons a year, capacity, no period (not the
    // completion year of the sentence before).
    noPeriod(null, "up to 120 thousand tons",
        "The project is expected to be completed by the end of 2025. It is reported that the new plant will have a production capacity of "
            + "up to 120 thousand tons of nickel per year, which will make it the largest in the world.");
    // https://australianmanufacturing.com.au/?p=78175 (Australian Manufacturing): 48,000 tonnes a year, capacity, no period.
    noPeriod(null, "around 48,000 tonnes",
        "Chinese manufacturing company Tianqi Lithium has launched a new lithium hydroxide plant in Kwinana – the largest of its kind in "
            + "the world. Once fully commissioned, the two-stage plant will have the capacity to produce around 48,000 tonnes of battery "
            + "grade lithium hydroxide each year.");
    // https://etn.news/iesa-contacts-menu/5771-heg-advanced-carbons-company-graphite-anode-india (ETN News): the planned anode
    // plant's 20,000 tonnes a year has no period.
    noPeriod(null, "20,000 metric tonnes per year",
        "HEG says that the investment will be made in two phases, with the first phase expected to be operational by 2025 with an "
            + "investment of ₹ 900 crores.",
        "The company intends to build TACC as a cutting-edge facility on more than 100 acres of land, where it would set up an anode plant "
            + "with a production capacity of 20,000 metric tonnes per year.");
  }

  @Test
  void aCapacityAfterItsFigureAndAPlannedInvestmentTakeNoPeriod() {
    // https://www.deccanherald.com/business/business-news/indian-company-forays-into-usa-s-ev-battery-component-sector-1231369.html
    // (Deccan Herald, 2023-06-26): $650 million, a planned investment, no period; 50,000 tonnes per annum, capacity, no period.
    noPeriods(LocalDate.of(2023, 6, 26), List.of("$650 million", "50,000 tonnes per annum"),
        "The investment was first announced as part of a joint statement by Prime Minister Narendra Modi and US President Joe Biden "
            + "during the former’s recent visit to the country in June.",
        "Mumbai-based battery materials company Epsilon Advanced Materials Pvt Ltd (EAM) proposes to invest $650 million in the US to "
            + "manufacture synthetic graphite anode, used in lithium-ion batteries, The plan is to set up a plant with 50,000 tonnes per "
            + "annum capacity, though the company is yet to decide the exact location where it will come up.");
    // https://www.asiaminer.com/news/latest-news/10806-chinese-iron-ore-producer-betting-on-lithium.html (Asia Miner, Reuters):
    // US$164 million, a planned investment, no period.
    noPeriod(LocalDate.of(2021, 8, 25), "US$164 million",
        "Chinese iron ore miner Hainan Mining said it will be investing US$164 million in a plant that will produce battery-grade lithium "
            + "hydroxide as electric vehicle demand rises.");
    // https://ampvideo.bnnbloomberg.ca/canadian-miner-plans-us-1-billion-nickel-processing-plant-for-evs-1.2032504 (BNN Bloomberg):
    // US$1 billion, a planned plant's cost, no period.
    noPeriod(null, "US$1 billion",
        "Mining firm Canada Nickel Co Inc. plans to develop a nickel processing plant in Ontario that would cost US$1 billion and be North "
            + "America’s largest once completed.");
  }

  @Test
  void aCapacityStatedForAYearOrForNowKeepsItsPeriod() {
    // https://cen.acs.org/energy/energy-storage-/Piedmont-plans-lithium-chemical-plant/100/i32 (C&EN, 2022-09-09): the capacity
    // "starting in 2025" is that year's (its own sentence states it).
    assertEquals("2025", period(LocalDate.of(2022, 9, 9), "30,000 metric tons",
        "Piedmont Lithium aims to build a lithium hydroxide plant in eastern Tennessee. The company says the $600 million facility would "
            + "have 30,000 metric tons of annual capacity starting in 2025."));
  }

  @Test
  void aPlannedInvestmentReadAloneHasNoPeriod() {
    // https://www.business-standard.com/amp/companies/news/epsilon-to-invest-650-mn-to-establish-ev-battery-components-facility-in-us-123062600509_1.html
    // (Business Standard, 2023-06-26), read alone with no page and no date: $650 million, amount, USD, no period, no credit.
    Figure f = figure(Texts.figures(null, "The battery materials company is planning to invest $650 million to set up the synthetic "
        + "graphite anode manufacturing facility."), "$650 million");
    assertNull(f.period());
    assertNull(f.attribution());
  }
}
