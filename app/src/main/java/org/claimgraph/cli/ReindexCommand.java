package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.search.IndexedArticle;
import org.claimgraph.search.IndexedArticles;
import org.claimgraph.search.SourceIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph reindex [--store DIR]}: rebuilds the full-text index from the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the full-text index from the store (articles, sentences, figures); the store is not changed.")
final class ReindexCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    try (GraphStore graphStore = GraphStore.openExisting(store.store); SourceIndex index = SourceIndex.open(store.store)) {
      List<IndexedArticle> articles = IndexedArticles.fromStore(graphStore.dataset());
      index.prepareRebuild(articles, graphStore.fingerprints());
      index.commit();
      int sentences = articles.stream().mapToInt(a -> a.sentences().size()).sum();
      out.printf(java.util.Locale.ROOT, "indexed %d articles, %d sentences in %.1f s (index: %s)%n", articles.size(), sentences,
          (System.nanoTime() - t0) / 1e9, SourceIndex.dirOf(store.store));
    }
    out.flush();
    return 0;
  }
}
