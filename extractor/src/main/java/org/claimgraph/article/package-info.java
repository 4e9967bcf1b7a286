/**
 * Reading news pages: HTML or plain text in, an {@link org.claimgraph.article.Article} out.
 *
 * <p>{@link org.claimgraph.article.ArticleReader} is the entry point. It decodes the bytes
 * ({@link org.claimgraph.article.TextDecoder}), reads metadata from meta tags, JSON-LD,
 * {@code <time>} and bylines ({@link org.claimgraph.article.MetadataReader}), and keeps only
 * the article's own paragraphs ({@link org.claimgraph.article.BoilerplateRemover}). Failures are
 * {@link org.claimgraph.article.ArticleException}s that name the file and the reason.
 *
 * <p>Uses jsoup only; knows nothing of NLP, RDF or search.
 */
package org.claimgraph.article;
