package org.claimgraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * The rows of the summary graph: how they are written, found and ranked.
 *
 * <p>A row is {@code <…/summary/row/LISTING/SEGMENT-ID/N>} (the N-th row its segment gives; a
 * capped listing's rows are {@code <…/row/LISTING/N>}), with {@code cgs:pageKey "LISTING|KEY|PAGE"},
 * {@code cgs:rank} (1, 2 … within the listing key) and one {@code cgs:VAR} per bound column (or
 * {@code cgs:columnsFrom}, the row that holds them: {@link SharedRows}). The
 * rows of a segment are found by their IRIs alone, so an update deletes them without a scan.
 */
final class SummaryRows {
  private SummaryRows() {}

  static final Node PAGE_KEY = NodeFactory.createURI(StoreSummary.NS + "pageKey");
  static final Node RANK = NodeFactory.createURI(StoreSummary.NS + "rank");
  static final String KEY_VAR = "listingKey";
  /** A row that stores no columns of its own: the row that holds them ({@link SharedRows#columnsFrom}). */
  static final Node COLUMNS_FROM = NodeFactory.createURI(StoreSummary.NS + "columnsFrom");
  static final String ROW = "https://claimgraph.org/summary/row/";

  /** A row: its IRI and its columns (for a row already stored, at least the columns it is sorted by). */
  record Row(Node iri, Binding columns) {}

  /** The listing key of a view row ("" for a listing without parameters). */
  static String key(Binding b) {
    Node k = b.get(Var.alloc(KEY_VAR));
    return k == null ? "" : k.getLiteralLexicalForm();
  }

  /** The N-th row (from 1) of a segment. */
  static Node rowIri(SummaryListing listing, Node segment, int n) {
    String id = UUID.nameUUIDFromBytes(FmtUtils.stringForNode(segment).getBytes(StandardCharsets.UTF_8)).toString();
    return NodeFactory.createURI(ROW + listing.name() + "/" + id + "/" + n);
  }

  /** The N-th row (from 1) of a capped listing. */
  static Node cappedIri(SummaryListing listing, int n) {
    return NodeFactory.createURI(ROW + listing.name() + "/" + n);
  }

  /** Runs a view (whole or scoped) and returns its rows, in the view's order. */
  static List<Binding> run(DatasetGraph dsg, Query query) {
    List<Binding> out = new ArrayList<>();
    try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
      RowSet it = qe.select();
      while (it.hasNext()) out.add(detached(it.next()));
    }
    return out;
  }

  /**
   * A row with its values resolved: a TDB2 result keeps the chain of partial solutions that made
   * it (node ids in hash maps), tens of objects a row; a build holds a listing's rows until it ranks them.
   */
  private static Binding detached(Binding b) {
    BindingBuilder out = BindingFactory.builder();
    for (Iterator<Var> vars = b.vars(); vars.hasNext(); ) {
      Var v = vars.next();
      Node n = b.get(v);
      if (n != null) out.add(v, n);
    }
    return out.build();
  }

  /**
   * Writes a row's columns (all but the listing key), without its rank; for a row of a listing that shares
   * another's columns ({@link SharedRows#columnsFrom}), the row that holds them instead.
   */
  static void writeColumns(DatasetGraph dsg, String listing, Node row, Binding b) {
    Node shared = SharedRows.columnsFrom(listing, row);
    if (shared != null) {
      dsg.add(StoreSummary.GRAPH, row, COLUMNS_FROM, shared);
      return;
    }
    for (Iterator<Var> vars = b.vars(); vars.hasNext(); ) {
      Var v = vars.next();
      if (!v.getVarName().equals(KEY_VAR) && b.get(v) != null) {
        dsg.add(StoreSummary.GRAPH, row, column(v.getVarName()), b.get(v));
      }
    }
  }

  /** Writes where a row stands: its rank within its listing key and the page that holds it. */
  static void writeRank(DatasetGraph dsg, String listing, String key, Node row, int rank) {
    dsg.add(StoreSummary.GRAPH, row, PAGE_KEY, NodeFactory.createLiteralString(StoreSummary.pageKey(listing, key, (rank - 1) / StoreSummary.PAGE + 1)));
    dsg.add(StoreSummary.GRAPH, row, RANK, NodeFactory.createLiteralDT(Integer.toString(rank), XSDDatatype.XSDinteger));
  }

  static Node column(String var) {
    return NodeFactory.createURI(StoreSummary.NS + var);
  }

  /** Removes every quad of a row. */
  static void delete(DatasetGraph dsg, Node row) {
    dsg.deleteAny(StoreSummary.GRAPH, row, Node.ANY, Node.ANY);
  }

  /** The stored rows of a segment, in order, with the listing key each stands under. */
  static Map<Node, String> ofSegment(DatasetGraph dsg, SummaryListing listing, Node segment) {
    Map<Node, String> rows = new java.util.LinkedHashMap<>();
    for (int n = 1; ; n++) {
      Node row = rowIri(listing, segment, n);
      Iterator<Quad> page = dsg.find(StoreSummary.GRAPH, row, PAGE_KEY, Node.ANY);
      if (!page.hasNext()) return rows;
      rows.put(row, keyOfPage(page.next().getObject().getLiteralLexicalForm()));
    }
  }

  /** The listing key of a page key "LISTING|KEY|PAGE" (a key may hold '|'). */
  static String keyOfPage(String pageKey) {
    return pageKey.substring(pageKey.indexOf('|') + 1, pageKey.lastIndexOf('|'));
  }

  /**
   * The stored rows of a listing key, in rank order, each with its current rank and the columns
   * {@code sortVars} (pages are read until the first empty one: ranks are contiguous).
   */
  static List<Row> ofKey(DatasetGraph dsg, String listing, String key, Set<Var> sortVars) {
    List<Row> rows = new ArrayList<>();
    for (int page = 1; ; page++) {
      Iterator<Quad> it = dsg.find(StoreSummary.GRAPH, Node.ANY, PAGE_KEY, NodeFactory.createLiteralString(StoreSummary.pageKey(listing, key, page)));
      if (!it.hasNext()) break;
      while (it.hasNext()) {
        Node row = it.next().getSubject();
        BindingBuilder b = BindingFactory.builder();
        b.add(RANK_VAR, one(dsg, row, RANK));
        Node shared = SharedRows.columnsFrom(listing, row);
        for (Var v : sortVars) {
          Node value = one(dsg, shared == null ? row : shared, column(v.getVarName()));
          if (value != null) b.add(v, value);
        }
        rows.add(new Row(row, b.build()));
      }
    }
    rows.sort(Comparator.comparingInt(SummaryRows::rank));
    return rows;
  }

  static final Var RANK_VAR = Var.alloc("__rank");

  static int rank(Row r) {
    Node n = r.columns().get(RANK_VAR);
    return n == null ? Integer.MAX_VALUE : Integer.parseInt(n.getLiteralLexicalForm());
  }

  private static Node one(DatasetGraph dsg, Node row, Node p) {
    Iterator<Quad> it = dsg.find(StoreSummary.GRAPH, row, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }

  /** The variables a view's ORDER BY reads. */
  static Set<Var> sortVars(Query view) {
    Set<Var> vars = new LinkedHashSet<>();
    if (view.getOrderBy() != null) {
      for (SortCondition c : view.getOrderBy()) vars.addAll(c.getExpression().getVarsMentioned());
    }
    return vars;
  }

  /**
   * The view's order (its ORDER BY, as the engine compares), then, for rows the ORDER BY ranks
   * equal, their segment and their place in it: the order the view gives within one segment.
   */
  static Comparator<Row> order(Query view) {
    Comparator<Binding> byView = view.getOrderBy() == null ? (a, b) -> 0 : new BindingComparator(view.getOrderBy());
    return Comparator.<Row, Binding>comparing(Row::columns, byView)
        .thenComparing(r -> segmentId(r.iri()))
        .thenComparingInt(r -> seq(r.iri()));
  }

  private static String segmentId(Node iri) {
    String s = iri.getURI();
    int last = s.lastIndexOf('/');
    return s.substring(s.lastIndexOf('/', last - 1) + 1, last);
  }

  private static int seq(Node iri) {
    String s = iri.getURI();
    return Integer.parseInt(s.substring(s.lastIndexOf('/') + 1));
  }

  /** Groups view rows by listing key, keeping their order. */
  static Map<String, List<Binding>> byKey(List<Binding> rows) {
    Map<String, List<Binding>> out = new HashMap<>();
    for (Binding b : rows) out.computeIfAbsent(key(b), k -> new ArrayList<>()).add(b);
    return out;
  }
}
