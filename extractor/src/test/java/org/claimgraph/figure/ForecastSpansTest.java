package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change that runs to a year stated right after it ("expected to double by 2030", "increase its manganese output threefold by
 * 2019", "triple to at least 370 by 2024", "rocket by 500% by 2050") compares that year with now: vs-period. Counted over the open
 * splits: 6 of 7 gold changes so written are vs-period (ferroalloys, londonpolitica, intellinews, baoquangninh twice, questmetals;
 * metalquote's "quadruple by 2025" has none). Without a year ("by the end of the decade", FactorVerbsTest) the basis stays unsaid.
 */
class ForecastSpansTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // fresh24 f24-m-13 (baoquangninh)
      "The global demand for rare earths is expected to double by 2030 and quadruple by 2050.|double|vs-period",
      // fresh23 f23-m-10 (londonpolitica)
      "The International Energy Agency predicts that the country’s mineral export volume will triple in size by 2030.|triple|vs-period",
      // fresh12 f12-m-06 (ferroalloys)
      "In March 2015, Brian Molefe, CEO of Transnet, South Africa’s state-run logistics company, said the country intends to increase its manganese output threefold by 2019, according to Reuters.|threefold|vs-period",
      // fresh17 f17-m-08 (questmetals)
      "This rapid expansion has seen the number of mining sites triple to at least 370 by 2024, with a substantial 66% of these established in the post-coup period.|triple|vs-period",
      // fresh24 f24-m-03 (intellinews)
      "Global demand for battery-grade graphite is expected to rocket by 500% by 2050, according to the World Bank.|500%|vs-period",
      // ethanolproducer.com/articles/5807/world-energy-use-to-double-by-2030 (outside the devset)
      "The U.S. DOE Energy Information Administration predicts that worldwide energy demand will double by 2030, according to the administration's annual International Energy Outlook.|double|vs-period",
      "EIA international energy analyst Linda Doman said that consumption increases in developing countries will grow 73 percent by 2030 and will eventually drive oil prices to very high levels.|73 percent|vs-period",
      // Negative: no year the change runs to
      "The number of electric vehicles on the road worldwide is set to triple by the end of the decade.|triple|null",
  })
  void aChangeToAYearIsOverItsSpan(String sentence, String quote, String basis) {
    assertEquals(basis, PeriodRulesTest.figure(Texts.figures(LocalDate.of(2024, 5, 10), sentence), quote).basis());
  }
}
