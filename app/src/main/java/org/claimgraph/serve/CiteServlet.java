package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.JsonViews;

/**
 * {@code GET /api/cite?figure=619%20tons} (or {@code ?value=619&unit=tonne}; {@code &limit=20&offset=40} for a page):
 * what {@code cite --format json} (with {@code --limit}, {@code --offset}) prints.
 */
final class CiteServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient Claimgraph service;

  CiteServlet(Claimgraph service) {
    this.service = service;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    FigureQuery q;
    Integer limit;
    int offset;
    try {
      limit = count(req.getParameter("limit"), "limit");
      Integer from = count(req.getParameter("offset"), "offset");
      offset = from == null ? 0 : from;
      String value = req.getParameter("value");
      String figure = req.getParameter("figure");
      if (value != null) {
        q = new FigureQuery(Double.parseDouble(value), FigureQuery.normalizeUnit(req.getParameter("unit")), value);
      } else if (figure != null && !figure.isBlank()) {
        q = FigureQuery.parse(figure);
      } else {
        Json.error(resp, 400, "give ?figure=619 tons or ?value=619&unit=tonne");
        return;
      }
    } catch (IllegalArgumentException e) {
      Json.error(resp, 400, e.getMessage());
      return;
    }
    if (limit == null && offset == 0) {
      var citations = service.cite(q);
      Json.send(resp, 200, JsonViews.cite(q, citations, service.origins(citations)));
      return;
    }
    var page = service.cite(q, offset, limit == null ? Integer.MAX_VALUE : limit);
    Json.send(resp, 200, JsonViews.cite(q, page, service.origins(page)));
  }

  /** A page parameter: absent, or a whole number from 0 (else a 400). */
  static Integer count(String value, String name) {
    if (value == null || value.isBlank()) return null;
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 0) return n;
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(name + " must be a whole number from 0: " + value);
  }
}
