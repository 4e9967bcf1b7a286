package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ", with …" aside after a figure ("rose 28%, with China accounting for more than half", "increased by 48.5 MTPY, with
 * the vast bulk of this increase coming from China") tells how the total splits: the countries it names are places of
 * its own figures, not of the figure before it (devset/GUIDELINES.md "Places": a world total has no place; a part's
 * country is not the whole's). Sentences of publishers outside the devset, found with the search tool's pages; the
 * readings were written before the rule.
 */
class WithAsidePlacesTest {

  @Test
  void aTotalBeforeTheAsideTakesNoneOfItsCountries() {
    // Automotive World, https://www.automotiveworld.com/news/rho-motion-global-ev-sales-up-28-in-h1-north-america-stalls/
    String rho = "Global electric vehicle sales reached 9.1 million units in the first half of 2025, marking a 28% increase "
        + "year-on-year, with China accounting for more than half of worldwide purchases at 5.5 million vehicles, according to new data from Rho Motion.";
    LocalDate jul = LocalDate.of(2025, 7, 15);
    assertEquals(List.of(), Texts.place(jul, "28%", rho));
    assertEquals(List.of(), Texts.place(jul, "9.1 million units", rho));
    // The Bauxite Index, https://thebauxiteindex.com/en/cbix/industry-101/alumina-101/production-trade/production
    assertEquals(List.of(), Texts.place(LocalDate.of(2023, 1, 10), "48.5",
        "World production follows a similar trend to capacity. Over the last decade production has increased by 48.5 MTPY, "
            + "with the vast bulk of this increase coming from China."));
    // EV Mechanica, https://evmechanica.com/china-responsible-for-80-of-global-ev-sales-growth
    List<String> outside = Texts.place(LocalDate.of(2024, 7, 20), "more than 10%",
        "Outside of China, EV sales increased by more than 10%, with notable gains in the Middle East, the Caspian Sea, Brazil, Indonesia, and Mexico.");
    // Only the aside's countries are asserted gone: "Outside of China" still reads [CN] (the world without China has no code).
    assertFalse(outside.contains("BR") || outside.contains("ID") || outside.contains("MX"), outside.toString());
    // Enerdata, http://yearbook.enerdata.net/energy-consumption-data.html
    List<String> middleEast = Texts.place(LocalDate.of(2024, 6, 1), "+3.7%",
        "It also increased in the Middle East (+3.7%, with strong growth in Iran and the UAE), as well as in Algeria, Vietnam, and Indonesia.");
    assertEquals(List.of(), middleEast, "a region, not the countries of the aside");
  }

  /** Reuters via Hellenic Shipping News, https://www.hellenicshippingnews.com/chinas-2019-nickel-ore-imports-from-indonesia-jump-72-on-year/ */
  private static final String REUTERS_NICKEL = "In December, China’s total nickel ore imports rose 60% from the same time in 2018 to "
      + "4.32 million tonnes, with shipments from Indonesia jumping 82% year-on-year to 2.47 million tonnes.";
  private static final LocalDate FEB_2020 = LocalDate.of(2020, 2, 2);

  @Test
  void theImporterKeepsItsFlowWithoutTheAsidesSupplier() {
    assertEquals(List.of("CN"), Texts.place(FEB_2020, "60%", REUTERS_NICKEL));
    assertEquals(List.of("CN"), Texts.place(FEB_2020, "4.32 million tonnes", REUTERS_NICKEL));
  }

  @Test
  void theExportersOwnTotalWithoutTheAsidesMarkets() {
    // The Japan Times, https://www.japantimes.co.jp/news/2024/01/30/japan/japan-fish-farm-exports-rise/
    String jt = "Japan's agricultural, fisheries and forestry product exports rose 2.9% in 2023 to a record ¥1.45 trillion ($9.9 billion), "
        + "with increased shipment to the United States and Hong Kong making up for a decline in sales to mainland China, government data showed Tuesday.";
    LocalDate jan = LocalDate.of(2024, 1, 30);
    assertEquals(List.of("JP"), Texts.place(jan, "2.9%", jt));
    assertEquals(List.of("JP"), Texts.place(jan, "¥1.45 trillion", jt));
  }

  @Test
  void figuresInsideTheAsideKeepTheirCountries() {
    // Negative (must stay): the aside's own figure is the aside country's.
    assertEquals(List.of("ID", "CN"), Texts.place(FEB_2020, "2.47 million tonnes", REUTERS_NICKEL));
  }
}
