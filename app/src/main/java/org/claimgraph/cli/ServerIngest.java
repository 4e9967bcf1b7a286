package org.claimgraph.cli;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimgraph.graph.StoreException;
import org.claimgraph.serve.ServerToken;
import org.claimgraph.serve.StoreIdentity;

/**
 * Ingest through a running {@code claimgraph serve}: the server owns the store while it runs, so
 * the command sends it the paths (absolute, the server reads them) and prints its report. Before
 * sending anything it asks the server which store it serves and refuses a server of another
 * store; it proves it may ingest with the token the server wrote into the store folder.
 */
final class ServerIngest {
  private ServerIngest() {}

  static int send(String server, Path store, List<Path> paths, PrintWriter out, PrintWriter err, StoreException inUse) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    try {
      String served = storeOf(http, server, inUse);
      String mine = StoreIdentity.of(store);
      if (!served.equals(mine)) {
        throw new StoreException(inUse.getMessage() + "; the server at " + server + " serves " + served
            + ", not this store, so nothing was sent (give the --server of the one serving " + mine + ")", inUse);
      }
      String token = ServerToken.read(store);
      if (token == null) {
        throw new StoreException(inUse.getMessage() + "; " + store.resolve(ServerToken.FILE)
            + " is missing or unreadable, so the server cannot be asked to ingest", inUse);
      }
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/api/ingest"))
          .header("Content-Type", "application/json").header("X-Claimgraph-Token", token)
          .timeout(Duration.ofDays(1))
          .POST(HttpRequest.BodyPublishers.ofString(body(paths))).build(), HttpResponse.BodyHandlers.ofString());
      JsonObject report = json(r.body(), server);
      if (report.containsKey("error")) {
        err.println("claimgraph ingest: " + server + ": " + report.getString("error"));
        return ClaimgraphCommand.FAILED;
      }
      for (var f : report.getJsonArray("files")) {
        var o = f.asJsonObject();
        if (o.containsKey("error")) err.println(o.getString("error"));
        else out.println(o.getString("file") + ": " + o.getString("outcome") + ", " + o.getInt("figures") + " figures");
      }
      out.println(report.getString("summary") + " (through " + server + ")");
      out.flush();
      err.flush();
      return report.getInt("failed") > 0 ? ClaimgraphCommand.FAILED : 0;
    } catch (ConnectException e) {
      throw new StoreException(inUse.getMessage() + "; no claimgraph server answers at " + server, inUse);
    } catch (IOException e) {
      throw new StoreException(inUse.getMessage() + "; the server at " + server + " did not answer (" + e.getMessage() + ")", inUse);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while sending files to " + server, e);
    }
  }

  /** The real path of the store the server serves ({@code GET /api/store}). */
  private static String storeOf(HttpClient http, String server, StoreException inUse) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/api/store")).timeout(Duration.ofSeconds(10))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    JsonObject o = r.statusCode() == 200 ? json(r.body(), server) : null;
    if (o == null || !o.containsKey("store")) {
      throw new StoreException(inUse.getMessage() + "; the server at " + server + " is not a claimgraph server"
          + " that says which store it serves (HTTP " + r.statusCode() + "), so nothing was sent", inUse);
    }
    return o.getString("store");
  }

  private static String body(List<Path> paths) {
    StringBuilder body = new StringBuilder("[");
    for (Path p : paths) {
      if (body.length() > 1) body.append(',');
      body.append(jakarta.json.Json.createValue(p.toAbsolutePath().toString()));
    }
    return body.append(']').toString();
  }

  private static JsonObject json(String body, String server) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      return jakarta.json.Json.createObjectBuilder().add("error", "the answer is not JSON: "
          + body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ")).build();
    }
  }
}
