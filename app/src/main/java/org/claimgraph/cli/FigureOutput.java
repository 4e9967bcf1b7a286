package org.claimgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.eval.FigureRecord;
import org.claimgraph.service.FigureCsv;

/** Writes figure records as JSON lines, CSV or a text table. */
final class FigureOutput {

  enum Format { jsonl, csv, table }

  private FigureOutput() {}

  static void write(List<FigureRecord> figures, Format format, PrintWriter out) {
    switch (format) {
      case jsonl -> figures.forEach(f -> out.println(f.toJsonLine()));
      case csv -> out.print(FigureCsv.of(figures));
      case table -> table(figures, out);
    }
    out.flush();
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
    return FigureCsv.num(v);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
