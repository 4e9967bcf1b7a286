package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A company's own realised price, sale price or unit cost is a company result: the company's country (devset/GUIDELINES.md,
 * "Places": "Company results: the company's country"), not a market price that names no market (company-own-prices.tsv,
 * {@link OwnPrices}). Sentences of publishers outside the devset (search tool, corpus pages); the answers were written down
 * from the guidelines before the rule. The company is the sentence's, else the headline's ({@code titleCompany}: the home
 * of the company the page is about).
 */
class OwnPricesTest {

  private static final PlaceResolver PLACES = new PlaceResolver(Lexicon.get());

  private static List<String> result(String sentence, String quote, String titleCompany) {
    int at = sentence.indexOf(quote);
    return PLACES.companyResult(sentence, at, at + quote.length(), false, titleCompany);
  }

  @Test
  void realisedAndSalePricesAreTheCompanys() {
    // mqworld.com (Australian Mining / MQ World), 2022: Mineral Resources' December quarterly report.
    assertEquals(List.of("AU"), result("Mineral Resources (MinRes) has seen strong growth in its lithium operations with realised spodumene "
        + "prices rising 56 per cent from the previous quarter to $US1153 ($1619) per dry metric tonne (dmt), its December quarterly report shows.",
        "$US1153", "AU"));
    // miningnews.net (MiningNews.net), 2019-07: "MinRes confirms Mt Marion price drop".
    assertEquals(List.of("AU"), result("MinRes said the sale price for 6% spodumene concentrate shipments for the current quarter would be "
        + "US$608.95 per dry metric tonne compared with US$682.38/dmt for the June quarter.", "US$608.95", "AU"));
    // stockhouse.com (Stockhouse, a post quoting Orocobre's September 2020 quarterly report).
    assertEquals(List.of("AU"), result("The average price received was US$3,102/tonne on an FOB basis and total sales revenue was US$10.5 million.",
        "US$3,102/tonne", "AU"));
  }

  @Test
  void unitCostsAreTheCompanys() {
    // miningmonthly.com (Mining Monthly), 2013: "Cliffs sales volume sags" (Cliffs Natural Resources, US).
    assertEquals(List.of("US"), result("Cash cost per ton decreased 34% to $76.16, from $114.56 in the year-ago quarter.", "$76.16", "US"));
    // miningmonthly.com (Mining Monthly), 2013: Oxford Resource Partners (US) March quarter.
    assertEquals(List.of("US"), result("Cost of coal sales per ton was $44.25 for the quarter, an increase of $1.16, or 2.7%, per ton from $43.09 "
        + "per ton for the previous corresponding quarter.", "$44.25", "US"));
    // stockhouse.com (Stockhouse, Orocobre's quarterly report quoted).
    assertEquals(List.of("AU"), result("Cash cost of goods sold for the quarter (including COVID-19 costs) remained near recent lows at "
        + "US$3,974/tonne and down 21% on PCP.", "US$3,974/tonne", "AU"));
  }

  @Test
  void theWholeExtractorGivesTheHeadlineCompanysCountry() {
    // itiger.com (Reuters copy), 2025-10-24: Pilbara Minerals (companies.tsv: AU) under its own headline.
    List<Figure> figures = Texts.figuresUnder(LocalDate.of(2025, 10, 24),
        "Pilbara Minerals first-quarter production rises on improved plant performance",
        "The firm said unit operating costs on a free-on-board basis reduced by 10.9% to A$540 per tonne, reflecting the \"continued "
            + "realisation of operational efficiencies and implemented cost reductions\", according to its statement.");
    assertEquals(List.of("AU"), PeriodRulesTest.figure(figures, "A$540 per tonne").place());
  }

  @Test
  void anIndustrysAverageCostIsNoCompanys() {
    // Negative: scrapmonster.com (Scrap Monster), 2023: the world's gold miners' average, even on a page about one company.
    assertNull(result("SEATTLE (Scrap Monster): The gold miners’ global average all-in sustaining cost (AISC) rose to US$1,315/oz in Q2 ’23, "
        + "maintaining the overall uptrend which commenced in Q1 2021.", "US$1,315/oz", "US"));
    // Negative (constructed, not from a page): a price sold in another country's market is that market's ("sold at" with China in its clause).
    assertNull(result("Lithium carbonate was sold at 75,000 yuan per tonne in China last week.", "75,000 yuan per tonne", "AU"));
  }

  @Test
  void soldAtLeastIsNoPrice() {
    // review8c: "sold at" states a price ("was sold at an average of"), "sold at least 2,000 cars" a quantity (a market's count)
    assertFalse(OwnPrices.stated("Tesla sold at least "));
    assertFalse(OwnPrices.stated("Tesla sold at most "));
    assertTrue(OwnPrices.stated("The spodumene concentrate was sold at "));
  }
}
