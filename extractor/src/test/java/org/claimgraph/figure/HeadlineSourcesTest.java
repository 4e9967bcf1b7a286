package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * The source a page's headline names covers the figures of a body that names none (GUIDELINES' fresh14 call, attribution rule
 * 3; credit34a): "…, Says ICSG" over "Preliminary data indicates …", "CLEAN: Key Findings" over a list of findings, "… –
 * CleanTechnica" over a relayed post. A body that credits its figures keeps its own credits, and a headline's kicker, place or
 * unnamed speaker credits nobody. Real headlines and sentences, the publisher's URL in a comment.
 */
class HeadlineSourcesTest {

  private static final LocalDate DATE = LocalDate.of(2019, 5, 10);

  private static String creditUnder(String title, String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(Texts.figuresUnder(DATE, title, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  private static String source(String title) {
    return HeadlineSources.source(title, Lexicon.get());
  }

  @Test
  void aTrailingSaysNamesTheSource() {
    // http://www.themininghub.com/en/news/article/DERQAK5q/facts-n-figures-world-copper-mine-production-falls-1-8-in-early-2019-says-icsg/
    assertEquals("ICSG", creditUnder("Facts ‘N’ Figures: World Copper Mine Production Falls 1.8% In Early 2019, Says ICSG", "50%",
        "Preliminary data indicates that world mine production declined by about 1.8% in the first two months of 2019.",
        "Indonesian concentrate production declined by 50% primarily as a consequence of the transition of the country’s major "
            + "two mines to different ore zones leading to temporarily reduced output levels."));
  }

  @Test
  void aBodysShortFormBeforeTheHeadline() {
    // https://www.scrapmonster.com/amp/article/98057 (outside the devset; its standfirst, which names no source)
    assertEquals("ICSG", creditUnder("ICSG: Global Copper Mine Production Rises in 2025, Refined Surplus Tightens", "0.7%",
        "Chile recorded a 0.7% decline in mine output, as gains at Escondida and Codelco were outweighed by losses at Collahuasi "
            + "and Los Pelambres."));
  }

  @Test
  void aBodysFindings() {
    // https://bwged.blogspot.com (fresh28: f28-e-04)
    assertEquals("Coastal Livelihood and Environmental Action Network", creditUnder(
        "Coastal Livelihood and Environmental Action Network (CLEAN): Key Findings", "Around 25 million people",
        "In the absence of adequate public transport systems, easy bikes became a savior for ordinary commuters in urban and "
            + "rural areas. Around 25 million people use battery-powered auto rickshaws for short-distance commuting."));
  }

  @Test
  void headlineShapes() {
    // https://www.energy-storage.news (fresh10: f10-e-03), https://www.lightingjournal.org (fresh13: f13-e-01), an oilandinvest
    // relay of CleanTechnica (fresh23: f23-e-01), https://www.davisindex.com (fresh21: f21-m-02)
    assertEquals("Zapmap", source("Public EV charge point roll-out continues to accelerate, Zapmap figures show"));
    assertEquals("BloombergNEF", source("Li-ion battery pack prices fell 8% since last year despite metals prices rising, BloombergNEF says"));
    assertEquals("CleanTechnica", source("Electric Motorcycle Sales Were Close to 4% of All Motorcycles Sold in Kenya in 2023 – CleanTechnica"));
    assertEquals("WBMS", source("Global nickel output rose by 4pc in 2019: WBMS"));
  }

  @Test
  void namesNobody() {
    // https://mining.com/top-producer-says-lithium-prices-to-keep-falling (outside the devset): a speaker described, not named.
    assertNull(source("Top producer says lithium prices to keep falling"));
    // fresh18 f18-e-07 (Borneo Bulletin), fresh28 f28-e-05, fresh27 f27-e-06, fresh25 f25-e-11, fresh9 f9-m-06
    assertNull(source("EV sales set to grow rapidly in Malaysia, says minister"));
    assertNull(source("Regulate, don't ban, says study on easy bikes"));
    assertNull(source("Electric cars still rare in Poland: report"));
    assertNull(source("Regions: Poland"));
    assertNull(source("Germanium Price Hits Record High Amid China's Export Restrictions – Reports"));
    assertNull(source("UPDATE: Copper price rises"));
  }

  @Test
  void aBodyThatCreditsKeepsItsCredits() {
    // https://www.mining-technology.com/uncategorized/news61045-html/ (outside the devset) under a headline naming another body.
    assertEquals("International Copper Study Group", creditUnder("World copper production up 21%, says Wood Mackenzie", "21%",
        "World copper mine production rose by 21% in the past ten years, according to latest findings from the International "
            + "Copper Study Group (ICSG)."));
  }
}
