package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample pages of other publishers kept with the reader's tests, shared with the app's tests. */
final class TestPages {
  static final Path DIR = Path.of("..", "extractor", "src", "test", "resources", "pages");

  private TestPages() {}

  /** Copies page {@code name} into {@code dir} and returns the copy. */
  static Path copy(String name, Path dir) throws IOException {
    return Files.copy(DIR.resolve(name), dir.resolve(name));
  }
}
