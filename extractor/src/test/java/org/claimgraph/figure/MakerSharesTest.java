package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A carmaker's share of one country's car market is that market's, not the maker's home's (devset/GUIDELINES.md "Places": the
 * subject carries over). Counted first over the open splits: of the shares whose sentence names a maker and no country, on a page
 * with a country of its own that is not the maker's home, the gold gives the page's country to 19 on 8 publishers (explainingfinance,
 * squidbusiness, kcomber, hurriyetdailynews, evobsession, medianet, wiredfocus, businessplus) and the maker's home to 3, each a share
 * of the world's market ("accounting for 14.1% of the global market"); fresh8 hurriyetdailynews ("BMW topped the list with a market
 * share of 21 percent": DE, gold TR) and fresh15 businessplus ("Toyota …, accounting for 17% of new cars licensed, ahead of Hyundai
 * (13%)": JP and KR, gold IE) were wrong. Sentences of publishers outside the devset (search tool, pages), the expected places
 * written before the rule.
 */
class MakerSharesTest {

  /** The Irish Times, 2016: https://irishtimes-irishtimes-prod.web.arc-cdn.net/business/retail-and-services/volkswagen-falls-to-fifth-in-new-car-market-in-ireland-for-2016-1.2493073 */
  private static final String[] IRISH_TIMES_2016 = {
      "Volkswagen, the best-selling new car brand in Ireland in 2015, has fallen back to fifth place, according to initial sales figures for the first 10 days.",
      "Volkswagen's market share has slipped from 12.3 per cent last year to 7.8 per cent for the start of this year.",
      "Volkswagen Group has been at the centre of a global scandal since September after admitting it fitted 11 million vehicles – nearly 116,000 in Ireland – with software designed to cheat US emissions tests.",
      "According to Lars Himmer, chief executive of Volkswagen Group Ireland: “It is very positive to see fast growth for the Irish car market continuing from 2015 into the first days of January."};
  /** The Irish Times, 2020: https://www.irishtimes.com/business/retail-and-services/new-car-sales-spike-66-in-september-1.4369497 */
  private static final String[] IRISH_TIMES_2020 = {
      "However, total new car registrations for 2020 are still down 25.8 per cent on the same nine-month period last year, according to figures from the Society of the Irish Motor Industry (SIMI).",
      "Volkswagen remains the best-selling new car brand, with 10,237 registrations, representing 12.11 per cent of the market.",
      "The best-selling car on the Irish market is the Toyota Corolla, with 3,720 registrations, ahead of the Hyundai Tucson with 2,947 and the VW Tiguan with 2,868."};
  /** Nasdaq (Benzinga), 2024-01-03: https://www.nasdaq.com/articles/tesla-model-y-dominates-norway-in-2023-country-hits-82-electric-vehicle-market-share:-a */
  private static final String[] NASDAQ = {
      "Norway reported 126,953 registered new passenger cars in 2023, according to a report from the Norwegian Road Foundation.",
      "Electric vehicles totaled 82.4% market share of all new vehicles registered in Norway for 2023, which is a gain from 79% in 2022 and 65% in 2021.",
      "These were the top-selling vehicles in Norway in 2023, with the previous year in parentheses:",
      "Tesla Model Y: 23,088 units (17,354), 18.2% market share (10.0%)"};
  /** CarAdvice (Australia), 2009: https://www.caradvice.com.au/34241/june-vehicle-sales-show-upward-trend/ (a .com.au page naming no country) */
  private static final String CARADVICE_URL = "https://www.caradvice.com.au/34241/june-vehicle-sales-show-upward-trend/";
  private static final String[] CARADVICE = {
      "In terms of branding, Toyota sits atop the manufacturer sales table on 21,410 units over nearest competitor Holden on 12,167.",
      "The standout in this table is Hyundai, while market share is again dominated by Toyota with a 20.7 per cent chunk of all new vehicle sales."};
  /** WhichCar (Australia), 2016-03: https://whichcar.com.au/news/industry/vfacts-new-vehicles-sales-report-february-2016 (its first lines) */
  private static final String WHICHCAR_URL = "https://whichcar.com.au/news/industry/vfacts-new-vehicles-sales-report-february-2016";
  private static final String[] WHICHCAR = {
      "AUSTRALIAN new car buyers hit the accelerator in February, pushing sales 6.7 percent higher than the same month last year.",
      "The race for the bestseller list swapped as Toyota Corolla took over from the Mazda 3 at the top of the market, with Toyota increasing its market share by another 2.0 percent to reach a dominant 15.8 percent."};
  /** voxy.co.nz (New Zealand), 2017-11-02: http://www.voxy.co.nz/business/5/296857 (a .co.nz page naming no country) */
  private static final String VOXY_URL = "http://www.voxy.co.nz/business/5/296857";
  private static final String[] VOXY = {
      "Year to date, sales of passenger and SUVs were up by 6.3% (5,321 units) and commercial vehicles by 18.0% (6,665 units) compared to 2016.",
      "Toyota remains the overall market leader with 29% market share (4,457 units), followed by Ford with 10% (1,530 units) and Holden with 9% market share (1,341 units)."};

  private static List<String> place(List<Figure> figures, String quote) {
    return PeriodRulesTest.figure(figures, quote).place();
  }

  @Test
  void aMakersShareOfTheNationalMarketIsTheMarkets() {
    // 7.8 per cent: Volkswagen share of new car registrations, [IE] (not DE); 12.11 per cent: Volkswagen share of new car
    // registrations, 2020-01/2020-09, [IE] (not DE); 18.2% market share: Tesla Model Y share of new car registrations, 2023, [NO] (not US).
    List<Figure> it2016 = Texts.figures(LocalDate.of(2016, 1, 12), IRISH_TIMES_2016);
    assertEquals(List.of("IE"), place(it2016, "7.8 per cent"));
    // Annotated, not met: 12.11 per cent (Volkswagen share of new car registrations, 2020-01/2020-09) is [IE], but that page names
    // Ireland only as "Irish" twice beside three makers, so it has no country of its own and the maker's home (DE) stays.
    assertEquals(List.of("NO"), place(Texts.figures(LocalDate.of(2024, 1, 3), NASDAQ), "18.2%"));
  }

  @Test
  void onAPageOfANationalSiteNamingNoCountryTheSitesCountry() {
    // 20.7 per cent: Toyota share of new vehicle sales, 2009-06, [AU] (not JP); 29%: Toyota share of new vehicle registrations, [NZ];
    // 15.8 percent: Toyota share of new vehicle sales, 2016-02, [AU] (not JP).
    assertEquals(List.of("AU"), place(Texts.figuresAt(CARADVICE_URL, LocalDate.of(2009, 7, 3), CARADVICE), "20.7 per cent"));
    assertEquals(List.of("NZ"), place(Texts.figuresAt(VOXY_URL, LocalDate.of(2017, 11, 2), VOXY), "29%"));
    assertEquals(List.of("AU"), place(Texts.figuresAt(WHICHCAR_URL, LocalDate.of(2016, 3, 3), WHICHCAR), "15.8 percent"));
  }

  @Test
  void aShareOfTheWorldsMarketKeepsTheMakersHome() {
    // Negative (a constructed sentence after the Irish page's lead): the world named in the sentence, the maker's own share of the
    // world market keeps its home.
    assertEquals(List.of("JP"), place(Texts.figures(LocalDate.of(2016, 1, 12), IRISH_TIMES_2016[0],
        "Toyota held 10.9% of the global car market last year."), "10.9%"));
  }

  @Test
  void aSentenceReadAloneKeepsTheMakersHomeAndNoPeriod() {
    // Alone: no page, no country of a market: the maker's home as before, no period carried from nothing.
    Figure f = PeriodRulesTest.figure(Texts.figures(null, IRISH_TIMES_2016[1]), "7.8 per cent");
    assertEquals(List.of("DE"), f.place());
    assertEquals(null, f.period());
  }
}
