package org.claimgraph.nlp;

import java.util.List;

/**
 * One sentence of an article: its character range in the article text and its tokens.
 *
 * @param index  0-based sentence number in the article
 * @param start  offset of the first character in the article text
 * @param end    offset after the last character
 * @param text   the sentence's characters, {@code article.text().substring(start, end)}
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
    if (text.length() != end - start) {
      throw new IllegalArgumentException("sentence text length " + text.length() + " != " + (end - start));
    }
  }

  /** The token covering article offset {@code offset}, or null. */
  public Token tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.start() <= offset && offset < t.end()) return t;
    }
    return null;
  }

  @Override
  public String toString() {
    return "Sentence[" + index + " " + start + ".." + end + " \"" + text + "\"]";
  }
}
