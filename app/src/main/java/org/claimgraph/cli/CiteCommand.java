package org.claimgraph.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.cite.Citation;
import org.claimgraph.cite.CitationFinder;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.cite.Implication;
import org.claimgraph.cite.Related;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.graph.GraphStore;
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

  @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--value", description = "The value, instead of FIGURE.")
  Double value;

  @Option(names = "--unit", description = "The unit with --value: tonne, percent, kg, vehicle, USD … (tons, mt, %% are understood).")
  String unit;

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
    List<Citation> citations;
    try (GraphStore s = GraphStore.openExisting(store.store)) {
      citations = CitationFinder.of(s.dataset()).cite(q);
    }
    if (format == Format.json) {
      out.println(line(toJson(q, citations)));
    } else {
      printTable(out, q, citations);
    }
    out.flush();
    return 0;
  }

  static JsonObject toJson(FigureQuery q, List<Citation> citations) {
    JsonArrayBuilder cs = Json.createArrayBuilder();
    for (Citation c : citations) {
      JsonObjectBuilder b = Json.createObjectBuilder();
      b.add("article", article(c.article()));
      b.add("figure", c.figure().toJson());
      b.add("sentence_marked", c.markedSentence("<mark>", "</mark>"));
      b.add("corroborating", related(c.corroborating()));
      b.add("contradicting", related(c.contradicting()));
      JsonArrayBuilder im = Json.createArrayBuilder();
      for (Implication i : c.implied()) im.add(implication(i));
      b.add("implied", im);
      cs.add(b);
    }
    JsonObjectBuilder query = Json.createObjectBuilder().add("text", q.text()).add("value", q.value());
    if (q.unit() == null) query.addNull("unit"); else query.add("unit", q.unit());
    return Json.createObjectBuilder().add("query", query).add("count", citations.size()).add("citations", cs).build();
  }

  private static JsonObjectBuilder article(ArticleInfo a) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("iri", a.iri()).add("doc", a.doc());
    put(b, "title", a.title());
    put(b, "publisher", a.publisher());
    JsonArrayBuilder authors = Json.createArrayBuilder();
    a.authors().forEach(authors::add);
    b.add("authors", authors);
    put(b, "date", a.date());
    put(b, "url", a.url());
    return b;
  }

  private static JsonArrayBuilder related(List<Related> rs) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (Related r : rs) {
      JsonObjectBuilder b = Json.createObjectBuilder().add("why", r.why()).add("figure", r.figure().toJson());
      if (r.article() != null) b.add("article", article(r.article()));
      a.add(b);
    }
    return a;
  }

  private static JsonObjectBuilder implication(Implication i) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("rule", i.rule()).add("text", i.text()).add("value", i.value())
        .add("low", i.low()).add("high", i.high()).add("unit", i.unit());
    put(b, "period", i.period());
    if (i.agrees() == null) b.addNull("agrees"); else b.add("agrees", i.agrees());
    JsonArrayBuilder stated = Json.createArrayBuilder();
    for (FigureRecord f : i.stated()) stated.add(Json.createObjectBuilder().add("doc", f.doc()).add("quote", f.quote()).add("value", f.value()));
    b.add("stated", stated);
    return b;
  }

  private static void put(JsonObjectBuilder b, String k, String v) {
    if (v == null) b.addNull(k); else b.add(k, v);
  }

  private static String line(JsonObject o) {
    StringWriter w = new StringWriter();
    Json.createWriter(w).write(o);
    return w.toString();
  }

  private static void printTable(PrintWriter out, FigureQuery q, List<Citation> citations) {
    String unit = q.unit() == null ? "(any unit)" : q.unit();
    out.printf("%s %s — stated in %d %s%n", FigureOutput.num(q.value()), unit, citations.size(),
        citations.size() == 1 ? "place" : "places");
    int n = 0;
    for (Citation c : citations) {
      n++;
      ArticleInfo a = c.article();
      FigureRecord f = c.figure();
      out.println();
      out.printf("[%d] %s%n", n, a.title() == null ? a.doc() : a.title());
      out.printf("    %s | %s | %s | %s%s%n", orDash(a.publisher()), a.authors().isEmpty() ? "-" : String.join(", ", a.authors()),
          orDash(a.date()), a.doc(), a.url() == null ? "" : " | " + a.url());
      out.printf("    \"%s\"%n", c.markedSentence("⟦", "⟧"));
      out.printf("    quote chars %d–%d, sentence chars %d–%d of the article text%n", f.start(), f.end(),
          f.sentenceStart(), f.sentenceEnd());
      out.printf("    %s %s %s%s%s, period %s, measure %s, place %s%n", FigureOutput.num(f.value()), f.unit(), f.kind(),
          f.basis() == null ? "" : " " + f.basis(), f.direction() == null ? "" : " " + f.direction(), orDash(f.period()),
          orDash(f.measure()), f.place().isEmpty() ? "-" : String.join("→", f.place()));
      out.printf("    credited to: %s%n", f.attributedTo() != null ? f.attributedTo()
          : f.speaker() != null ? f.speaker() : "nobody (the article states it on its own authority)");
      for (Related r : c.corroborating()) out.printf("    corroborated by: %s \"%s\" [%s] (%s)%n", FigureOutput.num(r.figure().value()),
          r.figure().quote(), r.figure().doc(), r.why());
      for (Related r : c.contradicting()) out.printf("    contradicted by: %s \"%s\" [%s] (%s)%n", FigureOutput.num(r.figure().value()),
          r.figure().quote(), r.figure().doc(), r.why());
      for (Implication i : c.implied()) out.printf("    %s %s%n", i.agrees() == null ? "implies:" : i.agrees() ? "check ✓" : "check ✗", i.text());
    }
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

}
