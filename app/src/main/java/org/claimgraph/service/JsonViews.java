package org.claimgraph.service;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.claimgraph.cite.Citation;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.cite.Implication;
import org.claimgraph.cite.Related;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;
import org.claimgraph.search.SearchResult;

/**
 * The JSON of answers, the same from {@code cite --format json}, {@code search --format json},
 * {@code /api/cite} and {@code /api/search}.
 *
 * <pre>{@code
 * JsonObject o = JsonViews.cite(FigureQuery.parse("619 tons"), service.cite(q));
 * }</pre>
 */
public final class JsonViews {
  private JsonViews() {}

  /** {@code {"query": {text, value, unit}, "count": n, "citations": [{article, figure, sentence_marked, corroborating, contradicting, implied}]}} */
  public static JsonObject cite(FigureQuery q, List<Citation> citations) {
    JsonArrayBuilder cs = Json.createArrayBuilder();
    for (Citation c : citations) {
      JsonObjectBuilder b = Json.createObjectBuilder();
      b.add("article", article(c.article()));
      b.add("figure", c.figure().toJson());
      b.add("sentence_marked", c.markedSentenceHtml());
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

  /** {@code {"query", "articles", "hits": [{article, doc, title, publisher, date, score, snippets}]}} */
  public static JsonObject search(SearchResult r) {
    JsonArrayBuilder hits = Json.createArrayBuilder();
    for (SearchResult.Hit h : r.hits()) {
      JsonArrayBuilder snippets = Json.createArrayBuilder();
      for (SearchResult.Snippet s : h.snippets()) {
        JsonArrayBuilder figures = Json.createArrayBuilder();
        s.figures().forEach(figures::add);
        snippets.add(Json.createObjectBuilder().add("sentence", s.sentence()).add("start", s.start()).add("end", s.end())
            .add("marked", s.marked()).add("figures", figures));
      }
      JsonObjectBuilder b = Json.createObjectBuilder().add("article", h.article()).add("doc", h.doc());
      put(b, "title", h.title());
      put(b, "publisher", h.publisher());
      put(b, "date", h.date());
      hits.add(b.add("score", h.score()).add("snippets", snippets));
    }
    return Json.createObjectBuilder().add("query", r.query()).add("articles", r.articles()).add("hits", hits).build();
  }

  /** The search result that {@link #search} wrote (for an answer read from a running server). */
  public static SearchResult searchResult(JsonObject o) {
    java.util.List<SearchResult.Hit> hits = new java.util.ArrayList<>();
    for (var hv : o.getJsonArray("hits")) {
      JsonObject h = hv.asJsonObject();
      java.util.List<SearchResult.Snippet> snippets = new java.util.ArrayList<>();
      for (var sv : h.getJsonArray("snippets")) {
        JsonObject s = sv.asJsonObject();
        snippets.add(new SearchResult.Snippet(s.getString("sentence"), s.getInt("start"), s.getInt("end"), s.getString("marked"),
            s.getJsonArray("figures").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()));
      }
      hits.add(new SearchResult.Hit(h.getString("article"), h.getString("doc"), h.getString("title", null),
          h.getString("publisher", null), h.getString("date", null), (float) h.getJsonNumber("score").doubleValue(), snippets));
    }
    return new SearchResult(o.getString("query"), o.getInt("articles"), hits);
  }

  static JsonObjectBuilder article(ArticleInfo a) {
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
}
