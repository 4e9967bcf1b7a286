package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A time in a bracketed aside that holds a figure of its own dates that figure alone: not the figures outside the aside, not the
 * sentences after it (GUIDELINES: the running year yields to a stated one; a base takes the base's period).
 */
class BracketedTimesTest {

  private static String period(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.period(date, quote, paragraphs);
  }

  @Test
  void aCompanyProfileInBracketsDatesOnlyItsOwnFigure() {
    // f26-m-11 (Value CII, Saudi mining joint ventures): the profile's 2020 revenue is not the year of the 2009 or 2013 stakes
    String deal = "In a 2009 deal, Pittsburg-based Alcoa (the world's sixth-largest producer of aluminium, with 2020 global revenue of "
        + "$9.3 billion) took a 25.1 percent stake in Ma’aden Bauxite and Alumina Co., and Ma’aden Aluminium Co., as part of a $10.8 "
        + "billion joint venture.";
    String mosaic = "Then in 2013, The Mosaic Company (a leading US supplier of phosphate and potash for fertilizer and animal feed, with "
        + "2020 revenue of $8.68 billion) took a 25 percent stake in the $8 billion Ma’aden Wa’ad Al-Shamal Fertilizer Production Complex, "
        + "located in the Kingdom’s northern province. Saudi Basic Industries Corporation, or SABIC, also took a 15 percent stake in this business.";
    LocalDate page = LocalDate.of(2021, 6, 1);
    assertEquals("2009", period(page, "25.1 percent", deal));
    assertEquals("2020", period(page, "$9.3 billion", deal));
    assertEquals("2013", period(page, "25 percent", mosaic));
    assertEquals("2020", period(page, "$8.68 billion", mosaic));
    assertEquals("2013", period(page, "15 percent", mosaic));
  }

  @Test
  void aBaseInBracketsDatesOnlyItsOwnFigure() {
    // f20-m-03 (ZWNews, Zimbabwe's minerals in the first half of 2025): "(H1 2024: …)" is the base alone
    String lede = "Zimbabwe sold more minerals in the first 6 months of 2025, up 27%, but earned less money overall.";
    String lithium = "Lithium: Spodumene concentrate exports rose to 586,197 tonnes (H1 2024: 451,824 tonnes), but earnings dropped 24% as prices fell.";
    String coal = "Coal: Shipments jumped 121% to 253,848 tonnes, as production increased.";
    LocalDate page = LocalDate.of(2025, 8, 1);
    assertEquals("2024-01/2024-06", period(page, "451,824 tonnes", lede, lithium, coal));
    assertEquals("2025-01/2025-06", period(page, "586,197 tonnes", lede, lithium, coal));
    assertEquals("2025-01/2025-06", period(page, "253,848 tonnes", lede, lithium, coal));
    // https://www.rotork.com/en/investors/financial-information/financial-highlights (Rotork, 2023 half-year results, outside the
    // devset): the December 2022 net cash is the bracket's; the closing net cash is not December 2022's
    String rotork = "Strong balance sheet retained with closing net cash of £97.8m (December 2022: £105.9m) reflecting 116% cash "
        + "conversion and a £20m special pension contribution which facilitated a buy-in, further de-risking the pension scheme.";
    assertEquals("2022-12", period(LocalDate.of(2023, 7, 25), "£105.9m", rotork));
    assertNotEquals("2022-12", period(LocalDate.of(2023, 7, 25), "£97.8m", rotork));
  }

  @Test
  void anAsideOpeningWithItsFigureGlossesTheFigureBefore() {
    // f18-m-03 (Mozambique Expert): the share in brackets restates the $260 million of the same year
    assertEquals("2023", period(LocalDate.of(2024, 6, 1), "$260 million",
        "Graphite is a major component of Mozambique's $260 million metals and minerals exports (3.14% of total exports in 2023), with "
            + "graphite alone accounting for a large part of it."));
  }

  @Test
  void anAsideWithoutAFigureStillDatesTheSentence() {
    // A bracket that restates the period holds no figure: it dates the sentence as before.
    assertEquals("2024-01/2024-03", period(LocalDate.of(2024, 5, 2), "5,000 units",
        "Sales of the model rose to 5,000 units in the quarter (January-March 2024), the company said."));
  }
}
