package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A web address written in lower case as a source ("…, Kazinform cites energyprom.kz", "motorcyclesdata.com said in a new
 * report", "…, reported primeminister.kz"): the site that publishes the figures is their credit, as a capitalized address
 * ("citing Uza.uz", "according to Romania-Insider.com") already was; "X cites Y" names the cited source Y, as "citing Y"
 * does (credit33d).
 */
class WebAddressCreditsTest {

  private static final LocalDate DATE = LocalDate.of(2020, 10, 1);

  private static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  @Test
  void anOutletThatCitesAWebAddressCreditsTheAddress() {
    // Ratel (f27-m-08-ratel, development set): gold energyprom.kz over the whole report
    List<Figure> fs = Texts.figures(DATE,
        "Production of gold and silver has risen by 16% and 1%, respectively in Kazakhstan, Kazinform cites energyprom.kz.",
        "Refined raw copper output stands at 327.3 thousand tons.");
    assertEquals("energyprom.kz", credit(fs, "16%"));
    assertEquals("energyprom.kz", credit(fs, "327.3 thousand tons"));
  }

  @Test
  void aWebAddressThatSaysCreditsItsFigures() {
    // EVBN (f24-e-03-evbn, development set): gold motorcyclesdata.com
    List<Figure> fs = Texts.figures(DATE,
        "Electric motorbikes in Vietnam are growing 50% in terms of output and sales and will eventually surpass gasoline-powered "
            + "motorbikes due to growing environmental concerns and surging gasoline prices, motorcyclesdata.com said in a new report.");
    assertEquals("motorcyclesdata.com", credit(fs, "50%"));
  }

  @Test
  void aLowerCaseWebAddressCouldNameASource() {
    // The Astana Times, outside the development set: "… industrial production has increased 5.1 percent based on the results of
    // the first seven months of the year, reported primeminister.kz."
    // https://astanatimes.com/2018/08/kazakh-minister-says-industrial-production-growing-five-percent
    assertTrue(Credits.couldName("primeminister.kz"));
    assertTrue(Credits.couldName("energyprom.kz"));
    // negative: abbreviations written with dots are no addresses
    assertFalse(Credits.couldName("e.g"));
    assertFalse(Credits.couldName("p.m"));
  }

  @Test
  void lowerCaseWordsWithDotsCreditNobody() {
    // negative: "e.g." and a time of day are no web addresses
    List<Figure> fs = Texts.figures(DATE,
        "Prices of battery metals, e.g. lithium, fell 20% by 5 p.m. on Friday.");
    String c = credit(fs, "20%");
    assertNotEquals("e.g", c);
    assertNotEquals("p.m", c);
  }

  @Test
  void aReportThatCitesACauseCreditsNobodyByIt() {
    // negative (The Astana Times style): "cites" before a cause, not a name, gives no credit
    List<Figure> fs = Texts.figures(DATE,
        "Kazakhstan's copper output rose 12% in August, and the ministry's review cites rising demand from China.");
    String c = credit(fs, "12%");
    assertNotEquals("rising demand from China", c);
  }
}
