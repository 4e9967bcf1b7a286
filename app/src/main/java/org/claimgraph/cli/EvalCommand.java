package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.eval.Score;
import org.claimgraph.eval.Scorer;
import org.claimgraph.graph.GraphStore;
import org.claimgraph.graph.StoredFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph eval [--store DIR] [--details] GOLD.jsonl} */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the stored figures against a gold annotation: precision, recall, F1, completeness, attribution.",
        "The gold is JSON lines with the keys of 'figures --format jsonl'; agreement is also shown per attribute.",
        "Only documents that the gold annotates are scored."})
final class EvalCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--details", description = "Also list missed figures, extra figures and disagreements.")
  boolean details;

  @Parameters(paramLabel = "GOLD.jsonl", arity = "0..1", description = "The gold annotation.")
  Path gold;

  @Option(names = "--quantities", paramLabel = "SENTENCES.jsonl",
      description = "Instead: score the quantity finder on a sentence-level gold (devset/quantities/sentences.jsonl): value and value+unit P/R/F1. Needs no store.")
  Path quantities;

  @Option(names = "--split", description = "With --quantities: tune, heldout or all. Default: ${DEFAULT-VALUE}.", defaultValue = "all")
  String split;

  @Option(names = "--baseline", description = "With --quantities: also score CoreNLP's NUMBER/MONEY/PERCENT entities alone (loads a second pipeline).")
  boolean baseline;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (quantities != null) return QuantityEval.run(quantities, split, baseline, details, out);
    if (gold == null) {
      spec.commandLine().getErr().println("claimgraph eval: give GOLD.jsonl or --quantities SENTENCES.jsonl");
      return ClaimgraphCommand.USAGE;
    }
    List<FigureRecord> goldFigures = read(gold);
    List<FigureRecord> predicted;
    try (GraphStore s = GraphStore.openExisting(store.store)) {
      predicted = StoredFigures.all(s.dataset());
    }
    var docs = goldFigures.stream().map(FigureRecord::doc).collect(java.util.stream.Collectors.toSet());
    predicted = predicted.stream().filter(p -> docs.contains(p.doc())).toList();
    Score score = new Scorer().score(goldFigures, predicted);
    out.print(score.report());
    if (details) {
      out.println();
      out.println("missed (in the gold, not extracted):");
      score.misses().forEach(m -> out.println("  " + m.doc() + " \"" + m.quote() + "\" in: " + m.sentence()));
      out.println("extra (extracted, not in the gold):");
      score.extras().forEach(m -> out.println("  " + m.doc() + " \"" + m.quote() + "\" in: " + m.sentence()));
      out.println("disagreements:");
      score.disagreements().forEach(d -> out.println("  " + d));
    }
    out.flush();
    return 0;
  }

  static List<FigureRecord> read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    List<FigureRecord> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) continue;
      try {
        out.add(FigureRecord.fromJson(line));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s:%d: not a figure record (%s)", file, i + 1, e.getMessage()));
      }
    }
    return out;
  }
}
