package org.claimgraph.relate;

import org.claimgraph.eval.FigureRecord;

/**
 * How precisely a figure is stated: half a unit of its last written digit, in the figure's unit.
 * "353 tons" ± 0.5 t; "75.5%" ± 0.05; "1.243 million units" ± 500; "Eighty percent" ± 0.5.
 */
public final class Precision {
  private Precision() {}

  public static double of(FigureRecord f) {
    return FigureKeys.precision(f.quote(), f.value());
  }

  /** Half a unit of the last digit written in {@code quote}, scaled to {@code value}: "5.6 kt" as 5.6 → 0.05. */
  public static double of(String quote, double value) {
    return FigureKeys.precision(quote, value);
  }
}
