package org.claimgraph.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the sentences of the sources and ranks articles by their best sentence.
 *
 * <pre>{@code
 * SearchResult r = new SearchService(index.directory()).search(new SearchRequest("samarium cobalt", 10, null, null, null, null));
 * }</pre>
 *
 * <p>Words without an operator must all appear (AND), in a sentence, its article's title or the
 * figures it states; {@code OR}, {@code NOT}, phrases, {@code field:term} (title, text, exact,
 * publisher, authors, figures) and wildcards follow Lucene's classic syntax.
 */
public final class SearchService {

  private static final String[] FIELDS = {Fields.TEXT, Fields.TITLE, Fields.FIGURES};
  private static final int SNIPPETS = 3;
  private static final int MAX_SENTENCES = 10_000;
  /** Analyzers are thread-safe and keep their token streams per thread: one for every search's words and snippets. */
  private static final Analyzer ANALYZER = Fields.analyzer();

  /** How long a search may run unless told otherwise. */
  public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

  private final Directory directory;
  private final SourceIndex index;
  private QueryTimeout timeout = new QueryTimeoutImpl(DEFAULT_TIMEOUT_MILLIS);

  /** Searches the index in {@code directory}, opening it for each search. */
  public SearchService(Directory directory) {
    this.directory = directory;
    this.index = null;
  }

  /** Searches {@code index}, reusing its searcher while nothing new is committed. */
  public SearchService(SourceIndex index) {
    this.directory = index.directory();
    this.index = index;
  }

  /** Stops each search after {@code millis} with a {@link SearchTimeoutException}. */
  public SearchService withTimeout(long millis) {
    return withTimeout(new QueryTimeoutImpl(millis));
  }

  /** Stops each search when {@code t} says so (a deadline, or a test's). */
  SearchService withTimeout(QueryTimeout t) {
    this.timeout = t;
    return this;
  }

  /** Runs the search; a query Lucene cannot parse is an IllegalArgumentException with its reason. */
  public SearchResult search(SearchRequest request) {
    Query text = parse(request.query());
    Query query = query(request, text);
    if (index != null) {
      IndexSearcher searcher = index.acquireSearcher();
      try {
        return search(request, text, query, searcher);
      } finally {
        index.release(searcher);
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return search(request, text, query, new IndexSearcher(reader));
    } catch (IOException e) {
      throw new IndexException("cannot search the index (" + e.getMessage() + ")", e);
    }
  }

  private SearchResult search(SearchRequest request, Query text, Query query, IndexSearcher shared) {
    // A searcher of its own over the shared reader: the timeout is per search, not per index.
    IndexSearcher searcher = Slices.searcher(shared.getIndexReader());
    searcher.setTimeout(timeout);
    try {
      if (!ArticleCount.hasColumn(searcher.getIndexReader())) return scan(request, text, sentences(query), searcher, MAX_SENTENCES);
      StoredFields stored = searcher.storedFields();
      Best best = bestArticles(searcher, query, request.limit(), stored);
      // An article with three sentences among the best has those as its best three; one with fewer may have more
      // further down, unless the best sentences were every hit.
      List<String> fewer = new ArrayList<>();
      for (var e : best.sentences().entrySet()) if (!best.everyHit() && e.getValue().size() < SNIPPETS) fewer.add(e.getKey());
      Map<String, List<ScoreDoc>> more = fewer.isEmpty() ? Map.of() : bestSentences(searcher, query, fewer, stored);
      int articles = best.everyHit() ? best.articles() : ArticleCount.of(searcher, query);
      if (searcher.timedOut()) throw timedOut();
      Page page = new Page(text);
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (Map.Entry<String, List<ScoreDoc>> e : best.sentences().entrySet()) {
        hits.add(page.hit(e.getKey(), more.getOrDefault(e.getKey(), e.getValue()), e.getValue().get(0).score, stored));
      }
      return new SearchResult(request.query(), articles, hits);
    } catch (IOException | InvalidTokenOffsetsException e) {
      throw new IndexException("cannot search the index (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The page's articles, best first, each with its best sentence: the best sentences of the whole
   * index in score order (Lucene's top-k, which skips what cannot compete), more of them only while
   * they name fewer than {@code limit} articles. An article ranks by its best sentence, as when
   * every hit was grouped.
   */
  private Best bestArticles(IndexSearcher searcher, Query query, int limit, StoredFields stored) throws IOException {
    int k = Math.max(64, limit * 20); // an article whose title matches brings every sentence it has
    while (true) {
      ScoreDoc[] docs = searcher.search(query, SentenceFilter.topDocs(k)).scoreDocs;
      if (searcher.timedOut()) throw timedOut();
      String[] graphs = graphs(searcher.getIndexReader(), docs, stored);
      Map<String, List<ScoreDoc>> best = new LinkedHashMap<>();
      java.util.Set<String> all = new java.util.HashSet<>();
      for (int i = 0; i < docs.length; i++) {
        if (best.size() < limit || best.containsKey(graphs[i])) best.computeIfAbsent(graphs[i], g -> new ArrayList<>()).add(docs[i]);
        all.add(graphs[i]);
      }
      if (best.size() >= limit || docs.length < k) return new Best(best, docs.length < k, all.size());
      k = (int) Math.min(Integer.MAX_VALUE / 2, 4L * k);
    }
  }

  /**
   * The page's articles with their sentences among the best, best first; whether those were every hit, and then
   * how many articles they name.
   */
  private record Best(Map<String, List<ScoreDoc>> sentences, boolean everyHit, int articles) {}

  /**
   * The matching sentences of these articles, each article's best first: the query filtered to their
   * graphs, every hit kept. Scored as the top-k search scores (its score mode, never told a minimum),
   * so a sentence has the score it has there.
   */
  private Map<String, List<ScoreDoc>> bestSentences(IndexSearcher searcher, Query query, java.util.Collection<String> graphs,
      StoredFields stored) throws IOException {
    List<BytesRef> terms = new ArrayList<>();
    for (String g : graphs) terms.add(new BytesRef(g));
    // The query's own clauses and one filter more (a filter adds nothing to a score).
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BooleanClause c : ((BooleanQuery) query).clauses()) b.add(c);
    b.add(SentenceFilter.INSTANCE, BooleanClause.Occur.FILTER);
    Query of = b.add(new TermInSetQuery(Fields.GRAPH, terms), BooleanClause.Occur.FILTER).build();
    // Not cached: a page's articles are asked for once, and caching the filter would read it over every segment.
    IndexSearcher uncached = Slices.searcher(searcher.getIndexReader());
    uncached.setQueryCache(null);
    uncached.setTimeout(timeout);
    List<ScoreDoc> hits = uncached.search(of, new AllHits());
    if (uncached.timedOut()) throw timedOut();
    ScoreDoc[] docs = hits.toArray(ScoreDoc[]::new);
    // as TopDocs orders hits: by score, then by document
    java.util.Arrays.sort(docs, (x, y) -> x.score != y.score ? Float.compare(y.score, x.score) : Integer.compare(x.doc, y.doc));
    String[] ofGraph = graphs(searcher.getIndexReader(), docs, stored);
    Map<String, List<ScoreDoc>> out = new HashMap<>();
    for (int i = 0; i < docs.length; i++) out.computeIfAbsent(ofGraph[i], g -> new ArrayList<>()).add(docs[i]);
    return out;
  }

  /** Every hit with its score, in the score mode of a top-k search that has not yet set a minimum. */
  private static final class AllHits implements org.apache.lucene.search.CollectorManager<org.apache.lucene.search.Collector, List<ScoreDoc>> {
    private final List<List<ScoreDoc>> slices = new ArrayList<>();

    @Override
    public org.apache.lucene.search.Collector newCollector() {
      List<ScoreDoc> into = new ArrayList<>();
      slices.add(into);
      return new org.apache.lucene.search.SimpleCollector() {
        private org.apache.lucene.search.Scorable scorer;
        private int base;

        @Override
        protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
          base = context.docBase;
        }

        @Override
        public void setScorer(org.apache.lucene.search.Scorable scorer) {
          this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
          into.add(new ScoreDoc(base + doc, scorer.score()));
        }

        @Override
        public org.apache.lucene.search.ScoreMode scoreMode() {
          return org.apache.lucene.search.ScoreMode.TOP_SCORES;
        }
      };
    }

    @Override
    public List<ScoreDoc> reduce(java.util.Collection<org.apache.lucene.search.Collector> collectors) {
      List<ScoreDoc> all = new ArrayList<>();
      slices.forEach(all::addAll);
      return all;
    }
  }

  /** The snippets and metadata of the shown articles (what a page costs: its articles' stored sentences). */
  private static final class Page {
    private final Query text;
    private final Marks marks;
    private Highlighter highlighter;

    Page(Query text) {
      this.text = text;
      this.marks = Marks.of(text, ANALYZER);
    }

    /** The sentence with the query's words marked: by {@link Marks} where it can, else by Lucene's Highlighter. */
    private String marked(String sentence) throws IOException, InvalidTokenOffsetsException {
      String marked = marks == null ? null : marks.mark(sentence);
      if (marked != null) return marked;
      if (highlighter == null) {
        highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(text));
        highlighter.setTextFragmenter(new NullFragmenter());
      }
      marked = highlighter.getBestFragment(ANALYZER, Fields.TEXT, sentence);
      return marked == null ? new SimpleHTMLEncoder().encodeText(sentence) : marked;
    }

    SearchResult.Hit hit(String graph, List<ScoreDoc> sentences, float score, StoredFields stored)
        throws IOException, InvalidTokenOffsetsException {
      Document first = stored.document(sentences.get(0).doc);
      List<SearchResult.Snippet> snippets = new ArrayList<>();
      for (ScoreDoc sd : sentences.subList(0, Math.min(SNIPPETS, sentences.size()))) {
        Document d = sd == sentences.get(0) ? first : stored.document(sd.doc);
        String sentence = d.get(Fields.TEXT);
        snippets.add(new SearchResult.Snippet(sentence, d.getField(Fields.START).numericValue().intValue(),
            d.getField(Fields.END).numericValue().intValue(), marked(sentence), SourceIndex.values(d, Fields.FIGURES)));
      }
      return new SearchResult.Hit(graph, first.get(Fields.DOC), first.get(Fields.TITLE), first.get(Fields.PUBLISHER),
          first.get(Fields.DATE), score, snippets);
    }
  }

  private static SearchTimeoutException timedOut() {
    return new SearchTimeoutException("the search took longer than its time limit; narrow it down");
  }

  /**
   * The search as it was before pages (and still, for an index written before the graph column): the
   * best {@value #MAX_SENTENCES} sentences grouped by article; the reference the paged search is tested against.
   */
  SearchResult scan(SearchRequest request) {
    return scan(request, MAX_SENTENCES);
  }

  /** As {@link #scan(SearchRequest)}, grouping the best {@code maxSentences} sentences (the paged search: as if all). */
  SearchResult scan(SearchRequest request, int maxSentences) {
    Query text = parse(request.query());
    IndexSearcher shared = index.acquireSearcher();
    try {
      IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setTimeout(timeout);
      return scan(request, text, sentences(query(request, text)), searcher, maxSentences);
    } catch (IOException | InvalidTokenOffsetsException e) {
      throw new IndexException("cannot search the index (" + e.getMessage() + ")", e);
    } finally {
      index.release(shared);
    }
  }

  private SearchResult scan(SearchRequest request, Query text, Query query, IndexSearcher searcher, int maxSentences)
      throws IOException, InvalidTokenOffsetsException {
    ScoreDoc[] docs = searcher.search(query, maxSentences).scoreDocs;
    if (searcher.timedOut()) throw timedOut();
    StoredFields stored = searcher.storedFields();
    String[] graphs = graphs(searcher.getIndexReader(), docs, stored);
    Map<String, List<ScoreDoc>> byArticle = new LinkedHashMap<>();
    for (int k = 0; k < docs.length; k++) byArticle.computeIfAbsent(graphs[k], g -> new ArrayList<>()).add(docs[k]);
    Page page = new Page(text);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (Map.Entry<String, List<ScoreDoc>> e : byArticle.entrySet()) {
      if (hits.size() == request.limit()) break;
      hits.add(page.hit(e.getKey(), e.getValue(), e.getValue().get(0).score, stored));
    }
    return new SearchResult(request.query(), byArticle.size(), hits);
  }

  /**
   * The documents a search looks at: the words, with the request's filters. Article documents match it
   * too (by their titles): the passes over the hits leave them out by {@link SentenceFilter}'s bits, which
   * costs less than a filter clause (a clause makes Lucene intersect, not take the words' own best
   * scores first).
   */
  private static Query query(SearchRequest request, Query text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, BooleanClause.Occur.MUST);
    if (request.publisher() != null) {
      b.add(new TermQuery(new Term(Fields.PUBLISHER_KEY, request.publisher().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      b.add(TermRangeQuery.newStringRange(Fields.DATE, request.from() == null ? null : request.from().toString(),
          request.to() == null ? null : request.to().toString(), true, true), BooleanClause.Occur.FILTER);
    }
    if (request.country() != null) {
      b.add(new TermQuery(new Term(Fields.COUNTRY, request.country().toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Only the sentences of {@code query}'s documents, as the search filtered them before pages (the reference). */
  private static Query sentences(Query query) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BooleanClause c : ((BooleanQuery) query).clauses()) b.add(c);
    return b.add(new TermQuery(new Term(Fields.TYPE, Fields.SENTENCE)), BooleanClause.Occur.FILTER).build();
  }

  /**
   * The article graph of each hit, in the hits' order: from the graph column (read in document order,
   * as doc values must be), or from the stored document in an index written before it had one.
   */
  static String[] graphs(IndexReader reader, ScoreDoc[] docs, StoredFields stored) throws IOException {
    String[] out = new String[docs.length];
    Integer[] byDoc = new Integer[docs.length];
    for (int k = 0; k < docs.length; k++) byDoc[k] = k;
    java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(k -> docs[k].doc));
    List<LeafReaderContext> leaves = reader.leaves();
    int leaf = -1;
    SortedDocValues column = null;
    for (int k : byDoc) {
      int doc = docs[k].doc;
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leaf) {
        leaf = at;
        column = leaves.get(at).reader().getSortedDocValues(Fields.GRAPH_COLUMN);
      }
      int inLeaf = doc - leaves.get(at).docBase;
      out[k] = column != null && column.advanceExact(inLeaf) ? column.lookupOrd(column.ordValue()).utf8ToString()
          : stored.document(doc, java.util.Set.of(Fields.GRAPH)).get(Fields.GRAPH);
    }
    return out;
  }

  /** Parses Lucene classic syntax over the sentence, title and figure fields; words are ANDed. */
  static Query parse(String query) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, ANALYZER);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      String first = String.valueOf(e.getMessage()).strip().split("\\R")[0];
      throw new IllegalArgumentException("cannot parse the search \"" + query + "\": " + first, e);
    }
  }
}
