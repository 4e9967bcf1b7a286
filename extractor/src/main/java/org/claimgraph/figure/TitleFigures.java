package org.claimgraph.figure;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.claimgraph.article.Article;
import org.claimgraph.article.Paragraph;
import org.claimgraph.nlp.AnnotatedArticle;

/**
 * The figures of an article's headline ("China’s Rare Earth Magnet Exports Hit Six-Month High in
 * July", "Tesla's China-made monthly sales slip 18% year-on-year"), read with the same rules as the
 * body and the article's date, their quotes and sentence given by offsets into the title.
 *
 * <pre>{@code
 * List<Figure> headline = new TitleFigures(new FigureExtractor()).extract(article, annotator::annotate);
 * }</pre>
 */
public final class TitleFigures {

  private final FigureExtractor extractor;

  public TitleFigures(FigureExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * The title's figures, each credited as the body credits the figure that restates it ({@link #restatedCredit}); none for
   * an article without a title.
   */
  public List<Figure> extract(Article article, Function<Article, AnnotatedArticle> annotate, List<Figure> body) {
    return extract(article, annotate).stream().map(f -> withCredit(f, restatedCredit(f, body))).toList();
  }

  /** The title's figures, each with {@link Evidence#inTitle()} set and no credit; none for an article without a title. */
  public List<Figure> extract(Article article, Function<Article, AnnotatedArticle> annotate) {
    String title = article.title();
    if (title == null || title.isBlank() || title.strip().equals("-")) return List.of();
    // The title read as a one-paragraph article of the same publisher and date: offsets are then offsets into the title.
    Article headline = new Article(article.id(), article.source(), title, article.publisher(), article.authors(), article.date(),
        article.url(), article.language(), title, List.of(new Paragraph(0, title.length(), Paragraph.Kind.PARAGRAPH)));
    // No credits resolved: inTitle drops them.
    return extractor.extract(annotate.apply(headline), false).stream().map(TitleFigures::inTitle).toList();
  }

  private static Figure inTitle(Figure f) {
    // A headline names no source of its own (as highlights do): its figures restate the body's, which carry the credits.
    return new Figure(f.quantity(), f.kind(), f.basis(), f.direction(), f.period(), f.measure(), f.place(), null,
        f.evidence().inTheTitle(), f.fromLevel(), f.toLevel());
  }

  /**
   * The credit of the first body figure that restates a headline figure: the same value, unit and kind ("China March rare
   * earth exports fall 8.2% on year" over "…slid 8.2% from a year earlier, data from the General Administration of Customs
   * showed"), or null. A speaker's figure credits the speaker by name: the headline quotes nobody. A value the body states
   * otherwise ("22%" over "22.2%") is left uncredited: null beats a guess.
   */
  static Attribution restatedCredit(Figure headline, List<Figure> body) {
    Quantity h = headline.quantity();
    for (Figure f : body) {
      Quantity q = f.quantity();
      if (f.evidence().inTitle() || f.kind() != headline.kind() || q.value() != h.value() || !q.unit().equals(h.unit())
          || !Objects.equals(q.valueMax(), h.valueMax())) continue;
      Attribution a = f.attribution();
      if (a == null) return null;
      String source = a.source() != null ? a.source() : a.speaker().name();
      return new Attribution(source, null, a.cue(), a.start(), a.end(), true, a.via());
    }
    return null;
  }

  private static Figure withCredit(Figure f, Attribution credit) {
    return Objects.equals(credit, f.attribution()) ? f : new Figure(f.quantity(), f.kind(), f.basis(), f.direction(),
        f.period(), f.measure(), f.place(), credit, f.evidence(), f.fromLevel(), f.toLevel());
  }
}
