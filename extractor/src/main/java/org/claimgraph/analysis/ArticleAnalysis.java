package org.claimgraph.analysis;

import java.util.List;
import java.util.Objects;
import org.claimgraph.article.Article;
import org.claimgraph.article.Languages;
import org.claimgraph.entity.Entity;
import org.claimgraph.figure.Figure;

/**
 * Everything the extractor found in one article.
 *
 * @param article  metadata and clean text
 * @param entities countries, regions, organizations, people, materials
 * @param figures  the figures, in text order
 * @param tokens   number of tokens annotated (for throughput figures)
 * @param sentences the sentences' ranges in the article text, in order
 */
public record ArticleAnalysis(Article article, List<Entity> entities, List<Figure> figures, int tokens,
    List<Span> sentences) {
  public ArticleAnalysis {
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    figures = List.copyOf(figures);
    sentences = List.copyOf(sentences);
  }

  /** Whether figures were not extracted because the article is not in English. */
  public boolean languageSkipped() {
    return !Languages.isEnglishOrUnknown(article);
  }

  /** A sentence's character range in the article text. */
  public record Span(int start, int end) {}
}
