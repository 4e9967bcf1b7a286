package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.claimgraph.search.SearchRequest;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.JsonViews;

/** {@code GET /api/search?q=…&limit=&publisher=&from=&to=&country=}: what {@code search --format json} prints. */
final class SearchServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient Claimgraph service;

  SearchServlet(Claimgraph service) {
    this.service = service;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    SearchRequest request;
    try {
      String limit = req.getParameter("limit");
      request = new SearchRequest(req.getParameter("q"), limit == null ? 10 : Integer.parseInt(limit),
          req.getParameter("publisher"), date(req.getParameter("from")), date(req.getParameter("to")), req.getParameter("country"));
      Json.send(resp, 200, JsonViews.search(service.search(request)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      Json.error(resp, 400, e.getMessage());
    }
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }
}
