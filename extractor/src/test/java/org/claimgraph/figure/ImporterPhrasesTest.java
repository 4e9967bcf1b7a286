package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country whose imports a noun phrase names is the importer, whatever material words stand between ("China’s rare earth
 * imports", "Japan's rare earths imports", "Korea’s lithium hydroxide and lithium oxide imports"): the partner that supplied it comes first
 * (devset/GUIDELINES.md "Places": "Imports set the direction: "China's imports from Chile" → [CL, CN]"). A material word
 * ("rare", "lithium") is no flow of the possessive's own. Found on fresh14 (realtribune: "Myanmar accounted for 57% of China’s
 * rare earth imports" read [CN, MM]). Sentences of publishers outside the devset, found with the search tool's pages; the
 * expected places were written before the rule.
 */
class ImporterPhrasesTest {

  /** IBTimes (Reuters), http://www.ibtimes.com/japan-rare-earths-imports-china-jump-dec-261495 */
  private static final String IBTIMES = "Japan's rare earths imports from China for all of 2010 stood at 23,310 tonnes, accounting for "
      + "some 82 percent of the total import volumes, or 28,564 tonnes, of the strategic metals used in high-tech electronics, magnets "
      + "and batteries.";
  /** Thailand Daily (Business Korea, KITA data), https://thailandaily.com/?p=179297 */
  private static final String KITA_LITHIUM = "According to KITA trade statistics released on Jan. 24, China accounted for 87.9 percent of "
      + "Korea’s lithium hydroxide and lithium oxide imports in 2022, which amounted to US$3.676 billion.";
  /** Thailand Daily (Business Korea, KITA data), https://thailandaily.com/?p=179297 */
  private static final String KITA_GRAPHITE = "China accounted for 93.9 percent (US$123 million) of Korea’s total graphite imports of "
      + "US$131 million last year.";
  /** Business Korea, http://www.businesskorea.co.kr/news/articleView.html?idxno=213017 */
  private static final String BK = "Korea’s lithium hydroxide imports in 2023 were valued at US$6.19 billion, up 69 percent from the "
      + "previous year, according to the Korea International Trade Association (KITA) on March 13.";
  /** Starfeu (Reuters), https://starfeu.com/?p=4281 */
  private static final String STARFEU = "Indonesia’s nickel ore imports from the Philippines likely hit around 500,000 metric tons in "
      + "April and May, more than double the March volumes, two local smelters and a trader told Reuters.";
  /** SMM News (Reuters), https://news.metal.com/newscontent/100015474/Japan-Rare-Earths-Imports-from-China-Plunge-in-Nov */
  private static final String SMM = "China accounted for about 54 percent of Japanese imports of the strategic metals in November, "
      + "falling from some 68 percent in October and about 61 percent in September.";

  @Test
  void theImporterOfAMaterialComesAfterItsSupplier() {
    LocalDate jan = LocalDate.of(2011, 1, 24);
    // 23,310 tonnes: amount, 2010, [CN, JP]; 82 percent: share of Japan's imports, [CN, JP].
    assertEquals(List.of("CN", "JP"), Texts.place(jan, "23,310 tonnes", IBTIMES));
    assertEquals(List.of("CN", "JP"), Texts.place(jan, "some 82 percent", IBTIMES));
    // 87.9 percent: share of Korea's imports, 2022, [CN, KR]; 93.9 percent and US$123 million: China's part of Korea's graphite
    // imports, [CN, KR]; US$131 million: Korea's whole imports, [KR].
    LocalDate jan23 = LocalDate.of(2023, 1, 25);
    assertEquals(List.of("CN", "KR"), Texts.place(jan23, "87.9 percent", KITA_LITHIUM));
    assertEquals(List.of("CN", "KR"), Texts.place(jan23, "93.9 percent", KITA_GRAPHITE));
    assertEquals(List.of("CN", "KR"), Texts.place(jan23, "US$123 million", KITA_GRAPHITE));
  }

  @Test
  void importsNamedAsSuchKeepTheirOrder() {
    // Negative (must stay): "Indonesia’s nickel ore imports from the Philippines" → [PH, ID]; "Japanese imports" → [CN, JP].
    assertEquals(List.of("PH", "ID"), Texts.place(LocalDate.of(2024, 5, 20), "around 500,000 metric tons", STARFEU));
    assertEquals(List.of("CN", "JP"), Texts.place(LocalDate.of(2010, 12, 27), "about 54 percent", SMM));
    // An importer alone stays the one place: US$6.19 billion and 69 percent → [KR].
    assertEquals(List.of("KR"), Texts.place(LocalDate.of(2024, 3, 14), "US$6.19 billion", BK));
    assertEquals(List.of("KR"), Texts.place(LocalDate.of(2024, 3, 14), "69 percent", BK));
  }

  @Test
  void aSentenceReadAloneGetsTheSameOrder() {
    Figure f = PeriodRulesTest.figure(Texts.figures(null, "Last year, Myanmar accounted for 57% of China’s rare earth imports."), "57%");
    assertEquals(List.of("MM", "CN"), f.place());
    assertEquals(null, f.period(), "alone, \"last year\" has no year to resolve against");
  }
}
