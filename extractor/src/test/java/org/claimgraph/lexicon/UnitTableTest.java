package org.claimgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of unit-codes.tsv, and every unit units.tsv can produce, resolves to a checked unit. */
class UnitTableTest {

  private static final UnitTable UNITS = UnitTable.get();
  /** Units QUDT does not name: US cents, pence, basis points. */
  private static final Set<String> WITHOUT_IRI = Set.of("USc", "GBp", "basis-point", "decade", "mtu");

  static Stream<String> codes() {
    return UNITS.rows().keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void rowIsWellFormed(String code) {
    UnitTable.Entry e = UNITS.entry(code);
    if (WITHOUT_IRI.contains(code)) {
      assertNull(e.iri(), code + " has no QUDT unit");
    } else {
      assertNotNull(e.iri(), code);
      assertTrue(e.iri().matches("http://qudt\\.org/vocab/unit/[A-Za-z][A-Za-z0-9_-]*|http://qudt\\.org/vocab/currency/[A-Z]{3}"),
          code + ": malformed IRI " + e.iri());
      if (e.kind().equals("Currency")) assertEquals("http://qudt.org/vocab/currency/" + code, e.iri(), "a currency's IRI is its ISO code");
    }
    assertTrue(e.kind().matches("[A-Z][A-Za-z]+"), code + ": kind " + e.kind());
    assertTrue(e.factor() > 0 && Double.isFinite(e.factor()), code + ": factor " + e.factor());
    UnitTable.Entry base = UNITS.rows().get(e.base());
    assertNotNull(base, code + ": base " + e.base() + " is not a row");
    assertEquals(e.base(), base.base(), code + ": the base's base is itself");
    assertEquals(1.0, base.factor(), code + ": the base's factor is 1");
    assertEquals(base.kind(), e.kind(), code + ": one kind per base");
    assertFalse(UNITS.isCounted(code), code + " is a unit, not a counted noun");
  }

  static Stream<String> producedUnits() {
    return Stream.concat(Lexicon.get().units().values().stream(), Lexicon.get().unitsBefore().values().stream())
        .map(Lexicon.Unit::unit).distinct().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("producedUnits")
  void everyUnitTheLexiconProducesHasAnIriOrIsACountedNoun(String unit) {
    UnitTable.Entry e = UNITS.entry(unit);
    assertNotNull(e, unit + " is neither a row, a compound of rows nor a counted noun");
    assertTrue(e.iri() != null || WITHOUT_IRI.contains(unit) || unit.contains("/"), unit + " has no IRI");
  }

  @ParameterizedTest(name = "{0} {1} = {3} {2}")
  @CsvSource({
      "5.6, kilotonne, tonne, 5600",
      "12.3, megatonne, kg, 12300000000",
      "12300000, pound, tonne, 5579.2",
      "1, mile, km, 1.609344",
      "100, hectare, km2, 1",
      "1, barrel, litre, 158.9873",
      "1, GWh, MWh, 1000",
      "1, USD/kg, USD/tonne, 1000",
      "350, USc/pound, USD/pound, 3.5",
      "2, year, month, 24.7356",
      "2.5, megatonne/year, tonne/year, 2500000",
      "90, km/hour, km/h, 90"})
  void convertsWithinAKind(double value, String from, String to, double expected) {
    assertEquals(expected, UNITS.convert(value, from, to).orElseThrow(), Math.abs(expected) * 1e-4);
  }

  @Test
  void doesNotConvertAcrossKinds() {
    assertTrue(UNITS.convert(1, "tonne", "USD").isEmpty());
    assertTrue(UNITS.convert(1, "percent", "percentage-point").isEmpty());
    assertTrue(UNITS.convert(1, "USD", "EUR").isEmpty(), "no exchange rates");
    assertTrue(UNITS.convert(1, "degC", "degF").isEmpty(), "an offset, not a factor");
  }

  @Test
  void countedNounsAndOldCodes() {
    assertTrue(UNITS.isCounted("job"));
    assertEquals(UnitTable.COUNT_IRI, UNITS.iri("smelter"));
    assertEquals("Count", UNITS.kind("person"));
    assertFalse(UNITS.isCounted("tonne"));
    assertFalse(UNITS.isCounted("USD"));
    assertEquals("tonne/year", UnitTable.canonical("tonne-per-year"));
    assertEquals("http://qudt.org/vocab/unit/TONNE-PER-YR", UNITS.iri("tonne-per-year"));
    assertNull(UNITS.iri("USD/tonne"), "QUDT names no price per tonne");
    assertEquals(0.001, UNITS.entry("USD/tonne").factor(), 1e-12);
  }
}
