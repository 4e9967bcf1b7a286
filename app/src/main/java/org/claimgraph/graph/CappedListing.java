package org.claimgraph.graph;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * 08 and 11: answers of pairs (two articles stating the same thing; a level and its change
 * against another article's earlier level), which grow with the square of how often a statement
 * is restated, so the summary keeps only their first {@value #CAP} rows.
 *
 * <p>Both views sort by a prefix that an index hands out in order of its own: 08 by measure,
 * period and countries, all three in each figure's {@code cg:statementKey}; 11 by the level
 * article's document name. A {@linkplain #build build} walks that prefix in order, runs the view
 * scoped to the next few statement keys (articles), and stops once {@value #CAP} rows are held
 * and the next prefix sorts after the last of them: it computes the pairs of the first keys
 * only, never of the whole store. An ingest run rebuilds the listing only when an article it
 * touched can reach the kept rows ({@link #affected}): its prefix sorts no later than the last
 * kept row's, or the listing holds its whole answer.
 */
final class CappedListing {
  private CappedListing() {}

  /** Rows kept of a capped listing: ten pages. */
  static final int CAP = 1000;
  /** Statement keys (08) or articles (11) a scoped run reads at once. */
  private static final int BATCH = 64;

  private static final Node TRUNCATED = NodeFactory.createURI(StoreSummary.NS + "truncated");
  private static final Var DOC = Var.alloc("doc");
  private static final Var MEASURE = Var.alloc("measure");
  private static final Var PERIOD = Var.alloc("period");
  private static final Var PLACES = Var.alloc("places");

  static boolean isPairs(SummaryListing l) {
    return l.name().startsWith("08");
  }

  /** How many leading ORDER BY conditions make the prefix: measure, period, places (08); doc (11). */
  private static int prefixLength(SummaryListing l) {
    return isPairs(l) ? 3 : 1;
  }

  private static Comparator<Binding> prefixOrder(SummaryListing l) {
    List<SortCondition> all = l.view().getOrderBy();
    return new BindingComparator(all.subList(0, prefixLength(l)));
  }

  /** The prefixes an article graph's rows (08: its figures' statements; 11: its levels, and the levels its earlier levels check) sort by. */
  static Set<Node> touched(DatasetGraph dsg, SummaryListing l, Node g) {
    Set<Node> out = new LinkedHashSet<>();
    if (isPairs(l)) {
      dsg.find(g, Node.ANY, CG.statementKey.asNode(), Node.ANY).forEachRemaining(q -> {
        Node f = q.getSubject();
        out.add(NodeFactory.createLiteralString(String.join("\t", text(dsg, g, f, CG.measure.asNode()),
            text(dsg, g, f, CG.period.asNode()), text(dsg, g, f, CG.placeList.asNode()))));
      });
      return out;
    }
    String doc = text(dsg, g, g, CG.docName.asNode());
    out.add(NodeFactory.createLiteralString(doc));
    // This article's amounts may be the earlier level another article's level and change imply.
    dsg.find(g, Node.ANY, CG.citeKey.asNode(), Node.ANY).forEachRemaining(q -> {
      String key = q.getObject().getLiteralLexicalForm();
      if (!key.startsWith("fact|") || !key.contains("|amount|")) return;
      String[] parts = key.split("\\|", -1); // fact|unit|amount|period|places
      for (String later : laterPeriods(parts[3])) {
        parts[3] = later;
        Node levelKey = NodeFactory.createLiteralString(String.join("|", parts));
        dsg.find(Node.ANY, Node.ANY, CG.citeKey.asNode(), levelKey).forEachRemaining(level -> {
          if (!StoreSummary.isSummary(level.getGraph())) {
            out.add(NodeFactory.createLiteralString(text(dsg, level.getGraph(), level.getGraph(), CG.docName.asNode())));
          }
        });
      }
    });
    return out;
  }

  /** The periods whose m/m or y/y change points back to {@code period} (11's "earlier period"). */
  static List<String> laterPeriods(String period) {
    if (period.matches("\\d{4}-\\d{2}")) {
      YearMonth m = YearMonth.parse(period);
      return List.of(m.plusMonths(1).toString(), m.plusYears(1).toString());
    }
    if (period.matches("\\d{4}")) return List.of(Integer.toString(Integer.parseInt(period) + 1));
    return List.of();
  }

  private static String text(DatasetGraph dsg, Node g, Node s, Node p) {
    Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
  }

  /** Whether a run that touched these prefixes can change the kept rows. */
  static boolean affected(DatasetGraph dsg, SummaryListing l, Set<Node> prefixes) {
    if (prefixes.isEmpty()) return false;
    if (!dsg.contains(StoreSummary.GRAPH, StoreSummary.GRAPH, TRUNCATED, NodeFactory.createLiteralString(l.name()))) return true;
    Node last = SummaryRows.cappedIri(l, CAP);
    BindingBuilder cut = BindingFactory.builder();
    for (Var v : isPairs(l) ? List.of(MEASURE, PERIOD, PLACES) : List.of(DOC)) {
      Iterator<Quad> it = dsg.find(StoreSummary.GRAPH, last, SummaryRows.column(v.getVarName()), Node.ANY);
      if (it.hasNext()) cut.add(v, it.next().getObject());
    }
    Binding cutoff = cut.build();
    Comparator<Binding> order = prefixOrder(l);
    for (Node p : prefixes) {
      if (order.compare(prefix(l, p), cutoff) <= 0) return true;
    }
    return false;
  }

  private static Binding prefix(SummaryListing l, Node touched) {
    BindingBuilder b = BindingFactory.builder();
    if (isPairs(l)) {
      String[] parts = touched.getLiteralLexicalForm().split("\t", -1);
      b.add(MEASURE, NodeFactory.createLiteralString(parts[0]));
      b.add(PERIOD, NodeFactory.createLiteralString(parts[1]));
      b.add(PLACES, NodeFactory.createLiteralString(parts[2]));
    } else {
      b.add(DOC, touched);
    }
    return b.build();
  }

  /** Removes the listing's rows. */
  static void clear(DatasetGraph dsg, SummaryListing l) {
    for (int n = 1; ; n++) {
      Node row = SummaryRows.cappedIri(l, n);
      if (!dsg.contains(StoreSummary.GRAPH, row, Node.ANY, Node.ANY)) break;
      SummaryRows.delete(dsg, row);
    }
    dsg.delete(StoreSummary.GRAPH, StoreSummary.GRAPH, TRUNCATED, NodeFactory.createLiteralString(l.name()));
  }

  /** Computes the first {@value #CAP} rows (see the class comment) and writes them; returns how many. */
  static int build(DatasetGraph dsg, SummaryListing l) {
    return build(dsg, l, () -> {});
  }

  /**
   * As {@link #build(DatasetGraph, SummaryListing)}, running {@code checkpoint} between its scoped reads (an update that
   * may commit there and release what the reads mapped: it writes nothing until the rows are known, and the bindings it
   * holds are nodes, not the storage's ids).
   */
  static int build(DatasetGraph dsg, SummaryListing l, Runnable checkpoint) {
    List<Binding> units = isPairs(l) ? statementKeys(dsg) : articles(dsg);
    Comparator<Binding> prefixOrder = prefixOrder(l);
    Comparator<Binding> order = new BindingComparator(l.view().getOrderBy());
    units.sort(prefixOrder); // stable: keys (articles) of one prefix stay in the order read
    Var unit = Var.alloc(l.scopeVar());
    List<Binding> rows = new ArrayList<>();
    boolean more = false;
    for (int from = 0; from < units.size(); ) {
      int to = Math.min(from + BATCH, units.size());
      // a batch ends at a change of prefix, so a stop below never splits one prefix's rows
      while (to < units.size() && prefixOrder.compare(units.get(to - 1), units.get(to)) == 0) to++;
      List<Node> scope = new ArrayList<>();
      for (Binding b : units.subList(from, to)) {
        // a statement of one article pairs with nothing (08 pairs figures of two articles): not worth the joins
        if (!isPairs(l) || SummaryListing.inTwoArticles(dsg, CG.statementKey.asNode(), b.get(unit))) scope.add(b.get(unit));
      }
      if (!scope.isEmpty()) rows.addAll(SummaryRows.run(dsg, l.scoped(l.scopeVar(), scope)));
      rows.sort(order);
      from = to;
      if (from < units.size()) checkpoint.run();
      if (rows.size() >= CAP && from < units.size() && prefixOrder.compare(units.get(from), rows.get(CAP - 1)) > 0) {
        more = true; // every later key's rows sort after the last kept row
        break;
      }
    }
    if (rows.size() > CAP) {
      more = true;
      rows = rows.subList(0, CAP);
    }
    for (int n = 1; n <= rows.size(); n++) {
      Node row = SummaryRows.cappedIri(l, n);
      SummaryRows.writeRank(dsg, l.name(), "", row, n);
      SummaryRows.writeColumns(dsg, l.name(), row, rows.get(n - 1));
    }
    if (more) dsg.add(StoreSummary.GRAPH, StoreSummary.GRAPH, TRUNCATED, NodeFactory.createLiteralString(l.name()));
    return rows.size();
  }

  /** Every statement key with the prefix its figures sort by (measure, period, countries). */
  private static List<Binding> statementKeys(DatasetGraph dsg) {
    return SummaryRows.run(dsg, QueryFactory.create("""
        PREFIX cg: <https://claimgraph.org/ns#>
        SELECT DISTINCT ?statementKey ?measure ?period ?places WHERE {
          GRAPH ?g { ?f cg:statementKey ?statementKey ; cg:measure ?measure ; cg:period ?period .
                     OPTIONAL { ?f cg:placeList ?placeList } }
          BIND(COALESCE(?placeList, "") AS ?places)
        }"""));
  }

  /** Every article with its document name. */
  private static List<Binding> articles(DatasetGraph dsg) {
    return SummaryRows.run(dsg, QueryFactory.create("""
        PREFIX cg: <https://claimgraph.org/ns#>
        SELECT ?article ?doc WHERE { GRAPH ?article { ?article cg:docName ?doc } }"""));
  }
}
