package org.claimgraph.search;

import java.util.List;

/**
 * What the index holds of one article, built from a fresh analysis at ingest or read back from
 * the store by {@code reindex}.
 *
 * @param iri        the article's IRI (also its named graph)
 * @param id         the article id
 * @param source     the source file name
 * @param doc        the source file name without extension
 * @param title      headline or null
 * @param publisher  publisher or null
 * @param authors    author names
 * @param date       ISO date or null
 * @param countries  ISO codes of the countries it mentions
 * @param text       the clean text
 * @param sentences  its sentences with the quotes of the figures each states
 */
public record IndexedArticle(String iri, String id, String source, String doc, String title, String publisher,
    List<String> authors, String date, List<String> countries, String text, List<Sentence> sentences) {

  public IndexedArticle {
    authors = List.copyOf(authors);
    countries = List.copyOf(countries);
    sentences = List.copyOf(sentences);
  }

  /** One sentence: IRI, number, range in the text, and the figures stated in it (as quoted). */
  public record Sentence(String iri, int index, int start, int end, List<String> figures) {
    public Sentence {
      figures = List.copyOf(figures);
    }
  }
}
