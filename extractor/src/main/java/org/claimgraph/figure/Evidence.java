package org.claimgraph.figure;

/**
 * Where a figure is stated: its quote and its sentence, with character offsets into the
 * article's clean text ({@code text.substring(start, end).equals(quote)}).
 */
public record Evidence(String quote, int start, int end, String sentence, int sentenceStart, int sentenceEnd,
    int sentenceIndex) {

  public Evidence {
    if (quote.length() != end - start) throw new IllegalArgumentException("quote length does not match its range");
    if (sentence.length() != sentenceEnd - sentenceStart) {
      throw new IllegalArgumentException("sentence length does not match its range");
    }
    if (start < sentenceStart || end > sentenceEnd) throw new IllegalArgumentException("quote outside its sentence");
  }
}
