package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.search.SourceIndex;
import org.claimgraph.service.Claimgraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code claimgraph reindex [--store DIR] [--figures]}: rebuilds the full-text index and the figures index from the
 * store; {@code --figures} rebuilds only the figures index (the backfill of a store written before it).
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the full-text index and the figures index from the store (articles, sentences, figures); the store is not changed.")
final class ReindexCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @picocli.CommandLine.Option(names = "--figures",
      description = "Rebuild only the figures index (STORE/figures, what cite looks values up in), committed once at the end: "
          + "the backfill of a store written before it; safe to run again.")
  boolean figuresOnly;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    if (figuresOnly) return figures(out, t0);
    try (Claimgraph service = Claimgraph.openExisting(store.store)) {
      Claimgraph.Reindexed r = service.reindex();
      out.printf(java.util.Locale.ROOT, "indexed %d articles, %d sentences in %.1f s (index: %s)%n", r.articles(), r.sentences(),
          (System.nanoTime() - t0) / 1e9, SourceIndex.dirOf(store.store));
    }
    out.flush();
    return 0;
  }

  private int figures(PrintWriter out, long t0) {
    PrintWriter err = spec.commandLine().getErr();
    long[] last = {System.nanoTime()};
    // The store is only read (every article's figures, once): opened as look-ups open it, without a full check first.
    try (Claimgraph service = Claimgraph.openForReading(store.store)) {
      Claimgraph.FiguresReindexed r = service.reindexFigures((done, all) -> {
        long now = System.nanoTime();
        if (done == (int) all || now - last[0] > 10_000_000_000L) {
          last[0] = now;
          err.printf(java.util.Locale.ROOT, "figures index: %d/%d articles read (%.0f s)%n", done, all, (now - t0) / 1e9);
          err.flush();
        }
      });
      out.printf(java.util.Locale.ROOT, "indexed %d figures of %d articles in %.1f s (figures index: %s)%n", r.figures(), r.articles(),
          (System.nanoTime() - t0) / 1e9, org.claimgraph.search.FigureIndex.dirOf(store.store));
    }
    out.flush();
    return 0;
  }
}
