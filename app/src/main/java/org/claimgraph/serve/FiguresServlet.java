package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.FigureCsv;
import org.claimgraph.service.FigureFilter;
import org.claimgraph.service.FigurePage;
import org.claimgraph.service.WorkbenchJson;

/**
 * {@code GET /api/figures?material=rare-earths&place=CN&period=2025&limit=50&offset=0}: a page of
 * the stored figures with the total and facet counts; {@code format=csv} or {@code format=json}
 * downloads every matching figure (no paging) as a file.
 */
final class FiguresServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final int MAX_LIMIT = 1000;
  private final transient Claimgraph service;

  FiguresServlet(Claimgraph service) {
    this.service = service;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    FigureFilter filter;
    int offset;
    int limit;
    String format;
    try {
      filter = new FigureFilter(req.getParameter("material"), req.getParameter("measure"), req.getParameter("flow"),
          req.getParameter("place"), req.getParameter("period"), req.getParameter("source"), req.getParameter("doc"));
      offset = Params.integer(req, "offset", 0, 0, Integer.MAX_VALUE);
      limit = Params.integer(req, "limit", 50, 1, MAX_LIMIT);
      format = Params.oneOf(req, "format", "page", "json", "csv");
    } catch (IllegalArgumentException e) {
      Json.error(resp, 400, e.getMessage());
      return;
    }
    switch (format) {
      case "csv" -> {
        byte[] bytes = FigureCsv.of(service.figures(filter)).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/csv; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"figures.csv\"");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
      }
      case "json" -> {
        resp.setHeader("Content-Disposition", "attachment; filename=\"figures.json\"");
        Json.send(resp, 200, WorkbenchJson.figureList(service.figures(filter)));
      }
      default -> {
        FigurePage page = service.figurePage(filter, offset, limit);
        Json.send(resp, 200, WorkbenchJson.figurePage(page));
      }
    }
  }
}
