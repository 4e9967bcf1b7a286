package org.claimgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Which documents are sentences ({@code type:sentence}), read once per segment into a bit set kept
 * while the segment is open. A search's passes over every hit (its best sentences, its count) run the
 * words alone and pass over the hits that are not sentences by a look at a bit ({@link #topDocs},
 * {@link #sentences}): a filter clause made Lucene intersect the words with the postings of nearly every
 * document of the index (five of six are sentences) instead of taking the words' best scores first,
 * a third of a search at 10⁵ articles. Where a filter clause is wanted (a page's articles' sentences)
 * {@link #INSTANCE} is the same documents from the bits.
 */
final class SentenceFilter extends Query {

  static final SentenceFilter INSTANCE = new SentenceFilter();

  /** Hits counted exactly before a top-k search may skip (IndexSearcher's own, for the same search). */
  private static final int TOTAL_HITS_THRESHOLD = 1000;

  /** A segment's sentence documents and their number. */
  private record Bits(FixedBitSet set, int count) {}

  private static final Map<IndexReader.CacheKey, Bits> BITS = new ConcurrentHashMap<>();

  private SentenceFilter() {}

  /** The sentence documents of a segment (deleted ones included: searches leave those out themselves). */
  private static Bits bits(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) return read(reader);
    Bits known = BITS.get(helper.getKey());
    if (known != null) return known;
    Bits bits = read(reader);
    if (BITS.putIfAbsent(helper.getKey(), bits) == null) helper.addClosedListener(BITS::remove);
    return bits;
  }

  private static Bits read(LeafReader reader) throws IOException {
    FixedBitSet set = new FixedBitSet(Math.max(1, reader.maxDoc()));
    PostingsEnum docs = reader.postings(new Term(Fields.TYPE, Fields.SENTENCE), PostingsEnum.NONE);
    int count = 0;
    if (docs != null) {
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        set.set(d);
        count++;
      }
    }
    return new Bits(set, count);
  }

  /** Which documents of a segment are sentences. */
  static org.apache.lucene.util.Bits sentences(LeafReader reader) throws IOException {
    return bits(reader).set();
  }

  /**
   * The best {@code k} sentences of a search, best first (ties: the first document), as a top-k search
   * of the query filtered to sentences finds them: the other documents' hits are passed over, and the
   * top-k's skipping of what cannot compete is Lucene's own.
   */
  static CollectorManager<Collector, TopDocs> topDocs(int k) {
    TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(k, null, TOTAL_HITS_THRESHOLD);
    return new CollectorManager<>() {
      private final List<TopScoreDocCollector> made = new ArrayList<>();

      @Override
      public Collector newCollector() throws IOException {
        TopScoreDocCollector c = top.newCollector();
        made.add(c);
        return new FilterCollector(c) {
          @Override
          public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            org.apache.lucene.util.Bits sentences = sentences(context.reader());
            return new FilterLeafCollector(super.getLeafCollector(context)) {
              @Override
              public void collect(int doc) throws IOException {
                if (sentences.get(doc)) in.collect(doc);
              }
            };
          }
        };
      }

      @Override
      public TopDocs reduce(Collection<Collector> collectors) throws IOException {
        return top.reduce(made);
      }
    };
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        Bits bits = bits(context.reader());
        if (bits.count() == 0) return null;
        return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits.set(), bits.count()));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // a cache of its own
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return Fields.TYPE + ":" + Fields.SENTENCE;
  }

  @Override
  public boolean equals(Object other) {
    return other == this;
  }

  @Override
  public int hashCode() {
    return SentenceFilter.class.hashCode();
  }
}
