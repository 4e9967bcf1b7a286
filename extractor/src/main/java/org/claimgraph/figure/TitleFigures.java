package org.claimgraph.figure;

import java.util.List;
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

  /** The title's figures, each with {@link Evidence#inTitle()} set; none for an article without a title. */
  public List<Figure> extract(Article article, Function<Article, AnnotatedArticle> annotate) {
    String title = article.title();
    if (title == null || title.isBlank() || title.strip().equals("-")) return List.of();
    // The title read as a one-paragraph article of the same publisher and date: offsets are then offsets into the title.
    Article headline = new Article(article.id(), article.source(), title, article.publisher(), article.authors(), article.date(),
        article.url(), article.language(), title, List.of(new Paragraph(0, title.length(), Paragraph.Kind.PARAGRAPH)));
    return extractor.extract(annotate.apply(headline)).stream().map(TitleFigures::inTitle).toList();
  }

  private static Figure inTitle(Figure f) {
    // A headline credits nobody (as highlights do): its figures restate the body's, which carry the credits.
    return new Figure(f.quantity(), f.kind(), f.basis(), f.direction(), f.period(), f.measure(), f.place(), null,
        f.evidence().inTheTitle(), f.fromLevel(), f.toLevel());
  }
}
