package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.serve.ClaimgraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph serve [--store DIR] [--port 3030] [--bind 127.0.0.1] [--timeout S]} */
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
      description = "Most rows a query sent as a query parameter may return (default: ${DEFAULT-VALUE}).")
  long maxResults;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    boolean loopback = switch (bind) {
      case "127.0.0.1", "localhost" -> true;
      case "0.0.0.0" -> false;
      default -> throw new IllegalArgumentException("--bind must be 127.0.0.1 or 0.0.0.0, not " + bind);
    };
    PrintWriter out = spec.commandLine().getOut();
    try (ClaimgraphServer server = ClaimgraphServer.start(store.store, port, loopback, timeout, maxResults)) {
      out.printf("serving %s at http://%s:%d/ (SPARQL: /sparql, API: /api/cite, /api/search); Ctrl-C stops%n", store.store,
          loopback ? "127.0.0.1" : "0.0.0.0", server.port());
      out.flush();
      server.join();
    }
    return 0;
  }
}
