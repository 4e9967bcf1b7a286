package org.claimgraph.relate;

import java.util.List;
import org.claimgraph.eval.FigureRecord;

/**
 * A figure implied by others, and whether what the sources state agrees with it.
 *
 * <p>"619 t in 2025-07 after +75.5% m/m implies 352.7 t (352.6–352.8) in 2025-06; stated: 353 tons
 * (agrees within rounding)".
 *
 * @param rule     what implies it: "previous-month level", "year-earlier level", "sum of parts", "previous level (factor)"
 * @param text     the check in words
 * @param value    the implied value
 * @param low      lowest value consistent with the rounding of the inputs
 * @param high     highest value consistent with the rounding of the inputs
 * @param unit     unit of the implied value
 * @param period   period of the implied value, or null
 * @param inputs   the figures the implication is computed from
 * @param stated   figures that state the implied value's quantity (same unit, period, place, measure)
 * @param agrees   null if nothing states it; else whether every stated figure lies within the
 *                 implied range widened by its own rounding
 */
public record Implication(String rule, String text, double value, double low, double high, String unit, String period,
    List<FigureRecord> inputs, List<FigureRecord> stated, Boolean agrees) {
  public Implication {
    inputs = List.copyOf(inputs);
    stated = List.copyOf(stated);
  }
}
