package org.claimgraph.graph;

import org.claimgraph.lexicon.UnitTable;

/**
 * Unit codes to unit IRIs, from the extractor's unit table: the QUDT unit (unit:TONNE,
 * unit:KiloTONNE, unit:MI-PER-HR), the QUDT currency (currency:USD), unit:NUM for a count of a
 * thing ("job", "vehicle": the noun goes in cg:counted), else claimgraph's own IRI (US cents,
 * compounds such as USD/tonne that QUDT does not name).
 */
public final class Units {

  private Units() {}

  /** The IRI of a unit code: tonne → unit:TONNE, USD → currency:USD, job → unit:NUM, USD/tonne → claimgraph's own. */
  public static String iri(String code) {
    String qudt = UnitTable.get().iri(code);
    if (qudt != null) return qudt;
    return CG.ID + "unit/" + Iris.slug(code);
  }

  /** The counted noun of a count ("job" for 12,000 jobs), or null when the unit is a unit of measure. */
  public static String counted(String code) {
    return UnitTable.get().isCounted(code) ? code : null;
  }
}
