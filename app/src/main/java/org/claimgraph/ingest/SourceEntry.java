package org.claimgraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;

/**
 * One article to ingest: a file, or one HTML page in a WARC file.
 *
 * <pre>{@code
 * SourceEntry.expand(List.of(Path.of("corpus/004_x.html"), Path.of("crawl.warc.gz")))
 * // [004_x.html, crawl/www.reuters.com-…-1a2b3c4d.html, crawl/apnews.com-…-9f8e7d6c.html]
 * }</pre>
 *
 * @param file  the file as given or found; for a WARC page, the page's name beside the WARC file
 *              ({@code corpus/crawl/www.reuters.com-…html}), for progress lines
 * @param name  the article's source name, which identifies it in the store
 * @param page  the WARC record, or null for a plain file
 * @param error why the entry cannot be read ("crawl.warc: not a readable WARC file …"), or null
 */
public record SourceEntry(Path file, String name, WarcSource.Page page, String error) {

  /**
   * Expands files into entries: a WARC file into its HTML pages (named below the WARC file's own
   * folder), any other file into itself; an unreadable entry into an entry that fails with its reason.
   */
  public static List<SourceEntry> expand(List<SourceFile> files) {
    List<SourceEntry> out = new ArrayList<>();
    for (SourceFile sf : files) {
      Path f = sf.file();
      String name = sf.name();
      if (sf.problem() != null) {
        out.add(new SourceEntry(f, name, null, f + ": " + sf.problem()));
      } else if (WarcSource.isWarc(f) && Files.isRegularFile(f)) {
        int slash = name.lastIndexOf('/');
        String folder = slash < 0 ? "" : name.substring(0, slash + 1);
        try {
          List<WarcSource.Page> pages = WarcSource.list(f);
          if (pages.isEmpty()) out.add(new SourceEntry(f, name, null, f + ": no HTML pages (no response record with status 200 and an HTML payload)"));
          for (WarcSource.Page p : pages) out.add(new SourceEntry(f.resolveSibling(p.name()), folder + p.name(), p, null));
        } catch (ArticleException e) {
          out.add(new SourceEntry(f, name, null, e.getMessage()));
        }
      } else {
        out.add(new SourceEntry(f, name, null, null));
      }
    }
    return out;
  }

  /** How the entry is named in messages: the file, or {@code crawl.warc.gz#https://…}. */
  public String label() {
    return page != null ? page.label() : file.toString();
  }

  /** The entry's bytes and what its container says about it. */
  public WarcSource.Loaded load() throws ArticleException {
    if (error != null) throw new ArticleException(file.toString(), error.substring(error.indexOf(": ") + 2));
    if (page != null) return WarcSource.load(page);
    return new WarcSource.Loaded(ArticleReader.readBytes(file), ArticleReader.Hints.NONE);
  }
}
