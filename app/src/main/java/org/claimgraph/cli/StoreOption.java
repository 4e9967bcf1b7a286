package org.claimgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} and {@code --verbose} options shared by the store commands. */
public final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "data",
      description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;
}
