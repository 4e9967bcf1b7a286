package org.claimgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.article.ArticleReader;

/**
 * Expands the paths a user gives into the files to ingest: a file stands for itself (whatever its
 * extension, so that a wrong one is reported), a folder for every {@code .html}, {@code .htm},
 * {@code .txt}, {@code .warc} and {@code .warc.gz} file below it, in sorted order. Missing paths are kept so they can be
 * reported as failures.
 */
public final class SourceFiles {
  private SourceFiles() {}

  public static List<Path> expand(List<Path> inputs) {
    List<Path> out = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.walk(in)) {
          s.filter(Files::isRegularFile).filter(f -> ArticleReader.isReadable(f) || WarcSource.isWarc(f)).sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(in + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
      } else {
        out.add(in);
      }
    }
    return out;
  }
}
