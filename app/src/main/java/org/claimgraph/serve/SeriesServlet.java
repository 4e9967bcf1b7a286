package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.MeasureSeries;
import org.claimgraph.service.WorkbenchJson;

/**
 * {@code GET /api/series?measure=rare earth magnet exports&place=CN}: the measure over time, one
 * series per credited source, contradicted points marked ({@code kind=} and {@code unit=} choose
 * what is drawn; by default amounts in the unit stated most often).
 */
final class SeriesServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient Claimgraph service;

  SeriesServlet(Claimgraph service) {
    this.service = service;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String measure;
    String kind;
    try {
      measure = Params.required(req, "measure", "rare earth magnet exports");
      kind = req.getParameter("kind") == null ? null : Params.oneOf(req, "kind", "amount", "change", "share");
    } catch (IllegalArgumentException e) {
      Json.error(resp, 400, e.getMessage());
      return;
    }
    String unit = req.getParameter("unit");
    MeasureSeries s = service.series(measure, req.getParameter("place"), kind, unit == null || unit.isBlank() ? null : unit);
    Json.send(resp, 200, WorkbenchJson.series(s));
  }
}
