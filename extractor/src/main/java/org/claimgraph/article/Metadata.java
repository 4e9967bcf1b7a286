package org.claimgraph.article;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page says about itself: headline, publisher, authors, date, URL, language. Any field
 * but {@code authors} may be null when the page does not tell it; nothing is guessed.
 */
public record Metadata(String title, String publisher, List<String> authors, LocalDate date,
    String url, String language) {

  public Metadata {
    authors = List.copyOf(authors == null ? List.of() : authors);
  }
}
