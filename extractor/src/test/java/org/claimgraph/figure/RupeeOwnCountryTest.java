package org.claimgraph.figure;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * review26b #13: SignCountries keeps units.tsv's own reading (INR) where the page names India as often as the sign's other
 * country. No test covered that guard (`most > ownCount` → `most > 0` left PageRupeesTest green).
 */
class RupeeOwnCountryTest {

  @Test
  void aPageNamingIndiaAsOftenAsNepalKeepsTheIndianRupee() {
    List<Figure> page = Texts.figuresAt("https://www.livemint.com/auto-news/two-markets.html", LocalDate.of(2024, 5, 10),
        "The company earned Rs 5,000 million from exports, it said.",
        "Its cars sell in India and Nepal.");
    Texts.assertQuantity(page, "Rs 5,000 million", "INR", 5e9);
  }
}
