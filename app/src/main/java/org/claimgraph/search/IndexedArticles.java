package org.claimgraph.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.article.Article;
import org.claimgraph.entity.EntityType;
import org.claimgraph.figure.Figure;
import org.claimgraph.graph.Iris;

/** Builds what the index holds of an article: from a fresh analysis, or from the store. */
public final class IndexedArticles {
  private IndexedArticles() {}

  /** From an analysis, as ingest indexes it. */
  public static IndexedArticle of(ArticleAnalysis analysis) {
    Article a = analysis.article();
    List<String> countries = analysis.entities().stream().filter(e -> e.type() == EntityType.COUNTRY)
        .map(e -> e.key()).sorted().toList();
    List<IndexedArticle.Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < analysis.sentences().size(); i++) {
      ArticleAnalysis.Span span = analysis.sentences().get(i);
      List<String> quotes = new ArrayList<>();
      for (Figure f : analysis.figures()) {
        if (f.evidence().sentenceStart() == span.start()) quotes.add(f.evidence().quote());
      }
      sentences.add(new IndexedArticle.Sentence(Iris.sentence(a.id(), i), i, span.start(), span.end(), quotes));
    }
    return new IndexedArticle(Iris.article(a.id()), a.id(), a.source(), a.docName(), a.title(), a.publisher(),
        a.authors(), a.date() == null ? null : a.date().toString(), countries, a.text(), sentences);
  }

  private static final String ARTICLES = """
      PREFIX cg: <https://claimgraph.org/ns#>
      PREFIX schema: <https://schema.org/>
      SELECT ?a ?id ?source ?doc ?text ?title ?publisher ?date WHERE {
        GRAPH ?a { ?a a cg:Article ; cg:articleId ?id ; cg:sourceFile ?source ; cg:docName ?doc ; cg:text ?text .
          OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:publisher/schema:name ?publisher }
          OPTIONAL { ?a schema:datePublished ?date } }
      } ORDER BY ?doc""";
  private static final String AUTHORS = """
      PREFIX schema: <https://schema.org/>
      SELECT ?name WHERE { GRAPH ?a { ?a schema:author/schema:name ?name } } ORDER BY ?name""";
  private static final String COUNTRIES = """
      PREFIX cg: <https://claimgraph.org/ns#>
      SELECT DISTINCT ?code WHERE { GRAPH ?a { ?a cg:mentions ?c . ?c cg:isoCode ?code } } ORDER BY ?code""";
  private static final String SENTENCES = """
      PREFIX cg: <https://claimgraph.org/ns#>
      PREFIX oa: <http://www.w3.org/ns/oa#>
      SELECT ?s ?i ?start ?end ?quote WHERE { GRAPH ?a { ?a cg:hasSentence ?s . ?s cg:sentenceIndex ?i ; oa:start ?start ; oa:end ?end .
        OPTIONAL { ?f cg:sentence ?s ; cg:quote/oa:exact ?quote } } } ORDER BY ?i ?quote""";

  /** Every stored article, read back for {@code reindex}. */
  public static List<IndexedArticle> fromStore(Dataset dataset) {
    return fromStore(dataset, iri -> true);
  }

  /** The stored articles whose IRI {@code wanted} accepts, read back to repair the index. */
  public static List<IndexedArticle> fromStore(Dataset dataset, java.util.function.Predicate<String> wanted) {
    return Txn.calculateRead(dataset, () -> {
      List<IndexedArticle> out = new ArrayList<>();
      for (QuerySolution s : select(dataset, ARTICLES, null)) {
        String iri = s.getResource("a").getURI();
        if (!wanted.test(iri)) continue;
        List<String> authors = new ArrayList<>();
        for (QuerySolution q : select(dataset, AUTHORS, iri)) authors.add(q.getLiteral("name").getString());
        List<String> countries = new ArrayList<>();
        for (QuerySolution q : select(dataset, COUNTRIES, iri)) countries.add(q.getLiteral("code").getString());
        Map<String, IndexedArticle.Sentence> sentences = new LinkedHashMap<>();
        for (QuerySolution q : select(dataset, SENTENCES, iri)) {
          String si = q.getResource("s").getURI();
          IndexedArticle.Sentence prev = sentences.get(si);
          List<String> quotes = new ArrayList<>(prev == null ? List.of() : prev.figures());
          if (q.contains("quote")) quotes.add(q.getLiteral("quote").getString());
          sentences.put(si, new IndexedArticle.Sentence(si, q.getLiteral("i").getInt(), q.getLiteral("start").getInt(),
              q.getLiteral("end").getInt(), quotes));
        }
        out.add(new IndexedArticle(iri, str(s, "id"), str(s, "source"), str(s, "doc"), str(s, "title"), str(s, "publisher"),
            authors, str(s, "date"), countries, str(s, "text"), List.copyOf(sentences.values())));
      }
      return out;
    });
  }

  private static List<QuerySolution> select(Dataset dataset, String query, String graph) {
    String q = graph == null ? query : query.replace("GRAPH ?a", "GRAPH <" + graph + ">").replace("?a ", "<" + graph + "> ");
    List<QuerySolution> out = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
      qe.execSelect().forEachRemaining(out::add);
    }
    return out;
  }

  private static String str(QuerySolution s, String v) {
    return s.contains(v) ? s.getLiteral(v).getLexicalForm() : null;
  }
}
