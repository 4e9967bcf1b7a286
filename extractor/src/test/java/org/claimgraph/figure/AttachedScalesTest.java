package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scales written onto numbers ({@link AttachedScales}), numbers in two scaled parts ({@link CompoundNumbers}) and numbers a
 * page glued onto a word or an abbreviation's point, and ranges whose upper end carries the percent of both, as publishers
 * of several countries write them.
 */
class AttachedScalesTest {

  private static final QuantityFinder FINDER = new QuantityFinder(Lexicon.get());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | quote | value | value_max | unit
      // an attached "m" with no length around it is a million (New AutoMotive, UK; The Herald, Zimbabwe)
      "Pure electric car registrations reached 2.5m in the first three months of the year - 370,000 (17%) up on Q1 of 2024.|2.5m|2500000||vehicle",
      "Whilst plug-in hybrids hit 1.1m - 330,000 (41%) up on the same time last year.|1.1m|1100000||hybrid",
      "Demand for greener cars will rise to around 125m in 2030 from 3.1m in 2017.|3.1m|3100000||vehicle",
      // ... and a metre where the word after it or the sentence measures a length
      "She won the 100m sprint in 2019.|100m|100||m",
      "The hole intersected 12m at 1.5% lithium oxide from 45m depth.|12m|12||m",
      "The hole intersected 12m at 1.5% lithium oxide from 45m depth.|45m|45||m",
      "In 2006 the mine produced 1.6m tonnes, of which 52% was exported.|1.6m tonnes|1600000||tonne",
      // a capital scale before a lower-case word (ZimNews); "350Z" and "3M" stay names
      "Diamonds: Volumes fell sharply to 2.7M carats from 6.8M carats, a 60% drop.|6.8M carats|6800000||carat",
      // "tn" on thousands is tonnes (The Herald); on money a trillion
      "China supplies up to 80% of the 900,000tn demand for the commodity.|900,000tn|900000||tonne",
      "The debt rose to $1.2tn last year.|$1.2tn|1200000000000||USD",
      // money takes a trillion's "t" (Australian Mining Review) and a spaced "m" (Hetq, Mining Europe)
      "Export revenue totalled $2.7t over the decade.|$2.7t|2700000000000||USD",
      "The next largest exports were cigarettes ($273 m) and brandy ($253m).|$273 m|273000000||USD",
      // two scaled parts (Kazinform, KazTAG)
      "The reserves are estimated at about 1 million 300 thousand tons of tungsten.|about 1 million 300 thousand tons|1300000||tonne",
      // an abbreviation's point (Hindustan Times) and a lost space (ThinkAdvisor, CIJ Europe, The Sunday Guardian)
      "The Centre had allocated Rs.1,064 crore towards subsidising electric two-wheelers.|Rs.1,064 crore|10640000000||INR",
      "Registrations of all new passenger cars in August rose by7.2% to 36,177 units.|7.2%|7.2||percent",
      "In the short term, more than100 mines have shut down.|100 mines|100||mine",
      "Out of these charging stations,148 EV charging stations are operational.|148 EV charging stations|148||station",
      // a bare lower end the upper end's percent covers (The Tribune, India) and a suspended hyphen (Philippine Daily Inquirer)
      "The price of electric two-wheelers surges by 20 to 25%.|20 to 25%|20|25|percent",
      "The government will implement a 15- to 30-percent sales rebate policy.|15- to 30-percent|15|30|percent"})
  void readsTheScale(String sentence, String quote, double value, Double max, String unit) {
    List<Quantity> qs = FINDER.find(sentence, 100);
    Quantity q = qs.stream().filter(x -> sentence.substring(x.start() - 100, x.end() - 100).equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no quantity \"" + quote + "\" in " + qs + " of: " + sentence));
    assertEquals(value, q.value(), 1e-3);
    assertEquals(max, q.valueMax());
    assertEquals(unit, q.unit());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | a quote that must not be read
      "Shares of 3M rose 2% to $120.|3M",
      "The Nissan 350Z sold 12 units in May.|350Z",
      "Exports reached 2,300 tonnes in 2022,5 mines were closed.|5 mines",
      "The plant will produce 5 million 2 million tonnes.|5 million 2 million tonnes",
      "Whilst plug-in hybrids hit 1.1m - 330,000 (41%) up on the same time last year.|1.1m - 330,000",
      // a change far below its level stays a change and a level; "from" keeps its two levels
      "The unemployment rate rose 0.3 to 4.1% in May.|0.3 to 4.1%",
      "Prices rose from 20 to 25% last year.|20 to 25%"})
  void leavesAlone(String sentence, String quote) {
    List<Quantity> qs = FINDER.find(sentence, 0);
    assertTrue(qs.stream().noneMatch(x -> sentence.substring(x.start(), x.end()).equals(quote)), qs + " of: " + sentence);
  }
}
