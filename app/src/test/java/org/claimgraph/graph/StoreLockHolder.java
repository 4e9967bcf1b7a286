package org.claimgraph.graph;

import java.nio.file.Path;

/** Test helper run in its own JVM: opens a store, says "open", and holds it until killed. */
public final class StoreLockHolder {
  private StoreLockHolder() {}

  public static void main(String[] args) throws InterruptedException {
    GraphStore store = GraphStore.open(Path.of(args[0]));
    store.graphNames();
    System.out.println("open");
    System.out.flush();
    Thread.sleep(60_000);
  }
}
