package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.eval.FigureRecord;

/** Writes figure records as JSON lines, CSV or a text table. */
final class FigureOutput {

  enum Format { jsonl, csv, table }

  static final List<String> CSV_COLUMNS = List.of("doc", "article", "quote", "start", "end", "value", "value_max", "unit",
      "kind", "basis", "direction", "qualifier", "period", "measure", "place", "attributed_to", "speaker", "sentence",
      "sentence_start", "sentence_end");

  private FigureOutput() {}

  static void write(List<FigureRecord> figures, Format format, PrintWriter out) {
    switch (format) {
      case jsonl -> figures.forEach(f -> out.println(f.toJsonLine()));
      case csv -> {
        out.print(String.join(",", CSV_COLUMNS) + "\r\n");
        for (FigureRecord f : figures) out.print(String.join(",", csvRow(f)) + "\r\n");
      }
      case table -> table(figures, out);
    }
    out.flush();
  }

  private static List<String> csvRow(FigureRecord f) {
    List<String> cells = new ArrayList<>();
    for (String c : List.of(f.doc(), nz(f.article()), f.quote(), str(f.start()), str(f.end()), num(f.value()),
        f.valueMax() == null ? "" : num(f.valueMax()), f.unit(), f.kind(), nz(f.basis()), nz(f.direction()),
        nz(f.qualifier()), nz(f.period()), nz(f.measure()), String.join(" ", f.place()), nz(f.attributedTo()),
        nz(f.speaker()), nz(f.sentence()), str(f.sentenceStart()), str(f.sentenceEnd()))) {
      cells.add(csv(c));
    }
    return cells;
  }

  private static void table(List<FigureRecord> figures, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"doc", "quote", "value", "unit", "kind", "basis", "dir", "period", "measure", "place", "attributed to"});
    for (FigureRecord f : figures) {
      String value = num(f.value()) + (f.valueMax() == null ? "" : "–" + num(f.valueMax()));
      String by = f.attributedTo() != null ? f.attributedTo() : f.speaker() != null ? f.speaker() : "";
      rows.add(new String[] {shorten(f.doc(), 20), shorten(f.quote(), 24), value, f.unit(), f.kind(), nz(f.basis()),
          nz(f.direction()), nz(f.period()), shorten(nz(f.measure()), 30), String.join(" ", f.place()), shorten(by, 40)});
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] r : rows) for (int i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], r[i].length());
    for (int ri = 0; ri < rows.size(); ri++) {
      StringBuilder b = new StringBuilder();
      String[] r = rows.get(ri);
      for (int i = 0; i < r.length; i++) {
        if (i > 0) b.append("  ");
        b.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", r[i]));
      }
      out.println(b.toString().stripTrailing());
      if (ri == 0) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
          if (i > 0) line.append("  ");
          line.append("-".repeat(widths[i]));
        }
        out.println(line);
      }
    }
    out.println(figures.size() + (figures.size() == 1 ? " figure" : " figures"));
  }

  static String num(double v) {
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String str(Integer i) {
    return i == null ? "" : i.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
