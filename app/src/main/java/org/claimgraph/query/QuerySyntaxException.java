package org.claimgraph.query;

/** A query that does not parse; the message gives the source, line and column. */
public class QuerySyntaxException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;

  public QuerySyntaxException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /** 1-based line of the error, or -1 if unknown. */
  public int line() {
    return line;
  }

  /** 1-based column of the error, or -1 if unknown. */
  public int column() {
    return column;
  }
}
