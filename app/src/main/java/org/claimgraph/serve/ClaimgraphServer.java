package org.claimgraph.serve;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.claimgraph.query.QueryGuards;
import org.claimgraph.service.Claimgraph;

/**
 * The server: Fuseki over the store, read-only, with the JSON API and the page.
 *
 * <pre>{@code
 * try (ClaimgraphServer s = ClaimgraphServer.start(Path.of("data"), 3030, true, 30)) {
 *   s.join();
 * }
 * }</pre>
 */
public final class ClaimgraphServer implements AutoCloseable {

  private final Claimgraph service;
  private final FusekiServer server;

  private ClaimgraphServer(Claimgraph service, FusekiServer server) {
    this.service = service;
    this.server = server;
  }

  /**
   * Opens the store and starts serving it.
   *
   * @param port           TCP port (0 picks a free one)
   * @param loopback       bind to 127.0.0.1 only
   * @param timeoutSeconds longest a SPARQL query may run
   */
  public static ClaimgraphServer start(Path storeDir, int port, boolean loopback, int timeoutSeconds) {
    return start(storeDir, port, loopback, timeoutSeconds, DEFAULT_MAX_RESULTS);
  }

  /** The most rows a query may return unless the server is started with another limit. */
  public static final long DEFAULT_MAX_RESULTS = ServeSettings.DEFAULT_MAX_RESULTS;

  /** As {@link #start(Path, int, boolean, int)}, capping query results at {@code maxResults} rows. */
  public static ClaimgraphServer start(Path storeDir, int port, boolean loopback, int timeoutSeconds, long maxResults) {
    return start(storeDir, ServeSettings.defaults().withPort(port).withLoopback(loopback).withTimeout(timeoutSeconds)
        .withMaxResults(maxResults));
  }

  /** Opens the store and starts serving it as {@code settings} say. */
  public static ClaimgraphServer start(Path storeDir, ServeSettings settings) {
    // No compaction after the server's own ingests, nor reopening of the storage between their batches: both need every
    // transaction to end, and a server's readers never all stop (compact with `claimgraph ingest` while no server runs).
    Claimgraph service = Claimgraph.open(storeDir).compactAfterIngest(false).reopenDuringIngest(false)
        .searchTimeout(settings.timeoutSeconds() * 1000L);
    // text:query as in `claimgraph query`: jena-text over the service's index, sharing its one writer.
    DatasetGraph dsg = service.sparqlDatasetGraph();
    // The default graph is the union of the article graphs, as in `claimgraph query`.
    for (DatasetGraph g : new DatasetGraph[] {service.store().dataset().asDatasetGraph(), dsg}) {
      g.getContext().set(TDB2.symUnionDefaultGraph, true);
      g.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeoutSeconds() * 1000L));
      // Every REGEX stops with the query's timeout, however the query arrives.
      QueryGuards.install(g.getContext(), settings.timeoutSeconds() * 1000L);
    }
    HostAllowList hosts = settings.hosts();
    ResultLimitFilter limits = new ResultLimitFilter(settings.maxResults(), settings.maxQueryBytes(),
        ResultLimitFilter.DEFAULT_MAX_ANSWER_BYTES);
    IngestGuard guard = new IngestGuard(ServerToken.create(storeDir), hosts, settings.ingestRoots());
    FusekiServer server = FusekiServer.create()
        .port(settings.port())
        .loopback(settings.loopback())
        .add("/sparql", dsg, false) // false: no update service, updates are refused
        .addFilter("/*", new HardeningFilter(hosts))
        .addFilter("/sparql", limits)
        .addFilter("/sparql/*", limits)
        .addFilter("/api/*", new ApiErrorFilter())
        .addServlet("/api/cite", new CiteServlet(service))
        .addServlet("/api/search", new SearchServlet(service))
        .addServlet("/api/stories", new StoriesServlet(service))
        .addServlet("/api/store", new StoreServlet(storeDir))
        .addServlet("/api/ingest", new IngestServlet(service, guard))
        .addServlet("/api/figures", new FiguresServlet(service))
        .addServlet("/api/article", new ArticleServlet(service))
        .addServlet("/api/articles", new ArticleServlet(service))
        .addServlet("/api/series", new SeriesServlet(service))
        .addServlet("/api/extract", new ExtractServlet())
        .addServlet("/api/queries", new QueriesServlet())
        .staticFileBase(PageFiles.unpack().toString())
        .build();
    try {
      server.start();
    } catch (RuntimeException e) {
      ServerToken.delete(storeDir);
      service.close();
      throw e;
    }
    return new ClaimgraphServer(service, server);
  }

  /** The port the server listens on. */
  public int port() {
    return server.getHttpPort();
  }

  /** Blocks until the server stops. */
  public void join() {
    server.join();
  }

  @Override
  public void close() {
    server.stop();
    ServerToken.delete(service.dir());
    service.close();
  }
}
