package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A range is one figure, value..value_max (GUIDELINES.md, "Ranges"), however the page writes its scale and
 * currency: a scale word written once after the range scales both ends ("630-640 million tonne"), and the
 * upper end may repeat the lower end's currency ("between ₹35,999 and ₹59,999", "RMB 0.8 to RMB 0.9 per Wh").
 * Sentences of publishers outside the development set (the answer decided by the guidelines before the rule).
 */
class RangeFormsTest {

  private static final QuantityFinder FINDER = new QuantityFinder(Lexicon.get());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // sentence | quote | value | value_max | unit
      // telanganatoday.com/coal-production-likely-to-fall-marginally (PTI)
      "The miner had projected a 660 million tonne production target and by mid-year the company had been expecting to attain 630-640 million tonne of output."
          + "|630-640 million tonne|630000000|640000000|tonne",
      "So, total production could be between 596- 597 million tonne, sources told PTI.|between 596- 597 million tonne|596000000|597000000|tonne",
      // moneycontrol.com/news/india/coal-india-may-register-de-growth-in-fy20-5085191.html (PTI)
      "The production is likely to be at 602-603 million tonne in 2019-20, they said.|602-603 million tonne|602000000|603000000|tonne",
      // levyelectric.com/reviews/top-electric-scooters-in-india-under-50000-2020-edition
      "Priced between ₹35,999 and ₹59,999, offering Bluetooth connectivity, digital speedometer.|between ₹35,999 and ₹59,999|35999|59999|INR",
      // thehindmedia.in/?p=3872
      "Just 2–3 years ago if you wanted an EV, you had to spend somewhere between ₹90,000 and ₹1.5 lakh.|between ₹90,000 and ₹1.5 lakh|90000|150000|INR",
      "In many cities petrol is hovering around ₹100–₹110 per litre.|₹100–₹110 per litre|100|110|INR/litre",
      // csevtech.com/china-car-pricewar
      "In early 2023, Tesla led the way in reducing prices, bringing the prices of Model 3 and Model Y to the price range of 200,000RMB-300,000RMB ($30,000-45,000 USD)."
          + "|200,000RMB-300,000RMB|200000|300000|CNY",
      // dopeincognito.com/should-you-buy-electric-scooter-8-best-electric-scooters-in-india/
      "Conventional scooters in India cost Rs 65-80,000, and deliver a mileage of around 40-50kpl.|Rs 65-80,000|65000|80000|INR",
      // hellenicshippingnews.com (S&P Global Platts): both ends scaled
      "The 2020-2021 copper guidance stands at 1.48 million-1.65 million mt, which is lower than the 1.72 million mt recorded for 2019-2020, BHP said."
          + "|1.48 million-1.65 million mt|1480000|1650000|tonne",
      // the shapes of the devset's misses, written the same way: a letter currency repeated, a scale after the range
      "The average price of square cells was around RMB 0.8 to RMB 0.9 per Wh.|RMB 0.8 to RMB 0.9 per Wh|0.8|0.9|CNY/Wh",
      "The company plans to produce 22.75-22.8 thousand tonnes of uranium.|22.75-22.8 thousand tonnes|22750|22800|tonne"})
  void oneRange(String sentence, String quote, double value, double max, String unit) {
    List<Quantity> qs = FINDER.find(sentence, 0);
    Quantity q = qs.stream().filter(x -> sentence.substring(x.start(), x.end()).endsWith(quote.replaceFirst("^between ", ""))
            || sentence.substring(x.start(), x.end()).equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no quantity \"" + quote + "\" in " + qs + " of: " + sentence));
    assertEquals(value, q.value(), 1e-6);
    assertEquals(max, q.valueMax(), 1e-6);
    assertEquals(unit, q.unit());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a change and the level it reaches are two figures, not a range; a big upper end does not scale a small lower end
      "Prices rose from Rs 500 to Rs 2 million over the decade.|500|true",
      // pacifichotels.in/patanjalis-budget-ev-scooter: "from … to" stays a change and the level it reaches (as before)
      "Currently, the most affordable legitimate electric scooters in India start from approximately ₹70,000 to ₹1.2 lakh.|120000|true",
      // a range whose lower end is not scaled by the upper end's unit
      "Kazakhstan could ramp up the production by 20%-30% at very short notice.|20|false",
      "It rose from 500 to 2 million units.|500|true"})
  void notARangeOrNotRescaled(String sentence, double firstValue, boolean noUpperEnd) {
    List<Quantity> qs = FINDER.find(sentence, 0);
    assertTrue(qs.stream().anyMatch(q -> q.value() == firstValue && (!noUpperEnd || q.valueMax() == null)), qs + " of: " + sentence);
  }
}
