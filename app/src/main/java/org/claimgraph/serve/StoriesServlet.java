package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.JsonViews;
import org.claimgraph.story.Stories;

/**
 * {@code GET /api/stories} (optionally {@code ?doc=NAME}: only the story that article belongs to):
 * what {@code stories --format json} prints.
 */
final class StoriesServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient Claimgraph service;

  StoriesServlet(Claimgraph service) {
    this.service = service;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String doc = req.getParameter("doc");
    List<Stories.Story> stories = service.stories();
    if (doc != null && !doc.isBlank()) {
      stories = stories.stream()
          .filter(s -> s.origin().equals(doc) || s.rewrites().stream().anyMatch(r -> r.doc().equals(doc)))
          .toList();
    }
    Json.send(resp, 200, JsonViews.stories(stories));
  }
}
