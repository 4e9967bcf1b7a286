package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * place27b: "the country" after a paragraph that ends on a list of destinations stands for the country the page is about, not
 * for the list's last item ("… exported to Malaysia, Switzerland, Singapore and Austria. The country shipped 8 million
 * kilograms" is Rwanda's); and "the Indian and Pacific oceans" names two oceans, not India ("The Southeast Asian nation — an
 * archipelago … straddling the Indian and Pacific oceans … Last year the country produced 63% of the world's nickel" is
 * Indonesia's).
 */
class DescribedListsTest {

  @Test
  void aDestinationListIsNotTheCountry() {
    // igihe.com (Bloomberg), 2014 (devset f16-m-12; gold: place RW).
    List<Figure> fs = Texts.figuresAt("https://en.igihe.com/business/rwanda-forecasts-decline", LocalDate.of(2014, 10, 24),
        "Rwanda forecasts decline in mining export earnings",
        "Rwanda forecasts a 7.7 percent decline in export earnings from the mining industry this year as a retreat in commodity prices "
            + "counters higher shipment volumes, State Minister for Mines Evode Imena said.",
        "Rwanda is one of the world’s biggest producers of tantalum, a metal used in mobile phones and video-game consoles. It also "
            + "produces cassiterite, a tin ore, which is exported to Malaysia, Switzerland, Singapore and Austria.",
        "The country shipped 8 million kilograms of minerals from January through September this year compared with 7 million "
            + "kilograms shipped the year earlier, Imena said.");
    assertEquals(List.of("RW"), Texts.endingWith(fs, "8 million kilograms").place());
  }

  @Test
  void anOutsideDestinationListToo() {
    // confidentenamibia.com (The Namibian Confidente), 2024, outside the devset: "Uranium … was predominantly destined for China
    // and Canada." The sentence after it is written for the test (the page goes on with diamonds).
    List<Figure> fs = Texts.figuresAt("https://confidentenamibia.com/mining-quarrying-january-exports-at-n6-3b/", LocalDate.of(2024, 3, 20),
        "Mining, quarrying January exports at N$6.3b",
        "Namibia's mining and quarrying industry exported the most goods in January 2024. Uranium accounted for 31.7% of the total export "
            + "of goods and was predominantly destined for China and Canada.",
        "The country exported 1,200 tonnes of uranium oxide in January 2024.");
    assertNotEquals(List.of("CA"), Texts.endingWith(fs, "1,200 tonnes").place());
  }

  @Test
  void aCountryAfterTheListStillCounts() {
    // The negative case: a country named after the list, outside it, is the one "the country" stands for.
    List<Figure> fs = Texts.figuresAt("https://example.org/tin", LocalDate.of(2024, 3, 20),
        "Tin exports",
        "Cassiterite is exported to Malaysia and Austria. Meanwhile Bolivia raised its own tin output.",
        "The country shipped 8,000 tonnes of tin in 2023.");
    assertEquals(List.of("BO"), Texts.endingWith(fs, "8,000 tonnes").place());
  }

  @Test
  void theIndianAndPacificOceansAreNotIndia() {
    // techi3.com (Mining.com's story), January 2025 (devset f17-m-03; gold: place ID).
    List<Figure> fs = Texts.figuresAt("https://techi3.com/indonesia-nickel", LocalDate.of(2025, 1, 20),
        "Will Indonesia shut the nickel spigot to spur prices?",
        "Indonesia’s clout in the global nickel market rivals OPEC’s in oil.",
        "The Southeast Asian nation – an archipelago of more than 17,000 islands straddling the Indian and Pacific oceans – holds the "
            + "largest nickel reserves on the planet.",
        "Last year the country produced 63% of the world’s nickel, up from 28% in 2020.");
    assertEquals(List.of("ID"), Texts.endingWith(fs, "63%").place());
  }

  @Test
  void anOutsideSentenceOnTheOceans() {
    // alexdenne.com "Indonesia" (outside the devset): "The archipelago sits where the Indian and Pacific oceans meet, controlling the
    // Strait of Malacca through which 40% of global trade passes." India is not named.
    List<Figure> fs = Texts.figuresAt("https://alexdenne.com/locations/indonesia", LocalDate.of(2025, 6, 1),
        "Indonesia",
        "Indonesia sprawls across 17,508 islands spanning three time zones and two continental shelves. The archipelago sits where the "
            + "Indian and Pacific oceans meet, controlling the Strait of Malacca through which 40% of global trade passes.");
    org.junit.jupiter.api.Assertions.assertFalse(Texts.endingWith(fs, "40%").place().contains("IN"));
  }
}
