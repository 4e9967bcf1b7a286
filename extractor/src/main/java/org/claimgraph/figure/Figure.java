package org.claimgraph.figure;

import java.util.List;
import java.util.Objects;

/**
 * One figure an article states: "In July, Chinese exports to the US hit 619 mt, … according to a
 * Platts analysis of customs data" → 619 tonne, amount, period 2025-07, measure "rare earth
 * magnet exports", place [CN, US], attributed to "a Platts analysis of customs data".
 *
 * @param quantity    value, unit, qualifier
 * @param kind        amount, change or share
 * @param basis       for a change: yoy, mom, vs-period; else null
 * @param direction   for a change: up or down; else null
 * @param period      ISO month (2025-07), year (2025), interval (2025-01/2025-07), or null
 * @param measure     what is measured, a short phrase ("rare earth magnet exports"), or null
 * @param place       ISO 3166-1 alpha-2 codes, exporter first then destination
 * @param attribution whom the article credits, or null
 * @param evidence    quote and sentence with offsets
 */
public record Figure(Quantity quantity, Kind kind, String basis, String direction, String period, String measure,
    List<String> place, Attribution attribution, Evidence evidence) {

  public Figure {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
    place = List.copyOf(place);
  }

  @Override
  public String toString() {
    return "Figure[\"" + evidence.quote() + "\" " + quantity.value() + (quantity.valueMax() == null ? "" : ".." + quantity.valueMax())
        + " " + quantity.unit() + " " + kind.label() + (basis == null ? "" : " " + basis)
        + (direction == null ? "" : " " + direction) + " period=" + period + " measure=" + measure + " place=" + place
        + " by=" + (attribution == null ? null : attribution.display()) + "]";
  }
}
