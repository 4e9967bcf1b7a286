package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A rate of change per year over a span is the span (GUIDELINES, round 33): "a compound annual rate of 30 percent between 2022
 * and 2028" → 2022/2028; a change over a span that is no rate per year keeps the newer year.
 */
class AnnualRateSpansTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void anAnnualRateOverASpanIsTheSpan() {
    // f26-e-11 (thetechnologyexpress): "a compound annual rate of 30 percent between 2022 and 2028"
    assertEquals("2022/2028", period(LocalDate.of(2023, 5, 1), "30 percent",
        "The demand for EVs in the UAE is expected to continue rising at a compound annual rate of 30 percent between 2022 and 2028."));
    // f2-m-03 (abachy): "Over the period of 2020 to 2022, … a compound growth rate of 6.77%"
    assertEquals("2020/2022", period(LocalDate.of(2023, 5, 1), "6.77%",
        "Over the period of 2020 to 2022, the export value of these items showed steady growth with a compound growth rate of 6.77%."));
    // f26-e-10 (oreaco): "33.5% annually since 2017": from that year to the page's
    assertEquals("2017/2024", period(LocalDate.of(2024, 11, 1), "33.5%",
        "Latin America has emerged as a significant player in the global transition to electric public transportation, with its "
            + "e-bus fleet growing at an impressive average rate of 33.5% annually since 2017."));
    // f28-e-06 (evnewsdigest): a market "in 2025 … by 2032, growing at an impressive CAGR of 15.1%"
    assertEquals("2025/2032", period(LocalDate.of(2025, 7, 1), "15.1%",
        "The market, currently valued at US$ 2.16 billion in 2025, is projected to reach US$ 5.79 billion by 2032, growing at an "
            + "impressive CAGR of 15.1%."));
  }

  @Test
  void aChangeOverASpanThatIsNotAnAnnualRateKeepsItsYear() {
    // e-26 (Daily Finland): more than tripled between 2018 and 2019
    assertEquals("2019", period(LocalDate.of(2020, 6, 1), "more than tripled",
        "The European Union (EU)'s imports of electric and hybrid electric cars more than tripled between 2018 and 2019, showed the figures released Tuesday by Eurostat."));
    // f24-m-01 (quanfuju): a quarter's change "in annualized terms" against the same quarter of 2024 stays the quarter
    assertEquals("2025-01/2025-03", period(LocalDate.of(2025, 4, 20), "19.66%",
        "Cumulative manganese ore imports for the first quarter of 2025 stood at 5.8602 million metric tons, reflecting a reduction of "
            + "1.4337 million metric tons compared to the same period in 2024 (7.2939 million metric tons), equivalent to a 19.66% "
            + "contraction in annualized terms."));
    // a year's change next to an annual rate of another clause
    assertEquals("2024", period(LocalDate.of(2025, 3, 1), "12%",
        "Sales rose 12% in 2024, and analysts expect them to grow 8% annually through 2030."));
  }
}
