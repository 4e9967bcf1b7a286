package org.claimgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys narrow without losing: every figure whose value agrees within rounding shares a probed size key. */
class FigureKeysTest {

  private static final List<String> ROUTE = List.of("CN", "US");

  @Test
  void theKeysOfAFigure() {
    List<String> keys = FigureKeys.of(619, "619 mt", "tonne", "amount", "2025-07", ROUTE, "rare earth magnet exports");
    assertEquals(List.of("value|619", "fact|tonne|amount|2025-07|CN US", "size|tonne|amount|CN US|0|619|0", "size|tonne|amount|CN US|1|61|0",
        "size|tonne|amount|CN US|2|6|0", "size|tonne|amount|CN US|3|0|0", "sum|tonne|2025-07|CN|export/magnet/|rare-earths",
        "sum|tonne|2025-07|CN|export/magnet/|*", "sum|tonne|2025-07|*|export/magnet/|rare-earths", "sum|tonne|2025-07|*|export/magnet/|*"),
        keys);
  }

  /** Sum keys of amounts: material, flow, form and scope are part of the key, so cobalt meets cobalt, never graphite. */
  @Test
  void sumKeysNarrowByMeasureWithoutLosingAPartOrTotal() {
    String[] measures = {"rare earth magnet exports", "rare earth magnet exports to rest of world", "magnet exports", "exports",
        "cobalt exports", "graphite exports", "graphite imports", "lithium carbonate exports", "lithium exports", null, "shipments",
        "rare earth magnet export value"};
    List<List<String>> places = List.of(List.of(), List.of("CN"), ROUTE, List.of("CN", "DE"), List.of("AU", "US"));
    int pairs = 0;
    for (String a : measures) {
      for (String b : measures) {
        for (List<String> pa : places) {
          for (List<String> pb : places) {
            Set<String> probes = new HashSet<>(FigureKeys.sumProbes("tonne", "2025-07", pa, a));
            boolean found = FigureKeys.of(100, "100 t", "tonne", "amount", "2025-07", pb, b).stream().anyMatch(probes::contains);
            boolean origins = pa.isEmpty() || pb.isEmpty() || pa.get(0).equals(pb.get(0));
            if (FigureRelations.mayAddUp(a, b) && origins) {
              pairs++;
              assertTrue(found, a + " " + pa + " must find " + b + " " + pb);
            }
            if (!FigureRelations.mayAddUp(a, b)) assertFalse(found, a + " " + pa + " must not meet " + b + " " + pb);
          }
        }
      }
    }
    assertTrue(pairs > 100, "pairs that may add up: " + pairs);
    assertTrue(FigureRelations.mayAddUp("rare earth magnet exports", "rare earth magnet exports to rest of world"));
    assertTrue(FigureRelations.mayAddUp("rare earth magnet exports", "magnet exports"));
    assertFalse(FigureRelations.mayAddUp("cobalt exports", "graphite exports"));
    assertFalse(FigureRelations.mayAddUp("graphite exports", "graphite imports"));
    assertFalse(FigureRelations.mayAddUp("rare earth magnet exports", "rare earth magnet export value"));
    assertFalse(FigureRelations.mayAddUp(null, "graphite exports"));
  }

  @Test
  void precisionIsHalfTheLastWrittenDigitScaledAsTheValue() {
    assertEquals(0.5, FigureKeys.precision("353 tons", 353), 1e-12);
    assertEquals(0.05, FigureKeys.precision("75.5%", 75.5), 1e-12);
    assertEquals(500, FigureKeys.precision("1.243 million units", 1_243_000), 1e-6);
    assertEquals(0.5, FigureKeys.precision("Eighty percent", 80), 1e-12);
  }

  @Test
  void everyValueAgreeingWithinRoundingIsFound() {
    Random r = new Random(12);
    for (int n = 0; n < 20_000; n++) {
      Written cited = written(r);
      Written other = near(r, cited);
      double pc = FigureKeys.precision(cited.quote, cited.value);
      double po = FigureKeys.precision(other.quote, other.value);
      boolean agree = Math.abs(cited.value - other.value) <= pc + po + 1e-9;
      if (!agree || FigureKeys.level(po) < FigureKeys.level(pc) - (FigureKeys.LEVELS - 1)) continue;
      Set<String> probes = new HashSet<>(FigureKeys.sizeProbes(cited.value, pc, "tonne", "amount", ROUTE));
      boolean found = FigureKeys.of(other.value, other.quote, "tonne", "amount", null, ROUTE, null).stream().anyMatch(probes::contains);
      assertTrue(found, "re-run with seed 12: " + cited + " should find " + other);
    }
  }

  @Test
  void aDistantValueIsNotAmongTheCandidates() {
    Set<String> probes = new HashSet<>(FigureKeys.sizeProbes(619, 0.5, "tonne", "amount", ROUTE));
    assertFalse(FigureKeys.of(353, "353 tons", "tonne", "amount", null, ROUTE, null).stream().anyMatch(probes::contains));
  }

  private record Written(double value, String quote) {}

  private static Written written(Random r) {
    int decimals = r.nextInt(3);
    double scale = r.nextInt(4) == 0 ? 1_000_000 : 1;
    double shown = Math.round(r.nextDouble() * Math.pow(10, 1 + r.nextInt(5)) * Math.pow(10, decimals)) / Math.pow(10, decimals);
    String quote = String.format(Locale.ROOT, "%." + decimals + "f%s", shown, scale > 1 ? " million" : "");
    return new Written(shown * scale, quote);
  }

  private static Written near(Random r, Written w) {
    int decimals = r.nextInt(3);
    double p = FigureKeys.precision(w.quote, w.value);
    double v = Math.max(0, w.value + (r.nextDouble() * 2 - 1) * 2 * p);
    double shown = Math.round(v * Math.pow(10, decimals)) / Math.pow(10, decimals);
    return new Written(shown, String.format(Locale.ROOT, "%." + decimals + "f", shown));
  }
}
