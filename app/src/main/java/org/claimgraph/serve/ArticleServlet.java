package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.claimgraph.service.ArticleView;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.WorkbenchJson;

/**
 * {@code GET /api/article?doc=004_073a1bba27b7e5aa}: the article's metadata (with URL), clean text
 * and figures with offsets; {@code GET /api/articles}: every stored article's metadata.
 */
final class ArticleServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient Claimgraph service;

  ArticleServlet(Claimgraph service) {
    this.service = service;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (req.getRequestURI().endsWith("/articles")) {
      Json.send(resp, 200, WorkbenchJson.articles(service.articles()));
      return;
    }
    String doc;
    try {
      doc = Params.required(req, "doc", "004_073a1bba27b7e5aa");
    } catch (IllegalArgumentException e) {
      Json.error(resp, 400, e.getMessage());
      return;
    }
    java.util.Optional<ArticleView> a = service.article(doc);
    if (a.isEmpty()) {
      Json.error(resp, 404, "no stored article is named '" + doc + "'");
      return;
    }
    Json.send(resp, 200, WorkbenchJson.article(a.get()));
  }
}
