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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * A first run's update of a listing built per segment (01, 02, 05, 06, 07, 09, 10 with 10-any, 12): every segment is
 * recomputed, so the listing is built as a rebuild builds it, a few hundred segments at a time, each part's rows written
 * at once and only what ranks them (their IRI, key and sort columns) kept; then each key's rows are ranked. Between the
 * parts and between chunks of ranks a {@code checkpoint} may commit and release the storage (an ingest that holds the
 * store alone): one read of the whole store in one transaction left every page it read mapped, 1.35 GB at 10⁴ articles
 * (BENCHMARKS.md, rounds 17 and 18).
 *
 * <p>Crash safety: a part's rows have no rank until the last part is read, and the summary stays dirty until the update's
 * last transaction; a crash leaves it dirty, and the next update builds the listing again, deleting first every row of
 * each segment it recomputes, ranked or not (the row IRIs are the segment's, numbered from 1): the same rows again.
 */
final class PartedListing {
  private PartedListing() {}

  /** Segments a part reads at once (as a rebuild's scoped runs); a test's smaller parts. */
  static int part = 256;
  /** Ranks written between two checkpoints; a test's fewer. */
  static int ranks = 4096;

  /** Whether this batch of listings (one, or 10 with 10-any) is built in parts: its segments are articles or groups. */
  static boolean builds(List<SummaryListing> batch) {
    return batch.stream().allMatch(l -> switch (l.kind()) {
      case ARTICLE, GROUP, VALUE -> true;
      default -> false;
    });
  }

  /**
   * Builds every row of the listings of {@code batch} (their segments are the first's: 10-any's are 10's) in parts,
   * running {@code checkpoint} between parts; returns the rows computed per listing.
   */
  static Map<String, Integer> build(DatasetGraph dsg, List<SummaryListing> batch, Runnable checkpoint) {
    return build(dsg, batch, checkpoint, ViewsAhead.none());
  }

  /** As {@link #build(DatasetGraph, List, Runnable)}, taking each part's view rows from {@code ahead} where it has them. */
  static Map<String, Integer> build(DatasetGraph dsg, List<SummaryListing> batch, Runnable checkpoint, ViewsAhead ahead) {
    SummaryListing first = batch.get(0);
    List<Node> scope = new ArrayList<>(first.scope(dsg, first.allSegments(dsg)));
    Map<String, Map<String, List<SummaryRows.Row>>> byKey = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SummaryListing l : batch) {
      byKey.put(l.name(), new LinkedHashMap<>());
      counts.put(l.name(), 0);
    }
    for (int from = 0; from < scope.size(); from += part) {
      if (from > 0) checkpoint.run();
      List<Node> range = scope.subList(from, Math.min(scope.size(), from + part));
      Set<Node> segments = new LinkedHashSet<>(range);
      Map<String, List<Binding>> views = ahead.takePart(batch, from, range);
      if (views == null) views = views(dsg, batch, segments);
      for (SummaryListing l : batch) {
        for (Node s : segments) deleteRows(dsg, l, s);
        Set<Var> kept = keptVars(l);
        Map<Node, Integer> seq = new HashMap<>();
        List<Binding> computed = views.get(l.name());
        for (Binding b : computed) {
          Node segment = l.segmentOf(b);
          if (!segments.contains(segment)) continue;
          Node row = SummaryRows.rowIri(l, segment, seq.merge(segment, 1, Integer::sum));
          SummaryRows.writeColumns(dsg, l.name(), row, b);
          byKey.get(l.name()).computeIfAbsent(SummaryRows.key(b), k -> new ArrayList<>()).add(new SummaryRows.Row(row, project(b, kept)));
        }
        counts.merge(l.name(), computed.size(), Integer::sum);
      }
    }
    int written = 0;
    for (SummaryListing l : batch) {
      var order = SummaryRows.order(l.view());
      for (var e : byKey.get(l.name()).entrySet()) {
        List<SummaryRows.Row> rows = e.getValue();
        rows.sort(order);
        for (int i = 0; i < rows.size(); i++) {
          if (++written % ranks == 0) checkpoint.run();
          SummaryRows.writeRank(dsg, l.name(), e.getKey(), rows.get(i).iri(), i + 1);
        }
      }
    }
    return counts;
  }

  /**
   * The view rows of each listing of {@code batch} scoped to {@code segments} (a part): they read the article graphs only,
   * so {@link ViewsAhead} may compute them in a read transaction of its own. 10-any's rows are 10's of the same part.
   */
  static Map<String, List<Binding>> views(DatasetGraph dsg, List<SummaryListing> batch, Collection<Node> segments) {
    SharedRows shared = new SharedRows();
    Map<String, List<Binding>> out = new HashMap<>();
    for (SummaryListing l : batch) out.put(l.name(), shared.run(dsg, l, segments));
    return out;
  }

  /** Deletes every row of a segment, ranked or not (a crashed update's part leaves rows without a rank). */
  private static void deleteRows(DatasetGraph dsg, SummaryListing l, Node segment) {
    for (int n = 1; ; n++) {
      Node row = SummaryRows.rowIri(l, segment, n);
      if (!dsg.contains(StoreSummary.GRAPH, row, Node.ANY, Node.ANY)) return;
      SummaryRows.delete(dsg, row);
    }
  }

  /** The columns a row is ranked by: the view's ORDER BY's (the key is the map's). */
  private static Set<Var> keptVars(SummaryListing l) {
    return SummaryRows.sortVars(l.view());
  }

  private static Binding project(Binding b, Set<Var> vars) {
    BindingBuilder out = BindingFactory.builder();
    for (Var v : vars) {
      Node n = b.get(v);
      if (n != null) out.add(v, n);
    }
    return out.build();
  }
}
