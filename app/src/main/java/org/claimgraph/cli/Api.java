package org.claimgraph.cli;

import jakarta.json.JsonObject;
import java.util.List;
import org.claimgraph.cite.Citation;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.search.SearchResult;

/** The JSON the commands print, for the server to answer the same. */
public final class Api {
  private Api() {}

  /** What {@code claimgraph cite --format json} prints. */
  public static JsonObject citeJson(FigureQuery q, List<Citation> citations) {
    return CiteCommand.toJson(q, citations);
  }

  /** What {@code claimgraph search --format json} prints. */
  public static JsonObject searchJson(SearchResult r) {
    return SearchCommand.toJson(r).build();
  }
}
