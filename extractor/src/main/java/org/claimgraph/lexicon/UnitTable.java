package org.claimgraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The unit codes the extractor outputs, with their QUDT IRI, quantity kind and conversion factor
 * ({@code unit-codes.tsv}), plus what the table implies: compound units ({@code USD/tonne},
 * {@code USc/pound}, {@code vehicle/month}) and counted nouns ({@code job}, {@code smelter}).
 *
 * <pre>{@code
 * UnitTable u = UnitTable.get();
 * u.iri("kilotonne")                     // http://qudt.org/vocab/unit/KiloTONNE
 * u.convert(5.6, "kilotonne", "tonne")   // 5600
 * u.isCounted("job")                     // true: a count of jobs, IRI unit:NUM
 * u.entry("USD/tonne").factor()          // 0.001 (USD per kg)
 * }</pre>
 */
public final class UnitTable {

  /** QUDT's unit of a count of things ("12,000 jobs"). */
  public static final String COUNT_IRI = "http://qudt.org/vocab/unit/NUM";

  /**
   * One unit: code, QUDT label, QUDT IRI (null where QUDT has none: US cents, most compounds),
   * QUDT quantity kind (null for compounds without a row), factor into the base unit, base unit.
   */
  public record Entry(String code, String label, String iri, String kind, double factor, String base) {}

  /** Old codes still read from stored data and gold files. */
  private static final Map<String, String> ALIASES = Map.of("tonne-per-year", "tonne/year", "cents", "USc",
      "kt", "kilotonne", "Mt", "megatonne");

  private static final class Holder {
    static final UnitTable INSTANCE = new UnitTable();
  }

  private final Map<String, Entry> entries = new HashMap<>();

  private UnitTable() {
    for (Map<String, String> row : Tsv.read("unit-codes.tsv")) {
      String iri = row.get("iri");
      entries.put(row.get("code"), new Entry(row.get("code"), row.get("label"), "-".equals(iri) ? null : iri,
          row.get("kind"), Double.parseDouble(row.get("factor")), row.get("base")));
    }
    // the ISO 4217 codes the finder reads (currency-codes.tsv) that no row above labels: QUDT's currency IRI of the code
    for (Map<String, String> row : Tsv.read("currency-codes.tsv")) {
      String code = row.get("code");
      if ("never".equals(row.get("reading")) || entries.containsKey(code)) continue;
      entries.put(code, new Entry(code, row.get("name"), "http://qudt.org/vocab/currency/" + code, "Currency", 1, code));
    }
  }

  /** The shared table. */
  public static UnitTable get() {
    return Holder.INSTANCE;
  }

  /** Every row of the table, by code. */
  public Map<String, Entry> rows() {
    return Map.copyOf(entries);
  }

  /** The current code of an old one ("tonne-per-year" → "tonne/year"), else the code itself. */
  public static String canonical(String code) {
    return code == null ? null : ALIASES.getOrDefault(code, code);
  }

  /**
   * The unit of {@code code}: a row, a compound A/B of two units, or a counted noun (factor 1,
   * its own base, kind Count); null for null or an unknown code that is not a word.
   */
  public Entry entry(String code) {
    if (code == null) return null;
    String c = canonical(code);
    Entry e = entries.get(c);
    if (e != null) return e;
    int slash = c.indexOf('/');
    if (slash > 0 && slash < c.length() - 1) {
      Entry a = entry(c.substring(0, slash));
      Entry b = entry(c.substring(slash + 1));
      if (a == null || b == null) return null;
      return new Entry(c, a.label() + " per " + b.label(), null, null, a.factor() / b.factor(), a.base() + "/" + b.base());
    }
    if (isCounted(c)) return new Entry(c, c, COUNT_IRI, "Count", 1, c);
    return null;
  }

  /** The QUDT IRI of a unit, unit:NUM for a counted noun, null where QUDT names none. */
  public String iri(String code) {
    Entry e = entry(code);
    return e == null ? null : e.iri();
  }

  /** The QUDT quantity kind of a unit ("Mass", "Currency", "Count"), or null. */
  public String kind(String code) {
    Entry e = entry(code);
    return e == null ? null : e.kind();
  }

  /** Whether {@code code} names a counted thing ("job", "smelter", "person"): a lower-case word that is no unit. */
  public boolean isCounted(String code) {
    return code != null && !entries.containsKey(code) && !ALIASES.containsKey(code)
        && Regexes.matches(code, "\\p{Ll}[\\p{Ll}-]*");
  }

  /**
   * The codes of the table's units that measure in {@code code}'s base, {@code code}'s own
   * (current) code first: "tonne" → [tonne, gram, kg, kilotonne, …]; just the code itself for a
   * unit the table does not know.
   */
  public List<String> sameBase(String code) {
    String own = canonical(code);
    Entry e = entry(code);
    List<String> out = new ArrayList<>();
    out.add(own);
    if (e == null) return out;
    for (Entry other : new java.util.TreeMap<>(entries).values()) {
      if (other.base().equals(e.base()) && !other.code().equals(own)) out.add(other.code());
    }
    return out;
  }

  /** Whether two units measure in one base, so their values can be compared ("kilotonne" and "pound"). */
  public boolean comparable(String a, String b) {
    Entry x = entry(a);
    Entry y = entry(b);
    return x != null && y != null && base(x).equals(base(y));
  }

  /** A compound's base spelled as the table spells it: kg/second is kg/s, m/second is m/s. */
  private static String base(Entry e) {
    return e.base().replace("/second", "/s");
  }

  /** {@code value} in unit {@code from} expressed in unit {@code to}; empty when the two are not comparable. */
  public OptionalDouble convert(double value, String from, String to) {
    if (!comparable(from, to)) return OptionalDouble.empty();
    return OptionalDouble.of(value * entry(from).factor() / entry(to).factor());
  }
}
