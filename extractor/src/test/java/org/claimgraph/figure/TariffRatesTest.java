package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rate written before its tariff word ("a 100% tariff on imports of Chinese-made electric vehicles") is that tariff's: its
 * place is the goods' origin, then the imposer (devset/GUIDELINES.md "Places": "A US tariff on Chinese goods → [CN, US]").
 * The goods' side may follow a quantifier ("on all American imports", "on some Chinese tungsten products") and a rate before
 * it may have decimals ("tariffs of up to 35.3% on Chinese-made electric cars"). Sentences of publishers outside the devset,
 * found with the search tool's pages; the readings were written before the rule.
 */
class TariffRatesTest {

  private static final LocalDate AUG_2024 = LocalDate.of(2024, 8, 27);

  @Test
  void aRateBeforeItsTariffWordTakesThatTariffsSides() {
    // DW, https://www.dw.com/en/canada-to-slap-100-tariff-on-chinese-electric-vehicles/a-70053075
    assertEquals(List.of("CN", "CA"), Texts.place(AUG_2024, "100%",
        "The Canadian government says it will impose a 100% tariff on imports of Chinese-made electric vehicles — matching levies introduced by the US."));
    // Reuters via motorhome.cz, https://motorhome.cz/canada-to-impose-100-tariff-on-chinese-evs
    assertEquals(List.of("CN", "CA"), Texts.place(AUG_2024, "100%",
        "Prime Minister Justin Trudeau said on Monday that Canada will impose a 100% tariff on the import of Chinese electric vehicles."));
    // AP via KEYT, https://keyt.com/news/2024/08/26/canada-imposes-a-100-tariff-on-imports-of-chinese-made-electric-vehicles/
    assertEquals(List.of("CN", "CA"), Texts.place(AUG_2024, "100%",
        "Canada’s government is imposing a 100% tariff on imports of Chinese-made electric vehicles that matches U.S. tariffs."));
    // LatestLY, https://www.latestly.com/socially/world/tariff-war-china-announces-34-retaliatory-tariffs-on-all-us-goods-6758230.html
    assertEquals(List.of("US", "CN"), Texts.place(LocalDate.of(2025, 4, 4), "34%",
        "China announced a retaliatory 34% tariff on all American imports on Friday, April 4, in response to the US government’s recent imposition of reciprocal tariffs on Chinese goods."));
  }

  @Test
  void aDecimalRateBeforeTheGoodsKeepsTheirOrigin() {
    // InstaTrade, https://instatradecenter.com/forex_humor/forex_image/105881
    assertEquals(List.of("CN", "EU"), Texts.place(LocalDate.of(2024, 10, 30), "up to 35.3%",
        "On October 29, the European Commission reportedly decided to impose additional tariffs of up to 35.3% on Chinese-made electric cars, making the import of these vehicles much more difficult."));
  }

  @Test
  void ratesAlreadyReadStay() {
    // Negatives (right before the rule, must stay). NCC Washington Report,
    // https://nccwashingtonreport.com/2025/02/07/u-s-announces-additional-10-percent-tariff-on-chinese-goods-china-responds
    LocalDate feb = LocalDate.of(2025, 2, 7);
    assertEquals(List.of("CN", "US"), Texts.place(feb, "10 percent",
        "The U.S. announced this week that it is imposing an additional 10 percent tariff on certain imports from China, while China has responded with additional targeted tariffs."));
    assertEquals(List.of("US", "CN"), Texts.place(feb, "15 percent",
        "China said it would implement a 15 percent tariff on U.S. coal and liquefied natural gas products as well as a 10 percent tariff on U.S. crude oil, agricultural machinery, and large engine cars from the U.S."));
    // The Independent Truth, https://www.independenttruth.in/china-slaps-34-tariff-on-all-u-s-imports-starting-april-10/
    assertEquals(List.of("US", "CN"), Texts.place(LocalDate.of(2025, 4, 5), "34%",
        "Following U.S. President Donald Trump’s “Liberation Day” slate of double-digit tariffs, China announced on Friday, April 4, 2025, that it will slap a 34% duty on imports of all U.S. products starting on April 10."));
    assertEquals(List.of("US", "CN"), Texts.place(LocalDate.of(2025, 4, 5), "15%",
        "China declared in February that it will impose a 15% tariff on U.S. imports of coal and liquefied natural gas products."));
  }
}
