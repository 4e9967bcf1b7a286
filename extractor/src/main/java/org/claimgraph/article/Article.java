package org.claimgraph.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A news article as the reader extracts it: metadata plus clean body text.
 *
 * <p>The text holds the article's paragraphs (headings, paragraphs, list items) separated by a
 * blank line; {@link #paragraphs()} gives each paragraph's character range in it, so
 * {@code text.substring(p.start(), p.end())} is the paragraph.
 *
 * @param id         content-derived identifier (16 hex digits of the SHA-256 of title and text)
 * @param source     file name the article was read from, e.g. {@code 003_effcb89402fbbc39.html}
 * @param title      headline, or null if the page has none
 * @param publisher  publishing organization, or null if unknown
 * @param authors    author names in byline order, possibly empty
 * @param date       publication date, or null if unknown
 * @param url        canonical URL, or null if unknown
 * @param language   BCP 47 primary language subtag such as {@code en}, or null if unknown
 * @param text       clean body text
 * @param paragraphs paragraph ranges in {@code text}, in order
 * @param provenance how the article was read (encoding, truncation, date precision, warnings)
 */
public record Article(
    String id,
    String source,
    String title,
    String publisher,
    List<String> authors,
    LocalDate date,
    String url,
    String language,
    String text,
    List<Paragraph> paragraphs,
    Provenance provenance) {

  /** An article without reading notes ({@link Provenance#NONE}). */
  public Article(String id, String source, String title, String publisher, List<String> authors, LocalDate date,
      String url, String language, String text, List<Paragraph> paragraphs) {
    this(id, source, title, publisher, authors, date, url, language, text, paragraphs, Provenance.NONE);
  }

  public Article {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    for (Paragraph p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException("paragraph " + p + " lies outside the text (" + text.length() + " chars)");
      }
    }
  }

  /** The source file name without its extension, e.g. {@code 003_effcb89402fbbc39}. */
  public String docName() {
    int dot = source.lastIndexOf('.');
    return dot > 0 ? source.substring(0, dot) : source;
  }

  /** The lower-case host of the article's URL ("ltresources.com.au"), or null without a URL that has one. */
  public String host() {
    if (url == null) return null;
    try {
      String host = java.net.URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(java.util.Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The text of one paragraph. */
  public String paragraphText(Paragraph p) {
    return text.substring(p.start(), p.end());
  }

  @Override
  public String toString() {
    return "Article[" + source + " id=" + id + " title=" + title + " publisher=" + publisher
        + " authors=" + authors + " date=" + date + " paragraphs=" + paragraphs.size()
        + " chars=" + text.length() + "]";
  }
}
