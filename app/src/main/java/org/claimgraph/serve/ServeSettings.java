package org.claimgraph.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@code claimgraph serve} runs.
 *
 * <pre>{@code
 * ServeSettings s = ServeSettings.defaults().withPort(0).withIngestRoots(List.of(Path.of("news")));
 * }</pre>
 *
 * @param port           TCP port (0 picks a free one)
 * @param loopback       bind to 127.0.0.1 only
 * @param timeoutSeconds longest a SPARQL query or an API call may run
 * @param maxResults     most rows a query may return
 * @param maxQueryBytes  longest query string or request body accepted, in bytes
 * @param ingestRoots    folders whose files {@code POST /api/ingest} may read
 * @param allowedHosts   host names besides the loopback ones that requests may address
 */
public record ServeSettings(int port, boolean loopback, int timeoutSeconds, long maxResults, long maxQueryBytes,
    List<Path> ingestRoots, List<String> allowedHosts) {

  /** The most rows a query may return unless the server is started with another limit. */
  public static final long DEFAULT_MAX_RESULTS = 10_000;
  /** The longest query accepted unless the server is started with another limit: 64 KB. */
  public static final long DEFAULT_MAX_QUERY_BYTES = 64 * 1024;

  public ServeSettings {
    if (timeoutSeconds < 1) throw new IllegalArgumentException("the timeout must be at least 1 second: " + timeoutSeconds);
    if (maxResults < 1) throw new IllegalArgumentException("the row cap must be at least 1: " + maxResults);
    if (maxQueryBytes < 64) throw new IllegalArgumentException("the query size limit must be at least 64 bytes: " + maxQueryBytes);
    ingestRoots = List.copyOf(ingestRoots);
    allowedHosts = List.copyOf(allowedHosts);
  }

  /** Port 3030 on 127.0.0.1, 30 s, 10,000 rows, 64 KB queries, the working directory as ingest root. */
  public static ServeSettings defaults() {
    return new ServeSettings(3030, true, 30, DEFAULT_MAX_RESULTS, DEFAULT_MAX_QUERY_BYTES, List.of(Path.of("")), List.of());
  }

  public ServeSettings withPort(int p) {
    return new ServeSettings(p, loopback, timeoutSeconds, maxResults, maxQueryBytes, ingestRoots, allowedHosts);
  }

  public ServeSettings withLoopback(boolean l) {
    return new ServeSettings(port, l, timeoutSeconds, maxResults, maxQueryBytes, ingestRoots, allowedHosts);
  }

  public ServeSettings withTimeout(int seconds) {
    return new ServeSettings(port, loopback, seconds, maxResults, maxQueryBytes, ingestRoots, allowedHosts);
  }

  public ServeSettings withMaxResults(long rows) {
    return new ServeSettings(port, loopback, timeoutSeconds, rows, maxQueryBytes, ingestRoots, allowedHosts);
  }

  public ServeSettings withMaxQueryBytes(long bytes) {
    return new ServeSettings(port, loopback, timeoutSeconds, maxResults, bytes, ingestRoots, allowedHosts);
  }

  public ServeSettings withIngestRoots(List<Path> roots) {
    return new ServeSettings(port, loopback, timeoutSeconds, maxResults, maxQueryBytes, roots, allowedHosts);
  }

  public ServeSettings withAllowedHosts(List<String> hosts) {
    return new ServeSettings(port, loopback, timeoutSeconds, maxResults, maxQueryBytes, ingestRoots, hosts);
  }

  /** The Host allow-list: loopback names and {@link #allowedHosts}; any host on every interface unless some are given. */
  HostAllowList hosts() {
    return loopback || !allowedHosts.isEmpty() ? HostAllowList.loopback(allowedHosts) : HostAllowList.any();
  }
}
