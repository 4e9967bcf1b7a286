package org.claimgraph.graph;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads a summary build or update runs its views on, each view in a read transaction of its own. Closing it never
 * interrupts a view: a TDB2 read by an interrupted thread closes the store's file channel for every thread (the store
 * is unreadable until reopened). It drops the views not started and waits for the running ones, so that after a
 * failure no view runs on in a read transaction (which would keep the store from closing).
 */
final class ViewPool implements AutoCloseable {
  private final ThreadPoolExecutor pool;

  ViewPool(int threads) {
    pool = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "summary-view");
      t.setDaemon(true);
      return t;
    });
  }

  <T> Future<T> submit(Callable<T> view) {
    return pool.submit(view);
  }

  @Override
  public void close() {
    pool.shutdown();
    pool.getQueue().clear(); // views not started (none once every future was taken)
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) break;
      } catch (InterruptedException e) {
        interrupted = true; // the running views end on their own: each is one scoped query
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}
