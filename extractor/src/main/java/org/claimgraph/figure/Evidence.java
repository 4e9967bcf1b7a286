package org.claimgraph.figure;

/**
 * Where a figure is stated: its quote and its sentence, with character offsets into the
 * article's clean text ({@code text.substring(start, end).equals(quote)}), or, for a figure of the
 * headline ({@code inTitle}), into the article's title (the title is then the sentence).
 */
public record Evidence(String quote, int start, int end, String sentence, int sentenceStart, int sentenceEnd,
    int sentenceIndex, boolean inTitle) {

  public Evidence {
    if (quote.length() != end - start) throw new IllegalArgumentException("quote length does not match its range");
    if (sentence.length() != sentenceEnd - sentenceStart) {
      throw new IllegalArgumentException("sentence length does not match its range");
    }
    if (start < sentenceStart || end > sentenceEnd) throw new IllegalArgumentException("quote outside its sentence");
  }

  /** Evidence in the article's body text. */
  public Evidence(String quote, int start, int end, String sentence, int sentenceStart, int sentenceEnd, int sentenceIndex) {
    this(quote, start, end, sentence, sentenceStart, sentenceEnd, sentenceIndex, false);
  }

  /** The same evidence, stated in the title. */
  public Evidence inTheTitle() {
    return new Evidence(quote, start, end, sentence, sentenceStart, sentenceEnd, sentenceIndex, true);
  }
}
