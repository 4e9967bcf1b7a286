package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.claimgraph.ingest.FileResult;
import org.claimgraph.ingest.IngestListener;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.service.Claimgraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph ingest [--store DIR] PATH...} */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read articles (.html, .htm, .txt files, .warc and .warc.gz web archives, and folders of them) and store each as a named graph.",
        "Unchanged files are skipped; a changed file replaces its old graph. Exit status 1 if any file failed."})
final class IngestCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--server", paramLabel = "URL", defaultValue = "http://127.0.0.1:3030",
      description = "When the store is in use by 'claimgraph serve', send the files to this server instead (default: ${DEFAULT-VALUE}).")
  String server;

  @Option(names = "--no-compact", description = "Do not compact the store after the run (compaction reclaims the space"
      + " write transactions leave behind; by default it runs after a run that stored something once the store has grown"
      + " past 1.4 times its size after its last compaction).")
  boolean noCompact;

  @Option(names = "--compact", description = "Compact the store after this run if it stored anything, however little"
      + " the store grew since its last compaction.")
  boolean compact;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to ingest.")
  List<Path> paths;

  @Spec CommandSpec spec;

  /** A URL as picocli hands it over: a Path, so "https://x" arrives as "https:/x". */
  private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("^(?i)(https?|ftp):/");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (noCompact && compact) {
      err.println("claimgraph ingest: --compact and --no-compact cannot be given together");
      err.flush();
      return ClaimgraphCommand.USAGE;
    }
    for (Path p : paths) {
      if (URL.matcher(p.toString()).find()) {
        err.println("claimgraph ingest: " + p.toString().replaceFirst(":/+", "://") + ": a URL, not a file; claimgraph does not"
            + " fetch pages: save the page (or a .warc archive of pages) and ingest that file");
        err.flush();
        return ClaimgraphCommand.FAILED;
      }
    }
    IngestReport report;
    Claimgraph opened;
    try {
      opened = Claimgraph.open(store.store);
    } catch (org.claimgraph.graph.StoreException e) {
      if (e.kind() != org.claimgraph.graph.StoreException.Kind.LOCKED) throw e;
      return ServerIngest.send(server, store.store, paths, out, err, e);
    }
    try (Claimgraph service = opened.compactAfterIngest(!noCompact).compactAlways(compact)) {
      boolean terminal = System.console() != null;
      if (terminal) {
        try (ProgressListener listener = new ProgressListener(err)) {
          report = service.ingest(paths, Math.max(1, threads), listener);
        }
      } else {
        report = service.ingest(paths, Math.max(1, threads), new LineListener(out, err));
      }
    }
    if (System.console() != null) {
      for (FileResult r : report.files()) {
        if (r.failed()) err.println(r.error());
        for (String w : r.warnings()) err.println("warning: " + w);
        if (!r.failed() && r.warning() != null) err.println(r.warning());
      }
    }
    for (String note : report.notes()) out.println(note);
    out.println(report.summary() + " (store: " + store.store + ")");
    out.flush();
    return report.failed() > 0 ? ClaimgraphCommand.FAILED : 0;
  }

  /** One plain line per file, for logs and pipes. */
  private static final class LineListener implements IngestListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private int total;
    private int done;

    LineListener(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public void started(int files) {
      total = files;
    }

    @Override
    public void done(FileResult r) {
      done++;
      if (r.warning() != null) {
        err.println(r.warning());
        err.flush();
      }
      if (r.failed()) {
        err.println(r.error());
        err.flush();
      } else {
        for (String w : r.warnings()) err.println("warning: " + w);
        err.flush();
        String figures = r.outcome() == org.claimgraph.graph.Outcome.DUPLICATE ? " of " + r.duplicateOf()
            : r.outcome() == org.claimgraph.graph.Outcome.UNCHANGED ? ""
            : ", " + r.figures() + (r.figures() == 1 ? " figure" : " figures") + (r.languageSkipped() ? " (not in English)" : "");
        out.printf("[%d/%d] %s: %s%s (article %s)%n", done, total, r.file(), r.outcome().name().toLowerCase(java.util.Locale.ROOT),
            figures, r.articleId());
        out.flush();
      }
    }
  }

  /** A progress bar on the terminal: articles, rate, ETA. */
  private static final class ProgressListener implements IngestListener, AutoCloseable {
    private final PrintWriter err;
    private ProgressBar bar;

    ProgressListener(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void started(int files) {
      bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
          .setUpdateIntervalMillis(200).build();
    }

    @Override
    public void done(FileResult r) {
      bar.step();
    }

    @Override
    public void close() {
      if (bar != null) bar.close();
      err.flush();
    }
  }
}
