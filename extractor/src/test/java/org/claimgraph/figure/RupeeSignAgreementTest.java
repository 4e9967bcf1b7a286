package org.claimgraph.figure;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * review26b #1: on a page about no country, "Rs" follows the page's fiscal signs (FiscalYears.signed) before the country
 * the text names most, so the unit and the fiscal year read one country. Indian business pages often never name India.
 */
class RupeeSignAgreementTest {

  @Test
  void anIndianPageNamingNepalOnceKeepsTheIndianRupee() {
    // Shape of an Indian business page (livemint): "crore" signs India, Nepal is named once as a market. Was NPR.
    List<Figure> mint = Texts.figuresAt("https://www.livemint.com/auto-news/tata-ev-exports.html", LocalDate.of(2024, 5, 10),
        "Tata Motors said its electric vehicle business earned Rs 500 crore in FY24, up 40% on the year.",
        "The company also began shipping cars to Nepal.");
    Texts.assertQuantity(mint, "Rs 500 crore", "INR", 500e7);
    // Naming Sri Lanka twice, India never, in crore: was LKR.
    List<Figure> ndtv = Texts.figuresAt("https://www.ndtv.com/business/x", LocalDate.of(2024, 5, 10),
        "Maruti Suzuki posted revenue of Rs 35,000 crore in the quarter.",
        "Exports to Sri Lanka and Bangladesh rose, while shipments to Sri Lanka doubled.");
    Texts.assertQuantity(ndtv, "Rs 35,000 crore", "INR", 35000e7);
  }
}
