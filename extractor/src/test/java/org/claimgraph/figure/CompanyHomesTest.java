package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company's results get the company's country (devset/GUIDELINES.md "Places": "Company results: the company's
 * country"), here Vietnam's tungsten miner Masan (companies.tsv), whose pages also name China's export controls and
 * US tariffs, and a US rare-earth miner named only in the headline. Sentences of publishers outside the devset, found
 * with the search tool's pages.
 */
class CompanyHomesTest {

  @Test
  void masansProfitIsVietnams() {
    // e.vnexpress.net (VnExpress International), 2019-09-11
    String s = "In the first six months of this year Masan Resources saw its net profit fall by 99.6 percent year-on-year to VND1.6 billion ($69,000) "
        + "despite a previous forecast of rising profits because of higher mineral prices and lower operational costs.";
    assertEquals(List.of("VN"), Texts.place(LocalDate.of(2019, 9, 11), "99.6 percent", s));
    // insights.goonus.io (Onus Insights), 2025: a loss narrowed (read with its currency since value6's VND)
    assertEquals(List.of("VN"), Texts.place(LocalDate.of(2025, 9, 5), "860 billion VND",
        "Thanks to the high sales prices, Masan returned to profitability after several quarters of losses, reducing its loss by 860 billion VND in the first half of 2025."));
  }

  @Test
  void theHeadlinesCompanyCarriesToItsResults() {
    // https://www.quantisnow.com/insight/mp-materials-reports-second-quarter-2025-results-6154055 (Quantisnow, the company's
    // release, 2025-08-07): results under a headline naming the company, MP Materials (US in companies.tsv).
    assertEquals(List.of("US"), Texts.place(LocalDate.of(2025, 8, 7), "84%",
        "MP Materials Reports Second Quarter 2025 Results", "",
        "Revenue increased 84% year over year to $57.4 million"));
  }
}
