package org.claimgraph.article;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page says about itself: headline, publisher, authors, date, URL, language. Any field
 * but {@code authors} and {@code datePrecision} may be null when the page does not tell it;
 * nothing is guessed. A date given as a month or a year only ({@code 2024-01}) is its first
 * day, with {@code datePrecision} saying so.
 */
public record Metadata(String title, String publisher, List<String> authors, LocalDate date,
    String url, String language, DateText.Precision datePrecision) {

  public Metadata {
    authors = List.copyOf(authors == null ? List.of() : authors);
    if (datePrecision == null) datePrecision = DateText.Precision.DAY;
  }
}
