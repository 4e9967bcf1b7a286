package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * review25b: SiteCountry now gives a national site's country to a page that names it more often than any other. A .com.au
 * page about Chile's lithium that compares Chile with Australia three times ("Australia remains the world's largest lithium
 * producer", "Australian miners", "Unlike Australia, the country …") is Chile's, not Australia's: the page names Chile first.
 * The New Zealand page of SiteCountryTest names its own country first and keeps it.
 */
class SiteCountryLeadTest {

  @Test
  void aPageNamingAnotherCountryFirstIsNotItsSitesCountry() {
    assertNull(SiteCountry.of("www.miningreview.com.au", List.of("CL", "AU", "AU", "AU")));
    assertEquals("NZ", SiteCountry.of("newsroom.co.nz", List.of("NZ", "CN", "DE", "NZ")));
    assertEquals("AU", SiteCountry.of("www.miningreview.com.au", List.of("AU", "AU")));
  }

  @Test
  void aComAuPageAboutChileDoesNotCarryAustralia() {
    List<Figure> fs = Texts.figuresAt("https://www.miningreview.com.au/chile-lithium", LocalDate.of(2024, 6, 5),
        "Chile's lithium exports rose 20% to $8 billion last year.",
        "Australia remains the world's largest lithium producer, and Australian miners are watching.",
        "Unlike Australia, the country nationalised its lithium industry in April.",
        "Output rose 12% to 45,000 tonnes in the first quarter.");
    assertEquals(List.of(), Texts.endingWith(fs, "45,000 tonnes").place());
  }
}
