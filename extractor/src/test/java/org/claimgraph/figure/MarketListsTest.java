package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list of figures each naming its own market pairs each figure with its country ("5,705,699 in China, 2,153,266 in
 * Europe and 1,177,442 in the U.S.", "India at 585Mt, the USA at 1004Mt"), and the figure without one keeps only its
 * own country (devset/GUIDELINES.md "Places": a place list means exporter → destination, so a market's figure names
 * that market alone; a region gets no place). Sentences of publishers outside the devset, found with the search
 * tool's pages; the right answers were written down before the rule.
 */
class MarketListsTest {

  private static final LocalDate D = LocalDate.of(2012, 6, 13);

  @Test
  void eachSubsidyOfARangeHasItsCountry() {
    // evwind.es (REVE), 2011: "… offer subsidies ranging from €380 in Germany to €20,588 in Denmark …"
    String s = "All the European countries surveyed by JATO offer subsidies ranging from €380 in Germany to €20,588 in Denmark, "
        + "but the subsidies are not thought to have contributed significantly to boosting electric car sales.";
    assertEquals(List.of("DE"), Texts.place(D, "€380", s));
    assertEquals(List.of("DK"), Texts.place(D, "€20,588", s));
  }

  @Test
  void producersComparedAtTheirOutput() {
    // miningmonthly.com (Mining Monthly), 2012: World Coal Association figures.
    String s = "Australia produced 414 million tonnes in 2011, compared with India at 585Mt, the USA at 1004Mt, and China with a "
        + "staggering 3471Mt, according to figures released by the World Coal Association.";
    assertEquals(List.of("AU"), Texts.place(D, "414 million tonnes", s));
    assertEquals(List.of("IN"), Texts.place(D, "585Mt", s));
    assertEquals(List.of("US"), Texts.place(D, "1004Mt", s));
    assertEquals(List.of("CN"), Texts.place(D, "3471Mt", s));
    String ranks = "Indonesia was the fourth biggest thermal coal producer with 373Mt, while South Africa was fifth with 250Mt.";
    assertEquals(List.of("ID"), Texts.place(D, "373Mt", ranks));
    assertEquals(List.of("ZA"), Texts.place(D, "250Mt", ranks));
  }

  @Test
  void aRankingWithTheirProduction() {
    // wordscope.be (a bilingual EU text): "The world leader is China with a production of 850 million tonnes (up 4.6 %), followed by …"
    String s = "The world leader is China with a production of 850 million tonnes (up 4.6 %), followed by the United States with "
        + "742 million tonnes (no change), Poland with 192 million (no change) and South Africa with 177 million tonnes (up 2.3 %).";
    assertEquals(List.of("CN"), Texts.place(D, "850 million tonnes", s));
    assertEquals(List.of("US"), Texts.place(D, "742 million tonnes", s));
    assertEquals(List.of("PL"), Texts.place(D, "192 million", s));
    assertEquals(List.of("ZA"), Texts.place(D, "177 million tonnes", s));
  }

  @Test
  void oneMarketAloneIsNoList() {
    // Negative: globalenergyprize.org (Global Energy Prize), Rystad Energy's figures: one market, the sentence's own.
    String s = "In Germany in September, a total of 56,000 electric vehicles were sold, constituting a share of 30 % of overfall sales.";
    assertEquals(List.of("DE"), Texts.place(LocalDate.of(2021, 11, 18), "56,000 electric vehicles", s));
  }
}
