package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In an article about one country's exports, a destination its sentence marks ("Deliveries to Japan", "India
 * received", "Major destinations for China’s flake graphite exports were South Korea at 703 tonnes") receives that
 * country's exports: exporter first, then the destination (devset/GUIDELINES.md, "Places"). Real sentences of
 * publishers outside the development set (the search tool's stored pages), annotated before the rule was written.
 */
class ExportDestinationsTest {

  private static List<String> place(LocalDate date, String quote, String title, String... paragraphs) {
    return PeriodRulesTest.figure(Texts.figuresUnder(date, title, paragraphs), quote).place();
  }

  @Test
  void aCountryReceivingIsTheExportersDestination() {
    // US Coal Exports (Platts/Census data), https://uscoalexports.org/2021/05/13/us-coal-exports-jump-to-18-month-high-in-march-census
    assertEquals(List.of("US", "IN"), place(LocalDate.of(2021, 5, 13), "1.53 million mt", "US coal exports jump to 18-month high in March: Census",
        "US coal exports rose to an 18-month high 6.88 million mt in March, as thermal coal exports jumped to their highest level since January 2019, "
            + "according to US Census Bureau data released May 4.",
        "India received the largest volume of thermal coal at 1.53 million mt in March, compared with 1.6 mt in February and 1.03 million mt in the year-ago month."));
    // EUWID Wood Products, https://www.euwid-wood-products.com/news/wood-products/single/Artikel/usa-pellet-exports-increase-by-5-in-2020.html
    assertEquals(List.of("US", "JP"), place(LocalDate.of(2021, 2, 17), "26,740t", "USA pellet exports increase by 5% in 2020",
        "Despite a slight decline in exports recorded in the fourth quarter, US pellet exports over the entire year rose by 5% to 7.256m t.",
        "Exports to Japan, at 26,740t, also increased many times over, albeit from a very low starting level."));
  }

  @Test
  void aCountryListedAsDestinationIsTheExportersDestination() {
    // MQ World (Census data), https://mqworld.com/2020/04/03/us-thermal-coal-exports-climb-nine-month-high/
    assertEquals(List.of("US", "IN"), place(LocalDate.of(2020, 4, 3), "2.13 million mt", "US thermal coal exports climb to nine-month high",
        "US coal exports rose to 6.19 million mt in February, as thermal exports climbed to a nine-month high, Census Bureau data showed.",
        "For the year, the top bituminous coal export destinations are India, at 2.13 million mt compared with 1.95 million mt in the year-ago period."));
    // Vinachem (fresh3): the destinations of the article's exporter, named without "to"
    assertEquals(List.of("CN", "US"), place(LocalDate.of(2024, 3, 20), "735 tonnes", "China’s Jan-Feb graphite exports plunge amid export controls",
        "Destinations for spherical graphite during January and February include Japan at 1,567 tonnes (61.04%), the US at 735 tonnes (28.63%) "
            + "and South Korea at 243 tonnes (9.47%)."));
  }

  @Test
  void deliveriesAndSuppliesToACountryAreExports() {
    // St. Louis Group (Argus), fresh3: "supplies" and "deliveries" name the exports of the article's country
    String title = "China’s antimony exports rise in 2019";
    String[] text = {"The country exported 12,704t of the minor metal in 2019, up by 141pc from 5,274t in 2018.",
        "Shipments to South Korea rose by 48pc from a year earlier, to 2,374t in 2019, while supplies to Belgium increased to 2,272t.",
        "Deliveries to Japan and the Netherlands were 1,908t and 1,504t, up by 77pc respectively."};
    LocalDate jan2020 = LocalDate.of(2020, 1, 20);
    assertEquals(List.of("CN", "BE"), place(jan2020, "2,272t", title, text));
    assertEquals(List.of("CN", "JP"), place(jan2020, "1,908t", title, text));
    assertEquals(List.of("CN", "NL"), place(jan2020, "1,504t", title, text));
  }

  @Test
  void aPossessiveExporterIsNoDestination() {
    // Vinachem, fresh3: "destinations for China’s … exports" — "for" before China does not make it a buyer
    assertEquals(List.of("CN", "KR"), place(LocalDate.of(2024, 3, 20), "703 tonnes", "China’s Jan-Feb graphite exports plunge amid export controls",
        "Major destinations for China’s flake graphite exports in January and February were South Korea at 703 tonnes (21.74%), "
            + "Japan at 417 tonnes (12.90%) and the Netherlands at 380 tonnes (11.74%)."));
  }

  @Test
  void aDestinationOutsideAnExportStoryStaysAlone() {
    // negative: an article about prices, not exports — the destination gets no exporter
    assertEquals(List.of("IN"), place(LocalDate.of(2021, 5, 13), "1.53 million mt", "Thermal coal prices steady in March",
        "Prices of thermal coal held steady in March.",
        "India received the largest volume of thermal coal at 1.53 million mt in March."));
  }
}
