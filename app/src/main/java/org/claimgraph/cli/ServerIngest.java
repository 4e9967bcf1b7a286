package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimgraph.graph.StoreException;

/**
 * Ingest through a running {@code claimgraph serve}: the server owns the store while it runs, so
 * the command sends it the paths (absolute, the server reads them) and prints its report.
 */
final class ServerIngest {
  private ServerIngest() {}

  static int send(String server, List<Path> paths, PrintWriter out, PrintWriter err, StoreException inUse) {
    StringBuilder body = new StringBuilder("[");
    for (Path p : paths) {
      if (body.length() > 1) body.append(',');
      body.append(jakarta.json.Json.createValue(p.toAbsolutePath().toString()));
    }
    body.append(']');
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/api/ingest"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
          HttpResponse.BodyHandlers.ofString());
      var report = jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject();
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
}
