package org.claimgraph.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.claimgraph.graph.StoreException;
import org.claimgraph.search.SearchRequest;
import org.claimgraph.search.SearchResult;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.JsonViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph search [--store DIR] [--format table|json] [--limit N] [filters] QUERY} */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Full-text search of the stored sources (Lucene syntax: AND, OR, NOT, \"phrases\", field:term, wildcards).",
        "Ranked articles with their best sentences, matched words highlighted, and the figures those sentences state."})
final class SearchCommand implements Callable<Integer> {

  enum Format { table, json }

  @Mixin StoreOption store;

  @Mixin ServerOption server;

  @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--limit", defaultValue = "10", description = "Most articles to show. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--publisher", description = "Only articles of this publisher (whole name, any case).")
  String publisher;

  @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after DATE (yyyy-mm-dd).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before DATE (yyyy-mm-dd).")
  LocalDate to;

  @Option(names = "--country", paramLabel = "CC", description = "Only articles that mention this country (ISO code: CN, US, DE).")
  String country;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The search; several words are joined with spaces.")
  java.util.List<String> words;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest request = new SearchRequest(String.join(" ", words), limit, publisher, from, to, country);
    SearchResult result;
    String ask = "/api/search?" + RunningServer.param("q", request.query()).substring(1) + RunningServer.param("limit", limit)
        + RunningServer.param("publisher", publisher) + RunningServer.param("from", from) + RunningServer.param("to", to)
        + RunningServer.param("country", country);
    Claimgraph opened;
    try {
      opened = Claimgraph.openForReading(store.store);
    } catch (StoreException e) {
      if (!RunningServer.heldByAnother(e)) throw e;
      // 'serve' holds the store: its /api/search answers what this command would.
      String body = RunningServer.of(server.url, store.store, e).get(ask);
      if (format == Format.json) {
        out.println(body.strip());
        out.flush();
        return 0;
      }
      try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
        print(out, JsonViews.searchResult(reader.readObject()), System.console() != null);
      }
      out.flush();
      return 0;
    }
    try (Claimgraph service = opened) {
      result = service.search(request);
    }
    if (format == Format.json) {
      out.println(JsonViews.search(result));
    } else {
      print(out, result, System.console() != null);
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, SearchResult r, boolean terminal) {
    out.printf("%d %s match \"%s\"%n", r.articles(), r.articles() == 1 ? "article" : "articles", r.query());
    int n = 0;
    for (SearchResult.Hit h : r.hits()) {
      out.println();
      out.printf("[%d] %s%n", ++n, h.title() == null ? h.doc() : h.title());
      out.printf("    %s | %s | %s%n", h.publisher() == null ? "-" : h.publisher(), h.date() == null ? "-" : h.date(), h.doc());
      for (SearchResult.Snippet s : h.snippets()) {
        out.printf("    … %s%n", emphasize(s.marked(), terminal));
        if (!s.figures().isEmpty()) out.printf("      figures: %s%n", String.join("; ", s.figures()));
      }
    }
  }

  /** Bold on a terminal, **word** elsewhere; the HTML escapes of the marked text are undone. */
  static String emphasize(String marked, boolean terminal) {
    String open = terminal ? "\u001b[1m" : "**";
    String close = terminal ? "\u001b[0m" : "**";
    return marked.replace("<mark>", open).replace("</mark>", close).replace("&quot;", "\"").replace("&#x27;", "'")
        .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
