package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Money right before the noun of a project, a plant or an industry ("the $1.4 billion Rajo Inca project", "Redwood Materials' $1
 * billion investment in a new plant", "the $87 billion industry") is what the project costs or is worth, no data of a period (the
 * gold: santiagochronicle, brandspur, autonews, arabnews, nazgoz: all no period). Sentences of publishers outside the development
 * set (search tool, corpus pages), the expected readings written down before the rule.
 */
class ProjectSizesTest {

  /** A sentence of an outside publisher, the money quoted in it, and whether the rule reads it as a project's size. */
  private record Case(String sentence, String quote, boolean size) {}

  private static boolean undated(String sentence, String quote) {
    int at = sentence.indexOf(quote);
    return ProjectSizes.undated(sentence, at, at + quote.length(), new Quantity(1, null, "USD", null, ' ', at, at + quote.length()),
        Kind.AMOUNT, new PeriodResolver().find(sentence, new PeriodResolver.Context(null, 2023)));
  }

  private static final List<Case> CASES = List.of(
      // https://www.greatmining.com/mining-news/biggest-copper-mining-project-in-decades-begins-production/ (Great Mining):
      // $3.5 billion, amount, USD, no period.
      new Case("The $3.5 billion El Teniente project, located in the Andes Mountains, is the largest copper mining project to come online "
          + "in over two decades.", "$3.5 billion", true),
      // https://www.australianmining.com.au/rio-and-bhp-submit-plans-to-develop-largest-us-copper-mine/ (Australian Mining):
      // $US6 billion, amount, USD, no period.
      new Case("Rio Tinto and BHP are finalising plans to submit in the US which seek to develop one of the world’s largest copper "
          + "deposits in a $US6 billion project.", "$US6 billion", true),
      // https://resourcestockdigest.com/market-commentary/chinese-plan-400m-lithium-plant-at-kwinana (Resource Stock Digest):
      // $400 million, amount, USD, no period.
      new Case("It is now pushing forward with plans to build a $400 million lithium hydroxide plant in Kwinana.", "$400 million", true),
      // https://nationalmedia.co/world/new-hope-for-ev-sales-sparked-by-new-400-million-factory-in-the-usa (National Media):
      // $400 million, amount, USD, no period.
      new Case("In a significant boost to the electric vehicle (EV) industry, plans for a new $400 million factory have been unveiled, "
          + "promising to drive innovation and accelerate the adoption of EVs in the United States.", "$400 million", true),
      // https://secure.northernminer.com/?p=1000162303 (The Northern Miner): $1-billion, amount, USD, no period.
      new Case("He says Inco would rather postpone the $1-billion smelter-refinery project, start mining as soon as possible, and ship "
          + "concentrates to its existing facilities at its operations in Sudbury, Ont., or to other smelters.", "$1", true),
      // https://mining.com/rio-tinto-bhp-a-step-closer-to-open-us-largest-copper-mine-94236 (MINING.COM): a price paid, a cost added.
      new Case("BHP Billiton bought Magma Copper in 1996 for $3.2 billion.", "$3.2 billion", false),
      new Case("Closure costs added another $800 million to the world’s number one miner’s most disastrous acquisition to date.",
          "$800 million", false),
      // https://seekingalpha.com/news/3490382-rio-bhp-arizona-copper-mine-moves-step-closer-development (Seeking Alpha, 2019-08-09):
      // money spent to develop a project is no size of it.
      new Case("The two companies will have spent more than $2B to develop and permit the project by 2020, which is the deadline for the "
          + "Forest Service to produce a final environmental impact survey.", "$2B", false));

  @Test
  void moneySizingAProjectIsReadAsSuchAndNothingElse() {
    for (Case c : CASES) assertEquals(c.size(), undated(c.sentence(), c.quote()), c.quote() + " in: " + c.sentence());
  }

  @Test
  void aFacilitysCostTakesNoPeriodItsSentenceStatesForItsCapacity() {
    // https://cen.acs.org/energy/energy-storage-/Piedmont-plans-lithium-chemical-plant/100/i32 (C&EN, 2022-09-09): the $600 million
    // facility's cost has no period; its capacity "starting in 2025" is 2025's.
    String page = "Piedmont Lithium aims to build a lithium hydroxide plant in eastern Tennessee. The company says the $600 million facility "
        + "would have 30,000 metric tons of annual capacity starting in 2025.";
    assertNull(PeriodRulesTest.period(LocalDate.of(2022, 9, 9), "$600 million", page));
    assertEquals("2025", PeriodRulesTest.period(LocalDate.of(2022, 9, 9), "30,000 metric tons", page));
  }

  @Test
  void aProjectsSizeReadAloneHasNoPeriodAndNoCredit() {
    // https://www.greatmining.com/… (Great Mining), read alone with no page and no date: $3.5 billion, no period, no credit.
    Figure f = figure(Texts.figures(null, "The $3.5 billion El Teniente project, located in the Andes Mountains, is the largest copper "
        + "mining project to come online in over two decades."), "$3.5 billion");
    assertNull(f.period());
    assertNull(f.attribution());
  }
}
