package org.claimgraph.export;

/**
 * What an export wrote.
 *
 * @param graphs the number of named graphs (articles)
 * @param quads  the number of quads
 */
public record ExportSummary(int graphs, long quads) {
  @Override
  public String toString() {
    return quads + " quads in " + graphs + " graphs";
  }
}
