package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.ingest.SourceEntry;
import org.claimgraph.ingest.SourceFiles;
import org.claimgraph.ingest.WarcSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph article [--format text|json] FILE...}: what the reader extracts, storing nothing. */
@Command(name = "article", mixinStandardHelpOptions = true,
    description = {"Show what the reader extracts from pages (metadata and clean text), storing nothing.",
        "Use it to check a new site's pages before ingesting them."})
final class ArticleCommand implements Callable<Integer> {

  enum Format { text, json }

  @Option(names = "--format", defaultValue = "text", description = "text or json (one JSON object per line). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Pages (.html, .htm, .txt), web archives (.warc, .warc.gz) or folders of them.")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleReader reader = new ArticleReader();
    int failed = 0;
    boolean first = true;
    for (SourceEntry entry : SourceEntry.expand(SourceFiles.list(files))) {
      String file = entry.label();
      Article a;
      try {
        WarcSource.Loaded loaded = entry.load();
        a = reader.read(file, entry.name(), loaded.bytes(), loaded.hints());
      } catch (ArticleException e) {
        err.println(e.getMessage());
        err.flush();
        failed++;
        continue;
      }
      if (format == Format.json) {
        out.println(Json.line(toJson(file, a)));
      } else {
        if (!first) out.println();
        printText(out, file, a);
      }
      first = false;
      out.flush();
    }
    return failed > 0 ? ClaimgraphCommand.FAILED : 0;
  }

  static jakarta.json.JsonObject toJson(String file, Article a) {
    var b = Json.object();
    b.add("file", file);
    b.add("id", a.id());
    Json.put(b, "title", a.title());
    Json.put(b, "publisher", a.publisher());
    b.add("authors", Json.strings(a.authors()));
    Json.put(b, "date", a.date() == null ? null : a.date().toString());
    Json.put(b, "url", a.url());
    Json.put(b, "language", a.language());
    var p = a.provenance();
    Json.put(b, "encoding", p.encoding());
    Json.put(b, "encoding_source", p.encodingSource());
    b.add("truncated", p.truncated());
    b.add("date_precision", p.datePrecision().name().toLowerCase(java.util.Locale.ROOT));
    b.add("warnings", Json.strings(p.warnings()));
    b.add("text", a.text());
    return b.build();
  }

  private static void printText(PrintWriter out, String file, Article a) {
    out.println("== " + file);
    out.println("id:         " + a.id());
    out.println("title:      " + orDash(a.title()));
    out.println("publisher:  " + orDash(a.publisher()));
    out.println("authors:    " + (a.authors().isEmpty() ? "-" : String.join("; ", a.authors())));
    out.println("date:       " + (a.date() == null ? "-" : a.date()));
    out.println("url:        " + orDash(a.url()));
    out.println("language:   " + orDash(a.language()));
    var p = a.provenance();
    out.println("encoding:   " + orDash(p.encoding()) + (p.encodingSource() == null ? "" : " (" + p.encodingSource() + ")"));
    if (p.datePrecision() != org.claimgraph.article.DateText.Precision.DAY) {
      out.println("date given: " + p.datePrecision().name().toLowerCase(java.util.Locale.ROOT) + " only");
    }
    for (String w : p.warnings()) out.println("warning:    " + w);
    out.println("paragraphs: " + a.paragraphs().size() + " (" + a.text().length() + " characters)");
    out.println();
    out.println(a.text());
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
