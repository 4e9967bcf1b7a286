package org.claimgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;

/**
 * A first run's summary views (every segment recorded: {@link StoreSummary#update} builds every listing), computed on a
 * thread of their own while the store's one writer links the stories and writes the rows, so that the work after the
 * articles uses the second core (it ran on the main thread alone, the critical path of an ingest: BENCHMARKS.md, round 19).
 *
 * <p>It computes, in the order the update takes them, each {@linkplain PartedListing part} of a listing built in parts (its
 * view rows for that segment range) and 04's whole view (08's and 11's stay the writer's, which commits between their
 * reads where due: {@link CappedListing#build(DatasetGraph, SummaryListing, Runnable)}), each in a read transaction of its own,
 * at most {@value #AHEAD} of them ahead of the writer (their rows are held until it takes them, so memory stays that of a
 * few parts). It may read beside the writer because the views read the article graphs only, which the articles' commits
 * wrote before it starts; neither the stories (their keys and links: no view reads them) nor the summary's rows change
 * what they read. A storage reopening ({@code RunRelease}) waits for its read transaction to end and holds the next back,
 * as every transaction. The writer checks that a part is the segment range it is at, and computes itself what the thread
 * did not give (failed, not computed, closed). {@link #close} stops it between two items and waits for its read
 * transaction to end: no read outlives the update, and nothing is interrupted inside TDB2.
 */
public final class ViewsAhead implements AutoCloseable {
  /** Items computed and not yet taken by the writer, at most (each holds its rows). */
  static final int AHEAD = 2;

  /** The view rows of a part of a batch of listings built in parts: its segments, and each listing's rows. */
  record Part(List<Node> segments, Map<String, List<Binding>> rows) {}

  /** What the thread computed under a key ({@link #partKey}, or a listing's name); value null if it failed. */
  private record Item(String key, Object value) {}

  private static final Item DONE = new Item("", null);
  private static final ViewsAhead NONE = new ViewsAhead(null);

  private final Dataset dataset;
  private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();
  private final Semaphore room = new Semaphore(AHEAD);
  private volatile boolean closed;
  private final java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();
  private boolean done;
  private int taken;
  private Thread thread;

  private ViewsAhead(Dataset dataset) {
    this.dataset = dataset;
  }

  /** Nothing computed ahead: the writer runs every view itself. */
  public static ViewsAhead none() {
    return NONE;
  }

  /**
   * Starts computing the views, if the summary is built and every segment is recorded (a first run's update), else
   * {@link #none}: call once the articles are committed, by a process that holds the store alone (no other writer
   * changes the article graphs until the update ends).
   */
  public static ViewsAhead start(Dataset dataset) {
    if (!Txn.calculateRead(dataset, () -> StoreSummary.wholeUpdateDue(dataset.asDatasetGraph()))) return NONE;
    ViewsAhead ahead = new ViewsAhead(dataset);
    ahead.thread = new Thread(ahead::computeAll, "summary-views");
    ahead.thread.setDaemon(true);
    ahead.thread.start();
    return ahead;
  }

  /** The key of the part of {@code batch} that starts at its {@code from}-th segment. */
  static String partKey(List<SummaryListing> batch, int from) {
    return batch.get(0).name() + "#" + from;
  }

  private void computeAll() {
    try {
      for (List<SummaryListing> batch : StoreSummary.BATCHES) {
        if (PartedListing.builds(batch)) {
          SummaryListing first = batch.get(0);
          List<Node> scope = read(dsg -> new ArrayList<>(first.scope(dsg, first.allSegments(dsg))));
          for (int from = 0; from < scope.size(); from += PartedListing.part) {
            List<Node> segments = List.copyOf(scope.subList(from, Math.min(scope.size(), from + PartedListing.part)));
            if (!offer(partKey(batch, from), () -> read(dsg -> new Part(segments, PartedListing.views(dsg, batch, segments))))) return;
          }
        } else {
          for (SummaryListing l : batch) {
            // 08's and 11's: the writer's own, which commits between its reads where due (their memory, round 18)
            if (l.kind() == SummaryListing.Kind.PUBLISHER && !offer(l.name(), () -> read(dsg -> SummaryRows.run(dsg, l.view())))) return;
          }
        }
      }
    } catch (InterruptedException e) {
      // closed
    } catch (RuntimeException | Error e) {
      // the scope could not be read: the writer computes what is left
    } finally {
      items.add(DONE);
    }
  }

  private <T> T read(java.util.function.Function<DatasetGraph, T> f) {
    return Txn.calculateRead(dataset, () -> f.apply(dataset.asDatasetGraph()));
  }

  /**
   * Computes one item once there is room (waited for outside any transaction) and queues it, or a failed one; false when
   * closed.
   */
  private boolean offer(String key, java.util.function.Supplier<Object> compute) throws InterruptedException {
    room.acquire();
    if (closed) return false;
    Object value;
    try {
      value = compute.get();
    } catch (RuntimeException e) {
      value = null; // the writer computes it
    }
    if (value != null) computed.incrementAndGet();
    items.add(new Item(key, value));
    return true;
  }

  /**
   * What the thread computed under {@code key} (waits for it), or null: the writer computes it itself. Items the writer
   * passed over (keys it did not ask for) are dropped.
   */
  private Object take(String key) {
    if (thread == null || done) return null;
    while (true) {
      Item item;
      try {
        item = items.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      if (item == DONE) {
        done = true;
        return null;
      }
      room.release();
      if (item.key().equals(key)) return item.value();
    }
  }

  /** The rows of the part of {@code batch} at {@code segments} (the writer's own), or null if the thread has none for it. */
  Map<String, List<Binding>> takePart(List<SummaryListing> batch, int from, List<Node> segments) {
    if (!(take(partKey(batch, from)) instanceof Part p) || !p.segments().equals(segments)) return null;
    taken++;
    return p.rows();
  }

  /** The rows of {@code l}'s whole view (04's), or null if the thread has none. */
  @SuppressWarnings("unchecked")
  List<Binding> takeView(SummaryListing l) {
    if (!(take(l.name()) instanceof List<?> rows)) return null;
    taken++;
    return (List<Binding>) rows;
  }

  /** How many items the writer took from this thread (tests). */
  int taken() {
    return taken;
  }

  /** How many items the thread computed (tests). */
  int computed() {
    return computed.get();
  }

  /** Stops computing (after the item in hand) and waits for the thread's last read transaction to end. */
  @Override
  public void close() {
    if (thread == null) return;
    closed = true;
    room.release(AHEAD + 1);
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}
