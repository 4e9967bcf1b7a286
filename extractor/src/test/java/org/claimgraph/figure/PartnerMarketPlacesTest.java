package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two decisions on whose place a figure is (devset/GUIDELINES.md "Places"; fresh20 call 25, fresh22 calls 39 and 41):
 *
 * <ul>
 *   <li>On a page about one country's imports (exports), a partner ranked with its own number is the other side of the flow,
 *       also where the measure names only the product ("China came second with 655 cars") and where a listed line joins the
 *       partner to its number by a dash ("China – 12,808 units;"): [partner, importer]. Open splits: dfwatch (f22-e-07, 4
 *       figures) and kunuz (f20-e-07, 7 figures).</li>
 *   <li>What a carmaker sold or registered in the page's market is the market's, not its home's, also where the measure
 *       names no flow but the sentence does ("registered", "selling") and where "international brands" describe the makers
 *       (MarketSales). Open splits: epowercolombia (f22-e-04, 5), ibcentre (f18-e-05, 2), econwatcher (f21-e-15, 2).</li>
 * </ul>
 */
class PartnerMarketPlacesTest {

  @Test
  void aRankedPartnerOfAnImportPageWithAProductMeasure() {
    // dfwatch.net (Interpressnews, 2025-09-28), f22-e-07: Georgia's electric car imports by origin → [CN, GE], [JP, GE].
    List<Figure> georgia = Texts.figuresUnder(LocalDate.of(2025, 9, 28), "Electric car imports to Georgia surge 83% in 2025",
        "TBILISI, September 28 – Electric cars are pouring into Georgia at record levels. According to fresh data from the National "
            + "Statistics Office, imports of electric vehicles jumped nearly 83% in the first eight months of 2025 compared to the same "
            + "period last year.",
        "The United States dominates the market, accounting for 73% of imports. That means nearly 3,800 American-made electric cars "
            + "were shipped to Georgia this year. China came second with 655 cars, followed by Japan (459), Germany (117) and Canada (63).");
    assertEquals(List.of("CN", "GE"), PeriodRulesTest.figure(georgia, "655 cars").place());
    assertEquals(List.of("JP", "GE"), PeriodRulesTest.figure(georgia, "459").place());
  }

  @Test
  void aListedPartnerJoinedByADash() {
    // Outside the devset: menafn.com/1108060806 (AzerNews, 2024): "Uzbekistan Imported More Than 17000 Passenger Cars In Two
    // Months"; the lines of origins → [CN, UZ], [KR, UZ].
    List<Figure> uzbek = Texts.figuresUnder(LocalDate.of(2024, 3, 20), "Uzbekistan imported more than 17,000 passenger cars in two months",
        "According to the Statistics Agency, in January-February 2024, Uzbekistan imported 17,553 passenger cars from abroad, worth a "
            + "total of $383.1 million.",
        "The countries from which Uzbekistan imported the most passenger cars during the reporting period:",
        "China – 12,808 units;",
        "Korea – 4,176 units;");
    assertEquals(List.of("CN", "UZ"), PeriodRulesTest.figure(uzbek, "12,808 units").place());
    assertEquals(List.of("KR", "UZ"), PeriodRulesTest.figure(uzbek, "4,176 units").place());
  }

  @Test
  void brandsRegisteredInTheMarket() {
    // epowercolombia.com (2025), f22-e-04: Colombia's registrations by brand → CO, not the makers' JP / US.
    List<Figure> colombia = Texts.figures(LocalDate.of(2025, 8, 5),
        "In July, 1,915 EVs were registered in Colombia, according to the national registry.",
        "The top five brands registered were led by Toyota (843), followed by Suzuki (248), Ford (236), Subaru (124) and Mercedes Benz (115).");
    assertEquals(List.of("CO"), PeriodRulesTest.figure(colombia, "843").place());
    assertEquals(List.of("CO"), PeriodRulesTest.figure(colombia, "236").place());
    // ibcentre (Türkiye, 2024), f18-e-05: "International brands" describe who sold, not a world scope → TR, not Tesla's US.
    List<Figure> turkey = Texts.figures(LocalDate.of(2024, 1, 10),
        "Electric car sales in Turkey rose to 15,846 electric cars in 2023.",
        "International brands also performed well, with Tesla selling 3,924 units and Renault capturing 2,712 sales with its Zoe model.");
    assertEquals(List.of("TR"), PeriodRulesTest.figure(turkey, "2,712 sales").place());
    // Outside the devset: autocar.co.nz, "New Zealand's most popular electric cars revealed" (2021): registrations by model → NZ.
    List<Figure> nz = Texts.figures(LocalDate.of(2021, 6, 10),
        "It's probably not a big surprise that the Tesla Model 3 is the national number one in New Zealand, with 483 registrations "
            + "for the year so far.",
        "The Hyundai Ioniq Electric, Kia Niro Electric and Nissan Leaf registered 77, 46 and 25 registrations for the opening quarters.");
    assertEquals(List.of("NZ"), PeriodRulesTest.figure(nz, "77").place());
  }

  @Test
  void aMakersWorldSalesStayItsOwn() {
    // Negative. Outside the devset: driven.co.nz (2020-06-16) on a New Zealand page: the world's sales of Korean makers stay
    // theirs (KR), not New Zealand's; "Globally" is a world scope, not a description of the makers.
    List<Figure> world = Texts.figures(LocalDate.of(2020, 6, 16),
        "It's worth noting that local EV uptake remained relatively humble, with only 1881 new EVs registered for New Zealand's roads "
            + "last year.",
        "Globally, almost 300,000 EVs sold in the first three months of 2020, with Hyundai and Kia's sales share totalling 28,796 "
            + "according to MarkLines.");
    assertEquals(List.of("KR"), PeriodRulesTest.figure(world, "28,796").place());
  }
}
