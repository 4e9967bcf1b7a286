package org.claimgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/** Reads the metadata of every stored article, by article IRI, sorted by document name. */
public final class StoredArticles {

  private static final String QUERY = """
      PREFIX cg: <https://claimgraph.org/ns#>
      PREFIX schema: <https://schema.org/>
      SELECT ?a ?doc ?title ?publisher ?date ?url ?author
      WHERE {
        GRAPH ?a {
          ?a a cg:Article ; cg:docName ?doc .
          OPTIONAL { ?a schema:headline ?title }
          OPTIONAL { ?a schema:publisher/schema:name ?publisher }
          OPTIONAL { ?a schema:datePublished ?date }
          OPTIONAL { ?a schema:url ?url }
          OPTIONAL { ?a schema:author/schema:name ?author }
        }
      }
      ORDER BY ?doc ?author
      """;

  private static final org.apache.jena.query.Query PARSED = org.apache.jena.query.QueryFactory.create(QUERY);

  private StoredArticles() {}

  public static Map<String, ArticleInfo> all(Dataset dataset) {
    return select(dataset, null);
  }

  /** The metadata of these articles only (an exact lookup per article). */
  public static Map<String, ArticleInfo> of(Dataset dataset, java.util.Collection<String> iris) {
    Map<String, ArticleInfo> out = new LinkedHashMap<>();
    Txn.executeRead(dataset, () -> {
      FigureReader reader = new FigureReader(dataset.asDatasetGraph());
      for (String iri : new java.util.TreeSet<>(iris)) {
        ArticleInfo a = reader.article(FigureReader.iri(iri));
        if (a != null) out.put(iri, a);
      }
    });
    return out;
  }

  /**
   * An article as far as citation order and origins need it: its document name (null: no article, its
   * figures are not read) and its metadata without headline, authors or URL (null: the graph is not typed
   * {@code cg:Article}, as {@link #of} leaves it out). Call inside a read transaction.
   */
  public record Brief(String doc, ArticleInfo info) {}

  /** The {@link Brief} of one article graph: five lookups. Call inside a read transaction. */
  public static Brief brief(Dataset dataset, String iri) {
    FigureReader reader = new FigureReader(dataset.asDatasetGraph());
    org.apache.jena.graph.Node g = FigureReader.iri(iri);
    String doc = reader.docName(g);
    return new Brief(doc, doc == null ? null : reader.articleBrief(g, doc));
  }

  private static Map<String, ArticleInfo> select(Dataset dataset, String only) {
    return Txn.calculateRead(dataset, () -> {
      Map<String, String[]> meta = new LinkedHashMap<>();
      Map<String, List<String>> authors = new LinkedHashMap<>();
      var builder = QueryExecution.dataset(dataset).query(PARSED).set(TDB2.symUnionDefaultGraph, true);
      if (only != null) builder = builder.substitution("a", org.apache.jena.rdf.model.ResourceFactory.createResource(only));
      try (QueryExecution qe = builder.build()) {
        qe.execSelect().forEachRemaining(s -> {
          String iri = s.getResource("a").getURI();
          meta.putIfAbsent(iri, new String[] {str(s, "doc"), str(s, "title"), str(s, "publisher"), str(s, "date"), str(s, "url")});
          List<String> list = authors.computeIfAbsent(iri, k -> new ArrayList<>());
          String author = str(s, "author");
          if (author != null && !list.contains(author)) list.add(author);
        });
      }
      Map<String, ArticleInfo> out = new LinkedHashMap<>();
      meta.forEach((iri, m) -> out.put(iri, new ArticleInfo(iri, m[0], m[1], m[2], authors.get(iri), m[3], m[4])));
      return out;
    });
  }

  private static String str(QuerySolution s, String var) {
    var n = s.get(var);
    if (n == null) return null;
    return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
  }
}
