package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The world named as a yardstick (a rank against the world, a scale or standard of the world, an aside about the world's
 * market stating no number) is no scope of a national page's figures: the page's country carries to them (round 37, place37;
 * devset/GUIDELINES.md "Places": the page's country carries to a sentence naming none). Sentences written for this test in the
 * manner of a Finnish geoscience magazine, an African business wire and a Balkan mining outlet; the world as a scope stays
 * the world's.
 */
class WorldYardsticksTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 3);

  private static List<String> place(String title, String quote, String... paragraphs) {
    return Texts.figuresUnder(DATE, title, paragraphs).stream().filter(f -> f.evidence().quote().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + quote)).place();
  }

  @Test
  void aScaleOfTheWorldIsNoScope() {
    assertEquals(List.of("FI"), place("Finland aims to lead in battery production", "170,000 tons",
        "Finland has large nickel deposits in Sotkamo.",
        "The planned production capacity is high, even on an international scale: 170,000 tons of nickel sulphate per year."));
  }

  @Test
  void aRankAgainstTheWorldIsNoScope() {
    // The lede ranks the country's project against the world: no page about the world's market.
    assertEquals(List.of("ML"), place("Mali to start domestic production of lithium", "18 months",
        "Mali's Goulamina deposit is one of the largest lithium deposits in the world, the mines minister said.",
        "Construction should start in the second quarter and last 18 months, after which production will start."));
  }

  @Test
  void anAsideAboutTheWorldsMarketIsNoScope() {
    assertEquals(List.of("RS"), place("Jadar lithium project in Serbia might go to a referendum", "58,000 tonnes",
        "Serbia's government is weighing a vote on the Jadar project.",
        "The project is designed to produce 58,000 tonnes of lithium carbonate a year — for which global demand is growing in the "
            + "electric vehicle sector — as well as boric acid."));
  }

  @Test
  void theWorldAsTheScopeStaysTheWorlds() {
    // Negative: the world's own sales on a national page, and an aside that states a number, keep no country.
    assertEquals(List.of(), place("Japan's electric car sales jump", "25%",
        "Japan's battery electric car sales rose in the first half.",
        "Global EV sales rose 25% in the period."));
    assertEquals(List.of(), place("Japan's electric car sales jump", "25%",
        "Japan's battery electric car sales rose in the first half.",
        "Electric cars sold worldwide rose 25% in the period, the largest gain in years."));
    String aside = "Sales — up 5% worldwide — rose.";
    assertEquals(aside, WorldYardsticks.without(aside));
    assertEquals("Output is high, even " + " ".repeat("on an international scale".length()) + ": 170,000 tons.",
        WorldYardsticks.without("Output is high, even on an international scale: 170,000 tons."));
  }
}
