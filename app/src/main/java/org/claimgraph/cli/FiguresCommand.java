package org.claimgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.service.Claimgraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph figures [--store DIR] [--format jsonl|csv|table] [--doc NAME]} */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = "List every stored figure: value, unit, kind, basis, period, measure, countries, attribution and where it is stated.")
final class FiguresCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "table", description = "jsonl, csv or table. Default: ${DEFAULT-VALUE}.")
  FigureOutput.Format format;

  @Option(names = "--doc", paramLabel = "NAME", description = "Only the figures of this document (source file name without extension).")
  String doc;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<FigureRecord> figures;
    try (Claimgraph service = Claimgraph.openExisting(store.store)) {
      figures = service.figures(doc);
    }
    FigureOutput.write(figures, format, spec.commandLine().getOut());
    return 0;
  }
}
