package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a page about one country's exports (imports), a partner named with its own number in a ranking ("Japan, with 4,007
 * kilograms", "followed by Russia with 3,700 tonnes", "Madagascar (55%)") is the other side of that flow: the exporter first,
 * then the destination (devset/GUIDELINES.md, "Places"). Real sentences of publishers outside the development set (the search
 * tool's stored pages), the expected places written before the rule.
 */
class RankedPartnersTest {

  private static List<String> place(LocalDate date, String quote, String title, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figuresUnder(date, title, paragraphs), quote).place();
  }

  @Test
  void aDestinationWithItsOwnNumberReceivesTheExportersFlow() {
    // rawmaterials.net, 20 Aug 2025, https://rawmaterials.net/china-gallium-germanium-exports-jump-in-july-but-destinations-narrow
    assertEquals(List.of("CN", "JP"), place(LocalDate.of(2025, 8, 20), "4,007 kilograms",
        "China: Gallium, Germanium Exports Jump in July, But Destinations Narrow",
        "China significantly increased gallium exports in July, according to the latest customs data.",
        "The shipments went exclusively to Germany, which received 5,000 kilograms, and Japan, with 4,007 kilograms, leaving other countries excluded."));
    // rawmaterials.net, 21 Jul 2025, https://rawmaterials.net/china-gallium-exports-resume-in-june-germanium-remains-at-low-levels
    String june = "China: Gallium Exports Resume in June, Germanium Remains at Low Levels";
    String lead = "After a complete halt in May, China resumed gallium exports in June, according to the latest customs data.";
    String ranking = "The two main destinations were Japan, with 2,004 kilograms, and Germany, with 2,000 kg, marking a partial recovery from May.";
    assertEquals(List.of("CN", "JP"), place(LocalDate.of(2025, 7, 21), "2,004 kilograms", june, lead, ranking));
    assertEquals(List.of("CN", "DE"), place(LocalDate.of(2025, 7, 21), "2,000 kg", june, lead, ranking));
  }

  @Test
  void anOriginWithItsOwnNumberSuppliesTheImporter() {
    // Eurostat news, 9 Apr 2025, https://ec.europa.eu/eurostat/en/web/products-eurostat-news/w/ddn-20250409-1
    assertEquals(List.of("RU", "EU"), place(LocalDate.of(2025, 4, 9), "28.4%", "Imports of rare earth elements saw 30% drop in 2024",
        "In 2024, a total of 12 900 tonnes of rare earth elements (REE+) were imported to the EU, marking a decrease of 29.3% compared with 2023.",
        "In 2024, China was the largest partner for imports of rare earth elements, accounting for 46.3% of the total weight of imports, or 6 000 tonnes. "
            + "China was followed by Russia with 28.4% of imports, or 3 700 tonnes, and Malaysia, contributing 19.9% of the imports, or 2 600 tonnes."));
    // UrduPoint (WAM), 14 Apr 2025, https://www.urdupoint.com/en/middle-east/eu-rare-earth-imports-drop-30-in-2024-1962644.html
    assertEquals(List.of("RU", "EU"), place(LocalDate.of(2025, 4, 14), "3,700 tonnes", "EU rare earth imports drop 30% in 2024",
        "The European Union recorded a significant decline in rare earth imports in 2024, reaching 12,900 tonnes, a decrease of 29.3 percent compared to the previous year.",
        "In 2024, China became the EU’s largest supplier of rare earth imports, accounting for 6,000 tonnes or 46.3 percent of the total, "
            + "followed by Russia with 3,700 tonnes or 28.4 percent."));
  }

  @Test
  void aRankingOfTheWorldsExportersIsNoPartner() {
    // negative: WTO World Trade Statistical Review, https://www.wto-ilibrary.org/content/books/9789287043696s009-c001 — exporters
    // ranked by their share of world exports are no partner of the page's country (the headline is written for the test: the
    // page's section heading, "Merchandise trade", names no flow)
    assertEquals(List.of("US"), place(LocalDate.of(2016, 7, 1), "US$ 1.50 trillion", "China leads merchandise exports in 2015",
        "China, the United States, Germany and Japan remained the top four traders for both merchandise exports and imports in 2015.",
        "China was the leading exporter, with total exports of US$ 2.27 trillion and a 14 per cent share of world exports, "
            + "followed by the United States (US$ 1.50 trillion, 9 per cent), Germany (US$ 1.33 trillion, 8 per cent) and Japan (US$ 624 billion, 4 per cent)."));
  }
}
