package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.serve.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph serve [--store DIR] [--port 3030] [--bind 127.0.0.1] [--timeout S] [--ingest-root DIR]...} */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the store: SPARQL 1.1 Protocol at /sparql (read-only), /api/cite, /api/search, and a web page at /.",
        "New articles come in through POST /api/ingest from this machine while the server owns the store."})
final class ServeCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "127.0.0.1 (this machine only, the default) or 0.0.0.0 (every interface).")
  String bind;

  @Option(names = "--timeout", defaultValue = "30", description = "Longest a SPARQL query may run, in seconds (default: ${DEFAULT-VALUE}).")
  int timeout;

  @Option(names = "--max-results", defaultValue = "10000",
      description = "Most rows a query may return (default: ${DEFAULT-VALUE}).")
  long maxResults;

  @Option(names = "--max-query-size", defaultValue = "65536", paramLabel = "BYTES",
      description = "Longest query string or request body accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxQueryBytes;

  @Option(names = "--ingest-root", paramLabel = "DIR",
      description = "A folder whose files POST /api/ingest may read; repeatable (default: the working directory).")
  List<Path> ingestRoots = new ArrayList<>();

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "A host name requests may address besides localhost, 127.0.0.1 and [::1]; repeatable.")
  List<String> allowedHosts = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    boolean loopback = switch (bind) {
      case "127.0.0.1", "localhost" -> true;
      case "0.0.0.0" -> false;
      default -> throw new IllegalArgumentException("--bind must be 127.0.0.1 or 0.0.0.0, not " + bind);
    };
    PrintWriter out = spec.commandLine().getOut();
    ServeSettings settings = new ServeSettings(port, loopback, timeout, maxResults, maxQueryBytes,
        ingestRoots.isEmpty() ? List.of(Path.of("")) : ingestRoots, allowedHosts);
    try (ClaimgraphServer server = ClaimgraphServer.start(store.store, settings)) {
      out.printf("serving %s at http://%s:%d/ (SPARQL: /sparql, API: /api/cite, /api/search); Ctrl-C stops%n", store.store,
          loopback ? "127.0.0.1" : "0.0.0.0", server.port());
      out.flush();
      server.join();
    }
    return 0;
  }
}
