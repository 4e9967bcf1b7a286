package org.claimgraph.nlp;

import java.util.List;
import java.util.Objects;
import org.claimgraph.article.Article;

/** An article with its sentences and tokens. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
