package org.claimgraph.analysis;

import org.claimgraph.article.Article;
import org.claimgraph.entity.EntityFinder;
import org.claimgraph.figure.FigureExtractor;
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
 * <p>Thread-safe: analyse several articles at once from several threads.
 */
public final class Analyzer {

  private final Annotator annotator;
  private final EntityFinder entities = new EntityFinder();
  private final FigureExtractor figures = new FigureExtractor();

  public Analyzer() {
    this(new Annotator());
  }

  public Analyzer(Annotator annotator) {
    this.annotator = annotator;
  }

  public ArticleAnalysis analyze(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    return new ArticleAnalysis(article, entities.find(annotated), figures.extract(annotated), annotated.tokenCount(),
        annotated.sentences().stream().map(s -> new ArticleAnalysis.Span(s.start(), s.end())).toList());
  }
}
