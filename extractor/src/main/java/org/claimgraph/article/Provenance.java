package org.claimgraph.article;

import java.util.List;
import java.util.Objects;

/**
 * How an article was read from its bytes: the encoding and how it was chosen, whether the file
 * was cut short, how precise its date is, where its language came from, and the warnings a
 * user should see.
 *
 * <pre>{@code
 * new Provenance("windows-1252", "detected", false, DateText.Precision.DAY, "detected", List.of())
 * }</pre>
 *
 * @param encoding       the charset the bytes were decoded with, e.g. {@code UTF-8}; null if unknown
 * @param encodingSource how it was chosen ({@code bom}, {@code meta}, {@code xml-declaration},
 *                       {@code valid-utf8}, {@code detected}, {@code fallback}); null if unknown
 * @param truncated      whether the file was cut short and read only as far as it goes
 * @param datePrecision  how much of the article's date the page gave (a month only: the date is
 *                       the month's first day)
 * @param languageSource where the language came from: {@code detected} (from the text) or
 *                       {@code declared} (the page's {@code lang}); null if unknown
 * @param warnings       what a user should know, e.g. "truncated HTML (…); read as far as it goes"
 */
public record Provenance(String encoding, String encodingSource, boolean truncated,
    DateText.Precision datePrecision, String languageSource, List<String> warnings) {

  /** Nothing known: an article built by hand. */
  public static final Provenance NONE = new Provenance(null, null, false, DateText.Precision.DAY, null, List.of());

  public Provenance {
    Objects.requireNonNull(datePrecision, "datePrecision");
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }
}
