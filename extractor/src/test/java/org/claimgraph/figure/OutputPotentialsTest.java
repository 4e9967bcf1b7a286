package org.claimgraph.figure;

import static org.claimgraph.figure.PeriodRulesTest.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a plant, a mine or a vehicle can make or hold ("will be able to produce 150 Gigawatt hours", "It can accommodate more than 80
 * passengers", "which is expected to produce 175,000 units a year") is a potential, no data of a period: stating none of its own it
 * takes none from the text around it (the gold: nazgoz, richelleshop, anatoliatoday, seafarersrights' listed capacities; all no
 * period; the rule's counterparts in the gold with a period state it in their sentence: "would produce 233,000 tonnes of copper
 * this year", "will produce up to 11.8 million tonnes ... in 2015"). Sentences of publishers outside the development set (search
 * tool, corpus pages), the expected readings written down before the rule.
 */
class OutputPotentialsTest {

  /** A sentence of an outside publisher, the amount quoted in it, its unit, and whether the rule reads it as a potential. */
  private record Case(String sentence, String quote, String unit, boolean potential) {}

  /** Whether the rule reads the amount {@code quote} in {@code unit} of {@code sentence} as what something can make or hold. */
  private static boolean undated(String sentence, String quote, String unit) {
    int at = sentence.indexOf(quote);
    return OutputPotentials.undated(sentence, at, at + quote.length(), new Quantity(1, null, unit, null, ' ', at, at + quote.length()),
        Kind.AMOUNT, new PeriodResolver().find(sentence, new PeriodResolver.Context(null, 2023)));
  }

  // http://ec.newdu.com/h508830.html: two amounts of one "can churn out", listed.
  private static final String FACTORIES = "Between them, the two domestic factories can churn out a combined 530,000 cars and 30,000 "
      + "commercial vehicles a year.";

  private static final List<Case> CASES = List.of(
      // https://www.72hourbeijing.com/tesla-will-build-another-plant-in-shanghai-next-to-the-existing-one-it-will-be-able-to-produce-up-to-450000-electric-vehicles-a-year-20220505/
      // (72 Hour Beijing, 2022-05-05): 450,000, amount, vehicle, "up to", no period.
      new Case("Tesla will build another plant in Shanghai next to the existing one – it will be able to produce up to 450,000 electric "
          + "vehicles a year", "450,000 electric vehicles", "vehicle", true),
      // https://www.techkee.com/tesla-could-build-500000-vehicles-per-year-at-its-new-factory-in-germany-heres-how-the-companys-plants-compare-to-others-in-the-car-business-tsla/
      // (Techkee): 500,000, amount, vehicle, "up to", no period.
      new Case("The proposed Berlin factory could build up to 500,000 vehicles annually, making it a pretty serious operation.",
          "500,000 vehicles", "vehicle", true),
      // https://digitnews.in/teslas-new-facility-in-china-will-allow-the-company-to-produce-2-million-electric-vehicles-a-year/
      // (Digit News, 2022-07-06): 2 million, amount, vehicle, no period.
      new Case("According to the latest data, the second Tesla plant in Shanghai will ultimately allow the company to produce 2 million "
          + "electric vehicles a year in China.", "2 million electric vehicles", "vehicle", true),
      // https://argusmedia.com/en/news/2047068-mineral-commodities-advances-graphite-strategy (Argus): 52,000 t/yr, amount,
      // tonne/year, "around", no period (a planned rate).
      new Case("With a processing rate of 400,000 t/yr in the first six years and 500,000 t/yr in years seven to 14, the project is "
          + "expected to produce around 52,000 t/yr of graphite concentrate with a nominal grade of 95pc graphite.", "52,000 t/yr",
          "tonne/year", true),
      // https://resourcestockdigest.com/market-commentary/chinese-plan-400m-lithium-plant-at-kwinana (Resource Stock Digest):
      // 44,000t a year, amount, tonne, "about", no period (a planned rate).
      new Case("In addition to lithium hydroxide the plant will produce about 44,000t a year of sodium sulphate for export, along with "
          + "176,000t of aluminosilicate and 26,000t of gypsum as by-products to be sold into the local construction and agricultural "
          + "industries.", "44,000t", "tonne", true),
      // FACTORIES: 530,000 cars and 30,000 commercial vehicles, amounts, vehicle, "a combined", no period.
      new Case(FACTORIES, "530,000 cars", "vehicle", true),
      new Case(FACTORIES, "30,000 commercial vehicles", "vehicle", true),
      // https://argusmedia.com/en/news/2047068-mineral-commodities-advances-graphite-strategy (Argus): output so far is no potential.
      new Case("Skaland has been producing up to 10,000 t/yr of graphite concentrate, but regulatory approval has recently been raised "
          + "to 16,000 t/yr, providing Mineral Commodities with capacity for expansion.", "10,000 t/yr", "tonne/year", false),
      // https://digitnews.in/… (Digit News): a plan of a year the sentence states is that year's.
      new Case("Tesla aims to produce at least 1 million electric vehicles this year, but the main problem on the way to this goal is "
          + "the lack of components.", "1 million electric vehicles", "vehicle", false),
      // https://renewableenergymagazine.com/panorama/tesla-opens-much-anticipated-gigafactory-to-expand-20160727 (Renewable Energy
      // Magazine): a goal of a stated year.
      new Case("Tesla has been racing to get the Gigafactory into production to help fulfill its goal of building 500,000 vehicles a "
          + "year to by 2018.", "500,000 vehicles", "vehicle", false),
      // A planned amount with no rate after it ("will produce … in the quarter") is no potential.
      new Case("The refinery will produce 2,000 tonnes of cobalt, the company said.", "2,000 tonnes", "tonne", false));

  @Test
  void potentialsAndPlannedRatesAreReadAsSuchAndNothingElse() {
    for (Case c : CASES) assertEquals(c.potential(), undated(c.sentence(), c.quote(), c.unit()), c.quote() + " in: " + c.sentence());
  }

  @Test
  void whatAPlantIsDesignedOrAllowedToProduceTakesNoPeriodFromTheTextAround() {
    // https://digitnews.in/teslas-new-facility-in-china-will-allow-the-company-to-produce-2-million-electric-vehicles-a-year/
    // (Digit News, 2022-07-06): 450,000 and 2 million electric vehicles a year, amounts, "up to" for the first, no period (not the
    // page's month, which "is now the largest exporter" gives the sentence).
    String[] page = {"Designed to produce up to 450,000 electric vehicles a year, the Tesla plant in Shanghai is now the largest exporter of "
        + "these products, but rumors have long attributed to the company the further development of this site. According to the latest "
        + "data, the second Tesla plant in Shanghai will ultimately allow the company to produce 2 million electric vehicles a year in "
        + "China."};
    assertNull(PeriodRulesTest.period(LocalDate.of(2022, 7, 6), "up to 450,000 electric vehicles a year", page));
    assertNull(PeriodRulesTest.period(LocalDate.of(2022, 7, 6), "2 million electric vehicles a year", page));
  }

  @Test
  void aPropertysPotentialHasNoPeriodAndAPlanOfAStatedYearKeepsIt() {
    // https://agoracom-oldsite.dev.mwancloud.com/ir/Noront/forums/discussion/topics/197297-can-someone-explain-to-this-numbskull/messages/729048
    // (Natural Resources Canada's nickel review, quoted): 8000 t/y, amount, tonne/year, no period (not 2001, the year of the
    // sentence before); "In 2002, Falconbridge plans to produce 27 000 t" keeps 2002.
    String[] page = {"During 2001, mill throughput at the Raglan mine in Quebec increased to 3000 t/d, up 25%. Falconbridge completed the "
        + "purchase of the Montcalm property near Timmins, Ontario; the property has the potential to produce 8000 t/y of nickel in "
        + "concentrates from 5 Mt of ore.", "In 2002, Falconbridge plans to produce 27,000 t of nickel from Sudbury."};
    assertNull(PeriodRulesTest.period(LocalDate.of(2002, 3, 1), "8000 t/y", page));
    assertEquals("2002", PeriodRulesTest.period(LocalDate.of(2002, 3, 1), "27,000 t", page));
  }

  @Test
  void listedCapacitiesShareTheCapacityBeforeThem() {
    // http://www.strategystreet.com/tools/glossary_of_terms/capacity (Strategy Street): the capacities listed after "an output
    // capacity of" share it; here the sentence states its year, which they keep.
    String sentence = "For 1997, Maanshan maintained an output capacity of 3.8 million tons of pig iron, 3.2 million tons of crude steel "
        + "and 2.0 million tons of rolled-steel products.";
    assertEquals("For 1997, Maanshan maintained an output capacity of ",
        OutputPotentials.listHead(sentence.substring(0, sentence.indexOf("2.0 million"))));
    assertEquals("1997", PeriodRulesTest.period(null, "2.0 million tons", sentence));
  }

  @Test
  void aPotentialReadAloneHasNoPeriodAndNoCredit() {
    // https://www.techkee.com/… (Techkee), read alone with no page and no date: 500,000 vehicles, amount, "up to", no period, no credit.
    Figure f = figure(Texts.figures(null, "The proposed Berlin factory could build up to 500,000 vehicles annually, making it a pretty "
        + "serious operation."), "up to 500,000 vehicles annually");
    assertNull(f.period());
    assertNull(f.attribution());
  }
}
