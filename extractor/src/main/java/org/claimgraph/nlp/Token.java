package org.claimgraph.nlp;

/**
 * One token of a sentence.
 *
 * @param index 0-based position in its sentence
 * @param word  the token as written in the text (not CoreNLP's normalized form)
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param ner   CoreNLP's coarse entity tag (PERSON, ORGANIZATION, LOCATION, DATE, MONEY,
 *              PERCENT, MISC …) or "O"
 */
public record Token(int index, String word, int start, int end, String ner) {

  public boolean isEntity(String tag) {
    return tag.equals(ner);
  }

  @Override
  public String toString() {
    return word + (ner.equals("O") ? "" : "/" + ner);
  }
}
