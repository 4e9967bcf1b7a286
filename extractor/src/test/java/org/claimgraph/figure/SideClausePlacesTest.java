package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side clause on a figure's cause or consequence ("…, driven by surging Chinese demand", "…, mainly because of surging
 * demand for iron ore from China", "…, putting it behind Indonesia", "…, as Chinese-driven projects take off") names
 * countries that are no place of the figure (devset/GUIDELINES.md "Places": the places are the exporter and its
 * destination, or the market; a country only named as a reason is neither). Sentences of publishers outside the
 * devset, found with the search tool's pages.
 */
class SideClausePlacesTest {

  @Test
  void aCauseIsNoPlace() {
    // BBC News (bbctodays.pages.dev copy of news.bbc.co.uk/2/hi/business/3502009.stm): BHP Billiton's profit. BHP is in no
    // lexicon, so the right place (AU, the company's) is not reachable here; China, the cause, must not be it.
    LocalDate d = LocalDate.of(2004, 2, 11);
    String bhp = "Profit at BHP Billiton, the world's largest mining company, has doubled in the second quarter, driven by surging Chinese demand and rising metal prices.";
    assertFalse(Texts.place(d, "doubled", bhp).contains("CN"));
    // The Guardian, 2010: Rio Tinto's profits "mainly because of surging demand for iron ore from China".
    String rio = "Rio Tinto today reported a 125% increase in profits for the first six months of the year, mainly because of surging demand for iron ore from China.";
    assertFalse(Texts.place(LocalDate.of(2010, 8, 5), "125%", rio).contains("CN"));
  }

  @Test
  void theFiguresOwnCountryStays() {
    // Negative (the clause break must not drop the figure's own country): bbctodays.pages.dev, the same BHP page:
    // "China accounted for about 10% of total revenue in the first half of this year, the company said."
    assertEquals(List.of("CN"), Texts.place(LocalDate.of(2004, 2, 11), "about 10%",
        "China accounted for about 10% of total revenue in the first half of this year, the company said."));
  }
}
