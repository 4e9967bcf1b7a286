package org.claimgraph.search;

/** The full-text index cannot be opened, read or written; the message says where and why. */
public class IndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }

  public IndexException(String message) {
    super(message);
  }
}
