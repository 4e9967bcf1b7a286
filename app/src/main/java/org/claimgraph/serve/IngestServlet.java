package org.claimgraph.serve;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ingest.FileResult;
import org.claimgraph.ingest.IngestListener;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.IngestService;
import org.claimgraph.ingest.SourceFile;
import org.claimgraph.ingest.SourceFiles;
import org.claimgraph.service.Claimgraph;

/**
 * {@code POST /api/ingest} with a JSON array of file or folder paths readable by the server:
 * ingests them into the served store and returns the report. Only what {@link IngestGuard} lets
 * through (this machine, a loopback Host, no foreign Origin, JSON, the server's token, paths inside
 * the ingest roots); one ingest at a time; queries keep answering meanwhile (TDB2 readers see the last commit).
 */
final class IngestServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient Claimgraph store;
  private final transient IngestService service = new IngestService(Runtime.getRuntime().availableProcessors());

  private final transient IngestGuard guard;

  IngestServlet(Claimgraph store, IngestGuard guard) {
    this.store = store;
    this.guard = guard;
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    IngestGuard.Refusal refused = guard.check(req);
    if (refused != null) {
      Json.error(resp, refused.status(), refused.message());
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (var reader = jakarta.json.Json.createReader(req.getInputStream())) {
      JsonArray array = reader.readArray();
      for (var v : array) paths.add(Path.of(((JsonString) v).getString()));
    } catch (JsonParsingException | ClassCastException | IllegalStateException | java.nio.file.InvalidPathException e) {
      Json.error(resp, 400, "the body must be a JSON array of paths: [\"corpus/x.html\"]");
      return;
    }
    if (paths.isEmpty()) {
      Json.error(resp, 400, "no paths to ingest");
      return;
    }
    for (Path p : paths) {
      IngestGuard.Refusal outside = guard.checkPath(p);
      if (outside != null) {
        Json.error(resp, outside.status(), outside.message());
        return;
      }
    }
    // A link inside a root may point out of it: every file found must lie inside too.
    for (SourceFile f : SourceFiles.list(paths)) {
      IngestGuard.Refusal outside = f.problem() == null ? guard.checkPath(f.file().toAbsolutePath()) : null;
      if (outside != null) {
        Json.error(resp, outside.status(), outside.message());
        return;
      }
    }
    IngestReport report;
    synchronized (this) {
      report = store.ingest(service, paths, IngestListener.NONE);
    }
    JsonArrayBuilder files = jakarta.json.Json.createArrayBuilder();
    for (FileResult r : report.files()) {
      var b = jakarta.json.Json.createObjectBuilder().add("file", r.file().toString());
      if (r.failed()) b.add("error", r.error());
      else b.add("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT)).add("article", r.articleId()).add("figures", r.figures());
      files.add(b);
    }
    Json.send(resp, report.failed() > 0 ? 422 : 200, jakarta.json.Json.createObjectBuilder()
        .add("summary", report.summary()).add("failed", report.failed()).add("files", files).build());
  }
}
