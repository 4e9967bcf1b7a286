package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * The readings kept or skipped for speed (perf36): a text read again reads as it did, in a list of the caller's own; a
 * headline read without credits has the same figures; the outlet patterns' guards leave their matches alone.
 */
class RepeatedReadingsTest {

  private static List<String> codes(List<org.claimgraph.lexicon.PhraseMatcher.Match<Lexicon.Country>> mentions) {
    return mentions.stream().map(m -> m.value().code()).toList();
  }

  @Test
  void aSentenceReadAgainNamesTheSameCountriesInANewList() {
    PlaceResolver places = new PlaceResolver(Lexicon.get());
    // Reuters; Mining Weekly
    String trade = "Exports to the United States fell 12% in May, while shipments to the EU rose 3%.";
    String output = "South Africa produced 4.2 million ounces of platinum, the Minerals Council said.";
    var first = places.mentions(trade);
    assertEquals(List.of("US", "EU"), codes(first));
    var again = places.mentions(trade);
    assertEquals(first, again);
    assertNotSame(first, again);
    again.clear();
    assertEquals(List.of("US", "EU"), codes(places.mentions(trade)));
    assertEquals(List.of("ZA"), codes(places.mentions(output)));
    assertEquals(List.of("US", "EU"), codes(places.mentions(trade)));
  }

  @Test
  void aTextReadAgainAtAnotherOffsetHasThatOffsetsCredits() {
    AttributionFinder finder = new AttributionFinder(Lexicon.get());
    // Reuters (CAAM); Mining.com (Cochilco)
    String cars = "Sales rose 5% in May, the China Association of Automobile Manufacturers said.";
    String copper = "Output fell 3% in April, according to Chilean copper commission Cochilco.";
    List<Attribution> at0 = finder.find(cars, 0);
    List<Attribution> at100 = finder.find(cars, 100);
    assertEquals(1, at0.size());
    assertEquals(at0.get(0).start() + 100, at100.get(0).start());
    assertEquals(at0.get(0).source(), at100.get(0).source());
    finder.find(copper, 0);
    List<Attribution> again = finder.find(cars, 0);
    assertEquals(at0, again);
    assertNotSame(at0, again);
    again.clear();
    assertEquals(at0, finder.find(cars, 0));
  }

  private static List<Figure> uncredited(List<Figure> figures) {
    return figures.stream().map(f -> new Figure(f.quantity(), f.kind(), f.basis(), f.direction(), f.period(), f.measure(), f.place(), null,
        f.evidence(), f.fromLevel(), f.toLevel())).toList();
  }

  @Test
  void aHeadlineReadWithoutCreditsHasTheSameFigures() {
    FigureExtractor extractor = new FigureExtractor();
    // Nasdaq (Reuters); Mining Weekly
    for (String title : List.of("China's May rare earth exports rise 9%, customs data show",
        "Chile copper output falls 3.5% in April, Cochilco says")) {
      AnnotatedArticle headline = Texts.article(LocalDate.of(2024, 6, 7), title);
      List<Figure> credited = extractor.extract(headline);
      assertTrue(credited.stream().anyMatch(f -> f.attribution() != null), credited.toString());
      assertEquals(uncredited(credited), uncredited(extractor.extract(headline, false)));
    }
  }

  @Test
  void theOutletGuardsKeepTheOutletsNamed() {
    // Famagusta Gazette; Today.Az; China.org.cn
    assertEquals(Set.of("Petra"), DescribedOutlets.named("the state-run Petra news agency reported on Sunday."));
    assertTrue(DescribedOutlets.named("Exports rose 7%, Azernews reports, citing Uza.uz.").contains("Azernews"));
    assertTrue(DescribedOutlets.named("state-run media Vientiane Times reported").contains("Vientiane Times"));
    // No outlet words: nobody is called an outlet.
    assertEquals(Set.of(), DescribedOutlets.named("Exports rose 7%, Reuters reported, and the Petra News Agency agreed."));
  }
}
