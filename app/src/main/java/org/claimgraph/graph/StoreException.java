package org.claimgraph.graph;

/** The store cannot be opened or used; the message says which directory and why, the {@link #kind()} what kind of problem it is. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the store, so callers decide by kind and never by message words. */
  public enum Kind {
    /** Another process has it open (TDB2 lets one at a time). */
    LOCKED,
    /** Its files cannot be written. */
    READ_ONLY,
    /** Its files are damaged (truncated, overwritten). */
    CORRUPT,
    /** The directory is no claimgraph store. */
    NOT_A_STORE,
    /** Anything else. */
    OTHER
  }

  private final Kind kind;

  public StoreException(String message) {
    this(Kind.OTHER, message, null);
  }

  public StoreException(String message, Throwable cause) {
    this(cause instanceof StoreException s ? s.kind : Kind.OTHER, message, cause);
  }

  public StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
