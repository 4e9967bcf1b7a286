package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code GET /api/store}: which store this server serves, as {@code {"store": "/abs/real/path"}}.
 * The CLI compares it with its own {@code --store} before it sends any file, so that
 * {@code ingest --store B} never feeds a server that serves store A.
 */
final class StoreServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final String store;

  StoreServlet(Path store) {
    this.store = StoreIdentity.of(store);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Json.send(resp, 200, jakarta.json.Json.createObjectBuilder().add("store", store).build());
  }
}
