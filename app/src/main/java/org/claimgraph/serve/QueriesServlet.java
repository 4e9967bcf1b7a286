package org.claimgraph.serve;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.claimgraph.service.QueryLibrary;
import org.claimgraph.service.WorkbenchJson;

/** {@code GET /api/queries}: the analyst queries of {@code queries/} (name, title, answers, text). */
final class QueriesServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient JsonObject library = WorkbenchJson.queries(QueryLibrary.load());

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Json.send(resp, 200, library);
  }
}
