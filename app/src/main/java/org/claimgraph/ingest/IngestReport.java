package org.claimgraph.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.claimgraph.graph.Outcome;

/** The summary of one ingest run, with notes on what else it did ("repaired the search index: …"). */
public record IngestReport(List<FileResult> files, Duration elapsed, List<String> notes) {

  public IngestReport {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
  }

  public IngestReport(List<FileResult> files, Duration elapsed) {
    this(files, elapsed, List.of());
  }

  /** This report with one more note. */
  public IngestReport withNote(String note) {
    List<String> more = new java.util.ArrayList<>(notes);
    more.add(note);
    return new IngestReport(files, elapsed, more);
  }

  public long count(Outcome outcome) {
    return files.stream().filter(f -> f.outcome() == outcome).count();
  }

  public long failed() {
    return files.stream().filter(FileResult::failed).count();
  }

  /** Stored files that were cut short and read as far as they go. */
  public long truncated() {
    return files.stream().filter(FileResult::truncated).count();
  }

  /** Stored articles whose figures were not extracted because they are not in English. */
  public long languageSkipped() {
    return files.stream().filter(FileResult::languageSkipped).count();
  }

  /**
   * "5 articles: 5 new, 0 unchanged, 0 replaced, 0 failed in 2.1 s", with ", 1 duplicate",
   * ", 1 truncated" and ", 2 skipped for language" before " in" when there are any.
   */
  public String summary() {
    long duplicates = count(Outcome.DUPLICATE);
    String notes = (duplicates == 0 ? "" : ", " + duplicates + (duplicates == 1 ? " duplicate" : " duplicates"))
        + (truncated() > 0 ? ", " + truncated() + " truncated" : "")
        + (languageSkipped() > 0 ? ", " + languageSkipped() + " skipped for language" : "");
    return String.format(Locale.ROOT, "%d %s: %d new, %d unchanged, %d replaced, %d failed%s in %.1f s",
        files.size(), files.size() == 1 ? "article" : "articles", count(Outcome.NEW), count(Outcome.UNCHANGED),
        count(Outcome.REPLACED), failed(), notes, elapsed.toMillis() / 1000.0);
  }
}
