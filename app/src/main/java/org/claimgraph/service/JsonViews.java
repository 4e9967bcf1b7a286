package org.claimgraph.service;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.claimgraph.cite.Citation;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.relate.Implication;
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

  /** {@code {"query": {text, value, unit}, "count": n, "citations": [{article, figure, sentence_marked, corroborating, contradicting, implied,
   * corroborating_count, contradicting_count, implied_count}]}}: the lists hold the first {@link Citation#SHOWN} of each kind */
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
      // The lists show the first Citation.SHOWN of each kind; the counts say how many there are.
      b.add("corroborating_count", c.corroboratingCount()).add("contradicting_count", c.contradictingCount())
          .add("implied_count", c.impliedCount());
      cs.add(b);
    }
    JsonObjectBuilder query = Json.createObjectBuilder().add("text", q.text()).add("value", q.value());
    if (q.unit() == null) query.addNull("unit"); else query.add("unit", q.unit());
    return Json.createObjectBuilder().add("query", query).add("count", citations.size()).add("citations", cs).build();
  }

  /**
   * {@link #cite(FigureQuery, List)} with the independent origins (issue 13): adds
   * {@code "origin_count": n, "origins_summary": "stated by 4 articles from 2 independent origins (…)",
   * "origins": [{"origin": doc, "label", "docs": [doc…]}]}, and to each citation the origin of its
   * article: {@code "origin": doc, "origin_label": "the General Administration of Customs via Reuters"}.
   */
  public static JsonObject cite(FigureQuery q, List<Citation> citations, List<org.claimgraph.story.OriginGroups.Group> origins) {
    JsonObject base = cite(q, citations);
    JsonObjectBuilder b = Json.createObjectBuilder(base);
    JsonArrayBuilder cs = Json.createArrayBuilder();
    for (JsonObject c : base.getJsonArray("citations").getValuesAs(JsonObject.class)) {
      String doc = c.getJsonObject("article").getString("doc", null);
      JsonObjectBuilder cb = Json.createObjectBuilder(c);
      origins.stream().filter(g -> g.docs().contains(doc)).findFirst()
          .ifPresent(g -> cb.add("origin", g.origin()).add("origin_label", g.label()));
      cs.add(cb);
    }
    b.add("citations", cs);
    JsonArrayBuilder gs = Json.createArrayBuilder();
    for (var g : origins) {
      JsonArrayBuilder docs = Json.createArrayBuilder();
      g.docs().forEach(docs::add);
      gs.add(Json.createObjectBuilder().add("origin", g.origin()).add("label", g.label()).add("docs", docs));
    }
    int articles = (int) citations.stream().map(c -> c.article().iri()).distinct().count();
    return b.add("origin_count", origins.size())
        .add("origins_summary", org.claimgraph.story.OriginGroups.summary(articles, origins))
        .add("origins", gs).build();
  }

  /**
   * One page of citations ({@code cite --limit}, {@code /api/cite?limit=&offset=}): as {@link #cite(FigureQuery,
   * List, List)} of the page, with {@code "count"} all the statements, {@code "offset"} and {@code "shown"}, and
   * the origins of every statement (passed in) summarized over all their articles.
   */
  public static JsonObject cite(FigureQuery q, org.claimgraph.cite.CitationPage page, List<org.claimgraph.story.OriginGroups.Group> origins) {
    JsonObjectBuilder b = Json.createObjectBuilder(cite(q, page.citations(), origins));
    int articles = (int) page.statements().stream().map(org.claimgraph.cite.Statement::article).distinct().count();
    return b.add("count", page.count()).add("offset", page.offset()).add("shown", page.citations().size())
        .add("origins_summary", org.claimgraph.story.OriginGroups.summary(articles, origins)).build();
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

  /**
   * The stories of a store (issue 13): {"stories": [{"origin", "origin_basis", "rewrites": [{"doc",
   * "restates", "direction", "credited_outlet", "similarity", "shared_figures", "dropped": [quote…],
   * "unsourced": [{"quote", "sentence"}], "changed": [{"type", "quote", "sentence", "origin",
   * "origin_quote", "origin_sentence"}]}], "independent": [doc…]}]}: independent reports of the same facts (not restating).
   */
  public static JsonObject stories(List<org.claimgraph.story.Stories.Story> stories) {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (var s : stories) {
      JsonArrayBuilder rewrites = Json.createArrayBuilder();
      for (var r : s.rewrites()) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        put(b, "doc", r.doc());
        put(b, "restates", r.restates());
        put(b, "direction", r.direction());
        put(b, "credited_outlet", r.creditedOutlet());
        b.add("similarity", r.similarity());
        b.add("shared_figures", r.sharedFigures());
        JsonArrayBuilder dropped = Json.createArrayBuilder();
        r.dropped().forEach(dropped::add);
        b.add("dropped", dropped);
        JsonArrayBuilder added = Json.createArrayBuilder();
        for (var m : r.added()) {
          JsonObjectBuilder x = Json.createObjectBuilder();
          put(x, "quote", m.rewriteQuote());
          put(x, "sentence", m.rewriteSentence());
          added.add(x);
        }
        b.add("unsourced", added);
        JsonArrayBuilder changed = Json.createArrayBuilder();
        for (var m : r.changed()) {
          JsonObjectBuilder x = Json.createObjectBuilder();
          put(x, "type", m.type());
          put(x, "quote", m.rewriteQuote());
          put(x, "sentence", m.rewriteSentence());
          put(x, "origin", m.origin());
          put(x, "origin_quote", m.originQuote());
          put(x, "origin_sentence", m.originSentence());
          changed.add(x);
        }
        b.add("changed", changed);
        rewrites.add(b);
      }
      JsonObjectBuilder sb = Json.createObjectBuilder();
      put(sb, "origin", s.origin());
      put(sb, "origin_basis", s.originBasis());
      sb.add("rewrites", rewrites);
      JsonArrayBuilder independent = Json.createArrayBuilder();
      s.independent().forEach(independent::add);
      sb.add("independent", independent);
      all.add(sb);
    }
    return Json.createObjectBuilder().add("stories", all).build();
  }

  private static void put(JsonObjectBuilder b, String k, String v) {
    if (v == null) b.addNull(k); else b.add(k, v);
  }
}
