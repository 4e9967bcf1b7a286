package org.claimgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.article.TextDecoder;
import org.claimgraph.ingest.SparkEntries;
import org.claimgraph.ingest.WarcSource;
import org.netpreserve.jwarc.WarcReader;

/**
 * Inputs given as Hadoop URIs ({@code hdfs://…}, {@code s3a://…}, {@code file:/…}, any scheme a
 * Hadoop {@link FileSystem} is configured for), expanded and read exactly as {@code ingest} expands
 * and reads local paths: a folder stands for every {@code .html}, {@code .htm}, {@code .txt},
 * {@code .warc} and {@code .warc.gz} file below it, sorted by path, named by its path below the
 * folder; a WARC file for its HTML pages, named after their addresses. Listing runs on the driver;
 * each executor opens its entry through the file system (a WARC page by seeking to its record).
 *
 * <pre>{@code
 * List<SparkEntries.Task> tasks = HadoopSources.tasks(List.of("hdfs://nn/crawl/2026-11", "corpus"), conf);
 * }</pre>
 */
public final class HadoopSources {
  private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");

  private HadoopSources() {}

  /** Whether an input names a Hadoop URI rather than a local path (a scheme of two letters or more). */
  static boolean isUri(String input) {
    return URI_SCHEME.matcher(input).matches();
  }

  /**
   * The entries of the inputs in ingest's order: local paths as {@link SparkEntries#tasks}, URIs
   * through their file systems; positions numbered across all inputs.
   */
  static List<SparkEntries.Task> tasks(List<String> inputs, Configuration conf) {
    List<SparkEntries.Task> out = new ArrayList<>();
    for (String in : inputs) {
      List<SparkEntries.Task> found = isUri(in) ? list(in, conf) : SparkEntries.tasks(List.of(Path.of(in)));
      for (SparkEntries.Task t : found) {
        out.add(new SparkEntries.Task(out.size(), t.file(), t.name(), t.warc(), t.offset(), t.uri(), t.error()));
      }
    }
    return out;
  }

  /** One URI's entries (positions from 0). */
  private static List<SparkEntries.Task> list(String input, Configuration conf) {
    List<SparkEntries.Task> out = new ArrayList<>();
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
    FileSystem fs;
    FileStatus status;
    try {
      fs = root.getFileSystem(conf);
      status = fs.getFileStatus(root);
    } catch (IOException | RuntimeException e) {
      out.add(failed(input, "cannot open (" + reason(e) + ")"));
      return out;
    }
    if (!status.isDirectory()) {
      addFile(fs, status.getPath(), status.getPath().getName(), out);
      return out;
    }
    TreeMap<String, org.apache.hadoop.fs.Path> files = new TreeMap<>(); // by path, as ingest sorts a folder's files
    String base = status.getPath().toUri().getPath();
    try {
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        String name = f.getPath().getName();
        if (f.isFile() && (ArticleReader.isReadable(Path.of(name)) || WarcSource.isWarcName(name))) {
          files.put(relative(base, f.getPath()), f.getPath());
        }
      }
    } catch (IOException | RuntimeException e) {
      out.add(failed(input, "cannot list the folder (" + reason(e) + ")"));
      return out;
    }
    for (Map.Entry<String, org.apache.hadoop.fs.Path> f : files.entrySet()) addFile(fs, f.getValue(), f.getKey(), out);
    return out;
  }

  /** A file's entries: itself, or a WARC file's pages (named below the WARC file's folder, as ingest names them). */
  private static void addFile(FileSystem fs, org.apache.hadoop.fs.Path file, String name, List<SparkEntries.Task> out) {
    String uri = file.toUri().toString();
    if (!WarcSource.isWarcName(file.getName())) {
      out.add(new SparkEntries.Task(0, uri, name, null, 0, null, null));
      return;
    }
    int slash = name.lastIndexOf('/');
    String folder = slash < 0 ? "" : name.substring(0, slash + 1);
    try (InputStream in = fs.open(file); WarcReader reader = new WarcReader(in)) {
      List<WarcSource.Found> pages = WarcSource.htmlRecords(reader);
      if (pages.isEmpty()) {
        out.add(failed(uri, "no HTML pages (no response record with status 200 and an HTML payload)"));
      }
      String parent = file.getParent() == null ? "" : file.getParent().toUri().toString() + "/";
      for (WarcSource.Found p : pages) {
        String pageName = WarcSource.pageName(file.getName(), p.uri());
        out.add(new SparkEntries.Task(0, parent + pageName, folder + pageName, uri, p.offset(), p.uri(), null));
      }
    } catch (IOException | RuntimeException e) {
      out.add(failed(uri, "not a readable WARC file (" + reason(e) + ")"));
    }
  }

  /** Reads one entry on an executor: a Hadoop entry through its file system, a local one as ingest reads it. */
  static WarcSource.Loaded load(SparkEntries.Task task, Settings settings) throws ArticleException {
    if (task.error() != null || !isUri(task.warc() != null ? task.warc() : task.file())) return SparkEntries.load(task);
    Configuration conf = settings.configuration();
    if (task.warc() == null) {
      org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(task.file());
      try (InputStream in = file.getFileSystem(conf).open(file)) {
        byte[] bytes = in.readNBytes(TextDecoder.MAX_BYTES + 1);
        return new WarcSource.Loaded(bytes, ArticleReader.Hints.NONE);
      } catch (IOException | RuntimeException e) {
        throw new ArticleException(task.file(), "cannot read (" + reason(e) + ")", e);
      }
    }
    org.apache.hadoop.fs.Path warc = new org.apache.hadoop.fs.Path(task.warc());
    try (FSDataInputStream in = warc.getFileSystem(conf).open(warc)) {
      in.seek(task.offset());
      WarcReader reader = new WarcReader(in);
      return WarcSource.read(reader, task.uri(), "offset " + task.offset());
    } catch (IOException | RuntimeException e) {
      throw new ArticleException(task.label(), "cannot read the WARC record (" + reason(e) + ")", e);
    }
  }

  /** A file's path below the listed folder, with {@code /} separators, as ingest names a folder's files. */
  private static String relative(String base, org.apache.hadoop.fs.Path file) {
    String p = file.toUri().getPath();
    String prefix = base.endsWith("/") ? base : base + "/";
    return p.startsWith(prefix) ? p.substring(prefix.length()) : file.getName();
  }

  private static SparkEntries.Task failed(String input, String reason) {
    String name = input.substring(input.lastIndexOf('/') + 1);
    return new SparkEntries.Task(0, input, name.isEmpty() ? input : name, null, 0, null, input + ": " + reason);
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * A Hadoop configuration as plain entries, for shipping to the executors ({@link Configuration}
   * is not serializable): the driver's settings, {@code spark.hadoop.*} included, reach every task.
   */
  public record Settings(Map<String, String> entries) implements Serializable {
    static Settings of(Configuration conf) {
      Map<String, String> m = new TreeMap<>();
      conf.forEach(e -> m.put(e.getKey(), e.getValue()));
      return new Settings(m);
    }

    Configuration configuration() {
      Configuration c = new Configuration(false);
      entries.forEach(c::set);
      return c;
    }
  }
}
