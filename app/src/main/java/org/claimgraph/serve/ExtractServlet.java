package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import org.claimgraph.service.PastedText;
import org.claimgraph.service.WorkbenchJson;

/**
 * {@code POST /api/extract} with the text as the body ({@code text/plain}, UTF-8, at most
 * {@link PastedText#MAX_BYTES}): the figures of the text, storing nothing. Two extractions run at
 * once at most; a third is told to retry (503); a request from a page of another site (a foreign
 * {@code Origin}) is refused (403). The CoreNLP pipeline loads on the first request.
 */
final class ExtractServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient Semaphore running = new Semaphore(2);

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    // A page of another site may POST text/plain here without asking; it must not spend this machine's CPU.
    String origin = req.getHeader("Origin");
    if (origin != null && !IngestGuard.sameOrigin(origin, req.getHeader("Host"))) {
      Json.error(resp, 403, "extraction is refused to pages of another site (Origin " + origin + ")");
      return;
    }
    if (req.getContentLengthLong() > PastedText.MAX_BYTES) {
      Json.error(resp, 413, "text too long: " + req.getContentLengthLong() + " bytes, at most " + PastedText.MAX_BYTES);
      return;
    }
    byte[] body;
    try (InputStream in = req.getInputStream()) {
      body = in.readNBytes(PastedText.MAX_BYTES + 1);
    }
    if (body.length > PastedText.MAX_BYTES) {
      Json.error(resp, 413, "text too long: more than " + PastedText.MAX_BYTES + " bytes");
      return;
    }
    if (!running.tryAcquire()) {
      Json.error(resp, 503, "two extractions are running; try again in a moment");
      return;
    }
    try {
      Json.send(resp, 200, WorkbenchJson.extraction(PastedText.extract(new String(body, StandardCharsets.UTF_8))));
    } catch (IllegalArgumentException e) {
      Json.error(resp, 400, e.getMessage());
    } finally {
      running.release();
    }
  }
}
