package org.claimgraph.article;

/**
 * One visible block of a page before furniture filtering.
 *
 * @param text        whitespace-normalized text
 * @param kind        heading, paragraph, list item or quote
 * @param linkDensity share of the text that sits inside links (0..1)
 * @param heading1    whether the block was an {@code <h1>} (the headline, metadata on most pages)
 */
record Block(String text, Paragraph.Kind kind, double linkDensity, boolean heading1) {}
