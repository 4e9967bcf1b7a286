package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A flow's two ends where the sentence names only where the quantity went ("… went to Bulgaria"), and a page whose subject is
 * its exporter however often it names the buyer (devset/GUIDELINES.md, "Places": exporter first; the subject carries over).
 */
class DestinationFlowsTest {

  private static final PlaceResolver PLACES = new PlaceResolver(Lexicon.get());

  private static List<String> applied(List<String> place, String exporter, String sentence) {
    return DestinationFlows.apply(place, exporter, "export", sentence, PLACES.mentions(sentence));
  }

  @Test
  void aQuantitySentToTheOnlyCountryNamedIsTheExportersFlow() {
    // Outside the devset: nasdaq.com (Reuters), 2023-06-06, "Philippines Q1 nickel ore output totals 4 mln dmt".
    assertEquals(List.of("PH", "CN"), applied(List.of("CN"), "PH",
        "The MGB said almost 97% of nickel ore exports in the last two years went to China, where demand is expected to increase this year."));
    // Southern Times (devset f24-m-06): "exported every six weeks to mainland China".
    assertEquals(List.of("NA", "CN"), applied(List.of("CN"), "NA",
        "The company said an estimated 30,000 tonnes of lithium concentrate will be exported every six weeks to mainland China."));
  }

  @Test
  void aSecondCountryOrNoVerbOfSendingKeepsThePlace() {
    // Negative, outside the devset: philippinenickel.org ("PH sees decline in nickel ore shipment"): two more destinations.
    assertEquals(List.of("CN"), applied(List.of("CN"), "PH",
        "90 percent of the country’s total output goes to China, while the rest are being shipped to Japan and Australia."));
    // Negative: a country compared with, not sent to (fresh24 f24-e-03, evbn.org).
    assertEquals(List.of("CN"), applied(List.of("CN"), "VN",
        "Vietnam is the world’s second-largest electric motorbike market, trailing China and accounting for 10% of the world’s sales in 2021."));
    // Negative: no exports page.
    String s = "Concentrate worth $174 million (157,000 tons) went to China.";
    assertEquals(List.of("CN"), DestinationFlows.apply(List.of("CN"), "AM", null, s, PLACES.mentions(s)));
  }

  @Test
  void thePagesExporterTakesTheFiguresSentToItsBuyers() {
    // hetq.am (devset f24-m-10), "Armenia’s Copper Exports Up 32%; Relaunch of Teghout a Major Factor".
    List<Figure> fs = Texts.figuresUnder(LocalDate.of(2020, 2, 10), "Armenia’s Copper Exports Up 32%; Relaunch of Teghout a Major Factor",
        "Armenia exported 562,000 tons of copper concentrate in 2019, the largest amount in the past ten years.",
        "40% (226,000 tons) of the ore went to Bulgaria.",
        "Concentrate worth $174 million (157,000 tons) went to China. That’s double the tonnage of 2018.");
    assertEquals(List.of("AM", "BG"), Texts.endingWith(fs, "226,000 tons").place());
    assertEquals(List.of("AM", "CN"), Texts.endingWith(fs, "157,000 tons").place());
  }

  @Test
  void aBuyerNamedAsDestinationIsNotThePagesCountry() {
    // vestikavkaza.ru (devset f22-m-05): China and Türkiye named as buyers ("go to Chinese organizations"), Kazakhstan as seller.
    List<Figure> fs = Texts.figuresUnder(LocalDate.of(2024, 3, 1), "Türkiye and China buy more copper cathode from Kazakhstan",
        "According to the Ministry of Industry and Construction of the Republic of Kazakhstan, Türkiye and China began to purchase more copper cathode from Kazakhstan.",
        "It is reported that in addition to China and Türkiye, Latvia also purchases copper from Kazakhstan. 63% of all exports go to Chinese organizations, 31% goes to Türkiye, and 4% to Latvia.");
    assertEquals(List.of("KZ", "TR"), Texts.endingWith(fs, "31%").place());
    // Negative, kun.uz (devset f20-e-07): "imports to Uzbekistan" names the importer the page is about, not a partner.
    List<Figure> uz = Texts.figuresUnder(LocalDate.of(2022, 7, 20), "EV imports up by 4.5 times",
        "The State Statistics Committee has provided data on electric vehicle imports to Uzbekistan.",
        "According to the committee, in January-June 2022, Uzbekistan imported 1,125 electric vehicles from 10 countries for $34.1 million.",
        "During the reporting period, Uzbekistan imported electric vehicles mainly from the following countries:", "China - 983;",
        "UAE - 73;", "Germany - 27;");
    assertEquals(List.of("CN", "UZ"), Texts.endingWith(uz, "983").place());
  }
}
