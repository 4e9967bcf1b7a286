package org.claimgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;

/**
 * The summary graph: what the whole-store queries of {@code queries/} aggregate or join over every
 * article, computed at ingest instead of on every query, in pages an analyst reads by an exact
 * lookup ({@code GRAPH <https://claimgraph.org/summary> { ?row cgs:pageKey "01||1" }}).
 *
 * <p>Each {@linkplain SummaryListing listing} is a view query ({@code /summary/NAME.rq}: the plain
 * whole-store query, its parameters turned into a {@code ?listingKey} column). Its rows, in the
 * view's order, are stored with {@code cgs:pageKey "NAME|KEY|PAGE"} ({@value #PAGE} rows a page,
 * per key), {@code cgs:rank} and one {@code cgs:VAR} per column ({@link SummaryRows}); a row of
 * 10-measure-timeline-any-countries names instead the row of 10-measure-timeline that holds its
 * columns ({@link SharedRows}).
 *
 * <p>Kept right, in proportion to what changed: every write of an article graph ({@link
 * GraphStore#put}, {@link GraphStore#removeSource}) {@linkplain #touch records}, in the same
 * transaction, the segments of each listing the old and the new graph give rows to (the article;
 * its publisher, credited sources, periods, values, agents; 08's statements, 11's documents).
 * After the run {@link #ensureFresh} recomputes those segments only, by the views scoped to them,
 * and re-ranks the listing keys they stand under, in one write transaction that also clears the
 * records: readers see the summary before or after the run, never a part. A crash before that
 * leaves the records, and the next open applies them. (An ingest run from the command line, which
 * holds the store alone, commits it in parts where its copies have grown: {@link #update(Dataset, Between)}.) A store without the summary (or with one of
 * an older layout, or marked {@linkplain #markStale stale} by a bulk load) is built in full.
 */
public final class StoreSummary {
  private StoreSummary() {}

  /** The namespace of the summary's terms (not the ontology's: the summary is derived data). */
  public static final String NS = "https://claimgraph.org/summary#";

  /** The summary's graph. */
  public static final Node GRAPH = NodeFactory.createURI("https://claimgraph.org/summary");

  /** Rows a page. */
  public static final int PAGE = 100;

  /** Rows kept of 08 and 11 (ten pages). */
  public static final int CAPPED_ROWS = CappedListing.CAP;

  /** The listings, in the order they are built: each {@code /summary/NAME.rq}. */
  public static final List<String> LISTINGS = SummaryListing.ALL.stream().map(SummaryListing::name).toList();

  private static final Node STATE = NodeFactory.createURI(NS + "state");
  /** The state of a built summary of this layout (rows per segment; an older layout is rebuilt). */
  private static final Node FRESH = NodeFactory.createLiteralString("built: segments, shared columns");
  private static final Node DIRTY = NodeFactory.createURI(NS + "dirty");
  /** The record that every listing is recomputed whole ({@link #touch} of a summary without rows). */
  private static final Node EVERY_SEGMENT = NodeFactory.createLiteralString("*");

  /** Whether {@code g} is the summary graph (not an article's). */
  public static boolean isSummary(Node g) {
    return GRAPH.equals(g);
  }

  /** Marks the summary for a full rebuild (a bulk load that writes article graphs without {@link #touch}). */
  public static void markStale(DatasetGraph dsg) {
    dsg.delete(GRAPH, GRAPH, STATE, FRESH);
  }

  /**
   * Records what the article graph {@code g} gives the summary: call inside the write transaction
   * that changes it, before removing it and after writing it. Nothing is recorded while the
   * summary waits for a full build.
   */
  public static void touch(DatasetGraph dsg, Node g) {
    if (!dsg.contains(GRAPH, GRAPH, STATE, FRESH) || dsg.contains(GRAPH, GRAPH, DIRTY, EVERY_SEGMENT)) return;
    if (!dsg.find(GRAPH, Node.ANY, SummaryRows.RANK, Node.ANY).hasNext()) {
      // A summary without rows (a new store's first run): every segment is new, so one record says so, instead of one
      // per segment of each article (their look-ups and writes were 2.6% of a first ingest's CPU, BENCHMARKS.md round 14).
      dsg.add(GRAPH, GRAPH, DIRTY, EVERY_SEGMENT);
      return;
    }
    for (SummaryListing l : SummaryListing.ALL) {
      Set<Node> segments = l.kind() == SummaryListing.Kind.CAPPED ? CappedListing.touched(dsg, l, g) : l.touched(dsg, g);
      for (Node s : segments) dsg.add(GRAPH, GRAPH, DIRTY, NodeFactory.createLiteralString(l.name() + "\t" + FmtUtils.stringForNode(s)));
    }
  }

  /** Whether the summary answers for the articles as stored (built, and no write since). */
  public static boolean isFresh(Dataset dataset) {
    return Txn.calculateRead(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      return dsg.contains(GRAPH, GRAPH, STATE, FRESH) && !dsg.find(GRAPH, GRAPH, DIRTY, Node.ANY).hasNext();
    });
  }

  /**
   * Brings the summary up to date: applies the recorded changes ({@link #update}), or builds it in
   * full when there is none to update ({@link #rebuild}); returns whether it wrote anything.
   */
  public static boolean ensureFresh(Dataset dataset) {
    return ensureFresh(dataset, null);
  }

  /**
   * What a process that holds the store alone does between an update's listings (an ingest's reopening of the storage):
   * {@link #due} says whether what the update has copied so far is worth a commit and a release now, {@link #run} releases.
   */
  public interface Between extends Runnable {
    /** Whether to commit what is written so far and {@linkplain #run release} before the next listing. */
    boolean due();
  }

  /**
   * As {@link #ensureFresh(Dataset)}; with {@code between} (not null), an update is committed in parts where {@code between}
   * finds it due, {@code between} running after each such commit ({@link #update(Dataset, Between)}): for a process that
   * holds the store alone.
   */
  public static boolean ensureFresh(Dataset dataset, Between between) {
    return ensureFresh(dataset, between, ViewsAhead.none());
  }

  /** As {@link #ensureFresh(Dataset, Between)}, an update taking the view rows {@code ahead} computed (with {@code between}). */
  public static boolean ensureFresh(Dataset dataset, Between between, ViewsAhead ahead) {
    if (isFresh(dataset)) return false;
    boolean built = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(GRAPH, GRAPH, STATE, FRESH));
    if (built) update(dataset, between, ahead);
    else rebuild(dataset);
    return true;
  }

  /** Whether the next update builds every listing (every segment recorded, the summary built): {@link ViewsAhead}. */
  static boolean wholeUpdateDue(DatasetGraph dsg) {
    return dsg.contains(GRAPH, GRAPH, STATE, FRESH) && dsg.contains(GRAPH, GRAPH, DIRTY, EVERY_SEGMENT);
  }

  /** What a build or an update wrote: rows and milliseconds per listing, quads of the summary. */
  public record Built(Map<String, Integer> rows, Map<String, Long> millis, long quads) {}

  /**
   * Recomputes every listing from the article graphs and replaces the summary graph with it: one
   * write transaction removes the summary (and its built marker), one per listing writes its rows,
   * and the last sets the marker. A crash before the last leaves no marker, and the next open
   * builds it again from the start; no reader sees a part, since a store is opened (CLI, server)
   * only after {@link #ensureFresh} and TDB2 lets one process at a time open it. (A transaction
   * per listing keeps what a transaction holds to one listing's rows: 10⁵ articles give ~20 M
   * summary quads.) The updates after each ingest run are one transaction each.
   */
  public static Built rebuild(Dataset dataset) {
    Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(GRAPH));
    Map<String, Integer> rows = new LinkedHashMap<>();
    Map<String, Long> millis = new LinkedHashMap<>();
    for (String listing : LISTINGS) {
      long t0 = System.nanoTime();
      rows.put(listing, buildListing(dataset, listing));
      millis.put(listing, (System.nanoTime() - t0) / 1_000_000);
    }
    return new Built(rows, millis, markBuilt(dataset));
  }

  /** Builds one listing of a summary being built ({@link #rebuild}), in one write transaction; returns its rows. */
  public static int buildListing(Dataset dataset, String listing) {
    SummaryListing l = SummaryListing.named(listing);
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      return switch (l.kind()) {
        case CAPPED -> {
          CappedListing.clear(dsg, l);
          yield CappedListing.build(dsg, l);
        }
        case PUBLISHER -> { // a few hundred publishers, and articles without one: one run over the store
          clearAll(dsg, l);
          yield buildAll(dsg, l);
        }
        default -> {
          clearAll(dsg, l);
          yield buildInSegments(dsg, l);
        }
      };
    });
  }

  /** Ends a build: sets the marker (and drops records a build makes moot); returns the summary's quads. */
  public static long markBuilt(Dataset dataset) {
    return Txn.calculateWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      dsg.deleteAny(GRAPH, GRAPH, DIRTY, Node.ANY);
      dsg.add(GRAPH, GRAPH, STATE, FRESH);
      return count(dsg);
    });
  }

  /**
   * Applies the changes recorded since the last build or update, in one write transaction: per
   * listing, the touched segments' rows are recomputed by the view scoped to them and the keys they
   * stand under re-ranked (08 and 11 are rebuilt only if the change can reach their kept rows).
   */
  public static Built update(Dataset dataset) {
    return update(dataset, null);
  }

  /**
   * As {@link #update(Dataset)}; with {@code between} (not null), the listings' {@linkplain #BATCHES batches} are applied in
   * one write transaction until {@code between} finds it {@linkplain Between#due due}: then it is committed, {@code between}
   * runs (the caller's reopening of the storage, so that what the transaction copied is unmapped before the next listing:
   * BENCHMARKS.md, round 17) and a new one begins. A small update stays one transaction (its commits cost a second at 10³,
   * round 17); a large one is cut where its copies have grown. A first run's update (every segment recorded) builds each
   * listing of articles or groups in parts of a few hundred segments ({@link PartedListing}), and may commit between its
   * parts too: one listing's read of the whole store no longer stays mapped in one transaction (round 18). A batch deletes the records of the listings it applied, and
   * only the last transaction deletes the rest and marks the summary fresh: until then it stays {@linkplain #isFresh dirty},
   * as a crash leaves it, and the next {@link #ensureFresh} applies what is left (every listing again where every segment
   * is recorded: a listing's recomputation reads the article graphs only, so running it twice writes the same rows).
   * Readers that do not wait for freshness may see some listings after the run and the others before it, each listing
   * whole: only for a process that holds the store alone, as an ingest run from the command line does (its readers open
   * the store after {@link #ensureFresh}); a server updates in one transaction.
   */
  public static Built update(Dataset dataset, Between between) {
    return update(dataset, between, ViewsAhead.none());
  }

  /**
   * As {@link #update(Dataset, Between)}; with {@code between} (not null), a first run's update takes the view rows
   * {@code ahead} computed on its own thread (each part of a listing built in parts, 04's view), where it has them.
   */
  public static Built update(Dataset dataset, Between between, ViewsAhead ahead) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    Map<String, Long> millis = new LinkedHashMap<>();
    SharedRows views = new SharedRows();
    if (between == null) {
      return Txn.calculateWrite(dataset, () -> {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Pending pending = pending(dsg);
        apply(dsg, pending, SummaryListing.ALL, views, ViewsAhead.none(), rows, millis, () -> {});
        finish(dsg, pending);
        return new Built(rows, millis, -1);
      });
    }
    Pending pending = Txn.calculateRead(dataset, () -> pending(dataset.asDatasetGraph()));
    // Within a listing: commit and release where due, the summary still dirty (a first run's listing is built in parts).
    Runnable checkpoint = () -> {
      if (!between.due()) return;
      dataset.commit();
      dataset.end();
      between.run();
      dataset.begin(TxnType.WRITE);
    };
    dataset.begin(TxnType.WRITE);
    try {
      for (List<SummaryListing> batch : BATCHES) {
        if (!pending.touches(batch)) continue;
        if (pending.everySegment() && PartedListing.builds(batch)) {
          long t0 = System.nanoTime();
          rows.putAll(PartedListing.build(dataset.asDatasetGraph(), batch, checkpoint, ahead));
          millis.put(batch.get(0).name(), (System.nanoTime() - t0) / 1_000_000);
        } else {
          apply(dataset.asDatasetGraph(), pending, batch, views, ahead, rows, millis, checkpoint);
        }
        if (!between.due()) continue;
        dataset.commit();
        dataset.end();
        between.run();
        dataset.begin(TxnType.WRITE);
      }
      finish(dataset.asDatasetGraph(), pending);
      dataset.commit();
    } finally {
      dataset.end(); // after a commit nothing; after a failure the open transaction is aborted
    }
    return new Built(rows, millis, -1);
  }

  /**
   * The listings an update commits together: one each, but 10-measure-timeline with 10-any-countries, whose rows name
   * 10's rows that hold their columns ({@link SharedRows}) and must change with them.
   */
  static final List<List<SummaryListing>> BATCHES = batches();

  private static List<List<SummaryListing>> batches() {
    List<List<SummaryListing>> out = new ArrayList<>();
    for (SummaryListing l : SummaryListing.ALL) {
      if (l.name().equals(SharedRows.ANY_COUNTRIES) && !out.isEmpty() && out.get(out.size() - 1).get(0).name().equals(SharedRows.TIMELINE)) {
        out.set(out.size() - 1, List.of(out.get(out.size() - 1).get(0), l));
      } else {
        out.add(List.of(l));
      }
    }
    return List.copyOf(out);
  }

  /** The changes recorded for the summary: every record, and the segments each listing's records name (or every segment). */
  private record Pending(List<Quad> records, boolean everySegment, Map<String, Set<Node>> segments, Map<String, List<Quad>> byListing) {
    /** The segments of {@code l} to recompute: null for all of them, empty for none. */
    Set<Node> of(SummaryListing l) {
      return everySegment ? null : segments.getOrDefault(l.name(), Set.of());
    }

    boolean touches(List<SummaryListing> batch) {
      return batch.stream().anyMatch(l -> of(l) == null || !of(l).isEmpty());
    }
  }

  private static Pending pending(DatasetGraph dsg) {
    List<Quad> records = new ArrayList<>();
    dsg.find(GRAPH, GRAPH, DIRTY, Node.ANY).forEachRemaining(records::add);
    boolean everySegment = dsg.contains(GRAPH, GRAPH, DIRTY, EVERY_SEGMENT);
    Map<String, Set<Node>> dirty = new HashMap<>();
    Map<String, List<Quad>> byListing = new HashMap<>();
    for (Quad q : records) {
      if (everySegment) break;
      String s = q.getObject().getLiteralLexicalForm();
      int tab = s.indexOf('\t');
      dirty.computeIfAbsent(s.substring(0, tab), k -> new LinkedHashSet<>()).add(NodeFactoryExtra.parseNode(s.substring(tab + 1)));
      byListing.computeIfAbsent(s.substring(0, tab), k -> new ArrayList<>()).add(q);
    }
    return new Pending(records, everySegment, dirty, byListing);
  }

  /** Applies the pending changes of the listings {@code batch}, deleting their records (kept while every segment is recorded). */
  private static void apply(DatasetGraph dsg, Pending pending, List<SummaryListing> batch, SharedRows views, ViewsAhead ahead,
      Map<String, Integer> rows, Map<String, Long> millis, Runnable checkpoint) {
    for (SummaryListing l : batch) {
      Set<Node> segments = pending.of(l);
      if (segments != null && segments.isEmpty()) continue;
      long t0 = System.nanoTime();
      rows.put(l.name(), segments == null ? applyAll(dsg, l, views, ahead, checkpoint) : apply(dsg, l, segments, views));
      millis.put(l.name(), (System.nanoTime() - t0) / 1_000_000);
      pending.byListing().getOrDefault(l.name(), List.of()).forEach(dsg::delete);
    }
  }

  /** Ends an update: deletes what is left of its records and marks the summary fresh. */
  private static void finish(DatasetGraph dsg, Pending pending) {
    pending.records().forEach(dsg::delete);
    dsg.add(GRAPH, GRAPH, STATE, FRESH);
  }

  /**
   * Recomputes every row of one listing, as an update that found every segment recorded; returns how many rows. 04's view
   * reads the article graphs only: {@code ahead} may have computed it.
   */
  private static int applyAll(DatasetGraph dsg, SummaryListing l, SharedRows views, ViewsAhead ahead, Runnable checkpoint) {
    return switch (l.kind()) {
      case CAPPED -> {
        CappedListing.clear(dsg, l);
        yield CappedListing.build(dsg, l, checkpoint); // the writer's: it commits between its reads where due
      }
      case PUBLISHER -> {
        clearAll(dsg, l);
        yield writeAll(dsg, l, rowsOf(ahead.takeView(l), dsg, l));
      }
      default -> apply(dsg, l, l.allSegments(dsg), views);
    };
  }

  /** Recomputes the rows of these segments of one listing; returns how many rows it computed. */
  private static int apply(DatasetGraph dsg, SummaryListing l, Set<Node> segments, SharedRows views) {
    if (l.kind() == SummaryListing.Kind.CAPPED) {
      if (!CappedListing.affected(dsg, l, segments)) return 0;
      CappedListing.clear(dsg, l);
      return CappedListing.build(dsg, l);
    }
    Collection<Node> scope = l.scope(dsg, segments);
    if (scope == null) { // only the whole store answers (04's articles without a publisher)
      clearAll(dsg, l);
      return buildAll(dsg, l);
    }
    // the old rows of the segments, and the keys they stand under
    Map<Node, String> old = new LinkedHashMap<>();
    for (Node s : segments) old.putAll(SummaryRows.ofSegment(dsg, l, s));
    // the new rows: the view scoped to the segments (rows of other groups a wider scope finds are dropped)
    List<Binding> computed = views.run(dsg, l, scope);
    Map<String, List<SummaryRows.Row>> added = new HashMap<>();
    Map<Node, Integer> seq = new HashMap<>();
    for (Binding b : computed) {
      Node segment = l.segmentOf(b);
      if (!segments.contains(segment)) continue;
      Node row = SummaryRows.rowIri(l, segment, seq.merge(segment, 1, Integer::sum));
      added.computeIfAbsent(SummaryRows.key(b), k -> new ArrayList<>()).add(new SummaryRows.Row(row, b));
    }
    Set<String> keys = new LinkedHashSet<>(old.values());
    keys.addAll(added.keySet());
    var sortVars = SummaryRows.sortVars(l.view());
    var order = SummaryRows.order(l.view());
    // every key's rows in their new order, read before anything is deleted (ranks are contiguous then)
    Map<String, List<SummaryRows.Row>> ordered = new LinkedHashMap<>();
    for (String key : keys) {
      List<SummaryRows.Row> merged = new ArrayList<>();
      for (SummaryRows.Row r : SummaryRows.ofKey(dsg, l.name(), key, sortVars)) if (!old.containsKey(r.iri())) merged.add(r);
      merged.addAll(added.getOrDefault(key, List.of()));
      merged.sort(order);
      ordered.put(key, merged);
    }
    old.keySet().forEach(r -> SummaryRows.delete(dsg, r)); // a new row may take an old row's IRI: delete first
    for (var e : ordered.entrySet()) {
      List<SummaryRows.Row> merged = e.getValue();
      for (int i = 0; i < merged.size(); i++) {
        SummaryRows.Row r = merged.get(i);
        int rank = i + 1;
        boolean isNew = r.columns().get(SummaryRows.RANK_VAR) == null;
        if (isNew) {
          SummaryRows.writeColumns(dsg, l.name(), r.iri(), r.columns());
        } else if (SummaryRows.rank(r) == rank) {
          continue;
        } else {
          dsg.deleteAny(GRAPH, r.iri(), SummaryRows.PAGE_KEY, Node.ANY);
          dsg.deleteAny(GRAPH, r.iri(), SummaryRows.RANK, Node.ANY);
        }
        SummaryRows.writeRank(dsg, l.name(), e.getKey(), r.iri(), rank);
      }
    }
    return computed.size();
  }

  /** Segments a scoped run of a full build reads at once. */
  private static final int SEGMENT_BATCH = 256;

  /**
   * Writes every row of a listing by the view scoped to a few segments at a time (every article,
   * or every group), then ranks each key's rows: the same lookups an update makes, so a full build
   * never joins the whole store at once (the whole-store view of 01 held millions of intermediate
   * bindings at 10⁵ articles); returns how many rows.
   */
  private static int buildInSegments(DatasetGraph dsg, SummaryListing l) {
    List<Node> all = new ArrayList<>(l.scope(dsg, l.allSegments(dsg)));
    Map<String, List<SummaryRows.Row>> byKey = new LinkedHashMap<>();
    int n = 0;
    for (int from = 0; from < all.size(); from += SEGMENT_BATCH) {
      Set<Node> batch = new LinkedHashSet<>(all.subList(from, Math.min(all.size(), from + SEGMENT_BATCH)));
      Map<Node, Integer> seq = new HashMap<>();
      for (Binding b : SharedRows.viewRows(dsg, l, batch)) {
        Node segment = l.segmentOf(b);
        if (!batch.contains(segment)) continue;
        Node row = SummaryRows.rowIri(l, segment, seq.merge(segment, 1, Integer::sum));
        byKey.computeIfAbsent(SummaryRows.key(b), k -> new ArrayList<>()).add(new SummaryRows.Row(row, b));
        n++;
      }
    }
    var order = SummaryRows.order(l.view());
    for (var e : byKey.entrySet()) {
      List<SummaryRows.Row> rows = e.getValue();
      rows.sort(order);
      for (int i = 0; i < rows.size(); i++) {
        SummaryRows.writeRank(dsg, l.name(), e.getKey(), rows.get(i).iri(), i + 1);
        SummaryRows.writeColumns(dsg, l.name(), rows.get(i).iri(), rows.get(i).columns());
      }
    }
    return n;
  }

  /** Writes every row of a listing, from its view over the whole store; returns how many. */
  private static int buildAll(DatasetGraph dsg, SummaryListing l) {
    return writeAll(dsg, l, SummaryRows.run(dsg, l.view()));
  }

  /** The whole view's rows {@link ViewsAhead} computed, or the writer's own run of the view where it has none. */
  private static List<Binding> rowsOf(List<Binding> ahead, DatasetGraph dsg, SummaryListing l) {
    return ahead != null ? ahead : SummaryRows.run(dsg, l.view());
  }

  /** Writes every row of a listing, {@code rows} being its view's over the whole store; returns how many. */
  private static int writeAll(DatasetGraph dsg, SummaryListing l, List<Binding> rows) {
    Map<String, Integer> ranks = new HashMap<>();
    Map<Node, Integer> seq = new HashMap<>();
    for (Binding b : rows) {
      Node segment = l.segmentOf(b);
      Node row = SummaryRows.rowIri(l, segment, seq.merge(segment, 1, Integer::sum));
      String key = SummaryRows.key(b);
      SummaryRows.writeRank(dsg, l.name(), key, row, ranks.merge(key, 1, Integer::sum));
      SummaryRows.writeColumns(dsg, l.name(), row, b);
    }
    return rows.size();
  }

  /** Removes every row of a listing. */
  private static void clearAll(DatasetGraph dsg, SummaryListing l) {
    String prefix = "https://claimgraph.org/summary/row/" + l.name() + "/";
    List<Node> rows = new ArrayList<>();
    dsg.find(GRAPH, Node.ANY, SummaryRows.RANK, Node.ANY).forEachRemaining(q -> {
      if (q.getSubject().getURI().startsWith(prefix)) rows.add(q.getSubject());
    });
    rows.forEach(r -> SummaryRows.delete(dsg, r));
  }

  private static long count(DatasetGraph dsg) {
    long n = 0;
    for (var it = dsg.find(GRAPH, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n++;
    return n;
  }

  /** The page key of a listing's page ({@code key} "" for a listing without parameters). */
  public static String pageKey(String listing, String key, int page) {
    return listing + "|" + key + "|" + page;
  }
}
