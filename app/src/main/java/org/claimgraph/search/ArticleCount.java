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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * How many articles a search matches: every matching sentence's article read from the graph column
 * as an ordinal (no score, no stored document, no string per hit), each article counted once however
 * many of its sentences match and whichever segments they are in.
 */
final class ArticleCount {

  /** Segment ordinals → index-wide ordinals, per open reader (TRUE after its first search; dropped when it closes). */
  private static final Map<IndexReader.CacheKey, Object> ORDINALS = new ConcurrentHashMap<>();

  private ArticleCount() {}

  /** Whether every segment has the graph column (an index written before it had none). */
  static boolean hasColumn(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(Fields.GRAPH_COLUMN) == null && leaf.reader().maxDoc() > 0) return false;
    }
    return true;
  }

  /**
   * The number of articles with a sentence {@code query} matches (its other hits left out; stops early
   * when the searcher times out). Each segment's hits are marked by their segment's ordinal; the marks of several segments
   * are then told apart by the index-wide ordinals of a reader searched before, or on a reader's
   * first search (a cold command's only one) by the articles' IRIs, one look-up per article marked:
   * mapping every segment's ordinals costs a pass over every article of the index.
   */
  static int of(IndexSearcher searcher, Query query) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<LeafReaderContext> leaves = reader.leaves();
    FixedBitSet[] marked = new FixedBitSet[leaves.size()];
    searcher.search(query, new CollectorManager<SimpleCollector, Void>() {
      @Override
      public SimpleCollector newCollector() {
        return new SimpleCollector() {
          private SortedDocValues column;
          private FixedBitSet marks;
          private org.apache.lucene.util.Bits sentences;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            column = DocValues.getSorted(context.reader(), Fields.GRAPH_COLUMN);
            marks = marked[context.ord] = new FixedBitSet(Math.max(1, column.getValueCount()));
            sentences = SentenceFilter.sentences(context.reader());
          }

          @Override
          public void collect(int doc) throws IOException {
            if (sentences.get(doc) && column.advanceExact(doc)) marks.set(column.ordValue());
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
    int segments = 0;
    for (FixedBitSet m : marked) if (m != null && m.cardinality() > 0) segments++;
    if (segments <= 1) {
      int n = 0;
      for (FixedBitSet m : marked) if (m != null) n += m.cardinality();
      return n;
    }
    OrdinalMap map = ordinals(reader);
    if (map != null) {
      FixedBitSet all = new FixedBitSet((int) Math.max(1, map.getValueCount()));
      for (int leaf = 0; leaf < marked.length; leaf++) {
        if (marked[leaf] == null) continue;
        LongValues global = map.getGlobalOrds(leaf);
        for (int o = nextMark(marked[leaf], 0); o != DocIdSetIterator.NO_MORE_DOCS; o = nextMark(marked[leaf], o + 1)) {
          all.set((int) global.get(o));
        }
      }
      return all.cardinality();
    }
    BytesRefHash seen = new BytesRefHash();
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet m = marked[leaf.ord];
      if (m == null) continue;
      SortedDocValues column = DocValues.getSorted(leaf.reader(), Fields.GRAPH_COLUMN);
      for (int o = nextMark(m, 0); o != DocIdSetIterator.NO_MORE_DOCS; o = nextMark(m, o + 1)) seen.add(column.lookupOrd(o));
    }
    return seen.size();
  }

  private static int nextMark(FixedBitSet marks, int from) {
    return from >= marks.length() ? DocIdSetIterator.NO_MORE_DOCS : marks.nextSetBit(from);
  }

  /** The index-wide ordinals of this reader: null on its first search (they are built on its second, then kept). */
  private static OrdinalMap ordinals(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) return null;
    Object known = ORDINALS.get(helper.getKey());
    if (known instanceof OrdinalMap map) return map;
    if (known == null) {
      if (ORDINALS.putIfAbsent(helper.getKey(), Boolean.TRUE) == null) helper.addClosedListener(ORDINALS::remove);
      return null;
    }
    OrdinalMap map = build(reader, helper.getKey());
    ORDINALS.put(helper.getKey(), map);
    return map;
  }

  private static OrdinalMap build(IndexReader reader, IndexReader.CacheKey owner) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] columns = new SortedDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) columns[leaf.ord] = DocValues.getSorted(leaf.reader(), Fields.GRAPH_COLUMN);
    return OrdinalMap.build(owner, columns, PackedInts.DEFAULT);
  }
}
