package org.claimgraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.article.Article;
import org.junit.jupiter.api.Test;

/** Figures of headlines, on real headlines of several publishers; offsets are into the title. */
class TitleFiguresTest {

  private static List<Figure> headline(String title, LocalDate date) {
    Article body = Texts.article(date, "The body of the article.").article();
    Article titled = new Article(body.id(), body.source(), title, body.publisher(), body.authors(), body.date(), body.url(),
        body.language(), body.text(), body.paragraphs());
    return new TitleFigures(new FigureExtractor()).extract(titled, h -> Texts.article(date, h.text()));
  }

  private static Figure only(List<Figure> fs, String quote) {
    return fs.stream().filter(f -> f.evidence().quote().equals(quote)).findFirst().orElseThrow(() -> new AssertionError(quote + " in " + fs));
  }

  @Test
  void aHeadlinesFiguresHaveOffsetsIntoTheTitle() {
    // Financial Post (Reuters), Hellenic Shipping News (Platts)
    String title = "China April rare earth exports fall 22% on month";
    Figure f = only(headline(title, LocalDate.of(2020, 5, 7)), "22%");
    assertTrue(f.evidence().inTitle());
    assertEquals("22%", title.substring(f.evidence().start(), f.evidence().end()));
    assertEquals(title, f.evidence().sentence());
    assertEquals(Kind.CHANGE, f.kind());
    title = "China’s July steel exports drop 15% on month, on year at 5.886 mil mt";
    List<Figure> fs = headline(title, LocalDate.of(2018, 8, 9));
    f = only(fs, "5.886 mil mt");
    assertEquals("5.886 mil mt", title.substring(f.evidence().start(), f.evidence().end()));
    assertEquals("2018-07", f.period());
  }

  @Test
  void aHeadlineCreditsNobody() {
    // Nasdaq (Reuters): the body carries the credit; USGS's own news headline
    List<Figure> fs = headline("S.Korea June 1-20 exports shrink 3.4%, trade deficit at $7.64 bln", LocalDate.of(2022, 6, 21));
    assertTrue(fs.stream().allMatch(f -> f.evidence().inTitle() && f.attribution() == null), fs.toString());
    only(fs, "3.4%");
    only(headline("USGS Records Nonfuel Mineral Production Jump of $3.6 Billion in 2022", LocalDate.of(2023, 1, 31)), "$3.6 Billion");
  }

  @Test
  void noTitleNoFigures() {
    assertEquals(List.of(), headline("-", LocalDate.of(2025, 1, 1)));
    Article body = Texts.article(LocalDate.of(2025, 1, 1), "Exports rose 5% in May.").article();
    Article untitled = new Article(body.id(), body.source(), null, null, List.of(), null, null, null, body.text(), body.paragraphs());
    assertEquals(List.of(), new TitleFigures(new FigureExtractor()).extract(untitled, h -> Texts.article(null, h.text())));
    assertNull(untitled.title());
  }
}
