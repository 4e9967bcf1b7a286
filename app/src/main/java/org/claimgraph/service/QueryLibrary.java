package org.claimgraph.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The analyst queries of {@code queries/} (shipped in the jar under {@code /queries}), with the
 * title and answer of their {@code # title:} and {@code # answers:} lines, sorted by file name.
 *
 * <pre>{@code
 * QueryLibrary.Query q = QueryLibrary.load().get(0);
 * q.name();   // "01-figures-per-article"
 * q.title();  // "Figures per article"
 * }</pre>
 */
public final class QueryLibrary {

  /** One query: file name without {@code .rq}, its title and answer lines, and the whole text. */
  public record Query(String name, String title, String answers, String text) {}

  private QueryLibrary() {}

  /** Every query of the library. */
  public static List<Query> load() {
    URL url = QueryLibrary.class.getResource("/queries");
    if (url == null) return List.of();
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) return read(Path.of(uri));
      try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
        return read(fs.getPath("/queries"));
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the query library", e);
    }
  }

  private static List<Query> read(Path dir) throws IOException {
    List<Query> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
        out.add(new Query(name, header(text, "title", name), header(text, "answers", ""), text));
      }
    }
    return out;
  }

  private static String header(String text, String key, String otherwise) {
    for (String line : text.split("\n")) {
      if (line.startsWith("# " + key + ":")) return line.substring(key.length() + 3).strip();
    }
    return otherwise;
  }
}
