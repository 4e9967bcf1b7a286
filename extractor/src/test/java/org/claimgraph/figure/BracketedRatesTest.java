package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rates listed in brackets after the names they belong to, under one word of change before or after the list
 * (statistics offices' releases and the news that rewrites them): each is a change with the list's direction, or its
 * own sign's. Sentences of publishers outside the development set (Tunisia's INS via African Manager, NABCA, Sri Lanka's
 * Department of Census and Statistics via news.lk); the negatives are shares in brackets and a verb with its own rate.
 */
class BracketedRatesTest {

  private static final LocalDate DATE = LocalDate.of(2019, 5, 14);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // en.africanmanager.com/tunisia-industrial-production-down-3-2-in-first-four-months-of-2019/
      "On the other hand, industrial production increased in non-energy products extraction sectors (+ 11.9%), the chemical industry (+ 14.3%) and manufacturing of other non-metallic mineral products (+ 2.7%).|14.3%|up",
      "On the other hand, industrial production grew in the agri-food industry (+3.7%) and other non-metallic mineral products (+ 0.4%).|0.4%|up",
      "Production also fell in petroleum refining (-78.1%), rubber and plastics (-7.6%), chemical industry (-2.3%) and the mechanical and electrical industry (-0.7%).|-7.6%|down",
      // nabca.org/nabca-news (January 2018)
      "Alabama (7.8%), Idaho (4.0%), Iowa (11.5%), Maine (5.1%) and Wyoming (10.1%) reported monthly growth rates for January that exceeded their twelve month trends.|4.0%|up",
      "Alabama (4.3%), Michigan (25.9%), Mississippi (1.6%) and Wyoming (4.5%) reported monthly growth rates for November that exceeded their twelve month trends.|1.6%|up",
      // news.lk (Department of Census and Statistics, March 2019)
      "Among the manufacturing industries; volume of products of ‘manufacture of leather and related products’(18.1%), ‘manufacture of electrical equipment’ (10.5%) and ‘manufacture of chemicals & chemical products’ (8.0%) have shown remarkable increases.|10.5%|up"})
  void listedRatesAreChanges(String sentence, String quote, String direction) {
    assertChange(DATE, sentence, quote, direction);
  }

  /** The figure quoted {@code quote} of {@code sentence} is a change in {@code direction}. */
  static void assertChange(LocalDate date, String sentence, String quote, String direction) {
    Figure f = PeriodRulesTest.figure(Texts.figures(date, sentence), quote);
    assertEquals(Kind.CHANGE, f.kind(), f.toString());
    assertEquals(direction, f.direction(), f.toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // negatives: a share in brackets without a word of change, and a verb that has its own rate before the bracket
      "China (45%) and India (20%) account for most of the demand for the metal.|45%",
      "Exports rose 5% to $3 billion, with China taking the largest part (45%).|45%",
      // review6 (written for the test): a verb of change before, the list's clause says they are shares
      "Sales grew strongly, with China (45%) and India (20%) taking most of them.|20%",
      "Global demand for the metal rose, with China (55%) and India (12%) accounting for most of it.|55%"})
  void bracketedSharesStay(String sentence, String quote) {
    Figure f = PeriodRulesTest.figure(Texts.figures(DATE, sentence), quote);
    assertNull(f.direction());
  }
}
