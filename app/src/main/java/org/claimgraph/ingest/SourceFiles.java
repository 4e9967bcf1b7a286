package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimgraph.article.ArticleReader;

/**
 * Expands the paths a user gives into the files to ingest: a file stands for itself (whatever its
 * extension, so that a wrong one is reported), a folder for every {@code .html}, {@code .htm},
 * {@code .txt}, {@code .warc} and {@code .warc.gz} file below it, in sorted order. Missing paths are kept so they can be
 * reported as failures; a subfolder or file that cannot be read is listed as
 * {@link SourceFile#unreadable unreadable} and the rest still found.
 */
public final class SourceFiles {
  private SourceFiles() {}

  public static List<Path> expand(List<Path> inputs) {
    return list(inputs).stream().map(SourceFile::file).toList();
  }

  /** The files with the names their articles are stored under (see {@link SourceFile}). */
  public static List<SourceFile> list(List<Path> inputs) {
    List<SourceFile> out = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        out.addAll(walk(in));
      } else {
        out.add(SourceFile.of(in));
      }
    }
    return out;
  }

  private static List<SourceFile> walk(Path root) {
    List<SourceFile> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (Files.isRegularFile(file) && (ArticleReader.isReadable(file) || WarcSource.isWarc(file))) found.add(SourceFile.below(root, file));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          found.add(SourceFile.unreadable(file, "cannot read " + (Files.isDirectory(file) ? "the folder" : "the file")
              + " (" + e.getClass().getSimpleName() + "); skipped"));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(SourceFile.unreadable(root, "cannot list the folder (" + e.getClass().getSimpleName() + ")"));
    }
    found.sort(Comparator.comparing(SourceFile::file));
    return found;
  }
}
