package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How much of a material a thing takes ("6-9kg of manganese is used per ton of steel", "requiring over 8,000 kg of copper per
 * MW") and what share of a material goes to a use ("90 percent of manganese is used to create steel") are facts about the
 * material, not about the country a page is on: the gold gives them no place (resourcescorner, gstimes, ferroalloys, ssyglobal:
 * 6 figures on 4 publishers read with the page's country). Sentences of publishers outside the devset (search tool, pages); the
 * expected values were written before the rule. Each page's context lines are its own sentences.
 */
class MaterialUsesTest {

  /** Outlook India, 2024-10-04, https://www.outlookindia.com/hub4business/copper-the-backbone-of-indias-renewable-energy-revolution-amidst-soaring-demand-and-supply-challenges */
  private static final String OUTLOOK_INDIA = "According to S&P Global, energy transition-related applications are anticipated to "
      + "account for nearly 21 million metric tons (MMt) of total demand by 2035 in India.";
  private static final String OUTLOOK_PER_MW = "Furthermore, offshore wind farms require about five metric tons of copper per megawatt "
      + "(MW) of installed capacity, while solar facilities consume around 2.3 metric tons per MW.";
  /** Press Alchemy, https://pressalchemy.com/indias-copper-demand-surge-driven-by-clean-energy-projects/ */
  private static final String ALCHEMY_INDIA = "India is witnessing a surge in copper demand, projected to grow by 7% annually, driven by "
      + "ambitious infrastructure development and clean energy initiatives.";
  private static final String ALCHEMY_SOLAR = "Solar power facilities require approximately 2.3 metric tons of copper per megawatt (MW) "
      + "of installed capacity.";
  private static final String ALCHEMY_OFFSHORE = "Offshore wind farms consume nearly five metric tons of copper per MW.";
  private static final String ALCHEMY_OUTPUT = "India’s annual refined copper production stands at approximately 555,000 tonnes, while "
      + "domestic consumption exceeds 750,000 tonnes.";
  /** The Secretariat, https://thesecretariat.in/article/the-race-to-tap-copper-resources-is-hotting-up-as-the-world-moves-towards-a-renewable-future */
  private static final String SECRETARIAT_INDIA = "India has set a target to reduce the carbon intensity of the nation’s economy to less "
      + "than 45 per cent by the end of the decade.";
  private static final String SECRETARIAT_EVERY_MW = "For instance, Copper Development Association has pegged copper demand from solar "
      + "installations at about 5.5 tonnes for every megawatt (MW), while onshore and offshore wind turbines will require 3.52 tonnes "
      + "and 9.56 tonnes of copper, respectively.";
  /** Alizee World (Oilprice), https://alizee-world.com/offshore-wind-requires-63000-lbs-of-copper-per-turbine/ */
  private static final String ALIZEE_CHINA = "By the end of the week, however, it had slowed down China’s efforts to curb the recovery in "
      + "the commodities market.";
  private static final String ALIZEE_EVERY_MW = "Offshore wind turbines require 8 tonnes of copper for every megawatt of generating "
      + "capacity, noted Petkova.";
  /** Business Standard, 2017-10-30, http://www.business-standard.com/article/international/could-chile-be-the-new-saudi-arabia-of-e-age-117103000056_1.html */
  private static final String BS_CHILE = "Chile has reserves of around 7.5 million tonnes slumbering under its surface.";
  private static final String BS_BATTERIES = "While smartphone batteries use some 3 gm of lithium, standard e-car batteries can use 10 kg "
      + "of lithium.";
  /** Hard Assets Investor on ETF.com, 2009-07-28, https://www.etf.com/sections/features-and-news/1682-manganese-an-unsung-hero */
  private static final String ETF_US = "All steels contain it. And the U.S. is 100% reliant on imports of it.";
  private static final String ETF_USE = "Both historically and currently, the greatest use of manganese - about 90% - is for production "
      + "of steel and cast iron, for which no suitable substitute for the metal has yet been found.";

  @Test
  void materialPerUnitOfAnotherThingHasNoPlaceOnACountrysPage() {
    LocalDate oct = LocalDate.of(2024, 10, 4);
    // about five metric tons: amount, tonne, copper required per MW of offshore wind capacity, no place ("around 2.3 metric tons
    // per MW" after it is read as tonne/MW, a unit of its own, and has none already).
    assertEquals(List.of(), Texts.place(oct, "about five metric tons", OUTLOOK_INDIA + " " + OUTLOOK_PER_MW));
    LocalDate dec = LocalDate.of(2024, 12, 2);
    assertEquals(List.of(), Texts.place(dec, "approximately 2.3 metric tons", ALCHEMY_INDIA + " " + ALCHEMY_SOLAR));
    assertEquals(List.of(), Texts.place(dec, "nearly five metric tons", ALCHEMY_INDIA + " " + ALCHEMY_OFFSHORE));
    // 5.5 tonnes: copper demand per MW of solar installations, no place ("for every").
    assertEquals(List.of(), Texts.place(LocalDate.of(2025, 5, 2), "about 5.5 tonnes", SECRETARIAT_INDIA + " " + SECRETARIAT_EVERY_MW));
    // 8 tonnes: copper per MW of offshore wind capacity, no place (the page names China before).
    assertEquals(List.of(), Texts.place(LocalDate.of(2021, 5, 17), "8 tonnes", ALIZEE_CHINA + " " + ALIZEE_EVERY_MW));
  }

  @Test
  void whatAGenericProductTakesHasNoPlace() {
    LocalDate d = LocalDate.of(2017, 10, 30);
    // 10 kg: lithium per standard e-car battery, no place (a Chile page); 3 gm: lithium per smartphone battery, no place.
    assertEquals(List.of(), Texts.place(d, "10 kg", BS_CHILE + " " + BS_BATTERIES));
  }

  @Test
  void aMaterialsMainUseHasNoPlace() {
    // about 90%: share of manganese used for steel and cast iron, no place (a page on US import reliance).
    assertEquals(List.of(), Texts.place(LocalDate.of(2009, 7, 28), "about 90%", ETF_US + " " + ETF_USE));
  }

  @Test
  void aCountrysOwnFiguresKeepTheirPlace() {
    // Negatives: the country's production and consumption, named in the sentence, stay India's; a rate per year is an output, not
    // a material's use (constructed, on a Zambian page: the page's country is carried as before).
    LocalDate dec = LocalDate.of(2024, 12, 2);
    assertEquals(List.of("IN"), Texts.place(dec, "750,000 tonnes", ALCHEMY_INDIA + " " + ALCHEMY_OUTPUT));
    assertEquals(List.of("CL"), Texts.place(LocalDate.of(2017, 10, 30), "around 7.5 million tonnes", BS_CHILE));
    String zambia = "Zambia's copper output rose last year on new mines in the Copperbelt. The new mine will produce 40,000 tonnes "
        + "of copper per year from 2026.";
    assertEquals(List.of("ZM"), Texts.place(LocalDate.of(2025, 3, 1), "40,000 tonnes", zambia));
  }

  @Test
  void aSentenceReadAloneGetsNoPlaceNorPeriod() {
    Figure f = PeriodRulesTest.figure(Texts.figures(null, ALCHEMY_OFFSHORE), "nearly five metric tons");
    assertEquals(List.of(), f.place());
    assertNull(f.period());
  }
}
