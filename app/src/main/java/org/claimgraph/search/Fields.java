package org.claimgraph.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The index's fields. Text fields use the English analyzer (stemming: "licences" finds
 * "licence"); {@code exact} holds the same words without stemming for exact phrases. Lucene's
 * standard tokenizer keeps numbers as written ("5,577", "75.5"), so they are findable as such.
 */
final class Fields {
  static final String TYPE = "type";
  static final String ARTICLE = "article";
  static final String SENTENCE = "sentence";
  /** The entity jena-text returns: the article IRI or the sentence IRI. */
  static final String URI = "uri";
  static final String GRAPH = "graph";
  /**
   * The article graph again, as a doc-values column (search groups its hits by it). A field of its
   * own: Lucene keeps one schema per field name, and an index written before the column holds
   * {@link #GRAPH} without doc values, to which documents with them could not be added.
   */
  static final String GRAPH_COLUMN = "graph_column";
  static final String ID = "id";
  static final String SOURCE = "source";
  static final String DOC = "doc";
  static final String TITLE = "title";
  /** Sentence text (sentence documents: what search reads); jena-text maps oa:exact here. */
  static final String TEXT = "text";
  /** Whole article text (article documents); jena-text maps cg:text here. */
  static final String ARTICLE_TEXT = "article_text";
  static final String EXACT = "exact";
  static final String PUBLISHER = "publisher";
  static final String PUBLISHER_KEY = "publisher_key";
  static final String AUTHORS = "authors";
  static final String DATE = "date";
  static final String COUNTRY = "country";
  static final String FIGURES = "figures";
  static final String START = "start";
  static final String END = "end";
  static final String INDEX = "index";
  /** On article documents: the fingerprint of the stored graph they were made from (the marker that keeps store and index in step). */
  static final String FINGERPRINT = "fingerprint";

  private Fields() {}

  static Analyzer analyzer() {
    Analyzer english = new EnglishAnalyzer();
    return new PerFieldAnalyzerWrapper(english, Map.of(EXACT, new StandardAnalyzer(), FIGURES, new StandardAnalyzer()));
  }
}
