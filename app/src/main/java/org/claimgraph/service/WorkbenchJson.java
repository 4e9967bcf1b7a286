package org.claimgraph.service;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.claimgraph.eval.FigureRecord;

/**
 * The JSON of the page's views: figure pages with facets, one article with its figures, a
 * measure's series, pasted-text figures and the query library. Figures are always
 * {@link FigureRecord#toJson()} (the keys of {@code figures --format jsonl}).
 *
 * <pre>{@code
 * JsonObject o = WorkbenchJson.figurePage(service.figurePage(FigureFilter.ALL, 0, 50));
 * // {"total": 212, "offset": 0, "limit": 50, "figures": [...], "facets": {"material": [{"value": "rare-earths", "count": 180}, ...]}}
 * }</pre>
 */
public final class WorkbenchJson {
  private WorkbenchJson() {}

  /** {@code {total, offset, limit, figures, facets: {name: [{value, count}]}}} */
  public static JsonObject figurePage(FigurePage p) {
    JsonObjectBuilder facets = Json.createObjectBuilder();
    for (Map.Entry<String, Map<String, Integer>> facet : p.facets().entrySet()) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      facet.getValue().forEach((v, n) -> values.add(Json.createObjectBuilder().add("value", v).add("count", n)));
      facets.add(facet.getKey(), values);
    }
    return Json.createObjectBuilder().add("total", p.total()).add("offset", p.offset()).add("limit", p.limit())
        .add("figures", figures(p.figures())).add("facets", facets).build();
  }

  /** {@code {count, figures}} */
  public static JsonObject figureList(List<FigureRecord> figures) {
    return Json.createObjectBuilder().add("count", figures.size()).add("figures", figures(figures)).build();
  }

  /** {@code {count, articles: [{iri, doc, title, publisher, authors, date, url}]}} */
  public static JsonObject articles(List<org.claimgraph.graph.ArticleInfo> articles) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    articles.forEach(i -> a.add(JsonViews.article(i)));
    return Json.createObjectBuilder().add("count", articles.size()).add("articles", a).build();
  }

  /** {@code {article: {iri, doc, title, publisher, authors, date, url}, text, figures}}: figure offsets index {@code text}. */
  public static JsonObject article(ArticleView a) {
    return Json.createObjectBuilder().add("article", JsonViews.article(a.info())).add("text", a.text())
        .add("figures", figures(a.figures())).build();
  }

  /** {@code {measure, place, kind, unit, omitted, series: [{source, points: [{period, value, doc, quote, contradicted_by, figure}]}]}} */
  public static JsonObject series(MeasureSeries s) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (MeasureSeries.Line l : s.lines()) {
      JsonArrayBuilder points = Json.createArrayBuilder();
      for (MeasureSeries.Point p : l.points()) {
        JsonArrayBuilder against = Json.createArrayBuilder();
        p.contradictedBy().forEach(against::add);
        points.add(Json.createObjectBuilder().add("period", p.period()).add("value", p.figure().value())
            .add("doc", p.figure().doc()).add("quote", p.figure().quote()).add("contradicted", p.contradicted())
            .add("contradicted_by", against).add("figure", p.figure().toJson()));
      }
      lines.add(Json.createObjectBuilder().add("source", l.source()).add("points", points));
    }
    JsonObjectBuilder b = Json.createObjectBuilder().add("measure", s.measure());
    put(b, "place", s.place());
    put(b, "kind", s.kind());
    put(b, "unit", s.unit());
    return b.add("omitted", s.omitted()).add("series", lines).build();
  }

  /** {@code {text, count, figures}}: figure offsets index {@code text}, the pasted text as read. */
  public static JsonObject extraction(PastedText.Extraction x) {
    return Json.createObjectBuilder().add("text", x.text()).add("count", x.figures().size()).add("figures", figures(x.figures())).build();
  }

  /** {@code {queries: [{name, title, answers, text}]}} */
  public static JsonObject queries(List<QueryLibrary.Query> queries) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (QueryLibrary.Query q : queries) {
      a.add(Json.createObjectBuilder().add("name", q.name()).add("title", q.title()).add("answers", q.answers()).add("text", q.text()));
    }
    return Json.createObjectBuilder().add("queries", a).build();
  }

  private static JsonArrayBuilder figures(List<FigureRecord> figures) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    figures.forEach(f -> a.add(f.toJson()));
    return a;
  }

  private static void put(JsonObjectBuilder b, String k, String v) {
    if (v == null) b.addNull(k); else b.add(k, v);
  }
}
