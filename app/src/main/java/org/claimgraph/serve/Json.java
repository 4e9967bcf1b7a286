package org.claimgraph.serve;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes JSON responses and JSON errors. */
final class Json {
  private Json() {}

  static void send(HttpServletResponse resp, int status, JsonObject body) throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json; charset=utf-8");
    resp.setHeader("Cache-Control", "no-store");
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }

  static void error(HttpServletResponse resp, int status, String message) throws IOException {
    // An error may answer before the request body was read (413, 415, 403): closing the
    // connection keeps a client from sending its next request on a connection the server drops.
    resp.setHeader("Connection", "close");
    send(resp, status, jakarta.json.Json.createObjectBuilder().add("error", message).build());
  }
}
