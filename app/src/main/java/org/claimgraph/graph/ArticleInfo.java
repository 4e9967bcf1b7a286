package org.claimgraph.graph;

import java.util.List;

/** A stored article's metadata, as citations show it. Fields other than iri and doc may be null. */
public record ArticleInfo(String iri, String doc, String title, String publisher, List<String> authors, String date,
    String url) {
  public ArticleInfo {
    authors = List.copyOf(authors);
  }
}
