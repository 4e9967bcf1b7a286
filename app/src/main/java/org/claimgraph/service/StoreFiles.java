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

  private static final java.util.regex.Pattern MAPPING = java.util.regex.Pattern.compile("^[0-9a-f]+-[0-9a-f]+ \\S+ \\S+ \\S+ \\S+\\s+(/.*)$");

  /**
   * The bytes of the TDB2 generations' files under {@code dir} that this process holds resident through its mappings
   * (Linux's {@code /proc/self/smaps}); where that cannot be read, {@link #generations}, which grows with what is written
   * past the files' preallocated segments only.
   */
  static long residentGenerations(Path dir) {
    String prefix = dir.toAbsolutePath().normalize() + "/Data-";
    try (java.io.BufferedReader in = Files.newBufferedReader(Path.of("/proc/self/smaps"))) {
      long kb = 0;
      boolean counted = false;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("Rss:")) {
          if (counted) kb += Long.parseLong(line.substring(4, line.length() - 2).strip());
        } else if (!line.isEmpty() && Character.digit(line.charAt(0), 16) >= 0 && !Character.isUpperCase(line.charAt(0))) {
          // A mapping's first line (its address range in lower-case hex); the lines about it start with a capital.
          java.util.regex.Matcher m = MAPPING.matcher(line);
          counted = m.matches() && m.group(1).startsWith(prefix);
        }
      }
      return kb << 10;
    } catch (IOException | RuntimeException e) {
      return generations(dir);
    }
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
