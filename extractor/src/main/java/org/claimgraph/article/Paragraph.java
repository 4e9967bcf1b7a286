package org.claimgraph.article;

/**
 * One block of an article's clean text: its character range and what kind of block it was.
 *
 * @param start offset of the first character in {@link Article#text()}
 * @param end   offset after the last character
 * @param kind  the block's role on the page
 */
public record Paragraph(int start, int end, Kind kind) {

  /** What a block was on the page. */
  public enum Kind {
    /** A heading ({@code h2}…{@code h6}). */
    HEADING,
    /** A running paragraph. */
    PARAGRAPH,
    /** A list item, such as a highlight bullet. */
    ITEM,
    /** A block quotation. */
    QUOTE
  }

  public Paragraph {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad paragraph range " + start + ".." + end);
    }
    if (kind == null) {
      throw new IllegalArgumentException("paragraph kind is null");
    }
  }
}
