package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bare half of a pair of scaled numbers takes its partner's unit, after it or before it, money included (PairedUnits).
 */
class PairedUnitsTest {

  private static final QuantityFinder FINDER = new QuantityFinder(Lexicon.get());

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', value = {
      // m-en.yna.co.kr/view/AEN20210730010100320 (Yonhap, Hotel Shilla): the unit after the partner of a comparison
      "Operating income for the April-June period was 46.4 billion, compared with a loss of 63.4 billion won a year ago, the company said in a regulatory filing.|46.4 billion|KRW",
      // m-en.yna.co.kr/view/AEN20200724004600320 (Yonhap, Hyundai-Rotem)
      "Operating profit for the April-June period was 25.6 billion, compared with a loss of 38.3 billion won a year ago, the company said in a regulatory filing.|25.6 billion|KRW",
      // m-en.yna.co.kr/view/AEN20200813005451320 (Yonhap, E-Mart): the unit before, "from"
      "Operating profit plunged 98 percent to 1 billion won from 44.4 billion during the cited period, and sales rose 13 percent to 103.99 billion won from 91.66 billion won.|44.4 billion|KRW",
      // devset f22-m-05 (vestikavkaza): a range written "from … to … tons"
      "In January of this year, the volume of copper cathode exports increased by 42.9% (from 29.2 thousand to 41.7 thousand tons).|29.2 thousand|tonne",
      // devset f7-e-07 (enodoworks): money before, "from"
      "Revenue rose 14.8% to 62.18 billion yuan from 54.15 billion.|54.15 billion|CNY",
      // devset f5-e-08 (asianindependent)
      "Operating income reached 521.9 billion for the July-September period, compared with a loss of 372.8 billion won a year ago.|521.9 billion|KRW"})
  void bareHalfOfAPairTakesItsPartnersUnit(String sentence, String quote, String unit) {
    assertEquals(unit, find(sentence, quote).unit(), sentence);
  }

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', value = {
      // scales differ: a million is not the partner's billion
      "Revenue was 3 million, compared with a loss of 2 billion won a year ago.|3 million|KRW",
      // no pair word between: two measures of one sentence
      "Sales reached 3 billion in March while exports were 4 billion yuan.|3 billion|CNY",
      // the partner after is not a pair: a year's time
      "Output rose to 3 million in 2023 from 2 million tonnes.|3 million|year"})
  void notAPairKeepsItsOwnUnit(String sentence, String quote, String notUnit) {
    assertNotEquals(notUnit, find(sentence, quote).unit(), sentence);
  }

  private static Quantity find(String sentence, String quote) {
    List<Quantity> qs = FINDER.find(sentence, 0);
    return qs.stream().filter(x -> sentence.substring(x.start(), x.end()).equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError(quote + " not found in " + qs));
  }
}
