package org.claimgraph.figure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.Lexicon;
import org.claimgraph.lexicon.Tsv;

/**
 * A measure phrase split into the parts that decide whether two figures measure the same thing:
 * the material (an id of {@code materials.tsv}, or a product such as {@code nev}), the flow
 * (export, import, production, sales, price, capacity …), the product form (magnet, oxide,
 * carbonate …) and a scope that sets a measure apart (value, share, rest-of-world, per-unit).
 *
 * <pre>
 * MeasureParts.of("rare earth magnet exports")    → material rare-earths, flow export, form magnet
 * MeasureParts.of("rare earth export value")      → material rare-earths, flow export, scope value
 * MeasureParts.of("lithium carbonate price")      → material lithium, flow price, form carbonate
 * MeasureParts.of("NEV sales")                    → material nev, flow sales
 * </pre>
 *
 * The words are data ({@code measure-parts.tsv}); two measures name the same quantity when
 * {@link #sameQuantity} holds: exports are never imports, magnets never oxides.
 *
 * @param material the material's family id, or null when the phrase names none
 * @param flow     the economic flow, or null
 * @param form     the product form, or null (the material itself)
 * @param scope    value, share, rest-of-world or per-unit, or null (the quantity itself)
 */
public record MeasureParts(String material, String flow, String form, String scope) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*");
  /** Products the materials table does not hold, by lower-case word → id. */
  private static final Map<String, String> PRODUCTS = Map.ofEntries(Map.entry("nev", "nev"), Map.entry("nevs", "nev"),
      Map.entry("new energy vehicle", "nev"), Map.entry("new energy vehicles", "nev"), Map.entry("ev", "ev"),
      Map.entry("evs", "ev"), Map.entry("electric vehicle", "ev"), Map.entry("electric vehicles", "ev"),
      Map.entry("bev", "bev"), Map.entry("bevs", "bev"), Map.entry("phev", "phev"), Map.entry("phevs", "phev"),
      Map.entry("vehicle", "vehicle"), Map.entry("vehicles", "vehicle"), Map.entry("car", "vehicle"),
      Map.entry("cars", "vehicle"), Map.entry("auto", "vehicle"), Map.entry("autos", "vehicle"),
      Map.entry("turbine", "wind-turbine"), Map.entry("turbines", "wind-turbine"));
  private static final Pattern PRODUCT = Pattern.compile(
      "(?i)\\b(new energy vehicles?|electric vehicles?|NEVs?|EVs?|BEVs?|PHEVs?|vehicles?|cars?|autos?|turbines?)\\b");
  /** Material ids that name one family under another name. */
  private static final Map<String, String> FAMILY = Map.of("rare-earth", "rare-earths", "ndfeb", "rare-earths",
      "neodymium-magnet", "rare-earths", "smco", "rare-earths", "permanent", "", "magnets", "", "magnet", "",
      "rare-earth-metals-and", "rare-earths", "mixed-rare-earth", "rare-earths");
  private static final Map<String, Map<String, String>> WORDS = load();

  public MeasureParts {
    if (material != null && material.isBlank()) material = null;
  }

  /** The parts of {@code measure} ("rare earth magnet exports"); all null for null. */
  public static MeasureParts of(String measure) {
    if (measure == null || measure.isBlank()) return new MeasureParts(null, null, null, null);
    String lower = measure.toLowerCase(Locale.ROOT);
    String flow = null;
    String form = null;
    String scope = null;
    String material = null;
    for (var m : Lexicon.get().materials().find(measure)) {
      if (material != null) break;
      material = m.value().id();
      String f = formOfId(material);
      if (f != null) {
        form = f;
        material = family(material.substring(0, material.length() - idSuffix(material).length() - 1));
      } else {
        material = family(material);
      }
    }
    if (material == null) {
      Matcher p = PRODUCT.matcher(measure);
      if (p.find()) material = PRODUCTS.get(p.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher w = WORD.matcher(lower);
    while (w.find()) {
      String word = w.group();
      if (WORDS.get("flow").containsKey(word)) flow = WORDS.get("flow").get(word); // the head is last: "export profits"
      if (form == null && WORDS.get("form").containsKey(word)) form = WORDS.get("form").get(word);
      if (scope == null && WORDS.get("scope").containsKey(word) && !"volume".equals(WORDS.get("scope").get(word))) {
        scope = WORDS.get("scope").get(word);
      }
    }
    return new MeasureParts(material, flow, form, scope);
  }

  /**
   * Whether two measures can name the same quantity: the same flow, form and scope, and the same
   * material where both name one ("magnet exports" may be the rare earth magnet exports of an
   * article about them; "rare earth magnet exports" are never "rare earth magnet imports").
   */
  public boolean sameQuantity(MeasureParts o) {
    return Objects.equals(flow, o.flow) && Objects.equals(form, o.form) && Objects.equals(scope, o.scope)
        && (material == null || o.material == null || material.equals(o.material));
  }

  /** Whether the two measures are known to differ in a part both name: another flow, form or material. */
  public boolean differs(MeasureParts o) {
    return differ(flow, o.flow) || differ(material, o.material) || !Objects.equals(form, o.form)
        || !Objects.equals(scope, o.scope);
  }

  private static boolean differ(String a, String b) {
    return a != null && b != null && !a.equals(b);
  }

  /** "lithium-carbonate" → carbonate; "rare-earth-magnets" → magnet; "lithium" → null. */
  private static String formOfId(String id) {
    String suffix = idSuffix(id);
    return suffix == null ? null : WORDS.get("form").get(suffix);
  }

  private static String idSuffix(String id) {
    int dash = id.lastIndexOf('-');
    if (dash < 0) return null;
    String last = id.substring(dash + 1);
    return WORDS.get("form").containsKey(last) ? last : null;
  }

  private static String family(String id) {
    String f = FAMILY.getOrDefault(id, id);
    return f.isEmpty() ? null : f;
  }

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (String part : List.of("flow", "form", "scope")) out.put(part, new HashMap<>());
    for (Map<String, String> row : Tsv.read("measure-parts.tsv")) {
      Map<String, String> table = out.get(row.get("part"));
      if (table == null) throw new IllegalStateException("measure-parts.tsv: unknown part " + row.get("part"));
      table.putIfAbsent(row.get("word"), row.get("value"));
    }
    return out;
  }

  /** The words of one part, for tests. */
  static Map<String, String> words(String part) {
    return Map.copyOf(WORDS.get(part));
  }
}
