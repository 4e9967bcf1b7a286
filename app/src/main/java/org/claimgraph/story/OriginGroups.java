package org.claimgraph.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.cite.Citation;
import org.claimgraph.cite.Statement;
import org.claimgraph.graph.CG;

/**
 * The independent origins of a figure's statements: citations whose articles restate one another
 * (or restate one common article) form one group, since a rewrite never confirms its own origin.
 * Links are read by exact lookup of each cited article's {@code cg:restates}, never by a scan.
 *
 * <pre>{@code
 * List<OriginGroups.Group> g = OriginGroups.of(dataset, citations);
 * OriginGroups.summary(citations.size(), g); // "stated by 4 articles from 2 independent origins (the General Administration of Customs via Reuters; Platts)"
 * }</pre>
 */
public final class OriginGroups {
  private OriginGroups() {}

  /**
   * One independent origin.
   *
   * @param origin doc name of the origin article (among the citations)
   * @param label what the origin is: its credited source via its outlet ("customs data via Reuters"), or its outlet
   * @param docs doc names of every cited article of the group, origin first
   */
  public record Group(String origin, String label, List<String> docs) {}

  /** The groups of these citations, largest first. */
  public static List<Group> of(Dataset dataset, List<Citation> citations) {
    Map<String, org.claimgraph.graph.ArticleInfo> articles = new java.util.HashMap<>();
    Map<Statement, String> credits = new HashMap<>();
    List<Statement> statements = new ArrayList<>();
    for (Citation c : citations) {
      articles.putIfAbsent(c.article().iri(), c.article());
      Statement s = Statement.of(c.figure());
      statements.add(s);
      credits.putIfAbsent(s, c.figure().attributedTo());
    }
    return Txn.calculateRead(dataset, () -> of(statements, articles, restatedIn(dataset), credits::get));
  }

  /**
   * The groups of these statements (in citation order) with their articles: all the statements of a
   * value when a request shows one page of its citations ({@link org.claimgraph.cite.CitationPage}). Only
   * each origin's statement is read further (whom it is credited to, for its label).
   */
  public static List<Group> of(Dataset dataset, List<Statement> statements, Map<String, org.claimgraph.graph.ArticleInfo> articles) {
    return Txn.calculateRead(dataset, () -> of(statements, articles, restatedIn(dataset),
        s -> org.claimgraph.graph.StoredFigures.credit(dataset, s.article(), s.iri())));
  }

  /** The articles each article restates ({@code cg:restates}, in any graph), read from the store. Call inside a read transaction. */
  private static java.util.function.Function<String, List<String>> restatedIn(Dataset dataset) {
    return iri -> {
      List<String> targets = new ArrayList<>();
      Iterator<Quad> it = dataset.asDatasetGraph().find(Node.ANY, NodeFactory.createURI(iri), CG.restates.asNode(), Node.ANY);
      while (it.hasNext()) {
        String t = it.next().getObject().getURI();
        if (!targets.contains(t)) targets.add(t);
      }
      return targets;
    };
  }

  /**
   * As {@link #of(Dataset, List, Map)}, with the links ({@code restated}: article → the articles it restates) and the
   * statements' credits read elsewhere (the figures index).
   */
  public static List<Group> of(List<Statement> statements, Map<String, org.claimgraph.graph.ArticleInfo> articles,
      java.util.function.Function<String, List<String>> restated, java.util.function.Function<Statement, String> credit) {
    Map<String, Stated> byIri = new LinkedHashMap<>();
    for (var s : statements) {
      var a = articles.get(s.article());
      if (a != null) byIri.putIfAbsent(s.article(), new Stated(s, a));
    }
    Map<String, List<String>> restates = new HashMap<>();
    for (String iri : byIri.keySet()) restates.put(iri, restated.apply(iri));
    UnionFind sets = new UnionFind();
    for (var e : restates.entrySet()) for (String t : e.getValue()) sets.union(e.getKey(), t);
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (String iri : byIri.keySet()) members.computeIfAbsent(sets.find(iri), k -> new ArrayList<>()).add(iri);
    List<Group> out = new ArrayList<>();
    for (List<String> group : members.values()) {
      TreeSet<String> inGroup = new TreeSet<>(group);
      String origin = group.stream().min(Comparator
          .comparing((String a) -> restates.get(a).stream().anyMatch(inGroup::contains))
          .thenComparing(a -> !restates.get(a).isEmpty())
          .thenComparing(a -> byIri.get(a).article().date() == null ? "9999" : byIri.get(a).article().date())
          .thenComparing(a -> byIri.get(a).article().doc())).orElseThrow();
      List<String> docs = new ArrayList<>();
      docs.add(byIri.get(origin).article().doc());
      group.stream().filter(a -> !a.equals(origin)).map(a -> byIri.get(a).article().doc()).sorted().forEach(docs::add);
      out.add(new Group(docs.get(0), label(byIri.get(origin), credit), docs));
    }
    out.sort(Comparator.comparing((Group g) -> -g.docs().size()).thenComparing(Group::origin));
    return out;
  }

  /** A statement with its article: what grouping reads of a citation. */
  private record Stated(Statement statement, org.claimgraph.graph.ArticleInfo article) {}

  /** "customs data via Reuters", "Reuters", or the doc name. */
  private static String label(Stated c, java.util.function.Function<Statement, String> credits) {
    String credit = credits.apply(c.statement());
    String outlet = c.article().publisher() != null ? c.article().publisher() : c.article().doc();
    if (credit == null || credit.equalsIgnoreCase(outlet)) return outlet;
    return credit + " via " + outlet;
  }

  /** "stated by 4 articles from 2 independent origins (customs data via Reuters; Platts)". */
  public static String summary(int articles, List<Group> groups) {
    StringBuilder b = new StringBuilder("stated by ").append(articles).append(articles == 1 ? " article" : " articles")
        .append(" from ").append(groups.size()).append(groups.size() == 1 ? " independent origin" : " independent origins");
    if (!groups.isEmpty()) b.append(" (").append(String.join("; ", groups.stream().map(Group::label).toList())).append(")");
    return b.toString();
  }
}
