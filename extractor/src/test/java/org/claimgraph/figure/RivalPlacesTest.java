package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country a figure is measured against after it ("…, surpassing Germany", "ahead of France, the UK and Norway", "compared to
 * 14,100 tons in Chile", "behind Europe and China") is no place of that figure: the figure is its subject's alone
 * (devset/GUIDELINES.md "Places": the place is where the figure happens). Found on fresh13 (macedonrangesvotes: "China’s automotive
 * exports reached 3.11 million units, surpassing Germany" read [CN, DE]), fresh15 (betman: "9.3 percent … in Korea …, hovering
 * above that of other major counterparts, including the United States and Japan" read [KR, US, JP]), fresh6 (menafn: "Vietnam's
 * estimated 22 million tons … is surpassed only by China's" read [CN, VN]) and fresh5 (wardsauto: "totaled 92,105, compared with
 * 5,705,699 in China, …" read [JP, CN, US]). Sentences of publishers outside the devset, found with the search tool's pages; the
 * expected places were written before the rule. A figure after the cue keeps its own country ("ahead of Germany (395,000)").
 */
class RivalPlacesTest {

  /** Pakistan & Gulf Economist (Statista), https://pakistangulfeconomist.com/2021/02/22/who-leads-the-charge-towards-electric-mobility */
  private static final String PGE_US = "With 328,000 electric vehicles sold, the U.S. is still the third largest market though ahead of "
      + "France, the UK and Norway.";
  /** Same page. */
  private static final String PGE_DE = "That puts China way ahead of Germany (395,000), which overtook the United States in terms of EV "
      + "sales.";
  /** Only Good News Daily, https://www.onlygoodnewsdaily.com/post/10-percent-of-global-car-sales-were-electric-in-2022 */
  private static final String OGN = "In the United States, less than 6 percent of new cars sold in 2022 were fully electric vehicles, "
      + "putting the country significantly behind Europe and China.";
  /** pv magazine Australia, https://www.pv-magazine-australia.com/2018/06/12/australia-overtakes-chile-in-global-lithium-production/ */
  private static final String PV = "The latest lithium production data shows that, in 2017, lithium production in Australia reached "
      + "18,700 tons, compared to 14,100 tons in Chile.";
  /** Tampa Bay Times (AP), http://www.tampabay.com/incoming/china-now-worlds-top-exporter/1064506 */
  private static final String AP = "That was ahead of the $1.17 trillion forecast for Germany by its foreign trade organization, BGA.";

  private static List<String> place(String sentence, String quote) {
    return PeriodRulesTest.figure(Texts.figures(LocalDate.of(2021, 2, 22), sentence), quote).place();
  }

  @Test
  void aCountryAFigureIsMeasuredAgainstIsNoPlaceOfIt() {
    // 328,000: EV sales, [US]; 6 percent: BEV share of new car sales, 2022, [US]; 18,700 tons: lithium production, 2017, [AU].
    assertEquals(List.of("US"), place(PGE_US, "328,000 electric vehicles"));
    assertEquals(List.of("US"), place(OGN, "less than 6 percent"));
    assertEquals(List.of("AU"), place(PV, "18,700 tons"));
  }

  @Test
  void aFigureAfterTheCueKeepsItsOwnCountry() {
    // 14,100 tons: lithium production, 2017, [CL]; 395,000: EV sales, [DE]; $1.17 trillion: exports forecast, [DE].
    assertEquals(List.of("CL"), place(PV, "14,100 tons"));
    assertEquals(List.of("DE"), place(PGE_DE, "395,000"));
    assertEquals(List.of("DE"), place(AP, "$1.17 trillion"));
  }

  @Test
  void aSentenceReadAloneGetsTheSamePlaceAndNoPeriod() {
    Figure f = PeriodRulesTest.figure(Texts.figures(null, PGE_US), "328,000 electric vehicles");
    assertEquals(List.of("US"), f.place());
    assertEquals(null, f.period());
  }
}
