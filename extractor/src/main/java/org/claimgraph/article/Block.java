package org.claimgraph.article;

/**
 * One visible block of a page before furniture filtering.
 *
 * @param text        whitespace-normalized text
 * @param kind        heading, paragraph, list item or quote
 * @param linkDensity share of the text that sits inside links (0..1)
 * @param heading1    whether the block was an {@code <h1>} (the headline, metadata on most pages)
 * @param code        whether the block is preformatted text ({@code <pre>}): a code listing, never a pull quote
 */
record Block(String text, Paragraph.Kind kind, double linkDensity, boolean heading1, boolean code) {

  Block(String text, Paragraph.Kind kind, double linkDensity, boolean heading1) {
    this(text, kind, linkDensity, heading1, false);
  }
}
