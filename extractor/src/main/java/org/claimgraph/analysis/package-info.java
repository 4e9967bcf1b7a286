/**
 * The extractor's facade: {@link org.claimgraph.analysis.Analyzer} takes an
 * {@link org.claimgraph.article.Article} through annotation, entity finding and figure
 * extraction into one {@link org.claimgraph.analysis.ArticleAnalysis}.
 */
package org.claimgraph.analysis;
