package org.claimgraph.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a paragraph's quotations open and close: curly marks pair as written, a straight {@code "} opens when no quote
 * is open and closes one that is. Marks five characters apart or less ({@code "EV"}) quote a term, not words spoken.
 *
 * <p>Pages that set the wrong mark are read by where a mark stands, not by its shape: a {@code ”} at the paragraph's start or
 * after a space, comma or colon with a word right after it opens a quote ("said,”The point at which battery packs fall …”",
 * 42how; "”In the first quarter of FY22, …" , indiashippingnews); a first mark of the paragraph that stands where a quote
 * closes (after a word, before a comma, space or the end) closes a quote whose opening mark the page left out ("… 2,300
 * highly-skilled jobs", explained the Minister.", assahifa): its offset is {@code orphan}, the quote taken from the
 * paragraph's start when a tag names its speaker ({@link CreditResolver#quotes}); and a {@code “} with a space after it
 * closes the quote that is open ("…by the global mining sector, “ he said.", premiumtimesng).
 *
 * <p>Its own class so the scan over every character of a paragraph is a small loop: inside the speaker finding of
 * {@link CreditResolver#quotes}, the JIT compiled that whole method again for the loop (on-stack replacement).
 *
 * @param closed each quotation's opening and closing mark offsets, in text order
 * @param unclosed the opening mark of a quotation the paragraph leaves open, or -1
 * @param orphan a closing mark with no opening mark before it, the paragraph's first mark, or -1
 */
record QuoteMarks(List<int[]> closed, int unclosed, int orphan) {

  /** Shortest span between the marks of a quotation (closing offset minus opening offset) taken as words spoken. */
  private static final int MIN_SPAN = 6;

  static QuoteMarks of(String paragraph) {
    List<int[]> closed = new ArrayList<>();
    int open = -1;
    int orphan = -1;
    boolean marked = false;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c != '“' && c != '”' && c != '"') continue;
      boolean first = !marked;
      marked = true;
      if (open < 0) {
        boolean opensHere = opensHere(paragraph, i);
        if (c == '“' || c == '"' && !(first && closesHere(paragraph, i)) || c == '”' && opensHere) {
          open = i;
        } else if (first && closesHere(paragraph, i) && i >= MIN_SPAN) {
          orphan = i;
        }
      } else if (c == '”' || c == '"' || c == '“' && closesOpen(paragraph, i)) {
        if (i - open >= MIN_SPAN) closed.add(new int[] {open, i});
        open = -1;
      }
    }
    return new QuoteMarks(closed, open, orphan);
  }

  /**
   * The paragraph with the stray character a page's broken encoding put for its quote marks read as a straight mark: "β" (a
   * curly mark decoded in a Greek code page: "βThe country has witnessed …, βsays Daniel Kiptoo Bargoria", topnewskenya) where
   * it stands outside a word; inside one ("countryβs") it was an apostrophe. Same length, so offsets hold.
   */
  static String readable(String paragraph) {
    if (paragraph.indexOf('β') < 0) return paragraph;
    char[] cs = paragraph.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      if (cs[i] != 'β') continue;
      boolean inWord = i > 0 && Character.isLetter(cs[i - 1]) && i + 1 < cs.length && Character.isLetter(cs[i + 1]);
      if (!inWord) cs[i] = '"';
    }
    return new String(cs);
  }

  /** Where a quote opens: the paragraph's start, or after a space, comma, colon or bracket, with a letter or digit right after. */
  private static boolean opensHere(String p, int i) {
    boolean before = i == 0 || Character.isWhitespace(p.charAt(i - 1)) || ",:(".indexOf(p.charAt(i - 1)) >= 0;
    return before && i + 1 < p.length() && Character.isLetterOrDigit(p.charAt(i + 1));
  }

  /** "…recognised by the global mining sector, “ he said." (premiumtimesng): an opening mark with a space after it closes. */
  private static boolean closesOpen(String p, int i) {
    return i + 1 == p.length() || Character.isWhitespace(p.charAt(i + 1));
  }

  /** Where a quote closes: after a word or its punctuation, before a space, a comma or full stop, or the paragraph's end. */
  private static boolean closesHere(String p, int i) {
    boolean before = i > 0 && !Character.isWhitespace(p.charAt(i - 1));
    return before && (i + 1 == p.length() || Character.isWhitespace(p.charAt(i + 1)) || ",.;".indexOf(p.charAt(i + 1)) >= 0);
  }
}
