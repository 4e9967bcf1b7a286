package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A company's home as the page states it (StatedHomes), used where companies.tsv would be (devset/GUIDELINES.md, "Places":
 * "Company results: the company's country"). Sentences of publishers outside the devset (search tool, corpus pages); the
 * answers were written from the guidelines before the rule.
 */
class StatedHomesTest {

  private static Map<String, String> homes(String text) {
    return StatedHomes.of(text, Lexicon.get());
  }

  @Test
  void aNationalityBeforeTheTradeNamesTheHome() {
    // todayheadline.co (Today Headline, Reuters copy), 2023-09-18: "Vinfast" (small f) is no companies.tsv form.
    assertEquals("VN", homes("Vietnamese electric-vehicle maker Vinfast said on Monday it delivered 9,535 vehicles in the second quarter,"
        + " recording a more than fivefold jump from the first quarter.").get("Vinfast"));
  }

  @Test
  void vinfastsFiguresAreVietnams() {
    // todayheadline.co, 2023-09-18: the delivery figure and the next paragraph's half-year figure, which names no one.
    String[] page = {
        "Vietnamese electric-vehicle maker Vinfast said on Monday it delivered 9,535 vehicles in the second quarter, recording a more than fivefold jump from the first quarter.",
        "It reported 11,315 deliveries for the first half of this year."};
    assertEquals(List.of("VN"), Texts.place(LocalDate.of(2023, 9, 18), "9,535 vehicles", page));
    assertEquals(List.of("VN"), Texts.place(LocalDate.of(2023, 9, 18), "11,315 deliveries", page));
  }

  @Test
  void anExchangeTickerNamesTheHome() {
    // theassay.com (The Assay), 2023: "The Sayona Mining Limited (ASX: SYA) operated project" → Sayona Mining, and Sayona, AU.
    Map<String, String> h = homes("The Sayona Mining Limited (ASX: SYA) operated project achieved a major milestone in mid-March with the"
        + " successful production of the first saleable spodumene (lithium) concentrate at its flagship North American Lithium (NAL) operation.");
    assertEquals("AU", h.get("Sayona Mining"));
    assertEquals("AU", h.get("Sayona"));
    // stockhead.com.au (Stockhead), 2023-06-06: an ASX ticker and a TSX Venture listing.
    h = homes("Meanwhile, in Ontario, Blaze Minerals (ASX:BLZ), is sidling up next to C$450 million capped TSX.V-listed Frontier Lithium"
        + " and its 50mt PAK and Spark projects – the leaders in the province.");
    assertEquals("AU", h.get("Blaze Minerals"));
    assertEquals("CA", h.get("Frontier Lithium"));
  }

  @Test
  void aBasedCityOrCountryNamesTheHome() {
    // jdmbespoke.com (JDM Bespoke, 2023): "Australia-based Sayona Mining Ltd." → AU.
    assertEquals("AU", homes("The open-pit mine in La Corne, Que., jointly owned by Australia-based Sayona Mining Ltd., and U.S.- based"
        + " Piedmont Lithium Inc., officially restarted production March 30 following an US$80 million retrofit and upgrade project.").get("Sayona Mining"));
  }

  @Test
  void anAppositionNamesTheHome() {
    // koreabizwire.com (Korea Bizwire), 2020-07-31.
    assertEquals("KR", homes("LG Chem Ltd., South Korea’s leading chemical firm, said Friday that its second-quarter net profit jumped five times"
        + " from a year earlier on the back of improved production of electric vehicle (EV) batteries.").get("LG Chem"));
    // koreaherald.com (The Korea Herald), 2019-10-25.
    assertEquals("KR", homes("LG Chem, South Korea’s leading lithium-ion battery maker, obtained the first quarterly surplus from its battery"
        + " unit in 2019, despite a series of fires involving the firm’s energy storage systems, according to the company on Friday.").get("LG Chem"));
  }

  @Test
  void aListingAbroadNamesNoHome() {
    // Negative: metro.us (Metro US, Reuters copy), 2021: U.S.-listed shares of Chinese carmakers say nothing of their home.
    Map<String, String> h = homes("U.S.-listed shares of Xpeng surged as much as 8.9% to a near two-week high of $44.12, Li Auto rose as much"
        + " as 6.1% to a one-month high of $35.44, while Nio gained as much as 4.7% at $46.78.");
    assertFalse(h.containsKey("Xpeng"), h.toString());
    // Negative: nabkanews.com (2024): "Hong Kong-listed shares" are no company.
    assertEquals(Map.of("Nio", "CN"), homes("Shares in Chinese electric car maker Nio rose 20% on Thursday after vehicle deliveries more than"
        + " doubled in April. The company’s Hong Kong-listed shares rose as much as 23% to HK$44.20, the highest in more than six weeks."));
    // Negative: jakartaglobe.id (Jakarta Globe), 2023: the parent's Toronto home is not the Indonesian unit's ("Vale" alone stays unread).
    h = homes("The government using state-owned mining holdings MIND ID plans to acquire an additional 14 percent stake in Vale Indonesia,"
        + " the local unit of Toronto-based Vale Base Metals, that will increase the government's total ownership to 34 percent.");
    assertEquals("CA", h.get("Vale Base Metals"));
    assertFalse(h.containsKey("Vale"), h.toString());
    assertFalse(h.containsKey("Vale Indonesia"), h.toString());
  }
}
