package org.claimgraph.cite;

import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;

/**
 * A figure of another statement related to a cited one.
 *
 * @param figure  the related figure
 * @param article where it is stated
 * @param why     how it relates: "same value, measure, place and period", "other value for the same
 *                measure, place and period", "same value put in another period"
 */
public record Related(FigureRecord figure, ArticleInfo article, String why) {}
