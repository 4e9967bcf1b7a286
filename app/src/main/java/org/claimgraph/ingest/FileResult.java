package org.claimgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.graph.Outcome;

/**
 * What happened to one input file.
 *
 * @param file      the file as given or found
 * @param outcome   what storing did, or null if the file failed
 * @param articleId the article's id, or null if the file failed
 * @param title     the article's headline (may be null)
 * @param figures   the number of figures extracted
 * @param tokens    the number of tokens annotated
 * @param error     why the file failed ("x.html: empty file"), or null
 * @param warnings  what the reader noticed in a stored file ("x.html: truncated HTML (…); read as far as it goes")
 * @param truncated whether the file was cut short and stored as far as it goes
 * @param languageSkipped whether figures were not extracted because the article is not in English
 * @param duplicateOf for a {@link Outcome#DUPLICATE}: the name the same article is stored under
 * @param warning   a reservation about a stored file ("only the first 200,000 characters were analysed"), or null
 */
public record FileResult(Path file, Outcome outcome, String articleId, String title, int figures, int tokens, String error,
    List<String> warnings, boolean truncated, boolean languageSkipped, String duplicateOf, String warning) {

  public FileResult {
    warnings = List.copyOf(warnings);
  }

  /** A result without reading notes. */
  public FileResult(Path file, Outcome outcome, String articleId, String title, int figures, int tokens, String error) {
    this(file, outcome, articleId, title, figures, tokens, error, List.of(), false, false, null, null);
  }

  /** A stored file with what the reader noticed. */
  public FileResult(Path file, Outcome outcome, String articleId, String title, int figures, int tokens, String error,
      List<String> warnings, boolean truncated, boolean languageSkipped) {
    this(file, outcome, articleId, title, figures, tokens, error, warnings, truncated, languageSkipped, null, null);
  }

  /** The same article is stored under the name {@code of}. */
  public static FileResult duplicate(Path file, String articleId, String of) {
    return new FileResult(file, Outcome.DUPLICATE, articleId, null, 0, 0, null, List.of(), false, false, of, null);
  }

  /** This result with a warning line (the file was stored, with a reservation). */
  public FileResult withWarning(String w) {
    return new FileResult(file, outcome, articleId, title, figures, tokens, error, warnings, truncated, languageSkipped,
        duplicateOf, w);
  }

  public static FileResult failed(Path file, String error) {
    return new FileResult(file, null, null, null, 0, 0, error);
  }

  public boolean failed() {
    return error != null;
  }
}
