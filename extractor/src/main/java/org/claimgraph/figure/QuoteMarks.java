package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a paragraph's quotations open and close: curly marks pair as written, a straight {@code "} opens when no quote
 * is open and closes one that is. Marks five characters apart or less ({@code "EV"}) quote a term, not words spoken.
 *
 * <p>Its own class so the scan over every character of a paragraph is a small loop: inside the speaker finding of
 * {@link CreditResolver#quotes}, the JIT compiled that whole method again for the loop (on-stack replacement).
 *
 * @param closed each quotation's opening and closing mark offsets, in text order
 * @param unclosed the opening mark of a quotation the paragraph leaves open, or -1
 */
record QuoteMarks(List<int[]> closed, int unclosed) {

  /** Shortest span between the marks of a quotation (closing offset minus opening offset) taken as words spoken. */
  private static final int MIN_SPAN = 6;

  static QuoteMarks of(String paragraph) {
    List<int[]> closed = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      boolean opening = c == '“' || c == '"' && open < 0;
      boolean closing = c == '”' || c == '"' && open >= 0;
      if (opening && open < 0) {
        open = i;
      } else if (closing && open >= 0) {
        if (i - open >= MIN_SPAN) closed.add(new int[] {open, i});
        open = -1;
      }
    }
    return new QuoteMarks(closed, open);
  }
}
