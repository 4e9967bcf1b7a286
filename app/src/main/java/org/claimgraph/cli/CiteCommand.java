package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.cite.Citation;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.relate.Implication;
import org.claimgraph.cite.Related;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.JsonViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph cite [--store DIR] [--format table|json] (FIGURE | --value V [--unit U])} */
@Command(name = "cite", mixinStandardHelpOptions = true,
    description = {"Every article that states a figure, whom each credits, and the figures that corroborate, contradict or are implied by it.",
        "Shows title, publisher, author, date, URL, the sentence with the figure marked and character offsets; implied",
        "figures are checked within the rounding of the numbers. Units are normalized: \"619 mt\" finds \"619 tons\"."})
final class CiteCommand implements Callable<Integer> {

  enum Format { table, json }

  @Mixin StoreOption store;

  @Mixin ServerOption server;

  @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--value", description = "The value, instead of FIGURE.")
  Double value;

  @Option(names = "--unit", description = "The unit with --value: tonne, percent, kg, vehicle, USD … (tons, mt, %% are understood).")
  String unit;

  @Option(names = "--limit", paramLabel = "N",
      description = "Show N citations (a page; default: all), with how many there are: a value stated by hundreds of articles is answered a page at a time.")
  Integer limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "With --limit: skip the first N citations (default: ${DEFAULT-VALUE}).")
  int offset;

  @Parameters(paramLabel = "FIGURE", arity = "0..*",
      description = "The figure as written, quoted or not: \"619 tons\", 619 tons, \"75.5%%\", \"30 million\", '$1.2bn'.")
  List<String> figure;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    FigureQuery q;
    if (value != null) {
      q = new FigureQuery(value, FigureQuery.normalizeUnit(unit), value + (unit == null ? "" : " " + unit));
    } else if (figure != null && !figure.isEmpty()) {
      q = FigureQuery.parse(String.join(" ", figure));
    } else {
      spec.commandLine().getErr().println("claimgraph cite: give a FIGURE (\"619 tons\") or --value 619 --unit tonne");
      return ClaimgraphCommand.USAGE;
    }
    if (limit != null && limit < 0 || offset < 0) {
      spec.commandLine().getErr().println("claimgraph cite: --limit and --offset take a whole number from 0");
      return ClaimgraphCommand.USAGE;
    }
    boolean paged = limit != null || offset > 0;
    List<Citation> citations;
    String ask = (value != null ? "/api/cite?" + RunningServer.param("value", value).substring(1) + RunningServer.param("unit", unit)
        : "/api/cite?" + RunningServer.param("figure", q.text()).substring(1))
        + (paged ? RunningServer.param("offset", Integer.toString(offset)) + (limit == null ? "" : RunningServer.param("limit", limit.toString())) : "");
    List<org.claimgraph.story.OriginGroups.Group> origins;
    org.claimgraph.cite.CitationPage page;
    // A store with a complete figures index is answered from it alone: the store (TDB2) is not opened.
    Claimgraph.Cited indexed = Claimgraph.citeFromFiguresIndex(store.store, q, offset, limit == null ? Integer.MAX_VALUE : limit);
    if (indexed != null) {
      page = indexed.page();
      origins = indexed.origins();
    } else {
      Claimgraph opened = RunningServer.openOrAsk(store.store, server.url, format == Format.json, ask, out);
      if (opened == null) return 0;
      try (Claimgraph service = opened) {
        page = service.cite(q, offset, limit == null ? Integer.MAX_VALUE : limit);
        origins = service.origins(page);
      }
    }
    citations = page.citations();
    if (format == Format.json) {
      out.println(paged ? JsonViews.cite(q, page, origins) : JsonViews.cite(q, citations, origins));
    } else {
      printTable(out, q, page);
      if (page.count() > 0) {
        int articles = (int) page.statements().stream().map(f -> f.article()).distinct().count();
        out.println();
        out.println(org.claimgraph.story.OriginGroups.summary(articles, origins));
      }
    }
    out.flush();
    return 0;
  }

  private static void printTable(PrintWriter out, FigureQuery q, org.claimgraph.cite.CitationPage page) {
    List<Citation> citations = page.citations();
    String unit = q.unit() == null ? "(any unit)" : q.unit();
    out.printf("%s %s — stated in %d %s%s%n", FigureOutput.num(q.value()), unit, page.count(),
        page.count() == 1 ? "place" : "places", citations.size() == page.count() ? ""
            : citations.isEmpty() ? " (none shown from " + (page.offset() + 1) + ")"
            : " (showing " + (page.offset() + 1) + "–" + (page.offset() + citations.size()) + ")");
    int n = page.offset();
    for (Citation c : citations) {
      n++;
      ArticleInfo a = c.article();
      FigureRecord f = c.figure();
      out.println();
      out.printf("[%d] %s%n", n, a.title() == null ? a.doc() : a.title());
      out.printf("    %s | %s | %s | %s%s%n", orDash(a.publisher()), a.authors().isEmpty() ? "-" : String.join(", ", a.authors()),
          orDash(a.date()), a.doc(), a.url() == null ? "" : " | " + a.url());
      out.printf("    \"%s\"%n", c.markedSentence("⟦", "⟧"));
      if (f.inTitle()) out.printf("    in the headline: quote chars %d–%d of the title%n", f.start(), f.end());
      else out.printf("    quote chars %d–%d, sentence chars %d–%d of the article text%n", f.start(), f.end(), f.sentenceStart(), f.sentenceEnd());
      out.printf("    %s %s %s%s%s, period %s, measure %s, place %s%n", FigureOutput.num(f.value()), f.unit(), f.kind(),
          f.basis() == null ? "" : " " + f.basis(), f.direction() == null ? "" : " " + f.direction(), orDash(f.period()),
          orDash(f.measure()), f.place().isEmpty() ? "-" : String.join("→", f.place()));
      out.printf("    credited to: %s%s%n", f.attributedTo() != null ? f.attributedTo()
          : f.speaker() != null ? f.speaker() : "nobody (the article states it on its own authority)", f.via() == null ? "" : ", via " + f.via());
      for (Related r : c.corroborating()) out.printf("    corroborated by: %s \"%s\" [%s] (%s)%n", FigureOutput.num(r.figure().value()),
          r.figure().quote(), r.figure().doc(), r.why());
      more(out, c.corroboratingCount() - c.corroborating().size(), "corroborating figures");
      for (Related r : c.contradicting()) out.printf("    contradicted by: %s \"%s\" [%s] (%s)%n", FigureOutput.num(r.figure().value()),
          r.figure().quote(), r.figure().doc(), r.why());
      more(out, c.contradictingCount() - c.contradicting().size(), "contradicting figures");
      for (Implication i : c.implied()) out.printf("    %s %s%n", i.agrees() == null ? "implies:" : i.agrees() ? "check ✓" : "check ✗", i.text());
      more(out, c.impliedCount() - c.implied().size(), "implications");
    }
  }

  /** A citation lists the first related figures of each kind ({@code Citation.SHOWN}); says how many more there are. */
  private static void more(PrintWriter out, int more, String what) {
    if (more > 0) out.printf("    … and %,d more %s%n", more, what);
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

}
