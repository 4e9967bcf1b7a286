package org.claimgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The summary graph: what the whole-store queries of {@code queries/} aggregate or join over every
 * article, computed once after an ingest run instead of on every query, in pages an analyst reads
 * by an exact lookup ({@code GRAPH <https://claimgraph.org/summary> { ?row cgs:pageKey "01||1" }}).
 *
 * <p>Each {@linkplain #LISTINGS listing} is a view query ({@code /summary/NAME.rq}: the plain
 * whole-store query, its parameters turned into a {@code ?listingKey} column). Its rows, in the
 * view's order, become nodes {@code <https://claimgraph.org/summary/row/NAME/N>} with
 * {@code cgs:pageKey "NAME|KEY|PAGE"} ({@value #PAGE} rows a page, per key), {@code cgs:rank N}
 * (1, 2, … per key) and one {@code cgs:VAR} value per bound column.
 *
 * <p>Kept right: every write of an article graph ({@link GraphStore#put}, {@link GraphStore#removeSource})
 * removes the {@code cgs:state "fresh"} marker in the same transaction; ingest (and the Spark
 * load) rebuilds the whole summary after the run in one write transaction, which sets the marker
 * again, so the summary is replaced all or nothing. A crash between an article write and the
 * rebuild leaves the marker absent, and the next open of the store rebuilds it ({@link #ensureFresh}).
 */
public final class StoreSummary {
  private StoreSummary() {}

  /** The namespace of the summary's terms (not the ontology's: the summary is derived data). */
  public static final String NS = "https://claimgraph.org/summary#";

  /** The summary's graph. */
  public static final Node GRAPH = NodeFactory.createURI("https://claimgraph.org/summary");

  /** Rows a page. */
  public static final int PAGE = 100;

  /** The listings, in the order they are built: each {@code /summary/NAME.rq}. */
  public static final List<String> LISTINGS = List.of("01-figures-per-article", "02-trade-route-by-month",
      "04-articles-per-publisher", "05-credited-sources", "05-figures-by-credited-source",
      "06-changes-year-on-year-vs-month-on-month", "07-figures-stated-by-several-sources",
      "08-figures-where-sources-disagree", "09-quotes-by-speaker-and-organization", "10-measure-timeline",
      "10-measure-timeline-any-countries", "11-implied-previous-level-consistency", "12-most-cited-sources");

  private static final Node STATE = NodeFactory.createURI(NS + "state");
  private static final Node FRESH = NodeFactory.createLiteralString("fresh");
  private static final Node PAGE_KEY = NodeFactory.createURI(NS + "pageKey");
  private static final Node RANK = NodeFactory.createURI(NS + "rank");
  private static final String KEY_VAR = "listingKey";

  /** Whether {@code g} is the summary graph (not an article's). */
  public static boolean isSummary(Node g) {
    return GRAPH.equals(g);
  }

  /** Marks the summary stale; call inside the write transaction that changes an article graph. */
  public static void markStale(DatasetGraph dsg) {
    dsg.delete(GRAPH, GRAPH, STATE, FRESH);
  }

  /** Whether the summary was built after the last change of an article graph. */
  public static boolean isFresh(Dataset dataset) {
    return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(GRAPH, GRAPH, STATE, FRESH));
  }

  /** Rebuilds the summary when it is not fresh (a store written before summaries, or a crash before the rebuild); returns whether it did. */
  public static boolean ensureFresh(Dataset dataset) {
    if (isFresh(dataset)) return false;
    rebuild(dataset);
    return true;
  }

  /** What a rebuild wrote: rows and milliseconds per listing, quads in all. */
  public record Built(Map<String, Integer> rows, Map<String, Long> millis, long quads) {}

  /**
   * Recomputes every listing from the article graphs and replaces the summary graph with it, in
   * one write transaction (readers see the old summary or the new one, never a part).
   */
  public static Built rebuild(Dataset dataset) {
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      dsg.removeGraph(GRAPH);
      Map<String, Integer> rows = new java.util.LinkedHashMap<>();
      Map<String, Long> millis = new java.util.LinkedHashMap<>();
      long[] quads = {0};
      for (String listing : LISTINGS) {
        long t0 = System.nanoTime();
        Map<String, Integer> ranks = new HashMap<>();
        List<Quad> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(view(listing)).build()) {
          RowSet it = qe.select();
          int n = 0;
          while (it.hasNext()) {
            Binding b = it.next();
            Node keyNode = b.get(Var.alloc(KEY_VAR));
            String key = keyNode == null ? "" : keyNode.getLiteralLexicalForm();
            int rank = ranks.merge(key, 1, Integer::sum);
            Node row = NodeFactory.createURI("https://claimgraph.org/summary/row/" + listing + "/" + (++n));
            out.add(Quad.create(GRAPH, row, PAGE_KEY, NodeFactory.createLiteralString(pageKey(listing, key, (rank - 1) / PAGE + 1))));
            out.add(Quad.create(GRAPH, row, RANK, NodeFactory.createLiteralDT(Integer.toString(rank), XSDDatatype.XSDinteger)));
            for (var vars = b.vars(); vars.hasNext(); ) {
              Var v = vars.next();
              if (!v.getVarName().equals(KEY_VAR) && b.get(v) != null) {
                out.add(Quad.create(GRAPH, row, NodeFactory.createURI(NS + v.getVarName()), b.get(v)));
              }
            }
          }
          rows.put(listing, n);
        }
        out.forEach(dsg::add); // after the view's rows are read: never write into the dataset while reading it
        quads[0] += out.size();
        millis.put(listing, (System.nanoTime() - t0) / 1_000_000);
      }
      dsg.add(GRAPH, GRAPH, STATE, FRESH);
      return new Built(rows, millis, quads[0] + 1);
    });
  }

  /** The page key of a listing's page ({@code key} "" for a listing without parameters). */
  public static String pageKey(String listing, String key, int page) {
    return listing + "|" + key + "|" + page;
  }

  private static final Map<String, Query> VIEWS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The view query of a listing. */
  static Query view(String listing) {
    return VIEWS.computeIfAbsent(listing, l -> {
      try (InputStream in = StoreSummary.class.getResourceAsStream("/summary/" + l + ".rq")) {
        if (in == null) throw new IllegalStateException("/summary/" + l + ".rq is missing from the build");
        return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.syntaxSPARQL_11);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
