package org.claimgraph.search;

import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;

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
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, BooleanClause.Occur.MUST);
    b.add(new TermQuery(new Term(Fields.TYPE, Fields.SENTENCE)), BooleanClause.Occur.FILTER);
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
    if (index != null) {
      IndexSearcher searcher = index.acquireSearcher();
      try {
        return search(request, text, b.build(), searcher);
      } finally {
        index.release(searcher);
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return search(request, text, b.build(), new IndexSearcher(reader));
    } catch (IOException e) {
      throw new IndexException("cannot search the index (" + e.getMessage() + ")", e);
    }
  }

  private SearchResult search(SearchRequest request, Query text, Query query, IndexSearcher shared) {
    // A searcher of its own over the shared reader: the timeout is per search, not per index.
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setTimeout(timeout);
    try {
      ScoreDoc[] docs = searcher.search(query, MAX_SENTENCES).scoreDocs;
      if (searcher.timedOut()) throw new SearchTimeoutException("the search took longer than its time limit; narrow it down");
      StoredFields stored = searcher.storedFields();
      String[] graphs = graphs(searcher.getIndexReader(), docs, stored);
      Map<String, List<ScoreDoc>> byArticle = new LinkedHashMap<>();
      for (int k = 0; k < docs.length; k++) byArticle.computeIfAbsent(graphs[k], g -> new ArrayList<>()).add(docs[k]);
      Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
          new QueryScorer(text));
      highlighter.setTextFragmenter(new NullFragmenter());
      Analyzer analyzer = Fields.analyzer();
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (Map.Entry<String, List<ScoreDoc>> e : byArticle.entrySet()) {
        if (hits.size() == request.limit()) break;
        List<ScoreDoc> sentences = e.getValue();
        Document first = stored.document(sentences.get(0).doc);
        List<SearchResult.Snippet> snippets = new ArrayList<>();
        for (ScoreDoc sd : sentences.subList(0, Math.min(SNIPPETS, sentences.size()))) {
          Document d = sd == sentences.get(0) ? first : stored.document(sd.doc);
          String sentence = d.get(Fields.TEXT);
          String marked = highlighter.getBestFragment(analyzer, Fields.TEXT, sentence);
          snippets.add(new SearchResult.Snippet(sentence, d.getField(Fields.START).numericValue().intValue(),
              d.getField(Fields.END).numericValue().intValue(), marked == null ? new SimpleHTMLEncoder().encodeText(sentence) : marked,
              SourceIndex.values(d, Fields.FIGURES)));
        }
        hits.add(new SearchResult.Hit(e.getKey(), first.get(Fields.DOC), first.get(Fields.TITLE), first.get(Fields.PUBLISHER),
            first.get(Fields.DATE), sentences.get(0).score, snippets));
      }
      return new SearchResult(request.query(), byArticle.size(), hits);
    } catch (IOException | InvalidTokenOffsetsException e) {
      throw new IndexException("cannot search the index (" + e.getMessage() + ")", e);
    }
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
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, Fields.analyzer());
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
