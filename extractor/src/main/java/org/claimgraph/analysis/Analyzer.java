package org.claimgraph.analysis;

import java.util.List;
import org.claimgraph.article.Article;
import org.claimgraph.article.Languages;
import org.claimgraph.entity.EntityFinder;
import org.claimgraph.figure.Figure;
import org.claimgraph.figure.FigureExtractor;
import org.claimgraph.figure.TitleFigures;
import org.claimgraph.nlp.AnnotatedArticle;
import org.claimgraph.nlp.Annotator;

/**
 * Article in, entities and figures out.
 *
 * <pre>{@code
 * Analyzer analyzer = new Analyzer();                 // uses the JVM's shared CoreNLP pipeline
 * ArticleAnalysis a = analyzer.analyze(new ArticleReader().read(path));
 * a.figures().forEach(System.out::println);
 * }</pre>
 *
 * <p>Figures are extracted from English text only (or text of unknown language): the rules and
 * lexicons are English. An article in another language still gets its entities and sentences.
 *
 * <p>Thread-safe: analyse several articles at once from several threads.
 */
public final class Analyzer {

  private final Annotator annotator;
  private final EntityFinder entities = new EntityFinder();
  private final FigureExtractor figures = new FigureExtractor();
  private final TitleFigures titleFigures = new TitleFigures(figures);

  public Analyzer() {
    this(new Annotator());
  }

  public Analyzer(Annotator annotator) {
    this.annotator = annotator;
  }

  public ArticleAnalysis analyze(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    List<Figure> found = List.of();
    if (Languages.isEnglishOrUnknown(article)) {
      // The body's figures, then the headline's (offsets into the title), credited as the body credits them.
      found = new java.util.ArrayList<>(figures.extract(annotated));
      found.addAll(titleFigures.extract(article, annotator::annotate, List.copyOf(found)));
      found = List.copyOf(found);
    }
    return new ArticleAnalysis(article, entities.find(annotated), found, annotated.tokenCount(),
        annotated.sentences().stream().map(s -> new ArticleAnalysis.Span(s.start(), s.end())).toList());
  }
}
