package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/**
 * Makers of several homes are a market's roll call: their homes do not vote for the page's country, and the one country such a
 * page names is their market (fresh19's Irish SIMI report naming Hyundai and Kia five times went to KR, 23 figures; fresh11's
 * US used-EV price report to DE). Sentences of publishers outside the devset (search tool, corpus pages); the expected homes and
 * places were written down before the rule.
 */
class MakerRollCallsTest {

  private static final PlaceResolver PLACES = new PlaceResolver(Lexicon.get());

  /** The homes a text's companies vote for the page's country with. */
  private static List<String> homes(String text) {
    return MakerRollCalls.votes(PLACES.companyCountries(text));
  }

  @Test
  void aMarketsRankingOfMakersOfSeveralHomesVotesForNone() {
    // automotivedealernews.com, 2023-06-01 (Irish market, SIMI).
    assertEquals(List.of(), homes("Today’s figures show that the top selling new car models were the Hyundai Tucson, Kia Sportage, "
        + "Toyota Corolla, Toyota Yaris Cross and Volkswagen ID.4."));
    // terrific.ie, 2022 (Irish market).
    assertEquals(List.of(), homes("The big winners are Hyundai, Toyota, and Kia who, together, account for over 40% of new car "
        + "registrations so far in 2022."));
    // completecar.ie, July 2023 (Irish market).
    assertEquals(List.of(), homes("Toyota currently leads the new vehicle registration figures, ahead of Volkswagen, Hyundai, Skoda and Kia."));
    // automuse.co.nz, September 2020 (New Zealand market).
    assertEquals(List.of(), homes("Toyota remains the overall market leader with 15 per cent market share (1623 units), followed by Ford "
        + "with 9 per cent (994 units) and Mitsubishi in third spot also with 9 per cent market share (978 units)."));
    // goauto.com.au, July 2023 (New Zealand market).
    assertEquals(List.of(), homes("Passenger vehicle sales favoured the Toyota RAV4 (319 units), Ford Everest (265 units) and Kia Niro "
        + "(184 units), while light commercial preferences fell to the Ford Ranger (518 units), Toyota HiLux (270 units) and Iveco Daily (82 units)."));
    // world-today-news.com (Czech market).
    assertEquals(List.of(), homes("The first is the Škoda brand, which fell by almost five percent to 65,244 cars sold, followed by Hyundai "
        + "with 18,514 cars, Volkswagen with sales of 15,829 cars, followed by Toyota and Kia."));
  }

  @Test
  void aPageNamingOneCountryAndMakersOfSeveralHomesIsThatMarket() {
    assertEquals("US", MakerRollCalls.market(java.util.Set.of("US"), List.of("JP", "US", "US", "JP")));
    assertEquals(null, MakerRollCalls.market(java.util.Set.of("US", "CN"), List.of("JP", "US")));
    assertEquals(null, MakerRollCalls.market(java.util.Set.of("IE"), List.of("CN", "CN")));
    assertEquals(null, MakerRollCalls.market(java.util.Set.of(), List.of("JP", "US")));
  }

  @Test
  void aSentenceAboutMakersOfOneHomeStillVotes() {
    // stuff.co.nz, 2022-09-04: two Teslas, one home.
    assertEquals(List.of("US", "US"), homes("The top-selling EVs for August were the Tesla Model 3 (745 units) followed by the Tesla Model Y (581 units)."));
    // automuse.co.nz, September 2020.
    assertEquals(List.of("US"), homes("Tesla made it into the top 10 for the first time with 158 units registered for the month, including 139 Model 3 cars."));
  }

  @Test
  void anIrishRegistrationsReportNamingKoreanMakersIsIrelands() {
    // automotivedealernews.com/2023/06/01/new-car-sales-are-closer-to-pre-covid-levels: a .com site; Ireland only through SIMI.
    // Hyundai and Kia are named four times, all in rankings of models: the figures are Ireland's, not Korea's.
    List<Figure> fs = Texts.figuresAt("https://automotivedealernews.com/2023/06/01/new-car-sales-are-closer-to-pre-covid-levels",
        LocalDate.of(2023, 6, 1),
        "New car registrations rose by almost 43% in May compared to the same month last year, according to new figures from the "
            + "Society of the Irish Motor Industry (SIMI).",
        "Last month, 7,557 new cars were sold, compared to 5,295 in May 2022.",
        "“New car sales rose again in May compared to the same month last year, and new car sales are now approaching pre-Covid levels,” "
            + "said Brian Cooke, CEO of SIMI.",
        "Today’s figures show that the top selling new car models were the Hyundai Tucson, Kia Sportage, Toyota Corolla, Toyota Yaris "
            + "Cross and Volkswagen ID.4.",
        "Meanwhile, the top EV models were the Volkswagen ID.4, Hyundai Ioniq 5, Tesla Model Y, Skoda Enyaq and Kia EV6.");
    assertEquals(List.of("IE"), Texts.endingWith(fs, "7,557 new cars").place());
  }

  @Test
  void anIrishSitesReportNamingIrelandTwiceIsIrelands() {
    // thesun.ie/motors/10153233, 2023-02-01: Ireland named twice, Hyundai and Kia six times in lists of models.
    List<Figure> fs = Texts.figuresAt("https://www.thesun.ie/motors/10153233/major-blow-ireland-car-sales-elon-musk-tesla/",
        LocalDate.of(2023, 2, 1),
        "The Society of the Irish Motor Industry have released their official statistics for January.",
        "It found that new vehicle registrations for the month of January were up 9.4 per cent at 27,364, when compared to January 2022 at 25,014.",
        "Tesla was one of Ireland's top best selling cars last year, but it has dropped out of the top ten list.",
        "The top selling Electric Vehicles in January 2023 were the Hyundai Iconiq 5, Hyundai Kona, Volkswagen ID.4, Kia EV6, BMW I4, "
            + "Kia Niro, Nissan Leaf, Skoda Enyaq, Renault Megane and the Toyota BZ4X.",
        "The top car model’s year 2023 included the Hyundai Tucson in the first spot followed by several Toyota models.",
        "Brian Cooke, SIMI Director General said: “New car registrations for the month of January are 9.4 per cent ahead of last year.”");
    assertEquals(List.of("IE"), Texts.endingWith(fs, "27,364").place());
  }

  @Test
  void sentencesReadAloneTakeNoCountryFromNothing() {
    // automotivedealernews.com, read alone (no page, no date): no market is named, so no country, and no maker's home.
    assertEquals(List.of(), Texts.place(null, "7,557 new cars", "Last month, 7,557 new cars were sold, compared to 5,295 in May 2022."));
    // terrific.ie, read alone: the roll call is read without a crash (its joint share's place is the sentence's business).
    List<Figure> fs = Texts.figures(null,
        "The big winners are Hyundai, Toyota, and Kia who, together, account for over 40% of new car registrations so far in 2022.");
    assertFalse(fs.isEmpty());
  }
}
