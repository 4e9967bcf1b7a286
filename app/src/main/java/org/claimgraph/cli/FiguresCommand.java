package org.claimgraph.cli;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.graph.StoreException;
import org.claimgraph.service.Claimgraph;
import org.claimgraph.service.FigureFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code claimgraph figures [--store DIR] [--format jsonl|csv|table] [--doc PREFIX] [--measure WORDS]
 * [--material ID] [--place ISO] [--period START] [--source WORDS]}; the filters combine (see {@link FigureFilter}).
 */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = {"List the stored figures: value, unit, kind, basis, period, measure, countries, attribution and where it is stated.",
        "Filters combine: --doc 004 --place CN --period 2025-07."})
final class FiguresCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--format", defaultValue = "table", description = "jsonl, csv or table. Default: ${DEFAULT-VALUE}.")
  FigureOutput.Format format;

  @Option(names = "--doc", paramLabel = "PREFIX",
      description = "Only documents whose name starts with this (the source file name without extension: 004 or 004_073a1bba27b7e5aa).")
  String doc;

  @Option(names = "--measure", paramLabel = "WORDS", description = "Only measures containing these words, any case (\"magnet exports\").")
  String measure;

  @Option(names = "--material", paramLabel = "ID", description = "Only measures of this material (rare-earths, lithium, cobalt …: the ids of materials.tsv).")
  String material;

  @Option(names = "--flow", paramLabel = "FLOW", description = "Only measures of this flow (export, import, production, sales, price …).")
  String flow;

  @Option(names = "--place", paramLabel = "ISO", description = "Only figures with this country among their places (CN).")
  String place;

  @Option(names = "--period", paramLabel = "START", description = "Only periods starting so (2025 matches 2025, 2025-07, 2025-Q3).")
  String period;

  @Option(names = "--source", paramLabel = "WORDS", description = "Only figures credited to a source containing these words, any case (customs).")
  String source;

  @Mixin ServerOption server;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    FigureFilter filter = new FigureFilter(material, measure, flow, place, period, source, doc);
    List<FigureRecord> figures;
    Claimgraph opened;
    try {
      opened = Claimgraph.openForReading(store.store);
    } catch (StoreException e) {
      if (!RunningServer.heldByAnother(e)) throw e;
      figures = fromServer(RunningServer.of(server.url, store.store, e), filter);
      FigureOutput.write(figures, format, spec.commandLine().getOut());
      return 0;
    }
    try (Claimgraph service = opened) {
      figures = service.figures(filter);
    }
    FigureOutput.write(figures, format, spec.commandLine().getOut());
    return 0;
  }

  /** The same figures from the server that holds the store ({@code /api/figures?format=json}). */
  private static List<FigureRecord> fromServer(RunningServer s, FigureFilter f) {
    StringBuilder q = new StringBuilder("/api/figures?format=json");
    String[][] params = {{"material", f.material()}, {"measure", f.measure()}, {"flow", f.flow()}, {"place", f.place()},
        {"period", f.period()}, {"source", f.source()}, {"doc", f.docPrefix()}};
    for (String[] p : params) {
      if (p[1] != null) q.append('&').append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
    }
    JsonObject o;
    try (var reader = jakarta.json.Json.createReader(new StringReader(s.get(q.toString())))) {
      o = reader.readObject();
    }
    return o.getJsonArray("figures").stream().map(v -> FigureRecord.fromJson(v.toString())).toList();
  }
}
