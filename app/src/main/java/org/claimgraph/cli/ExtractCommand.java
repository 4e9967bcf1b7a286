package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.analysis.Analyzer;
import org.claimgraph.analysis.ArticleAnalysis;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleException;
import org.claimgraph.article.ArticleReader;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.figure.Figure;
import org.claimgraph.graph.Iris;
import org.claimgraph.ingest.SourceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph extract [--format jsonl|csv|table] FILE...}: figures of pages, storing nothing. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract the figures of pages (.html, .htm, .txt) without storing them.",
        "The output has the same form as 'claimgraph figures'."})
final class ExtractCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "table", description = "jsonl, csv or table. Default: ${DEFAULT-VALUE}.")
  FigureOutput.Format format;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Pages or folders of them.")
  List<Path> files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ArticleReader reader = new ArticleReader();
    Analyzer analyzer = null;
    List<FigureRecord> records = new ArrayList<>();
    int failed = 0;
    for (Path file : SourceFiles.expand(files)) {
      Article article;
      try {
        article = reader.read(file);
      } catch (ArticleException e) {
        err.println(e.getMessage());
        failed++;
        continue;
      }
      if (analyzer == null) analyzer = new Analyzer();
      ArticleAnalysis a = analyzer.analyze(article);
      for (Figure f : a.figures()) records.add(FigureRecord.of(article, Iris.article(article.id()), f));
    }
    err.flush();
    FigureOutput.write(records, format, spec.commandLine().getOut());
    return failed > 0 ? ClaimgraphCommand.FAILED : 0;
  }
}
