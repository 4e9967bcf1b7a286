package org.claimgraph.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.eval.FigureRecord;

/**
 * How precisely a figure is stated: half a unit of its last written digit, in the figure's unit.
 * "353 tons" ± 0.5 t; "75.5%" ± 0.05; "1.243 million units" ± 500; "Eighty percent" ± 0.5.
 */
final class Precision {
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");

  private Precision() {}

  static double of(FigureRecord f) {
    return of(f.quote(), f.value());
  }

  /** Half a unit of the last digit written in {@code quote}, scaled to {@code value}: "5.6 kt" as 5.6 → 0.05. */
  static double of(String quote, double value) {
    if (quote == null) return 0.5;
    Matcher m = NUMBER.matcher(quote);
    if (!m.find()) return 0.5;
    double written = Double.parseDouble(m.group().replace(",", ""));
    int decimals = m.group(1) == null ? 0 : m.group(1).length();
    double scale = written == 0 ? 1 : value / written;
    return 0.5 * Math.pow(10, -decimals) * Math.abs(scale);
  }
}
