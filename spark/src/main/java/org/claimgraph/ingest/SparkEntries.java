package org.claimgraph.ingest;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.article.ArticleException;

/**
 * The entries of an ingest as plain serializable values, so a Spark job can ship them to its
 * executors: {@code ingest}'s own expansion (folders into sorted files, WARC files into their HTML
 * pages, with the same source names), and loading an entry's bytes back on the executor.
 *
 * <p>This class lives in {@code ingest}'s package (in the spark module) to reach the package's
 * {@link SourceEntry} without widening the app module's API.
 *
 * <pre>{@code
 * List<SparkEntries.Task> tasks = SparkEntries.tasks(List.of(Path.of("corpus"), Path.of("crawl.warc.gz")));
 * WarcSource.Loaded page = SparkEntries.load(tasks.get(0));     // on an executor
 * }</pre>
 */
public final class SparkEntries {
  private SparkEntries() {}

  /**
   * One entry to ingest.
   *
   * @param order  position in ingest's input order (later entries win, as in ingest)
   * @param file   the file as given or found (for a WARC page, its name beside the WARC file)
   * @param name   the article's source name
   * @param warc   the WARC file of a page, or null
   * @param offset the page's record offset in {@code warc}
   * @param uri    the page's target URI, or null
   * @param error  why the entry cannot be read, or null
   */
  public record Task(int order, String file, String name, String warc, long offset, String uri, String error)
      implements Serializable {

    /** How the entry is named in messages, as ingest names it. */
    public String label() {
      return warc != null ? warc + "#" + uri : file; // as SourceEntry names it, without making a URI a local path
    }

    SourceEntry entry() {
      WarcSource.Page page = warc == null ? null : new WarcSource.Page(Path.of(warc), offset, uri, name);
      return new SourceEntry(Path.of(file), name, page, error);
    }
  }

  /** The entries of {@code inputs} (files and folders), in ingest's order. */
  public static List<Task> tasks(List<Path> inputs) {
    List<SourceEntry> entries = SourceEntry.expand(SourceFiles.list(inputs));
    List<Task> out = new ArrayList<>(entries.size());
    for (SourceEntry e : entries) {
      WarcSource.Page p = e.page();
      out.add(new Task(out.size(), e.file().toString(), e.name(), p == null ? null : p.warc().toString(),
          p == null ? 0 : p.offset(), p == null ? null : p.uri(), e.error()));
    }
    return out;
  }

  /** The entry's bytes and what its container says about it. */
  public static WarcSource.Loaded load(Task task) throws ArticleException {
    return task.entry().load();
  }

  /** The fingerprint ingest stores for these bytes (SHA-256 of the bytes and the extractor version). */
  public static String fingerprint(byte[] bytes) {
    return IngestService.fingerprint(bytes);
  }
}
