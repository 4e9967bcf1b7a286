package org.claimgraph.article;

/**
 * A file could not be read as an article. The message names the file and the reason, e.g.
 * {@code corpus/x.html: not text (binary content at byte 12)}.
 */
public class ArticleException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String reason;

  public ArticleException(String file, String reason) {
    super(file + ": " + reason);
    this.file = file;
    this.reason = reason;
  }

  public ArticleException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** Why it failed, without the file name. */
  public String reason() {
    return reason;
  }
}
