package org.claimgraph.spark;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.claimgraph.search.SourceIndex;

/**
 * Writes one partition's articles into its own Lucene index shard ({@code ROOT/shard-00003/index}),
 * with the same documents as ingest's index ({@link SourceIndex}); the shards are merged into the
 * store's index with {@code IndexWriter.addIndexes}.
 */
final class ShardWriter {
  private ShardWriter() {}

  /** Indexes the partition's articles; returns the shard folder, or nothing for an empty partition. */
  static Iterator<String> write(Path root, int partition, Iterator<ArticleOutput> articles) {
    if (!articles.hasNext()) return List.<String>of().iterator();
    Path shard = root.resolve(String.format("shard-%05d", partition));
    try (SourceIndex index = SourceIndex.open(shard)) {
      while (articles.hasNext()) {
        ArticleOutput o = articles.next();
        index.prepare(o.indexed().toIndexed(), List.of());
      }
      index.commit();
    }
    return List.of(shard.toString()).iterator();
  }
}
