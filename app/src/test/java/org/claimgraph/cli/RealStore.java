package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One store per test JVM holding real pages: the sample pages of other publishers kept with the
 * reader's tests and the five corpus articles, ingested once with the real pipeline by
 * {@code claimgraph ingest}. Integration tests share it read-only.
 */
final class RealStore {
  static final Path PAGES = TestPages.DIR;
  static final Path SEEDS = Path.of("..", "corpus");
  private static final Path DIR = Path.of("target", "it-stores", "real-pages");
  private static boolean ingested;

  private RealStore() {}

  /** How many articles the store holds: every page of both folders. */
  static int articles() {
    try (Stream<Path> a = Files.list(PAGES); Stream<Path> b = Files.list(SEEDS)) {
      return (int) (a.filter(p -> p.toString().endsWith(".html")).count() + b.filter(p -> p.toString().endsWith(".html")).count());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The store directory, ingested on first use. */
  static synchronized Path path() {
    if (!ingested) {
      delete(DIR);
      CliRun run = CliRun.of("ingest", "--store", DIR.toString(), PAGES.toString(), SEEDS.toString());
      assertEquals(0, run.status(), "ingest of the real pages failed: " + run.err());
      ingested = true;
    }
    return DIR;
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot delete the old test store", e);
    }
  }
}
