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
 * @param basis       for a change: yoy, mom, qoq, vs-period; else null
 * @param direction   for a change: up or down; else null
 * @param period      ISO month (2025-07), year (2025), interval (2025-01/2025-07), or null
 * @param measure     what is measured, a short phrase ("rare earth magnet exports"), or null
 * @param place       ISO 3166-1 alpha-2 codes, exporter first then destination
 * @param attribution whom the article credits, or null
 * @param evidence    quote and sentence with offsets
 * @param fromLevel   for a change: the level it starts from, where the text states it ("up 4.2% from
 *                    3,120 t a year earlier" → the 3,120 t), else null
 * @param toLevel     for a change: the level it arrives at, where the text states it ("rose 17.5% to
 *                    5,773 tons" → the 5,773 tons), else null
 */
public record Figure(Quantity quantity, Kind kind, String basis, String direction, String period, String measure,
    List<String> place, Attribution attribution, Evidence evidence, Ref fromLevel, Ref toLevel) {

  /**
   * Another figure of the same article, by the range of its quote in the article text (which is
   * also what its IRI is made of).
   */
  public record Ref(int start, int end, String quote) {
    public Ref {
      if (end <= start) throw new IllegalArgumentException("empty range " + start + ".." + end);
    }

    /** The reference to {@code f}. */
    public static Ref of(Figure f) {
      return new Ref(f.evidence().start(), f.evidence().end(), f.evidence().quote());
    }
  }

  public Figure {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
    place = List.copyOf(place);
  }

  /** A figure without stated links to other figures. */
  public Figure(Quantity quantity, Kind kind, String basis, String direction, String period, String measure,
      List<String> place, Attribution attribution, Evidence evidence) {
    this(quantity, kind, basis, direction, period, measure, place, attribution, evidence, null, null);
  }

  /** This figure with another kind, period and basis (a comparison base: "from 14.8 per cent last year"). */
  public Figure asBase(Kind newKind, String newPeriod) {
    return new Figure(quantity, newKind, newKind == Kind.CHANGE ? basis : null, newKind == Kind.CHANGE ? direction : null,
        newPeriod, measure, place, attribution, evidence, fromLevel, toLevel);
  }

  /** This change linked to the levels it compares. */
  public Figure withLevels(Ref from, Ref to, String newBasis) {
    return new Figure(quantity, kind, newBasis, direction, period, measure, place, attribution, evidence, from, to);
  }

  /** This figure with another period (a count "since July" spans from that month: SinceMonths). */
  public Figure withPeriod(String newPeriod) {
    return new Figure(quantity, kind, basis, direction, newPeriod, measure, place, attribution, evidence, fromLevel, toLevel);
  }

  /** This change with {@code newDirection} ("up", "down"). */
  public Figure withDirection(String newDirection) {
    return new Figure(quantity, kind, basis, newDirection, period, measure, place, attribution, evidence, fromLevel, toLevel);
  }

  @Override
  public String toString() {
    return "Figure[\"" + evidence.quote() + "\" " + quantity.value() + (quantity.valueMax() == null ? "" : ".." + quantity.valueMax())
        + " " + quantity.unit() + " " + kind.label() + (basis == null ? "" : " " + basis)
        + (direction == null ? "" : " " + direction) + " period=" + period + " measure=" + measure + " place=" + place
        + " by=" + (attribution == null ? null : attribution.display())
        + (fromLevel == null ? "" : " from=" + fromLevel.quote()) + (toLevel == null ? "" : " to=" + toLevel.quote()) + "]";
  }
}
