package org.claimgraph.service;

import java.util.List;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.ArticleInfo;

/**
 * One stored article as a reader sees it: its metadata, its clean text, and every figure with
 * its offsets into that text ({@code text.substring(f.start(), f.end())} is the figure's quote).
 *
 * <pre>{@code
 * ArticleView a = service.article("004_073a1bba27b7e5aa").orElseThrow();
 * a.info().url();   // "https://…"
 * }</pre>
 */
public record ArticleView(ArticleInfo info, String text, List<FigureRecord> figures) {
  public ArticleView {
    figures = List.copyOf(figures);
  }
}
