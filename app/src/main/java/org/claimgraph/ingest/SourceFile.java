package org.claimgraph.ingest;

import java.nio.file.Path;

/**
 * A file to ingest and the name its article is stored under: its path below the folder given
 * to ingest, with {@code /} separators. A file directly in that folder keeps its file name
 * ({@code corpus/004_x.html} → {@code 004_x.html}, doc {@code 004_x}); deeper files keep their
 * folders ({@code news/site1/index.html} → {@code site1/index.html}, doc {@code site1/index}), so
 * two pages called {@code index.html} never replace each other.
 *
 * @param file    the file to read
 * @param name    the source name (with extension)
 * @param problem why the entry cannot be read ("cannot read the folder (AccessDeniedException); skipped"), or null
 */
public record SourceFile(Path file, String name, String problem) {

  /** A file given on its own: named by its file name. */
  public static SourceFile of(Path file) {
    Path name = file.getFileName();
    return new SourceFile(file, name == null ? file.toString() : name.toString(), null);
  }

  /** A file found below {@code root}: named by its path from there. */
  public static SourceFile below(Path root, Path file) {
    Path rel = root.relativize(file);
    StringBuilder name = new StringBuilder();
    for (Path part : rel) {
      if (name.length() > 0) name.append('/');
      name.append(part);
    }
    return new SourceFile(file, name.toString(), null);
  }

  /** An entry that could not be read, to report and skip. */
  public static SourceFile unreadable(Path path, String problem) {
    return new SourceFile(path, path.toString(), problem);
  }
}
