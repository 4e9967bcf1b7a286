package org.claimgraph.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Sizes of a store folder on disk: {@code StoreFiles.size(Path.of("data"))} is the bytes of its files. */
public final class StoreFiles {
  private StoreFiles() {}

  /** The bytes of every file under {@code dir} (TDB2 generations and the index). */
  public static long size(Path dir) {
    return size(dir, p -> true);
  }

  /** The bytes of the TDB2 generations' files under {@code dir} ({@code Data-NNNN}: not the search indexes). */
  static long generations(Path dir) {
    return size(dir, p -> dir.relativize(p).getName(0).toString().startsWith("Data-"));
  }

  private static long size(Path dir, java.util.function.Predicate<Path> counted) {
    if (!Files.exists(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(counted).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // a file removed while walking (a dropped generation)
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot measure the store", e);
    }
  }
}
