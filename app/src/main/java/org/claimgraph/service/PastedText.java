package org.claimgraph.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimgraph.analysis.Analyzer;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.Iris;

/**
 * The figures of a pasted text, storing nothing: what {@code /api/extract} answers. The text is
 * read as a plain-text article (a first line becomes its title) and analysed with the JVM's one
 * CoreNLP pipeline, loaded on the first call.
 *
 * <pre>{@code
 * PastedText.Extraction x = PastedText.extract("China exported 619 tonnes of magnets to the US in July.");
 * x.text().substring(x.figures().get(0).start(), x.figures().get(0).end()); // "619 tonnes"
 * }</pre>
 */
public final class PastedText {

  /** The longest text accepted, in UTF-8 bytes. */
  public static final int MAX_BYTES = 100 * 1024;

  private static volatile Analyzer analyzer;

  private PastedText() {}

  /** The clean text as read (figure offsets index it) and its figures. */
  public record Extraction(String text, List<FigureRecord> figures) {}

  /** The figures of {@code text}; fails with an {@link IllegalArgumentException} saying why for empty or too long text. */
  public static Extraction extract(String text) {
    byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    if (text == null || text.isBlank()) throw new IllegalArgumentException("no text to extract from");
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException("text too long: " + bytes.length + " bytes, at most " + MAX_BYTES);
    }
    Article article;
    try {
      article = new ArticleReader().read("pasted.txt", bytes);
    } catch (ArticleException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return new Extraction(article.text(), analyzer().analyze(article).figures().stream()
        .map(f -> FigureRecord.of(article, Iris.article(article.id()), f)).toList());
  }

  private static Analyzer analyzer() {
    Analyzer a = analyzer;
    if (a == null) {
      synchronized (PastedText.class) {
        if (analyzer == null) analyzer = new Analyzer();
        a = analyzer;
      }
    }
    return a;
  }
}
