package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A paragraph that has named the world, and no country, keeps its sentences naming no place from the page's country: fresh20's
 * Kazakh pages put "Every one out of ten cars sold had an electric motor" (after "electric car sales grew worldwide by 40%") and
 * the IEA's "from approximately one million to over 10 million" (after "growing in popularity globally as well") on KZ; the
 * same shape on four more publishers of the open splits (myroadnews, xnvg1b002a, wardsauto, qazmonitor's and astanatimes'
 * pages). Sentences of publishers outside the devset (search tool, corpus pages); the places were written down before the rule.
 */
class WorldParagraphsTest {

  private static final PlaceResolver PLACES = new PlaceResolver(Lexicon.get());

  @Test
  void aParagraphThatNamedTheWorldScopesItsNextSentences() {
    // qa.philstar.com/business/2025/04/27/2438546/evs-rise (The Philippine Star), before "It expects the market to demonstrate
    // a steady annual growth rate from 2025 to 2029 of 6.01 percent, leading to a projected market volume of $990.4 billion by 2029."
    assertTrue(WorldParagraphs.of("Statista, meanwhile, predicts that this year, revenues in the EV market is projected to reach a "
        + "staggering $784.2 billion worldwide. ", PLACES));
    // worldenergy.org.tr/global-demand-for-batteries-multiplies, before "BNEF predicts demand will total 1,851 gigawatt-hours in 2030".
    assertTrue(WorldParagraphs.of("Electric vehicles are forecast to drive world’s demand for energy storage. Global battery prices have "
        + "fallen 85 percent since 2010, BloombergNEF reports in its annual Lithium-Ion Battery Price Survey, and storage is forecast to "
        + "grow to 14 times its current level by 2030 as millions of electric vehicles hit the roads. ", PLACES));
    // africanews.com/2025/05/07/cobalt-institute-predicts-demand-increase-of-over-10-per-cent-in-2025 (a Congo page), before
    // "In comparison, 2024 saw an increase of 4% on the previous year."
    assertTrue(WorldParagraphs.of("It says that overall, global demand could reach as much as 227,000 tonnes, 11% more than last year. ", PLACES));
    // n51.io/news/lithium-demand-to-grow-fivefold-by-2040, before "Clean energy technologies are expected to represent roughly 90%
    // of the overall growth in lithium demand": the opening cause ("Driven largely by …,") does not hide the world after it.
    assertTrue(WorldParagraphs.of("Driven largely by electric vehicles and energy storage, global lithium demand is projected to surge "
        + "nearly fivefold by 2040, surpassing 500,000 tons of pure metal, as per the International Energy Agency (IEA). Battery "
        + "technology expansion is the primary driver of this increase. ", PLACES));
    // autospies.com (2023-01-09), before "S&P Global Commodity Insights believes 13.8 million electric vehicles will be sold this year."
    assertTrue(WorldParagraphs.of("In 2021, lithium production worldwide topped 540,000 metric tons. By 2030, the World Economic Forum "
        + "(WEF) expects global demand to reach over three million metric tons. EV sales are also likely to blossom in this period. ", PLACES));
  }

  @Test
  void aParagraphNamingACountryOrARankIsNotTheWorlds() {
    // africanews.com (same page): the paragraph names Congo; its subject rules (ParagraphSubjects).
    assertFalse(WorldParagraphs.of("The country holding the largest known reserve of the element is the Democratic Republic of Congo. "
        + "It accounts for nearly three-quarters of global cobalt mine production. ", PLACES));
    // gcorner.co.uk: "the world's largest producer" is a rank of the page's country, not the world as a scope.
    assertFalse(WorldParagraphs.of("Congo is the world’s largest cobalt producer. ", PLACES));
    assertFalse(WorldParagraphs.of("It is the world’s largest cobalt producer. ", PLACES));
    // business-standard.com/opinion/columns/the-one-in-five-achievement-124010901153_1.html (2024-01-09): a paragraph naming a
    // company is the company's (as fresh6's "VinFast delivered 35,837 electric vehicles (EVs) worldwide" is VinFast's): left alone,
    // though its next sentence, "BloombergNEF forecasts passenger EV sales of 16.7 million in 2024", is the world's (a miss).
    assertFalse(WorldParagraphs.of("The rising number of electric vehicles (EV) delivered by Tesla — 1.8 million last year versus 1.3 "
        + "million in 2022 — is a good indication of the traction these vehicles have achieved globally. Although the annual growth rate "
        + "is expected to slow down, the market continues to expand. ", PLACES));
    // The world as a circumstance or cause of a national figure's move is not its scope (fresh10's Chinese battery page).
    assertFalse(WorldParagraphs.of("CABIA reports battery sales rose 46.9% year-on-year to 87.5 GWh, while exports saw a modest 11.3% "
        + "gain to 13.9 GWh amid slowing global demand. ", PLACES));
    assertFalse(WorldParagraphs.of("Exports fell 12%, dragged down by weaker global demand. ", PLACES));
    // The country's role in the global transition is the country's paragraph (fresh5's Congolese quota page).
    assertFalse(WorldParagraphs.of("The measures aim to ensure sustainable growth of the cobalt industry, safeguard national interests, and "
        + "strengthen the country’s role in the global energy transition. ", PLACES));
    // Nothing before: a paragraph's first sentence, or a sentence read alone.
    assertFalse(WorldParagraphs.of("", PLACES));
  }

  @Test
  void aParagraphAfterOneAboutTheWorldContinuesIt() {
    // changestarted.com/iea-report-2023-global-ev-sales-crossed-the-10-million-mark-for-the-first-time-in-2022 (a page on EVs in
    // India): "In 2022, 14% of all new cars sold were electric, …" opens the paragraph after the IEA's worldwide one.
    assertTrue(WorldParagraphs.continues("", "As per the 2023 report by International Energy Agency (IEA), almost one in five cars sold "
        + "worldwide this year will be electric vehicles.", PLACES));
    // lusakatimes.com/2022/11/04/copper-demand-to-increase-to-20-million-tonnes-by-2035 (a Zambian page): "… the Copper demand will
    // crease from 8 million to 20 million tonnes by the year 2035" after the global market's paragraph.
    assertTrue(WorldParagraphs.continues("", "The Sub-Saharan Africa insights for Analysis for Economics and Country Risk has predicted an "
        + "increase in the global market Copper demand from 2021 to 2035.", PLACES));
    // n51.io/news/lithium-demand-to-grow-fivefold-by-2040: "… demand could outstrip supply by 30–40%" in the paragraph after the
    // IEA's global one, its own first sentence naming no place.
    assertTrue(WorldParagraphs.continues("Projections suggest a possible lithium shortage by 2035, even with the swift advancement of "
        + "lithium mining and processing. ", "Driven largely by electric vehicles and energy storage, global lithium demand is projected "
        + "to surge nearly fivefold by 2040, surpassing 500,000 tons of pure metal, as per the International Energy Agency (IEA).", PLACES));
    // Its own paragraph naming a country, or a paragraph before naming one, is not the world's.
    assertFalse(WorldParagraphs.continues("Zambia has greater opportunity to grow the mining industry. ", "The Sub-Saharan Africa insights "
        + "for Analysis for Economics and Country Risk has predicted an increase in the global market Copper demand from 2021 to 2035.", PLACES));
    assertFalse(WorldParagraphs.continues("", "China accounts for around 60% of global electric car sales.", PLACES));
  }

  @Test
  void aTurkishSitesWorldParagraphIsNotTurkeys() {
    // worldenergy.org.tr/global-demand-for-batteries-multiplies: a .tr site naming no country (SiteCountry would carry TR);
    // BNEF's world demand is the world's.
    List<Figure> fs = Texts.figuresAt("https://www.worldenergy.org.tr/global-demand-for-batteries-multiplies/", LocalDate.of(2019, 12, 10),
        "Electric vehicles are forecast to drive world’s demand for energy storage. Global battery prices have fallen 85 percent since "
            + "2010, BloombergNEF reports in its annual Lithium-Ion Battery Price Survey, and storage is forecast to grow to 14 times its "
            + "current level by 2030 as millions of electric vehicles hit the roads. BNEF predicts demand will total 1,851 gigawatt-hours "
            + "in 2030, up from the current 132. EV batteries are expected to account for 84 percent of that.");
    assertEquals(List.of(), Texts.starting(fs, "1,851").place());
    assertEquals(List.of(), Texts.starting(fs, "84 percent").place());
  }

  @Test
  void aKazakhPagesWorldParagraphIsTheWorlds() {
    // autokazak.com/en/posts/electric-car-landscape-in-kazakhstan (a rewrite of a devset story by another publisher; its "one in
    // every ten cars sold globally" shortened by "globally", so that only the paragraph names the world): the
    // national paragraphs stay Kazakhstan's; the global paragraph's figures are the world's.
    List<Figure> fs = Texts.figuresAt("https://www.autokazak.com/en/posts/electric-car-landscape-in-kazakhstan", LocalDate.of(2023, 3, 1),
        "In the vast expanses of Kazakhstan, the adoption of electric cars has seen a remarkable 65.4% growth over the past year, "
            + "bringing the total number to 812 vehicles, as reported by QazMonitor.",
        "However, these electric vehicles constitute a mere 0.02% of the country's overall car fleet. In stark contrast, a significant "
            + "portion of the vehicle population, 322.4 thousand to be precise, relies on mixed fuel, comprising 8.2% of all registered "
            + "vehicles in the country.",
        "Analyzing the regional distribution of electric cars, Almaty emerges as a hotspot, witnessing a substantial surge from 43 to "
            + "420 vehicles in just one year. Following closely, the North Kazakhstan region takes second place with 108 registered "
            + "electric cars, while the capital city, Astana, claims the third spot with 61 registrations, a notable increase from the "
            + "previous year's count of 35.",
        "Shifting the focus to global trends, Heycar's insights reveal a 40% growth in electric car sales worldwide in 2022. "
            + "Astonishingly, one in every ten cars sold was electric.");
    assertEquals(List.of("KZ"), Texts.starting(fs, "812 vehicles").place());
    assertEquals(List.of("KZ"), Texts.starting(fs, "322.4 thousand").place());
    assertEquals(List.of(), Texts.starting(fs, "ten cars").place());
  }

  @Test
  void aSentenceReadAloneGainsNothing() {
    // Alone, no paragraph before: no world carried, no country either, and no crash.
    assertEquals(List.of(), Texts.place(null, "ten cars", "Astonishingly, one in every ten cars sold was electric."));
  }
}
