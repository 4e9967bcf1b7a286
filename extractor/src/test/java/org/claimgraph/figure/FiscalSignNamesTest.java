package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * review26b #2: Nepali month names sign Nepal's fiscal year (fiscal-signals.tsv), but "Shrawan Kumar" is a person, and a
 * common Indian name: an Indian page quoting him keeps India's April-to-March year.
 */
class FiscalSignNamesTest {

  @Test
  void aPersonNamedShrawanIsNoNepaliMonth() {
    List<Figure> mint = Texts.figuresAt("https://www.livemint.com/companies/x.html", LocalDate.of(2024, 5, 10),
        "Electric two-wheeler sales rose 30% to 9.5 lakh units in FY24, said Shrawan Kumar, an analyst at a brokerage.");
    // Was 2023-07/2024-07 (Nepal's fiscal 2023/24).
    assertEquals("2023-04/2024-03", PeriodRulesTest.figure(mint, "9.5 lakh units").period());
  }

  @Test
  void theMonthStillSignsNepal() {
    // https://myrepublica.nagariknetwork.com (Republica) shape, the FiscalMonthsTest sentence: the month name, not a name.
    assertEquals("2023-07/2024-06", PeriodRulesTest.period(LocalDate.of(2024, 6, 19), "Rs 7.32 billion",
            "KATHMANDU, June 18: The Kailali Customs Office, Dhangadhi has collected revenue of Rs 7.32 billion in 11 months of the current"
                + " fiscal year. The customs office collected the revenue from Shrawan (mid-July to mid-August) to mid-June of the current"
                + " fiscal year 2023/24."));
  }
}
