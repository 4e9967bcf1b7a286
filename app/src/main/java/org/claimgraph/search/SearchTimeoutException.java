package org.claimgraph.search;

/** A search stopped by its time limit ({@link SearchService#withTimeout}); the server answers 503. */
public final class SearchTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SearchTimeoutException(String message) {
    super(message);
  }
}
