package org.claimgraph.service;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.eval.FigureRecord;

/**
 * Figures as CSV (RFC 4180, CRLF line ends, a header row of the JSON keys), the same from
 * {@code figures --format csv} and {@code /api/figures?format=csv}.
 *
 * <pre>{@code
 * String csv = FigureCsv.of(figures); // "doc,article,quote,…\r\n004_…,https://…,619 mt,…\r\n"
 * }</pre>
 */
public final class FigureCsv {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("doc", "article", "quote", "start", "end", "value", "value_max", "unit",
      "kind", "basis", "direction", "qualifier", "period", "measure", "place", "attributed_to", "speaker", "sentence",
      "sentence_start", "sentence_end");

  private FigureCsv() {}

  /** The header and one row per figure. */
  public static String of(List<FigureRecord> figures) {
    StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (FigureRecord f : figures) b.append(String.join(",", row(f))).append("\r\n");
    return b.toString();
  }

  private static List<String> row(FigureRecord f) {
    List<String> cells = new ArrayList<>();
    for (String c : List.of(f.doc(), nz(f.article()), f.quote(), str(f.start()), str(f.end()), num(f.value()),
        f.valueMax() == null ? "" : num(f.valueMax()), f.unit(), f.kind(), nz(f.basis()), nz(f.direction()),
        nz(f.qualifier()), nz(f.period()), nz(f.measure()), String.join(" ", f.place()), nz(f.attributedTo()),
        nz(f.speaker()), nz(f.sentence()), str(f.sentenceStart()), str(f.sentenceEnd()))) {
      cells.add(quoted(c));
    }
    return cells;
  }

  /** A number as written without exponent or trailing zeros: 619, 0.5, 1200000. */
  public static String num(double v) {
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  private static String str(Integer i) {
    return i == null ? "" : i.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String quoted(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
