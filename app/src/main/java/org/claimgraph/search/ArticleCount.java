package org.claimgraph.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * How many articles a search matches: every matching sentence's article read from the graph column
 * as an ordinal (no score, no stored document, no string), each article counted once however many
 * of its sentences match and whichever segments they are in. The ordinals of the index's segments
 * are mapped to one numbering once per reader (it changes only with a commit).
 */
final class ArticleCount {

  /** Segment ordinals → index-wide ordinals, per open reader (dropped when the reader closes). */
  private static final Map<IndexReader.CacheKey, OrdinalMap> ORDINALS = new ConcurrentHashMap<>();

  private ArticleCount() {}

  /** Whether every segment has the graph column (an index written before it had none). */
  static boolean hasColumn(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(Fields.GRAPH_COLUMN) == null && leaf.reader().maxDoc() > 0) return false;
    }
    return true;
  }

  /** The number of articles with a sentence {@code query} matches (stops early when the searcher times out). */
  static int of(IndexSearcher searcher, Query query) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<LeafReaderContext> leaves = reader.leaves();
    if (leaves.isEmpty()) return 0;
    OrdinalMap map = leaves.size() == 1 ? null : ordinals(reader);
    long size = map == null ? DocValues.getSorted(leaves.get(0).reader(), Fields.GRAPH_COLUMN).getValueCount() : map.getValueCount();
    FixedBitSet seen = new FixedBitSet((int) Math.max(1, size));
    searcher.search(query, new CollectorManager<SimpleCollector, Void>() {
      @Override
      public SimpleCollector newCollector() {
        return new SimpleCollector() {
          private SortedDocValues column;
          private LongValues global;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            column = DocValues.getSorted(context.reader(), Fields.GRAPH_COLUMN);
            global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(context.ord);
          }

          @Override
          public void collect(int doc) throws IOException {
            if (column.advanceExact(doc)) seen.set((int) global.get(column.ordValue()));
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        };
      }

      @Override
      public Void reduce(java.util.Collection<SimpleCollector> collectors) {
        return null;
      }
    });
    return seen.cardinality();
  }

  private static OrdinalMap ordinals(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) return build(reader, null);
    OrdinalMap map = ORDINALS.get(helper.getKey());
    if (map == null) {
      map = build(reader, helper.getKey());
      if (ORDINALS.putIfAbsent(helper.getKey(), map) == null) helper.addClosedListener(ORDINALS::remove);
    }
    return map;
  }

  private static OrdinalMap build(IndexReader reader, IndexReader.CacheKey owner) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] columns = new SortedDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) columns[leaf.ord] = DocValues.getSorted(leaf.reader(), Fields.GRAPH_COLUMN);
    return OrdinalMap.build(owner, columns, PackedInts.DEFAULT);
  }
}
