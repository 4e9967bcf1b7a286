package org.claimgraph.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.claimgraph.graph.StoreException;
import org.claimgraph.serve.StoreIdentity;

/**
 * The {@code claimgraph serve} that holds a store, for the commands that read it while it runs:
 * found at {@code --server} and checked to serve this very store ({@code GET /api/store}), so an
 * answer never comes from another store. Every failure is a {@link StoreException} of one line
 * that starts with why the store could not be opened.
 *
 * <pre>{@code
 * RunningServer s = RunningServer.of("http://127.0.0.1:3030", Path.of("data"), inUse);
 * String json = s.get("/api/figures?format=json&doc=004");
 * }</pre>
 */
final class RunningServer {
  private final String url;
  private final StoreException inUse;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private RunningServer(String url, StoreException inUse) {
    this.url = url.replaceAll("/+$", "");
    this.inUse = inUse;
  }

  /** Whether opening the store failed because another process (a running {@code serve}) holds it. */
  static boolean heldByAnother(StoreException e) {
    return String.valueOf(e.getMessage()).contains("in use");
  }

  /** The server at {@code url}, which must serve {@code store}. */
  static RunningServer of(String url, Path store, StoreException inUse) {
    RunningServer s = new RunningServer(url, inUse);
    String served = s.servedStore();
    String mine = StoreIdentity.of(store);
    if (!served.equals(mine)) {
      throw new StoreException(inUse.getMessage() + "; the server at " + s.url + " serves " + served
          + ", not this store (give the --server of the one serving " + mine + ")", inUse);
    }
    return s;
  }

  /**
   * Opens the store, or when {@code serve} holds it, returns null after printing the JSON answer of
   * the server at {@code path} to {@code out} when {@code json}; for other formats fails in one line
   * saying to ask the server with {@code --format json} or to stop it.
   */
  static org.claimgraph.service.Claimgraph openOrAsk(Path store, String server, boolean json, String path,
      java.io.PrintWriter out) {
    try {
      return org.claimgraph.service.Claimgraph.openForReading(store);
    } catch (StoreException e) {
      if (!heldByAnother(e)) throw e;
      if (!json) {
        throw new StoreException(e.getMessage().replaceFirst(";.*", "") + "; with --format json the answer comes from the"
            + " running server (--server " + server + "), or stop it", e);
      }
      out.println(of(server, store, e).get(path).strip());
      out.flush();
      return null;
    }
  }

  /** A query parameter {@code &name=value}, URL-encoded; empty for a null value. */
  static String param(String name, Object value) {
    return value == null ? "" : "&" + name + "=" + java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The server's base URL, without a trailing slash. */
  String url() {
    return url;
  }

  /** The body of {@code GET path}; fails saying so unless the answer is 200. */
  String get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(10))
        .header("Accept", "application/json").GET().build());
    if (r.statusCode() != 200) {
      throw new StoreException(url + path.replaceAll("\\?.*", "") + ": HTTP " + r.statusCode() + " " + firstLine(r.body()));
    }
    return r.body();
  }

  /** The real path of the store the server serves. */
  private String servedStore() {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/api/store")).timeout(Duration.ofSeconds(10)).GET().build());
    String store = null;
    if (r.statusCode() == 200) {
      try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
        store = reader.readObject().getString("store", null);
      } catch (RuntimeException e) {
        store = null;
      }
    }
    if (store == null) {
      throw new StoreException(inUse.getMessage() + "; the server at " + url + " is not a claimgraph server"
          + " that says which store it serves (HTTP " + r.statusCode() + ")", inUse);
    }
    return store;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new StoreException(inUse.getMessage() + "; no claimgraph server answers at " + url, inUse);
    } catch (IOException e) {
      throw new StoreException(inUse.getMessage() + "; the server at " + url + " did not answer (" + e.getMessage() + ")", inUse);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while asking " + url, e);
    }
  }

  private static String firstLine(String body) {
    String b = body == null ? "" : body.strip();
    int nl = b.indexOf('\n');
    return (nl < 0 ? b : b.substring(0, nl)).replaceAll("\\s+", " ");
  }
}
