package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.claimgraph.cite.FigureQuery;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.JsonViews;

/** {@code GET /api/cite?figure=619%20tons} (or {@code ?value=619&unit=tonne}): what {@code cite --format json} prints. */
final class CiteServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient Claimgraph service;

  CiteServlet(Claimgraph service) {
    this.service = service;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    FigureQuery q;
    try {
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
    var citations = service.cite(q);
    Json.send(resp, 200, JsonViews.cite(q, citations, service.origins(citations)));
  }
}
