package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list whose items each name their own partner after the number ("42 … from Germany, 16 from the UAE"; "Half the exports
 * are shipped to China and 20% to Taiwan") pairs each item with its own partner and the list's other side, exporter first
 * (devset/GUIDELINES.md "Places"), not with the whole list (TrailingPartners). A country right before its number across a dash
 * ("from China – 3,480 and Hong Kong – 256") is the figure's own. Open splits: azernews (f20-e-08), sswnews (f19-m-03),
 * vestikavkaza (f22-m-05).
 */
class TrailingPartnersTest {

  @Test
  void eachOriginOfAnImportListPairsWithTheImporter() {
    // azernews.az (2023), f20-e-08: Uzbekistan's EV imports by origin → [DE, UZ], [AE, UZ], not [DE, AE, KR].
    List<Figure> uzbek = Texts.figuresUnder(LocalDate.of(2023, 6, 20), "Uzbekistan's electric vehicle imports",
        "According to the Statistics Agency, for five months of 2023, electric vehicles from 10 foreign countries were imported to "
            + "Uzbekistan, Azernews reports, citing Uza.uz.",
        "Uzbekistan imported the largest number of electric vehicles from China – 3,480 and Hong Kong – 256. In addition, 42 electric "
            + "cars were imported from Germany, 16 from the UAE, 11 from South Korea, and 6 from the United States.");
    assertEquals(List.of("DE", "UZ"), PeriodRulesTest.figure(uzbek, "42 electric cars").place());
    assertEquals(List.of("AE", "UZ"), PeriodRulesTest.figure(uzbek, "16").place());
    assertEquals(List.of("US", "UZ"), PeriodRulesTest.figure(uzbek, "6").place());
    assertEquals(List.of("CN", "UZ"), PeriodRulesTest.figure(uzbek, "3,480").place());
    assertEquals(List.of("HK", "UZ"), PeriodRulesTest.figure(uzbek, "256").place());
  }

  @Test
  void eachDestinationOfAnExportListFollowsTheExporter() {
    // sswnews (Stainless Steel World, 2019), f19-m-03: Indonesia's stainless exports by destination → [ID, CN], [ID, TW].
    List<Figure> indonesia = Texts.figuresUnder(LocalDate.of(2019, 9, 1), "Indonesia's stainless steel exports",
        "Exports increased from 691kt in 2017 to 1.9 Mt in 2018, more or less in line with the production increase.",
        "Half the exports are shipped to China and 20% to Taiwan.");
    assertEquals(List.of("ID", "CN"), PeriodRulesTest.figure(indonesia, "Half").place());
    assertEquals(List.of("ID", "TW"), PeriodRulesTest.figure(indonesia, "20%").place());
  }

  @Test
  void aSingleDestinationOrALeadingOriginIsLeftAlone() {
    // Outside the devset: mysteel.net (2025), "China's lithium carbonate imports and exports both increase in April": the origin
    // named before the figure, no list after it → [CL, CN] as before.
    List<Figure> china = Texts.figuresUnder(LocalDate.of(2025, 5, 20), "China's lithium carbonate imports and exports both increase in April",
        "China's lithium carbonate imports stood at 28,300 tonnes in April, up 56.3% month-on-month, according to data from the "
            + "General Administration of Customs of the People's Republic of China. The imports from Chile amounted to 20,300 tonnes, "
            + "moving up 59.3% MoM and 18.1% YoY.");
    assertEquals(List.of("CL", "CN"), PeriodRulesTest.figure(china, "20,300 tonnes").place());
    // Outside the devset: steelorbis.com (2026), Port Hedland: one destination after one figure is no list → the general reading.
    List<Figure> hedland = Texts.figuresUnder(LocalDate.of(2026, 1, 10), "Iron ore exports via Port Hedland up 6.7 percent in Dec 2025",
        "In December last year, iron ore shipments from Australia's Port Hedland increased by 6.7 percent month on month, totaling "
            + "50,900,012 mt. Iron ore shipments made from Port Hedland to China amounted to 42.96 million mt, up 1.9 percent compared "
            + "to the previous month.");
    assertEquals(List.of("AU", "CN"), PeriodRulesTest.figure(hedland, "42.96 million mt").place());
  }
}
