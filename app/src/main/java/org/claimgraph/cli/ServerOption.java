package org.claimgraph.cli;

import picocli.CommandLine.Option;

/** {@code --server URL}: where a read command asks when {@code claimgraph serve} holds the store. */
public final class ServerOption {
  @Option(names = "--server", paramLabel = "URL", defaultValue = "http://127.0.0.1:3030",
      description = "When 'claimgraph serve' holds the store, ask this server instead (default: ${DEFAULT-VALUE}).")
  String url;
}
