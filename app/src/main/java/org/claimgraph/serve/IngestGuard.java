package org.claimgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a {@code POST /api/ingest} may run. Ingest reads files the server can read, so
 * a web page the user visits must not be able to trigger it (cross-site request forgery, DNS
 * rebinding). A request passes only if it comes from this machine, names an allowed host, carries
 * no foreign {@code Origin}, sends JSON, holds the server's secret {@link ServerToken token}, and
 * every path lies inside one of the ingest roots.
 *
 * <pre>{@code
 * IngestGuard guard = new IngestGuard(token, hosts, List.of(Path.of("/home/me/news")));
 * Refusal r = guard.check(request);           // null: go ahead
 * Refusal p = guard.checkPath(Path.of("/etc")); // 403 "/etc: outside the ingest roots …"
 * }</pre>
 */
final class IngestGuard {

  /** The header in which the CLI sends the token read from the store folder. */
  static final String TOKEN_HEADER = "X-Claimgraph-Token";

  /** Why a request is refused, with the HTTP status to answer. */
  record Refusal(int status, String message) {}

  private final String token;
  private final HostAllowList hosts;
  private final List<Path> roots;

  /** @param roots the folders whose files may be ingested; made absolute and real here */
  IngestGuard(String token, HostAllowList hosts, List<Path> roots) {
    this.token = token;
    this.hosts = hosts;
    this.roots = roots.stream().map(IngestGuard::real).toList();
  }

  /** The ingest roots, as real paths. */
  List<Path> roots() {
    return roots;
  }

  /** The refusal for this request's origin, type and token, or null if it may go on to its paths. */
  Refusal check(HttpServletRequest req) throws IOException {
    if (!InetAddress.getByName(req.getRemoteAddr()).isLoopbackAddress()) {
      return new Refusal(403, "ingest is accepted only from this machine");
    }
    String host = req.getHeader("Host");
    if (!hosts.allowsLoopbackName(host)) return new Refusal(403, "ingest refused: Host '" + host + "' is not a loopback name");
    String origin = req.getHeader("Origin");
    if (origin != null && !sameOrigin(origin, host)) {
      return new Refusal(403, "ingest refused: a request from " + origin + " is cross-site");
    }
    String site = req.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return new Refusal(403, "ingest refused: a " + site + " request");
    }
    String type = req.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).split(";", 2)[0].strip().equals("application/json")) {
      return new Refusal(415, "ingest needs Content-Type: application/json, not " + type);
    }
    String sent = req.getHeader(TOKEN_HEADER);
    if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      return new Refusal(403, "ingest refused: missing or wrong " + TOKEN_HEADER
          + " (the CLI reads it from the store folder of the server it sends to)");
    }
    return null;
  }

  /** The refusal for a path outside every ingest root (after resolving links and '..'), or null. */
  Refusal checkPath(Path path) {
    if (!path.isAbsolute()) return new Refusal(400, path + ": give an absolute path");
    Path real = real(path);
    for (Path root : roots) if (real.startsWith(root)) return null;
    return new Refusal(403, path + ": outside the ingest roots of this server (" + roots
        + "); start it with --ingest-root DIR to allow another folder");
  }

  static boolean sameOrigin(String origin, String host) {
    try {
      URI o = URI.create(origin);
      String authority = o.getRawAuthority();
      return "http".equalsIgnoreCase(o.getScheme()) && authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The real path if the file exists, otherwise the normalized absolute path. */
  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
