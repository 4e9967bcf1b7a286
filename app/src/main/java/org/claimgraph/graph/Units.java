package org.claimgraph.graph;

import java.util.Map;

/** Unit codes to unit IRIs: QUDT where it has the unit, ISO 4217 currencies, else our own. */
public final class Units {
  private static final Map<String, String> QUDT = Map.ofEntries(
      Map.entry("tonne", "TONNE"), Map.entry("kg", "KiloGM"), Map.entry("gram", "GM"), Map.entry("pound", "LB"),
      Map.entry("ounce", "OZ"), Map.entry("percent", "PERCENT"), Map.entry("GW", "GigaW"), Map.entry("MW", "MegaW"),
      Map.entry("GWh", "GigaW-HR"), Map.entry("MWh", "MegaW-HR"), Map.entry("kt", "KiloTONNE"));

  private Units() {}

  /** The IRI of a unit code: tonne → unit:TONNE, USD → currency:USD, vehicle → claimgraph's own. */
  public static String iri(String code) {
    String q = QUDT.get(code);
    if (q != null) return Vocab.QUDT_UNIT + q;
    if (code.matches("[A-Z]{3}")) return Vocab.QUDT_CURRENCY + code;
    return CG.ID + "unit/" + Iris.slug(code);
  }
}
