package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A price its sentence calls an export, import or domestic price is the country the page is about, where the sentence names
 * no other country, no region and no world market ({@link TradePrices}; devset/GUIDELINES.md, Places: "Prices: the market's
 * country where it is a country"). Expected places written down before the rule ran.
 */
class TradePricesTest {

  @Test
  void anExportPriceIsThePageCountrys() {
    // indexbox.io (IndexBox, f13-m-10, on China's graphite trade): gold CN.
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2024, 7, 1), "$456 per ton",
        "China's graphite exports fell in May. China shipped less graphite to Japan and China's prices eased.",
        "The average export price for graphite; natural, in other forms, excluding powder or flakeses stood at $456 per ton in May "
            + "2024, declining by -6.8% against the previous month."));
    // hetq.am (Hetq, f24-m-10, on Armenia's copper exports): gold AM.
    assertEquals(List.of("AM"), Texts.place(LocalDate.of(2020, 3, 1), "$1,237",
        "Armenia's copper exports grew. Armenia sends most of its copper ore abroad, and Armenia's mines ship concentrate.",
        "In 2018, one ton of copper was exported at an average price of $1,237, dropping to $1,115 in 2019."));
  }

  @Test
  void anImportPriceOutsideTheDevsetIsThePageCountrys() {
    // mysteel.net (Mysteel, 2024-10, "Cobalt intermediates imports up in September with slow recovery of overseas transactions"),
    // outside the devset: China's customs data on its cobalt intermediate imports.
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2024, 10, 25), "$4,597/tonne",
        "China's cobalt intermediate imports rose in September. China's buyers resumed purchases, and China's smelters restocked.",
        "The hydrometallurgical cobalt intermediate imports in September reached 61,359 tonnes, with a month-on-month increase of "
            + "18.42% and a year-on-year increase of 100.57%, according to data from the General Administration of Customs of the "
            + "People's Republic of China.",
        "The imported amount for the month was $282.07 million US dollars, with an average import price of $4,597/tonne."));
  }

  @Test
  void aWorldPriceOnANationalPageHasNoPlace() {
    // strategicmetal (f15-m-09, a Chinese antimony page): an FOB quote with no country is the world market's (gold: no place).
    assertEquals(List.of(), Texts.place(LocalDate.of(2010, 6, 1), "US$ 10,000/mt",
        "China's antimony output fell. China's smelters cut production, and China's exports slowed.",
        "The SM Price Forecast Index expects to see FOB antimony metal prices exceed US$ 10,000/mt by November."));
    // An export price on the world market: "global" keeps it without a country.
    assertEquals(List.of(), Texts.place(LocalDate.of(2024, 10, 25), "$12,000/tonne",
        "China's cobalt imports rose. China's buyers resumed purchases, and China's smelters restocked.",
        "Global export prices of cobalt hydroxide averaged $12,000/tonne in September."));
    // indiabullion (f4-m-11): an export ban is no export price; LME nickel is the world's (gold: no place).
    assertEquals(List.of(), Texts.place(LocalDate.of(2020, 1, 20), "$14,790 per metric tonne",
        "China's nickel demand grew. China's mills bought ore, and China's stocks fell.",
        "LME 3-month nickel hit its highest price since Oct. 23, at $14,790 per metric tonne, as an export ban in Indonesia that "
            + "was enforced Jan. 12 threatens to limit global supply."));
  }

  @Test
  void goodsPlacedInACountryBeforeThePriceTakeItsMarket() {
    // theedgemalaysia.com (The Edge, f14-m-11, a page about Indonesia's nickel): gold SG, not the page's country.
    assertEquals(List.of("SG"), Texts.place(LocalDate.of(2025, 11, 20), "US$100 a tonne",
        "Indonesia's nickel output rose. Indonesia's smelters expanded, and Indonesia's ore quotas were cut.",
        "Iron ore in Singapore declined 0.2% to US$100 a tonne."));
    // yuenseng.com (Yuen Seng, 2024-06-04, "Iron ore traders' confidence shaken as Singapore prices plummet"), outside the devset.
    assertEquals(List.of("SG"), Texts.place(LocalDate.of(2024, 6, 4), "$US110.40 a ton",
        "Iron ore futures in Singapore fell as much as 4.4% to $US110.40 a ton, the lowest since April 17, before ending the "
            + "trading session at $US110.65."));
    // africa-press.net (f26-m-04): gold CN.
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2025, 4, 10), "about $20,400 per tonne",
        "Tungsten concentrates in China, for instance, climbed 26 per cent to about $20,400 per tonne last month from $16,200 per "
            + "tonne in January, according to the Shanghai Metals Market."));
    // A place after the price is no subject's: "Critically low stock levels in Europe" names a region, and "a report in the
    // Nikkei" no country (f4-m-10: gold no place).
    assertEquals(List.of(), Texts.place(LocalDate.of(2014, 3, 1), "$46/kg",
        "According to a report in the Nikkei the price of tungsten carbide powder was reported stable at $46/kg."));
  }
}
