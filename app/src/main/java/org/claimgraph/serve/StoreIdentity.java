package org.claimgraph.serve;

import java.io.IOException;
import java.nio.file.Path;

/** A store's identity across processes: its real path ({@code ./data} and {@code /home/me/x/data} are one store). */
public final class StoreIdentity {
  private StoreIdentity() {}

  /** The real path of {@code store}, or its normalized absolute path if it cannot be resolved. */
  public static String of(Path store) {
    try {
      return store.toRealPath().toString();
    } catch (IOException e) {
      return store.toAbsolutePath().normalize().toString();
    }
  }
}
