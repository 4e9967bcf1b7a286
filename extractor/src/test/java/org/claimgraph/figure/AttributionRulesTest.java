package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Article-level credits, quotes, credits naming nobody and data sources over paragraphs, on devset/tune publishers' text. */
class AttributionRulesTest {

  private static final LocalDate DATE = LocalDate.of(2025, 10, 20);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void anAgencyDatelineCreditsWhatNoSentenceCredits() {
    // BNN Bloomberg: "(Bloomberg) --"; "data released Friday show" names nobody
    List<Figure> fs = Texts.figures(DATE, "(Bloomberg) -- BYD Co. kicked off the final quarter of 2024 with another record month of sales.",
        "China’s No. 1 automaker sold 500,526 units in October, data released Friday show.");
    assertEquals("Bloomberg", credit(fs, "500,526 units"));
  }

  @Test
  void aFigureInAQuoteIsTheSpeakersAlsoWhenTheTagIsInAnotherSentence() {
    // Business Insider (Rho Motion)
    List<Figure> fs = Texts.figures(DATE, "\"The EU is certainly the success story for EV sales in 2025 so far,\" said Charles Lester, data manager "
        + "at Rho Motion. \"In China, that year-on-year sales increase is even greater at 35%, spurred on by the vehicle trade-in scheme.\"");
    Figure f = PeriodRulesTest.figure(fs, "35%");
    assertEquals("Charles Lester", f.attribution().speaker().name());
  }

  @Test
  void reportsNameNobody() {
    // Observer News: "According to reports, …"
    List<Figure> fs = Texts.figures(DATE, "According to reports, China's rare earth magnet exports in September fell to 5,774 tons from 6,146 tons in August.");
    assertNull(credit(fs, "5,774 tons"));
  }

  @Test
  void aDataSourceCoversItsReleaseInLaterParagraphs() {
    // Rare Earth Exchanges (Eurostat)
    List<Figure> fs = Texts.figures(DATE,
        "The European Union imported 12,900 tonnes of rare earth elements in 2024, marking a significant 29.3% year-over-year decrease, "
            + "according to new Eurostat trade data (opens in a new tab).",
        "In 2024, China maintained its position as the EU’s largest REE supplier, accounting for 46.3% of all imports (6,000 tonnes).");
    assertEquals("Eurostat", credit(fs, "12,900 tonnes"));
    assertEquals("Eurostat", credit(fs, "6,000 tonnes"));
  }
}
