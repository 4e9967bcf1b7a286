package org.claimgraph.figure;

/**
 * Whom an article credits for a figure.
 *
 * @param source  the credited source as written ("a Platts analysis of customs data"), or null
 *                when only a speaker is known
 * @param speaker the person quoted, or null
 * @param cue     the words that give the credit ("according to", "citing", "said")
 * @param start   offset of the source (or speaker) in the article text, -1 if unknown
 * @param end     offset after it, -1 if unknown
 * @param carried whether the credit was given in an earlier sentence and carries over
 */
public record Attribution(String source, Speaker speaker, String cue, int start, int end, boolean carried) {

  public Attribution {
    if (source == null && speaker == null) throw new IllegalArgumentException("attribution needs a source or a speaker");
  }

  public Attribution carriedOver() {
    return new Attribution(source, speaker, cue, start, end, true);
  }

  /** The source, else the speaker's display form. */
  public String display() {
    return source != null ? source : speaker.display();
  }
}
