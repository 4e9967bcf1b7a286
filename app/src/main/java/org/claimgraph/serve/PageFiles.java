package org.claimgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The web page (index.html, app.js, style.css and the vendored libraries under vendor/) ships in the jar; Fuseki serves static files from
 * a folder, so they are copied to a fresh temporary folder at start. No front-end build step.
 */
final class PageFiles {
  static final List<String> FILES = List.of("index.html", "app.js", "style.css", "vendor/uplot.min.js",
      "vendor/uplot.min.css", "vendor/uplot.LICENSE", "vendor/yasgui.min.js", "vendor/yasgui.min.css", "vendor/yasgui.LICENSE");

  private PageFiles() {}

  static Path unpack() {
    try {
      Path dir = Files.createTempDirectory("claimgraph-web");
      dir.toFile().deleteOnExit();
      for (String f : FILES) {
        try (InputStream in = PageFiles.class.getResourceAsStream("/web/" + f)) {
          if (in == null) throw new IllegalStateException("missing web resource " + f);
          Path target = dir.resolve(f);
          if (!Files.isDirectory(target.getParent())) {
            Files.createDirectories(target.getParent());
            target.getParent().toFile().deleteOnExit();
          }
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          target.toFile().deleteOnExit();
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the web page", e);
    }
  }
}
