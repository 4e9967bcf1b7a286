package org.claimgraph.story;

/**
 * A figure of a rewrite that its sources state otherwise, or do not state.
 *
 * @param rewrite doc name of the rewrite
 * @param origin doc name of the article holding the original statement (for "unsourced": the article restated)
 * @param rewriteQuote the figure as the rewrite writes it
 * @param originQuote the original figure as written, or null when unsourced
 * @param type value | period | place | unit | direction | unsourced
 * @param rewriteSentence the rewrite's sentence
 * @param originSentence the origin's sentence, or null
 */
public record Misstatement(String rewrite, String origin, String rewriteQuote, String originQuote, String type,
    String rewriteSentence, String originSentence) {}
