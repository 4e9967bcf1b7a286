package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Million" as European and non-native writers abbreviate or inflect it after a number: "mio" ("5.5 mio t"), "mill."
 * ("327.6 mill. t") and the plural "millions" ("40 millions LCE"). The quantity set's guidelines already read "mio" as
 * millions ("US$424 mio"); unread, the number stood alone ("5.5 tonne") or took "millions" as its unit, and the figure
 * was lost (fresh11: giti "5.5 mio t", Lithium Today "40 millions LCE"; quantity set: "US$424 mio", "2.6 millions").
 * Sentences of a publisher outside the development set first, then those of the development set.
 */
class MillionFormsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // hansa-online.de/2017/01/maerkte/55139/rio-tinto-sees-iron-ore-shipments-rising/
      "The Anglo-Australian company reported iron-ore shipments of 327.6 mill. t from its Western Australia mining operations during the year, up 3% on 2015.|327.6 mill. t|327600000|tonne",
      "In December 44.5 mill. tons of cargo were handled at the port.|44.5 mill. tons|44500000|tonne",
      // devset fresh11 (giti.sg), f11-m-01
      "China’s 2023 imports of heavy mineral sands (HMS) increased 17% to 5.5 mio t, value up 3% to US$2.9 billion.|5.5 mio t|5500000|tonne",
      // devset quantities q0375 (treo.substack.com)
      "China’s rare earth compounds export to the world was worth US$424 mio in 2024.|US$424 mio|424000000|USD"})
  void aMillionFormScalesTheNumber(String sentence, String quote, double value, String unit) {
    Quantity q = Texts.quantity(sentence, quote);
    assertEquals(value, q.value(), 1e-3);
    assertEquals(unit, q.unit());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // devset fresh11 (lithiumtoday), f11-m-10: the plural after a number is the scale, not a unit "millions"
      "Chile’s Salar de Atacama reserves are about 7,5 million tons (40 millions LCE) making the country the richest in economical proven reserves.|40 millions|40000000",
      // devset quantities q0225 (cleantechnica.com)
      "Chinese electric cars now represent 40% of all plug-car stock in the world (which is up to around 2.6 millions).|2.6 millions|2600000"})
  void thePluralMillionsScalesTheNumber(String sentence, String quote, double value) {
    Quantity q = Texts.quantity(sentence, quote);
    assertEquals(value, q.value(), 1e-3);
  }
}
