package org.claimgraph.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.nlp.AnnotatedArticle;
import org.claimgraph.nlp.Sentence;

/**
 * Builds annotated articles for rule tests without CoreNLP: one paragraph per line, sentences
 * split after ". " before a capital letter, not inside "U.S." (the rules read sentence text, not tokens).
 */
final class Texts {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”]?)(?<!\\b\\p{Lu}\\.\\p{Lu}\\.)\\s+(?=[\"“]?\\p{Lu})");

  private Texts() {}

  static AnnotatedArticle article(LocalDate date, String... paragraphs) {
    return articleBy(null, date, paragraphs);
  }

  /** As {@link #article(LocalDate, String...)}, published by {@code publisher}. */
  static AnnotatedArticle articleBy(String publisher, LocalDate date, String... paragraphs) {
    Article a;
    try {
      a = new ArticleReader().readText("t.txt", "t.txt", String.join("\n", paragraphs));
    } catch (ArticleException e) {
      throw new IllegalArgumentException(e);
    }
    Article dated = new Article(a.id(), a.source(), a.title(), publisher != null ? publisher : a.publisher(), a.authors(), date, a.url(), a.language(),
        a.text(), a.paragraphs());
    return split(dated);
  }

  /** The figures of the HTML page {@code html} (its tables as the reader turns them into text), sentences split as above. */
  static List<Figure> figuresOfHtml(String html) {
    try {
      return new FigureExtractor().extract(split(new ArticleReader().readHtml("t.html", "t.html", html)));
    } catch (ArticleException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static AnnotatedArticle split(Article dated) {
    List<Sentence> sentences = new ArrayList<>();
    for (var p : dated.paragraphs()) {
      String text = dated.paragraphText(p);
      Matcher m = SENTENCE_END.matcher(text);
      int from = 0;
      while (true) {
        boolean found = m.find();
        int end = found ? m.start() : text.length();
        int start = p.start() + from;
        sentences.add(new Sentence(sentences.size(), start, p.start() + end, text.substring(from, end), List.of()));
        if (!found) break;
        from = m.end();
      }
    }
    return new AnnotatedArticle(dated, sentences);
  }

  /** The figures of the article of {@code paragraphs} as published at {@code url} (its site's country counts). */
  static List<Figure> figuresAt(String url, LocalDate date, String... paragraphs) {
    AnnotatedArticle a = article(date, paragraphs);
    Article r = a.article();
    Article at = new Article(r.id(), r.source(), r.title(), r.publisher(), r.authors(), r.date(), url, r.language(), r.text(), r.paragraphs());
    return new FigureExtractor().extract(new AnnotatedArticle(at, a.sentences()));
  }

  static List<Figure> figures(LocalDate date, String... paragraphs) {
    return new FigureExtractor().extract(article(date, paragraphs));
  }

  /** The figures of an article whose headline is {@code title} (a title line, then a blank line, then the paragraphs). */
  static List<Figure> figuresUnder(LocalDate date, String title, String... paragraphs) {
    String[] lines = new String[paragraphs.length + 2];
    lines[0] = title;
    lines[1] = "";
    System.arraycopy(paragraphs, 0, lines, 2, paragraphs.length);
    return figures(date, lines);
  }

  /** The quantity the finder reads in {@code sentence} whose text ends with {@code quote}; fails when there is none. */
  static Quantity quantity(String sentence, String quote) {
    List<Quantity> qs = new QuantityFinder(org.claimgraph.lexicon.Lexicon.get()).find(sentence, 0);
    return qs.stream().filter(q -> sentence.substring(q.start(), q.end()).endsWith(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no quantity \"" + quote + "\" in " + qs + " of: " + sentence));
  }

  /** The place of the figure quoted {@code quote} in an article of {@code paragraphs}. */
  static List<String> place(LocalDate date, String quote, String... paragraphs) {
    return PeriodRulesTest.figure(figures(date, paragraphs), quote).place();
  }

  /** The credit, as displayed, of the figure quoted {@code quote} in an article of {@code paragraphs}; null for none. */
  static String credit(LocalDate date, String quote, String... paragraphs) {
    Attribution a = PeriodRulesTest.figure(figures(date, paragraphs), quote).attribution();
    return a == null ? null : a.display();
  }

  /** The credit, as displayed, of the figure quoted {@code quote} among {@code figures}; null for none. */
  static String credit(List<Figure> figures, String quote) {
    Attribution a = PeriodRulesTest.figure(figures, quote).attribution();
    return a == null ? null : a.display();
  }

  /** The period of the figure quoted {@code quote} in the sentence containing {@code part}; fails when there is none. */
  static String periodOf(List<Figure> figures, String part, String quote) {
    return figures.stream().filter(f -> f.evidence().quote().equals(quote) && f.evidence().sentence().contains(part)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + quote + " in " + figures)).period();
  }

  /** Asserts the unit and value of the figure whose quote ends with {@code quote}. */
  static void assertQuantity(List<Figure> figures, String quote, String unit, double value) {
    Figure f = endingWith(figures, quote);
    org.junit.jupiter.api.Assertions.assertEquals(unit, f.quantity().unit(), quote);
    org.junit.jupiter.api.Assertions.assertEquals(value, f.quantity().value(), Math.abs(value) * 1e-9, quote);
  }

  /** The figure whose quote ends with {@code quote} (the quote keeps a qualifier before it: "around 48,000 tonnes"). */
  static Figure endingWith(List<Figure> figures, String quote) {
    return figures.stream().filter(f -> f.evidence().quote().endsWith(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure quoted \"" + quote + "\" in " + figures));
  }

  /** The unit of the figure quoted ending with {@code quote} in the one-sentence article {@code sentence} of {@code date}. */
  static String unitOf(LocalDate date, String sentence, String quote) {
    return endingWith(figures(date, sentence), quote).quantity().unit();
  }

  static List<Figure> figuresBy(String publisher, LocalDate date, String... paragraphs) {
    return new FigureExtractor().extract(articleBy(publisher, date, paragraphs));
  }

  /** The first figure whose quote starts with {@code quote} (a quote may keep a rate or a qualifier: "$25 per hour", "around 17 per cent"). */
  static Figure starting(List<Figure> figures, String quote) {
    return figures.stream().filter(f -> f.evidence().quote().startsWith(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure quoted \"" + quote + "…\" in " + figures));
  }
}
