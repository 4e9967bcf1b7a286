package org.claimgraph.figure;

/**
 * Whom an article credits for a figure.
 *
 * <p>A chain keeps both ends: "Reuters reported, citing customs data" credits customs data, via Reuters.
 *
 * @param source  the credited source as written ("a Platts analysis of customs data"), or null
 *                when only a speaker is known
 * @param speaker the person quoted, or null
 * @param cue     the words that give the credit ("according to", "citing", "said")
 * @param start   offset of the source (or speaker) in the article text, -1 if unknown
 * @param end     offset after it, -1 if unknown
 * @param carried whether the credit was given in an earlier sentence and carries over
 * @param via     the news outlet that reports the source's figures ("Reuters" in "Reuters reported, citing
 *                customs data"), or null
 */
public record Attribution(String source, Speaker speaker, String cue, int start, int end, boolean carried, String via) {

  public Attribution {
    if (source == null && speaker == null) throw new IllegalArgumentException("attribution needs a source or a speaker");
  }

  /** A credit with no outlet between the source and the article. */
  public Attribution(String source, Speaker speaker, String cue, int start, int end, boolean carried) {
    this(source, speaker, cue, start, end, carried, null);
  }

  public Attribution carriedOver() {
    return new Attribution(source, speaker, cue, start, end, true, via);
  }

  /** This credit as reported by {@code outlet} ("…, reported Xinhua"). */
  public Attribution via(String outlet) {
    return new Attribution(source, speaker, cue, start, end, carried, outlet);
  }

  /** The source, else the speaker's display form. */
  public String display() {
    return source != null ? source : speaker.display();
  }
}
