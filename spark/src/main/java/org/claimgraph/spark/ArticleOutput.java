package org.claimgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.claimgraph.search.IndexedArticle;

/**
 * What one entry yields on an executor, in plain serializable values (Spark ships it across the
 * shuffle that groups articles by id): the article's N-Quads lines (sorted, distinct), its
 * figures as JSON lines, its figures' cite keys, and what the full-text index holds of it. An
 * entry that failed carries only {@code error}; an unchanged one (stored before with the same
 * fingerprint) only {@code unchanged}.
 *
 * @param order       the entry's position in ingest's input order
 * @param label       how the entry is named in messages
 * @param id          the content-derived article id, or null if failed or unchanged
 * @param source      the source name
 * @param fingerprint SHA-256 of the bytes and the extractor version
 * @param nquads      the article graph's quads, one N-Quads line each, sorted
 * @param figures     {@code extract --format jsonl} lines of its figures
 * @param citeKeys    "key TAB figure IRI TAB figure JSON line" for each cite key of each figure
 * @param indexed     the index documents' content
 * @param tokens      CoreNLP tokens
 * @param error       "FILE: reason" if the entry failed, else null
 * @param unchanged   whether the store already holds this file with this fingerprint
 */
public record ArticleOutput(int order, String label, String id, String source, String fingerprint, List<String> nquads,
    List<String> figures, List<String> citeKeys, Indexed indexed, int tokens, String error, boolean unchanged)
    implements Serializable {

  static ArticleOutput failed(int order, String label, String source, String error) {
    return new ArticleOutput(order, label, null, source, null, List.of(), List.of(), List.of(), null, 0, error, false);
  }

  static ArticleOutput unchanged(int order, String label, String source, String fingerprint) {
    return new ArticleOutput(order, label, null, source, fingerprint, List.of(), List.of(), List.of(), null, 0, null, true);
  }

  /** Whether the entry yielded an article to store. */
  public boolean stored() {
    return error == null && !unchanged;
  }

  /** {@link IndexedArticle}, serializable. */
  public record Indexed(String iri, String id, String source, String doc, String title, String publisher,
      List<String> authors, String date, List<String> countries, String text, List<Sentence> sentences)
      implements Serializable {

    static Indexed of(IndexedArticle a) {
      return new Indexed(a.iri(), a.id(), a.source(), a.doc(), a.title(), a.publisher(), List.copyOf(a.authors()), a.date(),
          List.copyOf(a.countries()), a.text(), a.sentences().stream()
              .map(s -> new Sentence(s.iri(), s.index(), s.start(), s.end(), List.copyOf(s.figures()))).toList());
    }

    IndexedArticle toIndexed() {
      return new IndexedArticle(iri, id, source, doc, title, publisher, authors, date, countries, text, sentences.stream()
          .map(s -> new IndexedArticle.Sentence(s.iri(), s.index(), s.start(), s.end(), s.figures())).toList());
    }
  }

  /** {@link IndexedArticle.Sentence}, serializable. */
  public record Sentence(String iri, int index, int start, int end, List<String> figures) implements Serializable {}
}
