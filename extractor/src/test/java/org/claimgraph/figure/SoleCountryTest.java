package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The page's country where the page names one country, once, and no other (devset/GUIDELINES.md, "Places": the subject
 * carries over): a national item's later figures ("Total auto sales grew 11.4 percent") are that country's.
 */
class SoleCountryTest {

  @Test
  void theOneCountryAPageNamesIsItsCountry() {
    assertEquals("US", SoleCountry.of(Map.of("US", 1), Set.of("US"), Set.of("US"), "EV sales jump", "Sales in the U.S. rose."));
    // Outside the devset: consumeraffairs.com, 2021-04-21, "Electric and hybrid vehicle sales jump 81 percent" (Cox
    // Automotive data; the same release on whoradio.iheart.com is devset f12-e-06, gold US for "11.4 percent").
    List<Figure> fs = Texts.figuresUnder(LocalDate.of(2021, 4, 21), "Electric and hybrid vehicle sales jump 81 percent",
        "An analysis of sales data by Cox Automotive and Kelley Blue Book shows sales of both electric and hybrid vehicles grew faster than the overall market in the first quarter.",
        "Electrified vehicles accounted for 7.8% of the total U.S. market, up from 4.8% in the first quarter of 2020 -- a growth rate of 81 percent.",
        "Total auto sales grew 11.4 percent in the first quarter.");
    assertEquals(List.of("US"), Texts.endingWith(fs, "11.4 percent").place());
  }

  @Test
  void aSecondCountryOrNoneKeepsNoDefault() {
    // A buyer or a rival named anywhere: the page may be about either.
    assertNull(SoleCountry.of(Map.of("US", 1), Set.of("US", "JP"), Set.of("US", "JP"), null, "Sales in the U.S. and Japan rose."));
    // A company's home only ("Tesla"): the page names no country itself.
    assertNull(SoleCountry.of(Map.of("US", 1), Set.of(), Set.of(), null, "Tesla sales rose."));
    // An adjective only ("surging Chinese demand": a cause), or a world total ("Global electric vehicle sales … with China
    // accounting for more than half", automotiveworld.com, Rho Motion): no page country.
    assertNull(SoleCountry.of(Map.of("CN", 1), Set.of("CN"), Set.of(), null, "Profit doubled, driven by surging Chinese demand."));
    assertNull(SoleCountry.of(Map.of("CN", 1), Set.of("CN"), Set.of("CN"), null,
        "Global electric vehicle sales reached 9.1 million units, with China accounting for more than half."));
    // Negative, yacarros (devset f11-e-10): "Used electric vehicle prices reach peak" names no country at all.
    List<Figure> fs = Texts.figuresUnder(LocalDate.of(2023, 9, 1), "Used electric vehicle prices reach peak",
        "Recurrent, which reports on the battery health of used electric vehicles, tracks the prices of specific electric vehicles from model years 2017 to 2019.",
        "The average price of these models decreased by 2.9% since July, reaching $37,597.77, according to the analysis.");
    assertEquals(List.of(), Texts.endingWith(fs, "2.9%").place());
  }

  @Test
  void aCountryOpeningABodysNameIsNoPageCountry() {
    // devset/alone b-034 (koreabizwire.com, read alone; gold no place): "the Korea Customs Service (KTS)" names a body, not
    // the sentence's subject; "South Korea's exports" would.
    List<Figure> fs = Texts.figuresUnder(null, null,
        "Outbound shipments of accumulators, such as lithium-ion batteries amounted to a record US$4.4 billion in 2016, up 11.6 percent from $3.94 billion a year earlier, according to the data by the Korea Customs Service (KTS).");
    assertEquals(List.of(), Texts.endingWith(fs, "US$4.4 billion").place());
    // The same page naming its country by name before the body's name keeps it (iheart's "the total U.S. market").
    List<Figure> us = Texts.figuresUnder(LocalDate.of(2021, 4, 21), "EV sales jump",
        "Electrified vehicles accounted for 7.8% of the total U.S. market, up from 4.8% a year earlier.",
        "Total auto sales grew 11.4 percent in the first quarter.");
    assertEquals(List.of("US"), Texts.endingWith(us, "11.4 percent").place());
  }
}
