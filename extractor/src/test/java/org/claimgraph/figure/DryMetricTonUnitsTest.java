package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Manganese ore is priced per dry metric ton unit ("$3.95/dmtu", "$3.92 per dry metric tonne unit (dmtu)"), the metric ton unit
 * of contained metal that tungsten's "/mtu" already is (units.tsv): the price is USD/mtu, not a bare USD. The first runs of
 * fresh5 ("/MTU"), fresh6 ("$28,564 MT") and fresh10 ("US$3.3/dmtu", "per dry metric ton unit (dmtu)") read per-unit prices
 * as money alone (kind11, round 11). Sentences of publishers outside the development set.
 */
class DryMetricTonUnitsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // news.canadianminingreport.com (Fastmarkets' manganese ore indices, October 2020)
      "Fastmarkets' manganese ore index, 37% Mn, cif Tianjin was $3.92 per dry metric tonne unit (dmtu) on Friday, down by 11 cents per dmtu, or 2.7%, from $4.03 per dmtu previously.|$3.92 per dry metric tonne unit|3.92",
      "The corresponding manganese ore index, 37% Mn, fob Port Elizabeth fell by 10 cents per dmtu, or 3.0%, to $3.25 per dmtu on the same day, from $3.35 per dmtu a week before.|$3.25 per dmtu|3.25",
      // metalbulletin.com/Article/3249806
      "Metal Bulletin’s index price for 38% manganese ore fob Port Elizabeth fell 2 cents week-on-week to $3.35 per dmtu.|$3.35 per dmtu|3.35",
      "Metal Bulletin’s index price for 44% manganese ore cif Tianjin rose 5 cents to $5.15 per dmtu.|$5.15 per dmtu|5.15",
      // cptcstd.org/index-1385.html
      "Eramet Comilog last week cut its monthly export price for manganese 44.5% Gabonese lump to $3.95/dmtu CIF China for November cargoes, down 21% from October.|$3.95/dmtu|3.95",
      "As a result, the high-grade manganese ore market tumbled on Friday to $3.91/dmtu CIF Tianjin, down 20%, from $4.91/dmtu CIF in the previous week.|$3.91/dmtu|3.91"})
  void aPricePerDryMetricTonUnitIsPerMtu(String sentence, String quote, double value) {
    Quantity q = Texts.quantity(sentence, quote);
    assertEquals(value, q.value(), 1e-6);
    assertEquals("USD/mtu", q.unit());
  }
}
