package org.claimgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * One listing of the summary graph and how an ingest run updates it: its rows fall into
 * <em>segments</em> (the rows one article gives, or one group of an aggregation: a publisher, a
 * credited source, a period, a value, an agent), so that a run recomputes only the segments its
 * new, replaced and deleted articles {@linkplain #touched touch}, by the view {@linkplain #scoped
 * scoped} to them ({@code VALUES ?var { … }} before the view's first {@code GRAPH}: an index
 * lookup, not a scan). 08 and 11, whose answers are pairs and keep only their first rows, are
 * {@link Kind#CAPPED}: see {@link CappedListing}.
 *
 * @param name the view's file name ({@code /summary/NAME.rq})
 * @param kind how its segments are found
 * @param segmentVar the row column that names a row's segment
 * @param scopeVar the view's variable a scoped run binds ({@code article} or the segment column)
 * @param predicate for {@link Kind#GROUP}: the predicate whose objects in an article graph are the segments it touches
 */
public record SummaryListing(String name, Kind kind, String segmentVar, String scopeVar, Node predicate) {

  /** How a listing's segments are found. */
  public enum Kind {
    /** Every row comes from one article: the segment is the article (01, 02, 05, 09, 10). */
    ARTICLE,
    /** Rows aggregate over articles: the segment is the object of {@link #predicate} the group is made of. */
    GROUP,
    /** 04: the segment is the publisher's name, found through the article's publisher. */
    PUBLISHER,
    /**
     * 07: the segment is the value's key ({@code cg:citeKey "value|619"}): an exact string, where
     * an {@code xsd:decimal} would match by its stored scale (619 is not 619.0 to an index lookup).
     */
    VALUE,
    /** 08 and 11: the first rows of a quadratic answer ({@link CappedListing}). */
    CAPPED
  }

  /** The listings, in the order they are built. */
  public static final List<SummaryListing> ALL = List.of(
      article("01-figures-per-article"),
      article("02-trade-route-by-month"),
      new SummaryListing("04-articles-per-publisher", Kind.PUBLISHER, "publisher", "article", null),
      group("05-credited-sources", "creditedSource", CG.sourceText.asNode()),
      article("05-figures-by-credited-source"),
      group("06-changes-year-on-year-vs-month-on-month", "period", CG.period.asNode()),
      new SummaryListing("07-figures-stated-by-several-sources", Kind.VALUE, "value", "valueKey", CG.value.asNode()),
      new SummaryListing("08-figures-where-sources-disagree", Kind.CAPPED, null, "statementKey", null),
      article("09-quotes-by-speaker-and-organization"),
      article("10-measure-timeline"),
      article("10-measure-timeline-any-countries"),
      new SummaryListing("11-implied-previous-level-consistency", Kind.CAPPED, null, "article", null),
      group("12-most-cited-sources", "agent", Vocab.agent.asNode()));

  private static SummaryListing article(String name) {
    return new SummaryListing(name, Kind.ARTICLE, "article", "article", null);
  }

  private static SummaryListing group(String name, String var, Node predicate) {
    return new SummaryListing(name, Kind.GROUP, var, var, predicate);
  }

  /** The listing of this name. */
  public static SummaryListing named(String name) {
    return ALL.stream().filter(l -> l.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no summary listing " + name));
  }

  /** The name of 04's group of articles without a publisher (as its view writes it). */
  static final Node UNKNOWN_PUBLISHER = NodeFactory.createLiteralString("(unknown publisher)");

  /**
   * The segments of this listing that the article graph {@code g} gives rows to (read from the
   * graph itself: called before a graph is removed and after it is written). Not for {@link Kind#CAPPED}.
   */
  public Set<Node> touched(DatasetGraph dsg, Node g) {
    Set<Node> out = new LinkedHashSet<>();
    switch (kind) {
      case ARTICLE -> out.add(g);
      case GROUP -> dsg.find(g, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
      case VALUE -> dsg.find(g, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> out.add(valueKey(q.getObject())));
      case PUBLISHER -> {
        dsg.find(g, g, Vocab.publisher.asNode(), Node.ANY).forEachRemaining(p ->
            dsg.find(g, p.getObject(), Vocab.name.asNode(), Node.ANY).forEachRemaining(n -> out.add(n.getObject())));
        if (out.isEmpty()) out.add(UNKNOWN_PUBLISHER);
      }
      case CAPPED -> throw new IllegalStateException(name + " is capped: see CappedListing");
    }
    return out;
  }

  /** Every segment of the store (for a full build): its articles, or the objects of {@link #predicate}. */
  public Set<Node> allSegments(DatasetGraph dsg) {
    Set<Node> out = new LinkedHashSet<>();
    switch (kind) {
      case ARTICLE -> dsg.listGraphNodes().forEachRemaining(g -> {
        if (!StoreSummary.isSummary(g)) out.add(g);
      });
      case GROUP -> dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
        if (!StoreSummary.isSummary(q.getGraph())) out.add(q.getObject());
      });
      case VALUE -> dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
        if (!StoreSummary.isSummary(q.getGraph())) out.add(valueKey(q.getObject()));
      });
      default -> throw new IllegalStateException(name + " is not built in segments");
    }
    return out;
  }

  /** The segment a view row stands in. */
  public Node segmentOf(org.apache.jena.sparql.engine.binding.Binding row) {
    Node n = row.get(org.apache.jena.sparql.core.Var.alloc(segmentVar));
    return kind == Kind.VALUE ? valueKey(n) : n;
  }

  /** A value's key as {@code cg:citeKey} holds it ("value|619"). */
  static Node valueKey(Node value) {
    return NodeFactory.createLiteralString("value|" + new java.math.BigDecimal(value.getLiteralLexicalForm()).stripTrailingZeros().toPlainString());
  }

  /**
   * The values of {@link #scopeVar} that a scoped run needs to recompute these segments, or null
   * when only a run over the whole store can (04's articles without a publisher).
   */
  public Collection<Node> scope(DatasetGraph dsg, Collection<Node> segments) {
    if (kind == Kind.VALUE) { // a value stated in one article gives no row (HAVING two articles): not worth the joins
      List<Node> twice = new java.util.ArrayList<>();
      for (Node key : segments) if (inTwoArticles(dsg, CG.citeKey.asNode(), key)) twice.add(key);
      return twice;
    }
    if (kind != Kind.PUBLISHER) return segments;
    if (segments.contains(UNKNOWN_PUBLISHER)) return null;
    Set<Node> articles = new LinkedHashSet<>();
    for (Node name : segments) {
      // every graph that holds the name (a speaker of that name too: rows of other groups are dropped)
      dsg.find(Node.ANY, Node.ANY, Vocab.name.asNode(), name).forEachRemaining(q -> articles.add(q.getGraph()));
    }
    articles.removeIf(StoreSummary::isSummary);
    return articles;
  }

  /** Whether {@code o} is the object of {@code p} in two article graphs or more (an index walk, no join). */
  static boolean inTwoArticles(DatasetGraph dsg, Node p, Node o) {
    Node first = null;
    for (var it = dsg.find(Node.ANY, Node.ANY, p, o); it.hasNext(); ) {
      Node g = it.next().getGraph();
      if (StoreSummary.isSummary(g)) continue;
      if (first == null) first = g;
      else if (!first.equals(g)) return true;
    }
    return false;
  }

  /** The view: the plain whole-store query. */
  public Query view() {
    return VIEWS.computeIfAbsent(name, n -> QueryFactory.create(text(n), Syntax.syntaxSPARQL_11));
  }

  /**
   * The view scoped to {@code values} of {@code var}: a {@code VALUES} block just before the
   * view's first {@code GRAPH}, so the engine substitutes each value into the graph pattern.
   */
  public Query scoped(String var, Collection<Node> values) {
    String text = text(name);
    int at = text.indexOf("GRAPH ?");
    if (at < 0) throw new IllegalStateException("/summary/" + name + ".rq has no GRAPH pattern to scope");
    String block = values.stream().map(FmtUtils::stringForNode).collect(Collectors.joining(" ", "VALUES ?" + var + " { ", " }\n  "));
    return QueryFactory.create(text.substring(0, at) + block + text.substring(at), Syntax.syntaxSPARQL_11);
  }

  private static final Map<String, Query> VIEWS = new ConcurrentHashMap<>();
  private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

  private static String text(String listing) {
    return TEXTS.computeIfAbsent(listing, l -> {
      try (InputStream in = SummaryListing.class.getResourceAsStream("/summary/" + l + ".rq")) {
        if (in == null) throw new IllegalStateException("/summary/" + l + ".rq is missing from the build");
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
