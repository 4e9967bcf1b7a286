package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * A headline naming both sides of a trade flow ("China’s Rare Earth Imports from Myanmar Dry Up") gives its figures that name
 * one side or none the pair, exporter first (devset/GUIDELINES.md, "Places"; fresh21 call 22). Outside sentences found with
 * the search tool's pages.
 */
class HeadlineFlowsTest {

  private static final PlaceResolver PLACES = new PlaceResolver(Lexicon.get());

  private static HeadlineFlows.Pair pair(String title) {
    return HeadlineFlows.of(title, PLACES);
  }

  @Test
  void aHeadlineNamesTheFlowsTwoSides() {
    // reuters.com, 2021-09-20; tungusten.com (devset f21-m-03) rewrote it
    assertEquals(new HeadlineFlows.Pair("MM", "CN"), pair("China's rare earth imports from Myanmar dry up after border closure"));
    // tnp.sg (The New Paper), 2019-08-26
    assertEquals(new HeadlineFlows.Pair("CN", "US"), pair("China's exports of rare earth magnets to US rebound in July"));
    // globalspark (devset f11-m-09); survivalnomics.org (devset f11-m-02); seaisi.org (devset f8-m-01)
    assertEquals(new HeadlineFlows.Pair("CN", "JP"), pair("China's Rare Earth Magnet Exports to Japan Drop Again in December"));
    assertEquals(new HeadlineFlows.Pair("CN", "US"), pair("The US Relies Heavily On Rare Earth Imports From China"));
    assertEquals(new HeadlineFlows.Pair("PH", "CN"), pair("Philippines remains largest nickel ore, concentrate exporter to China"));
  }

  @Test
  void aHeadlineWithoutBothSidesNamesNoPair() {
    // Negative: a region is no owner ("Africa's graphite exports to China", devset f2-m-02), one side only names no pair.
    assertNull(pair("Africa's graphite exports to China rise by 170% in H1 2019"));
    assertNull(pair("Rare Earth Imports to EU Drop Nearly 30% in 2024, China Still Dominant Supplier"));
    assertNull(pair("China August rare earth exports fall 3.4% on month"));
  }

  @Test
  void theFlowsFiguresNamingOneSideOrNoneAreThePairs() {
    // reuters.com, 2021-09-20 ("China's rare earth imports from Myanmar dry up after border closure"), as tungusten.com
    // rewrote its figures: the customs figures name China or no country.
    List<Figure> fs = Texts.figuresUnder(LocalDate.of(2021, 9, 29), "China’s Rare Earth Imports from Myanmar Dry Up",
        "Data released by China's General Administration of Customs showed that only 23 tons of rare earth compounds were imported last month, which were shipped to the country to be processed into materials available for manufacturers.",
        "That was down 91.8% from 270 tonnes in July, which was itself down 79% from June.");
    assertEquals(List.of("MM", "CN"), Texts.endingWith(fs, "23 tons").place());
    assertEquals(List.of("MM", "CN"), Texts.endingWith(fs, "270 tonnes").place());
  }

  @Test
  void theOwnersWholeFlowStaysTheOwners() {
    // Negative, profit.pakistantoday.com.pk (devset f8-m-09): China's exports to every destination under a headline of its
    // exports to the US; nation.com.pk (devset f20-m-07): Pakistan's copper exports from Pakistan, no destination named.
    List<Figure> fs = Texts.figuresUnder(LocalDate.of(2025, 7, 21), "China’s rare earth magnet exports to U.S. jump 660% in June",
        "Overall, China exported 3,188 tons of rare earth permanent magnets globally in June, compared with 1,238 tons in May.");
    assertEquals(List.of("CN"), Texts.endingWith(fs, "3,188 tons").place());
    List<Figure> pk = Texts.figuresUnder(LocalDate.of(2020, 3, 20), "Pakistan's copper product exports to China",
        "Three year back exports of copper from Pakistan were only 106 million dollars.");
    assertEquals(List.of("PK"), Texts.endingWith(pk, "106 million dollars").place());
  }
}
